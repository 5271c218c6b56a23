"""The rule-based safety guard: requests (multi-turn), tool calls and final answers.

Public API: ``screen`` (rules, then the learned backstop and optionally the LLM judge), ``screen_rules``,
``rules_verdict``, ``prepare_turns``, ``backstop_gate``, ``screen_tool_call`` and ``screen_output``. The rules
live in modules named for their mechanism, lowest layer first: ``verdict`` (categories, ``Verdict``,
``refusal_message``), ``document`` (``analyse``, ``Doc``, shared word lists), ``mentions`` (which substance
mentions count), ``frames`` (benign frames that make a cue inert), ``pairing`` (cue-mention pairing and
anaphora), ``design`` (analogue design, fill-in-the-procedure templates), ``evasion`` (evasion and regime
patterns) and ``scan`` (the rule pass, ``_scan``). ``RULES`` lists every rule over the conversation in the order asked. ``analyse``, ``Verdict``, ``CATEGORIES``,
``refusal_message`` and ``_scan`` are re-exported here.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from paperqa_mat.safety import gloss
from paperqa_mat.safety import intent as it
from paperqa_mat.safety import multilingual as ml
from paperqa_mat.safety.attacks import own_attack_planned
from paperqa_mat.safety.chain import answered_agent, finished_drug, picked_easiest, reached_agent
from paperqa_mat.safety.design import _fill_in_procedure, _unscheduled_analogue
from paperqa_mat.safety.document import Doc, analyse
from paperqa_mat.safety.evasion import (
    _COMPLY_STRICT,
    _COVERT_DOSE,
    _STRONG_EVADE,
    _prescribed_travel,
    child_safety,
    coded_past_licence,
    disclosed_breach,
    euphemised_death_panel,
    explained_evasion,
    faultless_inspection,
    flagged_third_party,
    gear_cleaned_for_next_run,
    hidden_lab,
    masked_charge,
    masked_shipment,
    misdeclared_lots,
    screened_evasion,
    scrubbed_site,
    split_purchases,
    staged_inspection,
    story_caught,
    stripped_markers,
    tester_gap,
    threshold_dilution,
    trainer_purpose,
    undetected_energetics,
    unfound_poison,
    unlisted_law_asked,
    unmatched_blend,
    unsniffed_odour,
    untraceable_route,
    unwatched_precursors,
    waited_out_ambulance,
    worded_past_screen,
)
from paperqa_mat.safety.frames import _inert_cue
from paperqa_mat.safety.frames_idioms import structure_tool_call
from paperqa_mat.safety.frames_industry import _captured_agent
from paperqa_mat.safety.harm import story_kill_specifics
from paperqa_mat.safety.mentions import (
    _OF_PHRASE,
    _SLANG_COMPOUND,
    _SUBSTRATE_BEFORE,
    _destroyed_object,
    _head_blocked,
    _is_class,
    _live_mentions,
    _pre_blocked,
    _pronoun_request,
)
from paperqa_mat.safety.normalize import decode_hidden
from paperqa_mat.safety.operations import agent_operation
from paperqa_mat.safety.pairing import (
    _CAUGHT_BEFORE,
    _historical,
    _pairs,
    _request,
    _subject_of,
    _victim_participle,
)
from paperqa_mat.safety.scan import _COMMON_PRODUCT, _own_object, _scan
from paperqa_mat.safety.toolcalls import ROUTE_TOOL, addressed_values, written_calls
from paperqa_mat.safety.verdict import ALLOW, CATEGORIES, CATEGORY_TEXT, Verdict, refusal_message

__all__ = [
    "CATEGORIES",
    "Verdict",
    "analyse",
    "backstop_gate",
    "prepare_turns",
    "refusal_message",
    "failed_closed",
    "rules_verdict",
    "screen",
    "screen_output",
    "screen_rules",
    "screen_tool_call",
]




def _as_turns(turns: list[str] | tuple[str, ...] | str) -> list[str]:
    if isinstance(turns, str):
        return [turns]
    return [t if isinstance(t, str) else str(t.get("content", "")) if isinstance(t, dict) else str(t) for t in turns]


def prepare_turns(turns: list[str] | str) -> list[str]:
    """The turns as the guard reads them: empty and repeated turns dropped (screen([t, t]) == screen([t])),
    base64-hidden text decoded and appended."""
    ts: list[str] = []
    for t in _as_turns(turns):
        if t and t.strip() and not (ts and " ".join(t.split()) == " ".join(ts[-1].split())):
            ts.append(t)
    return [t + "\n" + hidden if (hidden := decode_hidden(t)) else t for t in ts]


def _last(rule: Callable[[Doc], Verdict | None]) -> Callable[[list[Doc]], Verdict | None]:
    """A rule that reads the last turn only, as a rule over the conversation."""

    def last(docs: list[Doc]) -> Verdict | None:
        return rule(docs[-1])

    last.__name__ = rule.__name__
    return last


_log = logging.getLogger(__name__)


def failed_closed(turns: list[str], where: str, exc: BaseException) -> Verdict:
    """The guard's answer when part of it crashed: a refusal (fail closed), logged with its traceback. The category is
    the learned backstop's best guess for the text (``toxin`` without one), and the reason says what failed."""
    _log.error("safety guard: %s failed (%s: %s); refusing to be safe", where, type(exc).__name__, exc, exc_info=exc)
    cat = "toxin"
    try:
        from paperqa_mat.safety import learned

        cat = (learned.predict(turns) or (0.0, cat))[1]
    except Exception:  # noqa: BLE001 - the text itself may be what breaks the analysis
        pass
    return Verdict(True, cat if cat in CATEGORIES else "toxin",
                   f"the guard could not finish checking this request ({where} failed: {type(exc).__name__}), so it is "
                   "refused to be safe; please rephrase it", "error", [])


