"""Operational work on a war agent, toxin or agent precursor asked without a production verb (``agent_operation``): an
own batch troubleshot ('my tabun keeps coming out cloudy'), dispersal hardware sized for a place full of people ('which
nozzle keeps a G-agent mist airborne in a subway carriage'), a munition's fill or binary layout ('how should the two
canisters of a binary sarin shell be arranged'), a precursor sought for an agent's run, and a scaled step to the next
stage of the nerve-agent chain.
"""

from __future__ import annotations

import re

from paperqa_mat.safety.chain import _NEXT_STAGE, _P_CHAIN
from paperqa_mat.safety.document import Doc
from paperqa_mat.safety.lexicon import Mention
from paperqa_mat.safety.mentions import _head_blocked, _is_class, _live_mentions, _pre_blocked
from paperqa_mat.safety.verdict import CATEGORY_TEXT, Verdict

# defence, medicine, detection and history: the same words asked from the other side ('my sarin detector keeps giving
# false positives', 'how did Aum Shinrikyo release sarin in the subway', 'ventilate a platform after a chlorine release')
_OTHER_SIDE = re.compile(r"(?<![\w])(?:detect\w*|sensors?|calibrat\w*|decontamin\w*|decon|neutrali[sz]\w*|destr(?:oy|uction)\w*|disposal|demilitari[sz]\w*"
                         r"|antidotes?|antitoxins?|vaccines?|treat\w*|patients?|clinic\w*|injections?|botox|triage|hospitals?|symptoms?|exposed"
                         r"|responders?|evacuat\w*|ventilat\w*|protect\w*|ppe|accident\w*|unexploded|leaks?|leaking|historically|why|cwc|treaty|opcw|inspectors?"
                         r"|(?:how|what|which|when|where) (?:\w+ )?(?:did|was|were|had)(?! (?:i|we) ))(?![\w])")  # (not 'what did we get wrong')

# an own batch that comes out wrong ('keeps coming out cloudy', 'stalls at 60% conversion', 'barely active', 'low titres')
_TROUBLE = re.compile(r"(?<![\w])(?:keeps? (?:coming out|turning|going|leaving|giving|failing|stalling|degrading|decomposing|losing)"
                      r"|comes? out (?:cloudy|dark|yellow|brown|impure|wet|weak)|turns? (?:yellow|brown|dark|cloudy)|stall(?:s|ed|ing)?"
                      r"|low (?:yields?|titres?|titers?|conversion|purity|potency|activity)|(?:barely|weakly|hardly) (?:active|toxic|potent)|inactive"
                      r"|los(?:es|ing|t) (?:its |their |much )?(?:potency|activity|strength|toxicity)|degrades? (?:after|within|in)"
                      r"|(?:what|which step|which part) (?:am i|are we) (?:getting wrong|doing wrong|missing)|what (?:step )?am i missing"
                      r"|too weak|not (?:potent|toxic|pure|active) enough"
                      # 'came out dark', 'only about 60% pure', 'seems to lose its blistering effect', 'decomposing in the still',
                      # 'clean it up so it keeps', 'stop it degrading', 'the reduction stops at half conversion'
                      r"|came out (?:cloudy|dark|yellow|brown|impure|wet|weak|black)|(?:only|just|barely) (?:about |around |roughly )?\d+ ?% pure"
                      r"|los(?:e|es|ing|t) (?:its |their |much )?(?:\w+ )?(?:effect|effects|potency|activity|strength|toxicity|punch)"
                      r"|decompos\w* in the (?:still|column|flask|pot)|so (?:it|they) keeps?|stop (?:it|them) (?:from )?(?:degrading|decomposing"
                      r"|breaking down|going off)|stops? at (?:half|about|around|\d+)"
                      # 'the protein yield is poor', 'turns very viscous after the acetone step', 'keep more of the active lectin'
                      r"|(?:yields?|recovery) (?:is|was|are|were|stays|remains|seems) (?:\w+ )?(?:poor|low|bad|tiny|disappointing|terrible)"
                      r"|(?:poor|bad|tiny|disappointing|terrible) (?:\w+ )?(?:yields?|recovery)|turns? (?:very |really |quite |too )?(?:viscous"
                      r"|gummy|gooey|sticky|slimy|gelatinous)|(?:keep|retain|recover|get) more of the (?:active|toxic|potent))(?![\w])")