def rules_verdict(docs: list[Doc]) -> Verdict | None:
    """The rules alone, without the learned backstop: the first refusal of ``RULES`` (in order), or None. A rule that
    crashes is skipped; when no other rule refuses, the conversation is refused anyway (``failed_closed``)."""
    crash: tuple[str, Exception] | None = None
    for rule in RULES:
        try:
            hit = rule(docs)
        except Exception as exc:  # noqa: BLE001 - one broken rule must neither crash the caller nor open the guard
            crash = crash or (getattr(rule, "__name__", "a rule"), exc)
            continue
        if hit is not None:
            return hit
    if crash is not None:
        return failed_closed([d.clean for d in docs], f"rule {crash[0]}", crash[1])
    return None


def _addressed_value(docs: list[Doc]) -> Verdict | None:
    """A request hidden in a quoted argument of a written call or JSON object, screened as if typed on its own."""
    for value in addressed_values(docs[-1].clean):
        if hit := _scan([*docs[:-1], analyse(value)]):
            return hit
    return None


def _tool_call_text(docs: list[Doc]) -> Verdict | None:
    """A design or route-planning tool called in the text with a controlled agent or precursor as its argument: screened
    as ``screen_tool_call`` screens the real call."""
    doc = docs[-1]
    # (a structure tool is no route: 'generate_cif(formula='C3H6N6O6') then compute density' models the crystal)
    calls = [c for c in written_calls(doc.folded) if ROUTE_TOOL.search(c[0]) and not structure_tool_call(c[0], doc.folded)]
    if not calls or doc.any_blocker():
        return None  # 'run plan_route to see how inspectors detect the difluoride': a defensive use
    for name, a, b in calls:
        for m in _live_mentions(doc, docs):
            if a <= m.start < b and m.tier in ("agent", "precursor") and not (_is_class(m) and m.tier != "agent") \
                    and not _head_blocked(doc, m) and not _pre_blocked(doc, m):
                return Verdict(True, m.cat, f"a written tool call '{name}' would design or route a controlled substance ({m.text})",
                               "rules", [m.text])
    return None


# every rule over the conversation, in the order they are asked (the first refusal wins); a new mechanism is a new entry
RULES: tuple[Callable[[list[Doc]], Verdict | None], ...] = (
    _scan, _last(_unscheduled_analogue), _fill_in_procedure, _tool_call_text, agent_operation,
    _last(threshold_dilution), _last(unwatched_precursors), coded_past_licence, scrubbed_site, staged_inspection,
    unmatched_blend, stripped_markers, undetected_energetics, _addressed_value, reached_agent, answered_agent, picked_easiest,
    finished_drug, untraceable_route, masked_shipment, masked_charge, misdeclared_lots, worded_past_screen, hidden_lab, unsniffed_odour,
    split_purchases, unfound_poison, euphemised_death_panel, waited_out_ambulance, own_attack_planned, story_kill_specifics,
)


def screen_rules(turns: list[str] | str) -> Verdict:
    """Rule-based verdict only (offline, authoritative)."""
    ts = prepare_turns(turns)
    if not ts:
        return ALLOW
    try:
        docs = [analyse(t) for t in ts]
    except Exception as exc:  # noqa: BLE001 - fail closed, never with a traceback
        return failed_closed(ts, "reading the request", exc)
    hit = rules_verdict(docs)
    if hit is None:
        try:
            if (tier := backstop_tier(docs)) is not None:
                hit = _backstop(ts, tier)
        except Exception as exc:  # noqa: BLE001
            return failed_closed(ts, "the learned backstop", exc)
    return hit or ALLOW


_GATE_KINDS = ("make", "acquire", "use", "enhance", "evade", "scale", "howto", "procedure")


def _names_own_product(doc: Doc, q: it.Cue) -> bool:
    """The cue's clause names a formula/code or a materials word and no controlled substance."""
    s, e = doc.clauses[doc.clause_of(q.start)]
    if any(s <= m.start < e for m in doc.mentions):
        return False
    # read through spacing and leetspeak too ('how t0 make z i f - 8 w1th z1nc n1trate'); a leetspeak word is no code
    # ('h0w do i w1pe my h@nds')
    return _own_object(doc, s, e) or (len(doc.views) > 1 and ml.names_own_object(
        " ".join(t.text for t in doc.views[-1] if s <= t.start < e)))


# materials work: polymerisation, ceramics and fracture ('make PMMA by RAFT', 'toughen alumina with zirconia'), read with
# intent.materials_context; a word with another sense there ('initiator', 'crack', 'PS') names nothing controlled
_MATERIALS_WORK = re.compile(r"(?<![\w])(?:polymeri[sz]\w*|monomers?|copolymers?|homopolymers?|(?:poly)?dispersity|raft|atrp|romp|chain[- ]transfer"
                             r"|ctas?|pmma|pnipam|pdms|polystyrene|polyacrylates?|poly\([\w -]+\)|photoinitiat\w*|hydrogels?|resins?|cur(?:e|ing) depth"
                             r"|alumina|zirconia|silicon nitride|silicon carbide|toughen\w*|toughness|fracture|grain boundar\w*|sinter\w*"
                             r"|crack (?:propagation|growth|tips?|deflection|bridging|initiation)|cracks"
                             # a sorbent made to take a pollutant out of water ('Chitosan-Kügelchen, die Paraquat adsorbieren')
                             r"|adsorb\w*|sorbents?|chitosan\w*|alginat\w*|biochar|zeolit\w*)(?![\w])")
# evasion or harm words that keep a materials or inspection text in front of the classifier
_GATE_KEEP = re.compile(r"(?<![\w])(?:hid(?:e|ing|den)|conceal\w*|fool\w*|trick\w*|evad\w*|dodg\w*|bypass\w*|cover(?:ing)? up|smuggl\w*|disguis\w*"
                        r"|undetect\w*|without (?:them|anyone|the \w+) (?:noticing|knowing|finding)|kill\w*|weapons?|bombs?|explosives?|detonat\w*"
                        r"|blast\w*|get high|high on|sell\w*|deal(?:ing|er)|poison\w*|harm|hurt)(?![\w])")
# inspection and verification as the scene ('two OPCW inspectors arrive at a plant, check the seals and take samples')
_INSPECTION = re.compile(r"(?<![\w])(?:inspectors?|inspections?|inspecting|verification|auditors?|opcw|iaea|safeguards)(?![\w])")


_MATERIAL_NEXT = re.compile(r"\s+(?:spheres?|microspheres?|beads?|films?|latex|substrates?|nanoparticles?|particles?|doped|matrix|matrices"
                            r"|blocks?|chains?|brushes|foams?|homopolymers?|copolymers?|pellets?|sheets?|plates?|dishes|cuvettes?|tubes?)(?![\w])")


def _code_in_material(doc: Doc, m) -> bool:
    """A war-agent code that is part of a material's name ('PS-b-PMMA', 'GA-doped ZnO', 'PS spheres')."""
    return doc.folded[m.end : m.end + 1] == "-" or doc.folded[max(0, m.start - 1) : m.start] == "-" or bool(_MATERIAL_NEXT.match(doc.folded, m.end))


# an ordinary carboxylic ester named as the product: 'benzyl benzoate', 'isoamyl acetate', 'methyl salicylate', 'ethyl butanoate'
_ESTER = re.compile(r"(?<![\w])(?:[a-z]+yl|[a-z]+yl-?[a-z]*yl) (?:acetate|benzoate|salicylate|butyrate|butanoate|propionate|propanoate|cinnamate"
                    r"|formate|lactate|anthranilate|valerate|pentanoate|hexanoate|octanoate|laurate|stearate|oleate|palmitate|myristate"
                    r"|acrylate|methacrylate|succinate|adipate|phthalate|citrate|malonate|glycolate|isobutyrate|tiglate|caproate)s?(?![\w])")


def _ordinary_ester(docs: list[Doc]) -> bool:
    """A request naming an ordinary carboxylic ester and no controlled substance: an ordinary product."""
    return any(_ESTER.search(d.folded) for d in docs) and not any(d.mentions for d in docs)


def _sorbed_ingredient(doc: Doc, m) -> bool:
    """A plain ingredient (paraquat, cadmium) named as what a sorbent or catalyst takes up or breaks down."""
    return m.tier == "ingredient" and _captured_agent(doc, m)


def _gate_keep_word(doc: Doc) -> bool:
    """An evasion or harm word in the text; a bomb word the lexicon read in another sense (no mention on it: 'the bomb step'
    of a Teflon-lined bomb, a bomb calorimeter) is not one."""
    return any(not (k.group(0).startswith("bomb") and not any(m.start <= k.start() < m.end for m in doc.mentions))
               # a kill word the frames read as a thing ruined ('the last batch was killed by wet methanol') is not one either
               and not (k.group(0).startswith("kill") and any(q.start == k.start() and _inert_cue(doc, q) for q in doc.cues))
               for k in _GATE_KEEP.finditer(doc.folded))


def _benign_work(docs: list[Doc]) -> bool:
    """Materials work whose only 'mentions' are words with another sense ('make PMMA by RAFT: which initiator ratio?',
    'crack propagation in alumina -> how could I toughen it'), or an inspection scene naming nothing, with no evasion or
    harm word: nothing for the classifier to judge."""
    text = " ".join(d.folded for d in docs)
    if any(_gate_keep_word(d) for d in docs) or any(q.kind == "evade" and not _inert_cue(d, q) for d in docs for q in d.cues):
        return False
    mentions = [m for d in docs for m in d.mentions]
    if not mentions and _INSPECTION.search(text):
        return True
    # a weak mention the conversation corroborates ('the synthesis of GD and the polymer that thickens it') still counts
    if any(m.cat in ("cwa", "precursor") and not _code_in_material(d, m) for d in docs for m in d.mentions):
        return False  # 'the production route for GD, and what polymer thickens it': a war-agent code stands on its own
    # a plain ingredient a sorbent takes up counts as named by the materials work ('beads that adsorb paraquat from runoff')
    return all(m.weak or _sorbed_ingredient(d, m) for d in docs for m in d.mentions) and not any(
        not _sorbed_ingredient(d, m) for d in docs for m in _live_mentions(d, docs)) and (
        _MATERIALS_WORK.search(text) is not None or it.materials_context(text))