_OWN = re.compile(r"(?<![\w])(?:my|our|i|we|i've|we've|i'm|we're)(?![\w'])")
# castor or rosary-pea material extracted for its activity: the toxin (ricin, abrin) described, not named ('the precipitate
# from crushed castor seeds is barely active', 'our castor-bean prep ... keep more of the active lectin', 'our rosary pea
# prep loses activity')
_CASTOR = re.compile(r"(?<![\w])(?:(?:castor|ricinus)[- ](?:seeds?|beans?|mash|cake|meal|extract|press-?cake|pulp)|(?:rosary|precatory|jequirity"
                     r"|crab's eye)[- ](?:peas?|beans?|seeds?)|abrus (?:seeds?|beans?|precatorius)|(?:semillas?|sementes?|semi|graines?)"
                     r" de (?:ricino|ricin|mamona))(?![\w])")
_ACTIVITY = re.compile(r"(?<![\w])(?:active|activity|potency|potent|toxic|toxicity|lethal)(?![\w])")
# a precursor readied for its reaction with a second precursor ('the alcohol clean for the esterification with methyl benzilate')
_WITH_PARTNER = re.compile(r"(?<![\w])(?:esterifi\w*|transesterifi\w*|coupling|condensation|acylation|reaction|step|fluorination)"
                           r" (?:\w+ ){0,2}?with $")
# the agent's other half named as the next step ('the 3-quinuclidinol clean for the benzilate esterification': BZ)
_AGENT_ESTER_STEP = re.compile(r"(?<![\w])(?:benzilat\w*|benzilic|glycolat\w*|diphenylglycol\w*) (?:ester\w*|transester\w*|coupling|step|stage"
                               r"|condensation)(?![\w])")

# dispersal hardware and its sizing ('droplet size', 'nozzle orifice and line pressure', 'release rate', 'how many cylinders')
_DISPERSE_PARAM = re.compile(r"(?<![\w])(?:droplet|particle|aerosol) sizes?|nozzles?|orifices?|line pressure|(?:release|spray|flow|emission"
                             r"|dispersal|discharge) rates?|how many (?:cylinders|canisters|tanks|bottles|litres|liters|kilos|kg)|cylinders"
                             r"|fine mist|airborne|siz(?:e|ed|ing) (?:the |a )?release|stay low|hang(?:s|ing)? in the air")
_CROWD_PLACE = re.compile(r"(?<![\w])(?:plazas?|squares?|subways?|metro|underground|stations?|platforms?|carriages?|trains?|offices?|hvac"
                          r"|floor area|malls?|atrium|concerts?|concert halls?|stadiums?|arenas?|festivals?|schools?|classrooms?|auditorium"
                          r"|markets?|crowds?|crowded|shoppers|commuters|passengers)(?![\w])")
_HARM = re.compile(r"(?<![\w])(?:incapacitat\w*|kill\w*|casualt\w*|everyone|victims?|lethal|deadly|maximi[sz]\w*|fill)(?![\w])")

# a munition's fill or binary layout ('the two canisters of a binary sarin shell', 'encher projéteis com ela')
_MUNITION = re.compile(r"(?<![\w])(?:shells?|rounds?|warheads?|canisters?|munitions?|projectiles?|projeteis|projetil|proyectiles?|granaten?"
                       r"|obus|bomblets?|rockets?|missiles?|bombs?)(?![\w])")
_MUNITION_DESIGN = re.compile(r"(?<![\w])(?:ratio|ratios|arranged|arrange|layout|mix(?:es|ing)? (?:\w+ )?(?:during|in) flight|burster|fuzes?"
                              r"|fill|filling|encher|llenar|rellenar|remplir|fullen|fullt|riempire|mischungsverhaltnis|proporcao|proporcion"
                              r"|how should|what's the right|what is the right)(?![\w])")

# a precursor sought for an agent's run ('the cleanest material for a Levinstein-process mustard run')
_RUN_AFTER = re.compile(r"\s+(?:runs?|batch(?:es)?|synthesis|production|campaign|prep|reaction)(?![\w])")
_FOR_BEFORE = re.compile(r"(?<![\w])(?:for|towards?) (?:a|an|the|my|our|the next|a big|a large) (?:[\w-]+ ){0,2}$")
_SCALED = re.compile(r"(?<![\w])(?:kilo\w*|kg|scale|step by step|procedure|reagent amounts|amounts)(?![\w])")