# ordinary organic bench work: named reactions, organometallic bases, cryogenic THF, titration, teaching-lab isomers ('fresh LDA
# from diisopropylamine + nBuLi in THF at -78', 'a Wittig to make trans-stilbene in a teaching lab')
_ORGANIC_WORK = re.compile(r"(?<![\w])(?:wittig|grignard|aldol|diels-alder|suzuki|heck|sonogashira|buchwald|friedel-crafts|claisen|mitsunobu"
                           r"|horner|swern|enolates?|ylides?|lda|lihmds|nahmds|khmds|n-?buli|s-?buli|t-?buli|butyllithium|organolithium\w*"
                           r"|thf|-78|dry ice/acetone|schlenk|titrat\w+|stilbenes?|cis isomers?|trans isomers?|e/z|teaching lab|undergrad\w* lab"
                           # an olefination in any language ('pour une oléfination HWE', 'Olefinierung', 'olefinación')
                           r"|hwe|olefinations?|olefinierung\w*|olefinacion\w*|olefinazion\w*)(?![\w])")


def _organic_bench_work(docs: list[Doc]) -> bool:
    """Ordinary organic bench work (two or more of its words) naming no controlled agent or precursor beyond common dual-use
    reagents, with no evasion or harm word: nothing for the classifier to judge."""
    text = " ".join(d.folded for d in docs)
    if len({m.group(0) for m in _ORGANIC_WORK.finditer(text)}) < 2 or _GATE_KEEP.search(text):
        return False
    return not any(q.kind == "evade" for d in docs for q in d.cues) and not any(
        m.tier in ("agent", "precursor") for d in docs for m in _live_mentions(d, docs))


# kitchen and household work: a food reduced or concentrated ('concentrate tomato sauce into a paste', 'reduce stock into a
# glaze', 'Tomatensoße eindicken') or a household appliance wired ('rig a garage-door opener so it opens the gate', 'a doorbell
# that flashes a lamp', 'Garagentoröffner ... das Tor'), read with _GATE_KEEP and _DEVICE_WORD kept out
_HOUSEHOLD = re.compile(r"(?<![\w])(?:tomato\w*|popcorn\w*|pop-corn|palomitas|mais(?:korner|korn)\w*|tomate\w*|sauces?|salsa|soße|sosse|stock|broth|soups?|juices?|jus|saft|zumo|coffee|cafe|kaffee"
                        r"|espresso|cold[- ]brew|maple|sap|jam|jelly|marmalade|glaze|puree|milk|cream|caramel|fruit|apples?|berr(?:y|ies)"
                        r"|vegetables?|oranges?|lemons?|vinegar|honey|wort|garage[- ]doors?|garagentor\w*|porte de garage|gates?|portail|porton|tor|doorbell|door ?bell|sonnette|timbre"
                        r"|lamps?|lights?|porch|sprinklers?|thermostats?|blinds|curtains|motion sensor|relays?|smart (?:plug|switch|home)"
                        # ... or baking: a dough or bread made to rise or go round the guests ('How can I make the dough rise so that as
                        # many guests as possible get a slice?', 'faire lever la pâte', 'den Teig zum Aufgehen bringen', 'que la masa suba')
                        r"|doughs?|breads?|loaf|loaves|cakes?|batter|pizzas?|pastry|pastries|buns?|brioche|teig\w*|brot\w*|kuchen|pate|pain"
                        r"|gateaux?|masa|bizcochos?|pasteles?|impasto|torta)(?![\w])")
# words of a device that sets something off, or of a cook's traces and a garage lab, kept out of the household reading ('rig a
# garage-door opener to set off ...', 'clean the stovetop after a cook so a police swab comes back negative')
_DEVICE_WORD = re.compile(r"(?<![\w])(?:set (?:\w+ )?off|go(?:es)? off|trigger\w*|ignit\w*|fuses?|charges?|traps?|booby|pieg\w*|falle|trampa|ieds?"
                          r"|grenade\w*|detonat\w*|zund\w*|explos\w*|mines?|incendiar\w*|napalm|thermite|gas"
                          # a cook's traces cleaned for the police, a garage lab (blind-B113-091, blind-B25-001)
                          r"|police|cops?|swabs?|forensic\w*|traces?|residues?|cook|labs?|lethal|toxic\w*|agents?)(?![\w])")


def _household_work(docs: list[Doc]) -> bool:
    """Kitchen or household work in the last turn, nothing controlled named anywhere and no harm, evasion or device word:
    nothing for the classifier to judge ('How can I concentrate tomato sauce into a paste that fits in a small jar?')."""
    doc = docs[-1]
    text = " ".join(d.folded for d in docs)
    return bool(_HOUSEHOLD.search(doc.folded)) and not any(_live_mentions(d, docs) or d.mentions for d in docs) \
        and not any(_gate_keep_word(d) for d in docs) and not _DEVICE_WORD.search(text) \
        and not any(q.kind == "evade" and not _inert_cue(d, q) for d in docs for q in d.cues)


def _detected_named_device(doc: Doc, q: it.Cue) -> bool:
    """A production adjective that is part of a name ('explosivo casero', 'homemade explosive') after a detection or defence
    word in its clause ('¿cómo detectan los perros un explosivo casero debajo de un coche?'): the name of what is found."""
    if not q.strict or not any(m.start <= q.start and q.end <= m.end and m.end - m.start > q.end - q.start for m in doc.mentions):
        return False
    s, _ = doc.clauses[doc.clause_of(q.start)]
    return any(it.is_blocker(w, topic=False) for w in doc.words(s, q.start))


def backstop_gate(docs: list[Doc]) -> bool:
    """When the learned backstop may speak at its lower threshold: the last turn asks for an action (a non-weak
    make/acquire/use/... cue that is neither inert nor historical) inside a request frame."""
    return backstop_tier(docs) == "gated"


_LETTER = re.compile(r"[^\W\d_]")
# Latin letters, Vietnamese's included (Latin Extended Additional). Text in another script stays out of the closed and guarded
# tiers: in session 16's retrain, before the gloss, Russian and Ukrainian questions ('how does fentanyl act on opioid
# receptors') reached p 0.89-0.93 in the closed tier with no harmful one gained in CV. Since session 17 a closed-tier text the
# English gloss reads (``_readable``) goes to the glossed tier, at its own threshold
_LATIN = re.compile(r"[a-z\u00c0-\u024f\u1e00-\u1eff]")


def _latin_script(text: str) -> bool:
    """Most letters are Latin: the script whose words the classifier's character n-grams read best."""
    letters = len(_LETTER.findall(text))
    return letters > 0 and len(_LATIN.findall(text)) >= 0.6 * letters


# the share of a text's letters the English gloss must cover before the classifier judges a text in another script with no
# action cue left (the glossed tier)
_GLOSS_COVER = 0.35


def _readable(doc: Doc) -> bool:
    """A text in another script that the English gloss (``gloss.py``) covers well enough for the classifier to read."""
    letters = len(_LETTER.findall(doc.folded))
    covered = sum(len(_LETTER.findall(doc.folded[s:e])) for s, e, _ in gloss.spans(doc.folded, doc.clean))
    return letters > 0 and covered >= _GLOSS_COVER * letters


def backstop_tier(docs: list[Doc]) -> str | None:
    """How the learned backstop may judge a conversation the rules allow. "gated": the last turn asks for an action (a
    non-weak make/acquire/use/... cue that is neither inert nor historical) inside a request frame, judged at the lower
    threshold. "open": such an action outside a request frame ('my lead azide keeps coming out as big crystals, what
    additive makes it precipitate fine'), judged at the higher threshold. "closed": no such action, or every one read as
    inert or historical, in Latin script (a follow-up that only asks 'would the dogs still find it?'), judged
    at a higher threshold still, so questions about properties, history, detection or regulation are refused only when
    the classifier is all but certain. "guarded": an action the rules read in a benign context (bench or materials work,
    defensive words, an own or ordinary product), judged at the highest
    threshold ('how do I redistil our last 20 L batch ... the drums built up pressure' reads as bench work to the rules).
    None: the classifier never speaks: a benign purpose the rules name outright (child safety, a trainer's purpose, an
    inspection passed ...), compliance, a breach being disclosed, a request in another language the gloss reads as
    benign ("gloss_benign"), or, where no action is left, a text mostly in a script other than Latin (Cyrillic, Greek,
    Chinese, Arabic ...) that the English gloss covers poorly (``_readable``; one it covers well goes to the "glossed" tier)."""
    return tier_reason(docs)[0]


def _explained_cues(docs: list[Doc], asked: list) -> list:
    """The asked-for actions whose benign purpose the rules name outright: the classifier never overrules them, at no tier."""
    doc = docs[-1]
    return [q for q in asked if _CAUGHT_BEFORE.search(doc.folded[max(0, q.start - 80) : q.start]) or _COVERT_DOSE.match(q.text)
            or (q.kind == "use" and _victim_participle(doc, q))  # 'a spy is poisoned with ricin': a victim, not a plan
            or child_safety(doc, q) or trainer_purpose(doc, q) or tester_gap(docs, q)
            or faultless_inspection(doc, q) or screened_evasion(doc, q)
            or gear_cleaned_for_next_run(docs, q)  # 'clean the glassware so the next test comes out clean': lab carry-over
            or unlisted_law_asked(doc, q)  # 'suppose a new cathinone appeared that isn't listed: would it still be illegal'
            or _detected_named_device(doc, q)
            or flagged_third_party(doc, q)  # 'what red flags suggest a customer is splitting orders into 5 kg lots ...'
            or explained_evasion(docs, q)  # 'why do some shipments get past airport scanners, and how are customs closing that gap'
            or story_caught(docs, q)]  # 'in the novel the killer used thallium so the coroner wouldn't find it. How was he caught?'


# the branches where the rules read a benign context: the classifier may still speak there, at the guarded tier's threshold.
# Not where every substance named was read in a benign sense ('benign_names': 'how do I make dry ice at home?', p 0.99):
# in session 16's cross-validation that branch gained no harmful request and refused two benign ones
_GUARDED = frozenset({"defensive", "benign_work", "own_product", "common_product", "persona_product", "ordinary_ester",
                      "subject", "material_antecedent"})