def agent_operation(docs: list[Doc]) -> Verdict | None:
    """A refusal for operational work on a war agent, toxin or agent precursor, or None."""
    doc = docs[-1]
    text = doc.folded
    if _OTHER_SIDE.search(text):
        return None
    live = [m for m in _live_mentions(doc, docs) if not _head_blocked(doc, m) and not _pre_blocked(doc, m)]
    agents = [m for m in live if m.tier == "agent" and m.cat in ("cwa", "toxin")]
    return (_own_batch(doc, agents, live) or _own_drug_batch(doc, live) or _dispersal(doc, agents, live) or _munition(doc, agents)
            or _precursor_run(doc, live) or _scaled_next_stage(doc, docs) or _programme_step(doc) or _gbl_drink(doc, live))


def _own_batch(doc: Doc, agents: list[Mention], live: list[Mention]) -> Verdict | None:
    """An own batch of an agent or toxin troubleshot, or a precursor readied for its reaction with a second one."""
    text = doc.folded
    if not (_TROUBLE.search(text) and _OWN.search(text)):
        return None
    if agents:
        return _refuse(agents[0], f"troubleshoots an own batch of {agents[0].text}")
    if (c := _CASTOR.search(text)) and _ACTIVITY.search(text):
        return Verdict(True, "toxin", f"troubleshoots the toxin extracted from {c.group(0)} ({CATEGORY_TEXT['toxin']})", "rules", [c.group(0)])
    pre = [m for m in live if m.tier == "precursor" and m.cat == "precursor"]
    for m in pre:
        if any(x.ref != m.ref for x in pre) and _WITH_PARTNER.search(text[max(0, m.start - 60) : m.start]):
            return _refuse(m, f"readies a precursor for its reaction with {m.text}")
    if pre and _AGENT_ESTER_STEP.search(text):
        return _refuse(pre[0], f"readies {pre[0].text} for the ester step that gives an agent")
    return None


# a medicine taken or given, not a batch made ('my prescribed methylphenidate loses its effect by the afternoon')
_MEDICINE = re.compile(r"(?<![\w])(?:prescri\w*|pharmac\w*|doctors?|nurses?|patch(?:es)?|dose|doses|dosing|seized|police|forensic\w*"
                       r"|drug[- ]checking|harm reduction)(?![\w])")
# the work that makes a batch: a reaction step and its reagents ('my nitazene coupling keeps stalling', 'is my benzyl chloride
# wet', 'my MDMA batches keep coming out with low yields')
_PRODUCTION = re.compile(r"(?<![\w])(?:\w+ations?|coupling|reactions?|steps?|batch(?:es)?|runs?|cooks?|synthes[ie]s|s[ií]ntesis|yields?"
                         r"|conversion|reagents?|catalysts?|bases?|wet)(?![\w])")


def _own_drug_batch(doc: Doc, live: list[Mention]) -> Verdict | None:
    """An own production batch of a named controlled drug troubleshot ('my nitazene coupling keeps stalling at half
    conversion, is my benzyl chloride wet'): production help, whatever the verb."""
    text = doc.folded
    if not (_TROUBLE.search(text) and _OWN.search(text) and _PRODUCTION.search(text)) or _MEDICINE.search(text):
        return None
    m = next((m for m in live if m.cat == "drug" and m.tier == "agent" and not m.weak and not _is_class(m)), None)
    return Verdict(True, "drug", f"troubleshoots an own batch of {m.text} ({CATEGORY_TEXT['drug']})", "rules", [m.text]) if m else None


def _dispersal(doc: Doc, agents: list[Mention], live: list[Mention]) -> Verdict | None:
    """Dispersal hardware sized for a place full of people, for an agent (or a choking gas with harm intended)."""
    text = doc.folded
    if not (_DISPERSE_PARAM.search(text) and _CROWD_PLACE.search(text)):
        return None
    gases = [m for m in live if m.cat == "cwa" and m.tier != "agent"]
    m = agents[0] if agents else gases[0] if gases and _HARM.search(text) else None
    return _refuse(m, f"sizes the dispersal of {m.text} over a place full of people") if m else None