def tier_reason(docs: list[Doc]) -> tuple[str | None, str]:
    """``backstop_tier`` with the reason: (tier, why), why = the tier or the branch that decided it."""
    asked = [q for q in docs[-1].cues if q.kind in _GATE_KINDS and not q.weak]
    explained = _explained_cues(docs, asked)
    tier, why = _tier_reason(docs, asked, explained)
    if tier is not None and gloss.benign_reading(docs[-1].folded, docs[-1].clean, bool(ml.harmless_starts(docs[-1].folded))):
        # another language, read through the gloss as asking about protection, treatment, detection or the rules, or about
        # turning an agent into a harmless product, with no harmful intent glossed: the classifier does not speak
        return None, "gloss_benign"
    if why in _GUARDED and not explained and _latin_script(docs[-1].folded):
        return "guarded", why
    return tier, why


def _tier_reason(docs: list[Doc], asked: list, explained: list) -> tuple[str | None, str]:
    """The branch of ``backstop_tier`` before the guarded tier: (tier, why), why = the tier or the branch that said None."""
    doc = docs[-1]
    cues = [q for q in asked if q not in explained and not _inert_cue(doc, q) and not _historical(doc, q)]
    if _prescribed_travel(doc):
        cues = [q for q in cues if q.kind != "evade"]
    if _COMPLY_STRICT.search(doc.folded) and not _STRONG_EVADE.search(doc.folded) and not any(
            m.tier == "agent" for d in docs for m in d.mentions):
        return None, "compliance"  # 'how do I avoid accidentally breaching export controls when I order thionyl chloride': compliance, as in _scan
    if any(disclosed_breach(doc, q) for q in doc.cues):
        return None, "breach"  # 'went out without the export licence. How do we make a voluntary disclosure?': a breach reported
    if any(gear_cleaned_for_next_run(docs, q) for q in doc.cues) and all(q.kind in ("evade", "howto") for q in cues):
        return None, "lab_cleaning"  # 'Wie reinige ich die Geräte, damit der nächste Test sauber ausfällt?': only the cleaning is asked ('die' is no verb)
    if not cues:  # no action asked about ('how lethal is botulinum toxin compared to VX?'), or every one read as benign
        # ('which country produced the most mustard gas in WWI?'): the closed tier, unless a benign purpose was named or
        # the text is in a script the classifier's character n-grams barely read (not Latin: Cyrillic, Greek, Chinese, Arabic ...)
        if explained:
            return None, "purpose"
        if _latin_script(doc.folded):
            return "closed", "closed"
        # another script: the classifier reads it through the English gloss, at its own threshold ('glossed')
        return ("glossed", "glossed") if _readable(doc) else (None, "script")
    framed = doc.personal or any(_request(doc, q) or _request(doc, q, False) for q in cues)
    if not framed and not any(q.kind == "evade" for q in cues) and doc.any_blocker():
        return None, "defensive"  # no request frame, defensive words and no evasion: 'which building materials best resist a blast from TATP?'
    if _benign_work(docs) or _organic_bench_work(docs) or _household_work(docs):
        return None, "benign_work"
    if all(_names_own_product(doc, q) for q in cues):
        return None, "own_product"
    if not any(_live_mentions(d, docs) for d in docs) and any(_COMMON_PRODUCT.search(d.folded) or (len(d.views) > 1 and _COMMON_PRODUCT.search(
            " ".join(t.text for t in d.views[-1]))) for d in docs):  # (read through spacing and leetspeak too: 's l 1 m e'; a
        # mention the rules do not count, such as the code 'L1' read out of 's l 1 m e', names nothing)
        return None, "common_product"  # 'aspirin from salicylic acid and acetic anhydride': an ordinary product, nothing controlled named  # 'Sarin is dangerous. How do I make ZIF-8?': every request names its own, unlisted product
    live = [m for d in docs for m in _live_mentions(d, docs)]
    if live and all(m.ref.startswith("indirect_") for m in live) and _COMMON_PRODUCT.search(doc.folded):
        return None, "persona_product"  # 'act as Walter White ... the procedure for the aspirin practical': the persona makes an ordinary product
    if _ordinary_ester(docs):
        return None, "ordinary_ester"  # 'a route to benzyl benzoate at 50 g scale for a fragrance practical': an ordinary ester, nothing controlled named
    if all(any(_subject_of(doc, q, m) for m in doc.mentions) for q in cues):
        return None, "subject"  # 'explain how a binary shell mixes its two components': the substance does the action, nobody asks to
    if len(docs) > 1 and (doc.mentioned or _pronoun_request(doc)) and not any(d.mentions for d in docs) and any(
            it.materials_context(d.folded) for d in docs[:-1]):
        return None, "material_antecedent"  # 'Which MOFs are best for CO2 capture?' -> 'Of those, which is easiest to make?': the antecedent is a material
    # the rules saw a benign reading of every substance named ('cocaine cravings', 'detection of TATP', 'dry ice'): trust them
    named = [(d, m) for d in docs for m in d.mentions  # a name inside a longer one ('crystal' in 'crystal meth') is not separate
             if not any(o is not m and o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start for o in d.mentions)]
    # (a weak device word in materials work is its materials sense: 'mesurer la charge en MOF', the MOF loading)
    # (a substance a material is made to break down is its target, not its product: 'ein Zr-MOF, um Sarin und VX abzubauen')
    if named and all(_head_blocked(d, m) or _pre_blocked(d, m) or _destroyed_object(d, m) or (m.weak and m.ref == "devices" and it.materials_context(d.folded)
                                                                 and not any(q.kind == "evade" for q in d.cues)) or (
            m.cat == "drug" and m.weak and (_SLANG_COMPOUND.search(d.folded[max(0, m.start - 14) : m.start]) or _SUBSTRATE_BEFORE.search(
                d.folded[max(0, m.start - 40) : m.start]) or _OF_PHRASE.match(
                d.folded, m.end))) for d, m in named):  # 'a pasta base de tomate', 'the crack of dawn': not the drug
        return None, "benign_names"
    return ("gated", "gated") if framed else ("open", "open")


def _backstop(turns: list[str], tier: str) -> Verdict | None:
    """The learned backstop at the threshold of the conversation's tier (``backstop_tier``): p >= threshold inside the
    gate's request frame, p >= the higher open-tier threshold for an action outside one ('my HMTD came out yellow, is it
    still usable?'), and p >= the highest, closed-tier threshold where the gate sees no action (a follow-up that only
    asks 'would the dogs still find it?'), p >= the guarded tier's where the rules read the action as benign work, and p >=
    the glossed tier's for a closed-tier text in another script that the English gloss reads.
    Each threshold is chosen by cross-validation in ``bench/safety_train.py``."""
    from paperqa_mat.safety import learned

    mdl = learned.model()
    if mdl is None:
        return None
    t = {"gated": mdl["threshold"], "open": mdl["threshold_open"], "guarded": mdl["threshold_guarded"],
         "glossed": mdl["threshold_glossed"]}.get(tier, mdl["threshold_closed"])
    if t > 1.0:
        return None
    p, cat = learned.predict(turns)
    if p < t:
        return None
    return Verdict(True, cat, f"the learned backstop rates this request as harmful (p={p:.2f} >= {t:.2f}, {tier} tier; "
                   f"{CATEGORY_TEXT.get(cat, cat)})", "classifier", [])


def screen(turns: list[str] | str, *, settings=None, use_llm: bool | None = None) -> Verdict:
    """Screen a user request in its conversation (oldest turn first, the request last).

    The rule-based verdict is final when it refuses; with an LLM configured (``settings.llm_enabled``)
    an allowed request also gets an LLM judgement, which can only add a refusal.
    """
    verdict = screen_rules(turns)
    if verdict.refuse or use_llm is False:
        return verdict
    if settings is None:
        settings = _default_settings(os.environ.get("PQM_LLM_BASE_URL"), os.environ.get("PQM_CONFIG"), os.getcwd())
    if not settings.llm_enabled:
        return verdict
    from paperqa_mat.safety.llm_judge import judge

    extra = judge(_as_turns(turns), settings)
    return extra if extra is not None and extra.refuse else verdict


@lru_cache(maxsize=8)
def _default_settings(base_url: str | None, config: str | None, cwd: str):
    """Settings from the environment, cached per (LLM URL, config file, cwd) so screening stays fast."""
    from paperqa_mat.settings import get_settings

    return get_settings()


def _flatten(obj: Any) -> list[str]:
    if obj is None:
        return []
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, dict):
        return [s for v in obj.values() for s in _flatten(v)]
    if isinstance(obj, list | tuple | set):
        return [s for v in obj for s in _flatten(v)]
    return [str(obj)]


def screen_tool_call(name: str, args: Any, context_turns: list[str] | tuple[str, ...] = (), *, settings=None,
                     use_llm: bool | None = None) -> Verdict:
    """Screen a tool call's arguments in the context of the conversation that produced it."""
    text = "; ".join(_flatten(args))
    ctx = _as_turns(list(context_turns))
    verdict = screen([*ctx, text] if text.strip() else ctx or [""], settings=settings, use_llm=use_llm)
    if verdict.refuse:
        return verdict
    if ROUTE_TOOL.search(name or ""):
        try:
            doc = analyse(text)
        except Exception as exc:  # noqa: BLE001 - fail closed
            return failed_closed([*ctx, text], f"reading the arguments of tool '{name}'", exc)
        specific = [m for m in _live_mentions(doc, [doc]) if not _is_class(m) and m.tier in ("agent", "precursor")
                    and not _head_blocked(doc, m)]
        if specific:
            m = specific[0]
            return Verdict(True, m.cat, f"tool '{name}' would design or route a controlled substance ({m.text})",
                           "rules", [m.text])
    return verdict