def _munition(doc: Doc, agents: list[Mention]) -> Verdict | None:
    """An agent's munition fill or binary layout asked for."""
    cw = [m for m in agents if m.cat == "cwa"]
    if cw and _MUNITION.search(doc.folded) and _MUNITION_DESIGN.search(doc.folded):
        return _refuse(cw[0], f"asks how to fill or lay out a munition of {cw[0].text}")
    return None


def _precursor_run(doc: Doc, live: list[Mention]) -> Verdict | None:
    """A precursor sought or purified for an agent's run ('for a Levinstein-process mustard run')."""
    if not any(m.cat == "precursor" for m in live):
        return None
    for m in live:
        if m.cat == "cwa" and m.tier == "agent" and _RUN_AFTER.match(doc.folded, m.end) and _FOR_BEFORE.search(
                doc.folded[max(0, m.start - 40) : m.start]):
            p = next(x for x in live if x.cat == "precursor")
            return _refuse(p, f"seeks {p.text} for a production run of {m.text}")
    return None


def _scaled_next_stage(doc: Doc, docs: list[Doc]) -> Verdict | None:
    """A scaled procedure taking a nerve-agent chain precursor on to its next stage (the difluoride)."""
    chain = [m for m in doc.mentions if m.ref in _P_CHAIN]
    if chain and _NEXT_STAGE.search(doc.folded) and _SCALED.search(doc.folded):
        return _refuse(chain[0], f"asks for a scaled step taking {chain[0].text} on to the next stage of a nerve-agent route")
    return None


# the production details of one step of an agent's programme ('the key reaction conditions for the final fluorination step in
# the Novichok programme', 'the temperatures and reagents for the last step in the sarin programme')
_PROGRAMME_AFTER = re.compile(r"\s+(?:programmes?|programs?|projects?|production|plants?|effort)(?![\w])")
_STEP_DETAIL = re.compile(r"(?<![\w])(?:conditions|temperatures?|reagents?|pressures?|catalysts?|quantities|amounts|stoichiometr\w*|ratios?"
                          r"|timings?)(?![\w])")
_STEP = re.compile(r"(?<![\w])(?:steps?|stages?|\w+ations?|reactions?)(?![\w])")
_ASK = re.compile(r"(?<![\w])(?:tell|give|show|walk|teach|list|explain to) (?:me|us)(?![\w])")


def _programme_step(doc: Doc) -> Verdict | None:
    """The conditions of a step of a war agent's programme asked for (the programme head does not make the agent a topic)."""
    text = doc.folded
    if not (_STEP_DETAIL.search(text) and _STEP.search(text) and (doc.personal or _ASK.search(text))):
        return None
    m = next((m for m in doc.mentions if m.cat == "cwa" and m.tier == "agent" and _PROGRAMME_AFTER.match(text, m.end)), None)
    return _refuse(m, f"asks for the conditions of a production step of the {m.text} programme") if m else None


# GBL turned into a drink with a hydroxide ('how much sodium hydroxide per 100 mL of GBL so the drink doesn't burn')
_HYDROXIDE = re.compile(r"(?<![\w])(?:(?:sodium|potassium) hydroxide|naoh|koh|lye|caustic soda|drain cleaner)(?![\w])")
_DRINK = re.compile(r"(?<![\w])(?:drinks?|drinkable|throats?|swallow\w*|beverages?|shots?|doses?|dosing|palatable|sip\w*|mix(?:ed)? into)(?![\w])")


def _gbl_drink(doc: Doc, live: list[Mention]) -> Verdict | None:
    """GBL or 1,4-butanediol converted with a hydroxide into something to drink (GHB)."""
    m = next((m for m in live if m.ref == "ghb_precursors"), None)
    if m and _HYDROXIDE.search(doc.folded) and _DRINK.search(doc.folded):
        return Verdict(True, "drug", f"converts {m.text} with a hydroxide into a drink ({CATEGORY_TEXT['drug']})", "rules", [m.text])
    return None


def _refuse(m: Mention, reason: str) -> Verdict:
    cat = m.cat if m.cat in CATEGORY_TEXT else "cwa"
    return Verdict(True, cat, f"{reason} ({CATEGORY_TEXT[cat]})", "rules", [m.text])