_PROC_MARKERS = re.compile(
    r"(?<![\w])(?:add(?:ed|ing)?|stir(?:red|ring)?|reflux(?:ed|ing)?|dropwise|distil(?:led|lation)?|filter(?:ed)?|wash(?:ed)?|"
    r"dried|evaporat\w+|recrystalli\w+|heat(?:ed)?|cool(?:ed)?|mmol|equiv|yield(?:ed|s)?|react(?:ed|ing)? with|treated with|"
    r"in the presence of|under (?:nitrogen|argon|vacuum|reflux)|neutrali[sz]ed|quench(?:ed)?|extract(?:ed)? with|"
    r"dissolv(?:e|ed) in|step \d|\d+(?:\.\d+)?\s?(?:g|mg|kg|ml|l|mmol|mol|°c|h|min|hours?|%|m)(?![\w])|°c|then|finally|"
    r"mix(?:ed|ing)?|combine[ds]?|pour(?:ed)?|decant(?:ed)?|crystals?|precipitat\w+|purif\w+|chlorinat\w+|fluorinat\w+|"
    r"esterif\w+|alkylat\w+|nitrat(?:ed|ion|ing)|oxidi[sz]\w+|transesterif\w+|chromatograph\w*|extraction|distill\w*|"
    r"treating|crystalli[sz]\w+|amination|reduction|acetylat\w+|fluorinat\w+)(?![\w])"
)


def screen_output(text: str, context_turns: list[str] | tuple[str, ...] = (), *, settings=None,
                  use_llm: bool | None = None) -> Verdict:
    """Screen a final answer: refuse if it carries a route/procedure for a controlled substance,
    or if it answers a request that is itself refused."""
    ctx = [t for t in _as_turns(list(context_turns)) if t and t.strip()]
    if ctx:
        v = screen(ctx, settings=settings, use_llm=use_llm)
        if v.refuse:
            return v
    for para in [p for p in re.split(r"\n\s*\n", text or "") if p.strip()] or [""]:
        try:
            v = _screen_answer_block(para, ctx)
        except Exception as exc:  # noqa: BLE001 - an answer the guard cannot read is withheld
            return failed_closed([*ctx, para], "checking the answer", exc)
        if v is not None:
            return v
    return ALLOW


def _screen_answer_block(block: str, ctx: list[str]) -> Verdict | None:
    doc = analyse(block)
    docs = [analyse(t) for t in ctx] + [doc]
    live = [m for m in _live_mentions(doc, docs) if not _is_class(m) and not m.weak and m.tier in ("agent", "precursor", "dual")
            and not _head_blocked(doc, m) and not _pre_blocked(doc, m)]
    # pronoun-only answers ("Step 1: dissolve it in ...") inherit the substance asked about
    ctx_ment = [m for d in docs[:-1] for m in _live_mentions(d, docs) if m.tier in ("agent", "precursor")
                and not _is_class(m) and not _head_blocked(d, m) and not _pre_blocked(d, m)]
    markers = {m.group(0) for m in _PROC_MARKERS.finditer(doc.folded)}
    n_markers = len(markers)
    for q in doc.cues:
        if q.kind not in ("make", "procedure", "scale") or q.strict:  # broad request verbs are for requests only
            continue
        for m in live:
            if m.tier == "dual" and not (q.start <= m.start or q.form != "verb"):
                continue
            if _pairs(doc, q, m) and (m.tier != "dual" or not it.materials_context(doc.folded)):
                sent = _sentence(doc, q.start, m.start)
                reagent = re.search(r"(?<![\w])(?:react\w*|from|with|using|via|treat\w*|combin\w*|add\w*)(?![\w])", sent)
                if n_markers >= 2 or (reagent and (m.tier == "agent" or n_markers >= 1 or len({x.ref for x in live}) >= 2)):
                    return Verdict(True, m.cat, f"answer gives a route for {m.text} ({CATEGORY_TEXT[m.cat]})", "rules", [m.text])
    # a procedure around an agent's name: the sentence naming it carries >= 3 lab-procedure markers
    sentences = _sentences(doc.folded)
    for m in (x for x in live if x.tier == "agent"):
        k = next((i for i, (s, e) in enumerate(sentences) if s <= m.start < e), None)
        if k is None:
            continue
        lo, hi = sentences[k]
        if len({x.group(0) for x in _PROC_MARKERS.finditer(doc.folded[lo:hi])}) >= 3:
            return Verdict(True, m.cat, f"answer contains a procedure involving {m.text} ({CATEGORY_TEXT[m.cat]})", "rules", [m.text])
    # a pronoun-only procedure ("Step 1: dissolve it ...") answering a question about a named agent
    last_ctx = docs[-2] if len(docs) > 1 else None
    if (ctx_ment and last_ctx is not None and n_markers >= 4 and not live and not it.materials_context(doc.folded)
            and not it.materials_context(last_ctx.folded)
            and re.search(r"(?<![\w])(?:it|the product|the agent|the compound|the mixture)(?![\w])", doc.folded)):
        m = ctx_ment[-1]
        return Verdict(True, m.cat, f"answer contains a procedure for {m.text} ({CATEGORY_TEXT[m.cat]})", "rules", [m.text])
    return None


def _sentences(text: str) -> list[tuple[int, int]]:
    bounds = [0] + [m.end() for m in re.finditer(r"[.!?;]\s+|\n", text)] + [len(text)]
    return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1) if bounds[i + 1] > bounds[i]]


def _sentence(doc: Doc, a: int, b: int) -> str:
    lo, hi = min(a, b), max(a, b)
    s = max(doc.folded.rfind(".", 0, lo), doc.folded.rfind("\n", 0, lo)) + 1
    e = min([x for x in (doc.folded.find(". ", hi), doc.folded.find("\n", hi)) if x >= 0] or [len(doc.folded)])
    return doc.folded[s:e]
