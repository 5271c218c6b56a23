"""Mention filtering: which substance mentions are live for the guard. Classes ('nerve agents') versus
specific agents, mentions corroborated by the conversation, head nouns ('sarin detector') and prefixes
('anti-sarin') that block a mention, and precursors framed as such.
"""

from __future__ import annotations

import re

from paperqa_mat.safety import intent as it
from paperqa_mat.safety import multilingual as ml
from paperqa_mat.safety.document import Doc
from paperqa_mat.safety.lexicon import CW_CONTEXT, GUARDED, Mention, code_collides

CLASS_REFS = ("generic_", "indirect_", "devices", "cwa_precursor_generic", "bioagents")

_DRUG_CONTEXT = re.compile(
    r"(?<![\w])(?:cook|cooking|cooked|snort\w*|shoot up|get high|getting high|sell|selling|dealer\w*|street|rave|"
    r"recreational\w*|illicit|illegal|clandestine|at home|shake and bake|one[- ]pot|breaking bad|pseudoephedrine|ephedrine|"
    r"p2p|addict\w*|cold medicine|cold pills|sudafed|baking soda|freebase"
    # the same trade in other languages: selling on the street, cooking it, dealing ('venderla en la calle', 'cocinarla como
    # crack', 'auf der Straße verkaufen', 'spacciarla')
    r"|vend(?:er|o|es|emos|erla|erlo|erlas|erlos|iendo|ere|erla|erlo|re|s)|en la calle|na rua|per strada|dans la rue|auf der stra(?:ss|ß)e"
    r"|cocin(?:ar|o|as|arla|arlo|arlas|arlos|ando)|cozinh(?:ar|o|a-la|a-lo)|cucin(?:are|arla|arlo)|cuisiner|kochen|koche"
    r"|verkauf\w*|deal(?:en|e|t)|spacci\w*|trafic\w*|camell[oa]s?|narcotrafic\w*"
    # a drug test to be passed: 'what do i put in my pee cup 2 pass a coke test'
    r"|(?:pee|piss|urine|ua|drug|tox) (?:cups?|tests?|screens?|samples?)|been using)(?![\w])"
)

_DERIVED = ("derived", "based", "like", "inspired", "type", "class")

_WEAPON_HEAD = re.compile(r"(?:agents?|weapons?|munitions?|gas(?:es)?|bombs?|devices?|shells?|warheads?|toxins?|explosives?)$")

# a drug's structure changed so that the product slips past a test or a law: 'tweaks to MDMA's structure that dodge ...'
_STRUCTURE_HEAD = ("structure", "scaffold", "skeleton", "backbone", "molecule", "core", "template", "framework", "chemotype", "structura", "struktur")


def _is_class(m: Mention) -> bool:
    """Classes ('nerve agents', 'drugs', 'explosives') vs specific agents. A named weapon device ('pipe bomb',
    'improvised explosive device', 'detonator') is specific, only the bare words 'bomb'/'explosive' are a class."""
    if m.ref == "devices":
        text = m.text.replace(".", "")  # 'i.e.d' is 'ied'
        return text in GUARDED or " " not in text and not text.startswith(("ied", "detonat", "vbied", "blasting"))
    return m.ref.startswith(CLASS_REFS)


# a pill named only by its imprint ('blue tablets stamped M30', 'des comprimés marqués M30', 'Tabletten mit der Prägung M30',
# 'pastillas con el sello M30'): the imprint counts once a tablet or pill is named in the conversation
_IMPRINT = re.compile(r"m-?30")
_PILL_WORD = re.compile(r"(?<![\w])(?:tablets?|pills?|capsules?|stamped|imprint\w*|comprimes?|cachets?|pilules?|gelules?|tabletten?|pillen?"
                        r"|kapseln?|pragung|pastillas?|pildoras?|comprimidos?|capsulas?)(?![\w])")


# a kill verb whose object is a figure of merit, a figure of speech: 'killing our device yield', 'kills the efficiency of our
# cells', 'tue le rendement de nos dispositifs'
_METRIC_OBJECT = re.compile(r"\s+(?:(?:our|my|the|their|its|your|all|notre|nos|le|la|les|unsere\w*|die|den)\s+)?(?:[\w-]+\s+){0,2}?"
                            r"(?:yields?|efficienc\w+|performance|throughput|conversion|selectivity|lifetimes?|mobility|output|signal"
                            r"|contrast|resolution|reproducibility|uptime|rendement|ausbeute|rendimiento)(?![\w])")


def metric_kill(doc: Doc, q: it.Cue) -> bool:
    """A use cue 'kill'/'tuer' whose object is a yield or an efficiency: a figure of speech, nobody is harmed."""
    return q.kind == "use" and bool(re.fullmatch(r"(?:kill(?:s|ed|ing)?|tue|tuent)", q.text)) and bool(
        _METRIC_OBJECT.match(doc.folded, q.end))


def _corroborated(m: Mention, docs: list[Doc]) -> bool:
    """Weak mentions (ambiguous codes, slang, 'mustard', 'toxin') need supporting context."""
    if not m.weak:
        return True
    others = [x for d in docs for x in d.mentions if not x.weak]
    text = " ".join(d.folded for d in docs)
    words = {w for d in docs for w in d._tok_texts} - set(m.text.lower().split())  # a weak name's own words ('chemical agents')
    words.discard("".join(m.text.lower().split()))  # ... also spelled out ('d i j o n  m u s t a r d' reads 'mustard')
    if m.cat in ("cwa", "precursor"):
        if _german_lost(m, docs):
            return True
        if any(x.cat in ("cwa", "precursor") and x.tier in ("agent", "precursor") for x in others):
            return True
        if any(x.weak and x.cat in ("cwa", "precursor") and x.tier == m.tier and (x.ref != m.ref or _code_variant(x, m, d, docs))
               for d in docs for x in d.mentions):
            return True  # two different agent or precursor codes ('DF and QL', 'GE and GF', 'HD vs HT', 'GD ... TGD') support each other
        cues = [q for d in docs for q in d.cues]
        after = next((d.words(m.end, m.end + 20)[:1] for d in docs if any(x is m for x in d.mentions)), [])
        if (any(q.kind == "make" and not q.weak for q in cues) and (any(q.kind == "scale" for q in cues) or _NAMED_PROCESS.search(text))
                and not it.materials_context(text) and (_NAMED_PROCESS.search(text) or not after or after[0] in _CODE_OBJECT_NEXT)):
            return True  # 'making HD by the Levinstein process in a kilo batch': a production request at scale or by a named process
        if code_collides(m.text) and it.materials_context(text):  # 'PD catalyst loading', 'GA-doped ZnO': an element symbol
            return bool((words - {m.text.lower()}) & CW_CONTEXT - _LAB_CONTEXT) or bool(_CW_USE.search(text))
        if code_collides(m.text):  # 'make PS spheres more stable': only a war-agent property, not any improvement, supports a code
            return bool((words - {m.text.lower()}) & CW_CONTEXT) or bool(_CW_USE.search(text)) or any(
                q.kind == "use" or (q.kind == "enhance" and _CW_ENHANCE.search(q.text)) for d in docs for q in d.cues) or (
                _stored_liquid(text) and bool(_CW_ENHANCE.search(text)))
        return bool((words - {m.text.lower()}) & CW_CONTEXT) or any(q.kind in ("enhance", "use") for d in docs for q in d.cues) or bool(
            _BREAKDOWN_NEXT.match(_after(m, docs))) or _stored_liquid(text) or bool(_USED_ON_PEOPLE.search(text))
    if m.cat == "explosive" and m.text.startswith("initiator") and (_RADICAL_INITIATOR.search(_before(m, docs, 40)) or _POLYMER_WORK.search(text)):
        return False  # 'organic peroxide initiators in a polymer lab', 'radical initiators like AIBN': a polymerisation reagent, no detonator
    if m.cat == "explosive":
        return any(x.cat == "explosive" and x.tier == "agent" for x in others) or any(
            q.kind == "use" and not metric_kill(d, q) for d in docs for q in d.cues)
    if m.cat == "drug" and m.how == "weak" and _SLANG_COMPOUND.search(_before(m, docs)):
        return False  # 'hot-ice demo', 'dry ice', 'broken glass shards': not slang for a drug
    if m.cat == "drug" and m.how == "weak" and _SUBSTRATE_BEFORE.search(_before(m, docs, 40)):
        return False  # 'silver-mirror coatings on glass', 'a thin gold film on glass': the substrate a coating is put on
    if m.cat == "drug" and m.how == "weak" and _OF_PHRASE.match(_after(m, docs)):
        return False  # 'a pasta base de tomate', 'the crack of dawn', 'rock of ages': a noun with its own complement
    if m.cat == "drug" and _bare_slang_object(m, docs[-1]):
        return True
    if m.cat == "drug" and m.how == "weak" and _IMPRINT.fullmatch(m.text) and _PILL_WORD.search(text):
        return True  # 'small blue tablets stamped M30': a pill's imprint; 'M30 bolts', 'M30 concrete' name no pill
    if _evasion_corroborates(m, docs) or _slang_kept_from_detector(m, docs):
        return True
    if m.cat == "drug":
        # a named drug or its own precursor ('meow meow from 4-methylpropiophenone', 'pasta base from coca leaves') corroborates
        return bool(_DRUG_CONTEXT.search(text)) or any(x.cat == "drug" and x.tier in ("agent", "precursor") for x in others)
    if m.cat in ("toxin", "cwa") and (_pronoun_request(docs[-1]) or _selection_request(docs[-1])) and m.start < len(docs[-1].folded) + 1 and not any(
            m is x for x in docs[-1].mentions):
        return True  # 'which plant toxin is the most dangerous?' -> 'how would I extract it?'
    if m.cat == "toxin":
        return any(x.cat == "toxin" and not _is_class(x) for x in others) or any(
            q.kind == "use" for d in docs for q in d.cues) or _undetectable_poison(m, docs)
    return False


# an initiator named by its chemical class or its polymerisation ('organic peroxide initiators', 'azo initiators', 'the radical
# initiator', 'photoinitiators'), or a polymer lab around it: a reagent that starts a chain reaction, not a detonator
_RADICAL_INITIATOR = re.compile(r"(?<![\w])(?:peroxides?|peroxy\w*|hydroperoxides?|perester\w*|percarbonates?|persulfates?|azo|radical|free[- ]radical"
                                r"|photo|thermal|redox|cationic|anionic|polymeri[sz]ation|atrp|raft|aibn|bpo|v-?\d+|water-soluble|oil-soluble)[\s-]+(?:[\w-]+\s+){0,1}$")
_POLYMER_WORK = re.compile(r"(?<![\w])(?:polymer(?:s|ic)?|polymeri[sz]\w*|monomers?|resins?|curing|radical chain|pmma|polystyrene|acrylates?|methacrylates?"
                           r"|aibn|benzoyl peroxide|dicumyl peroxide|mekp|lauroyl peroxide)(?![\w])")


def _undetectable_poison(m: Mention, docs: list[Doc]) -> bool:
    """A poison word described as one no test finds, the evasion cue right after it ('un veneno indetectable', 'un veneno que no
    se detecte en la autopsia', 'ein Gift, das bei der Obduktion nicht nachweisbar ist'): a poison asked for, not the word's
    other senses."""
    d = next((e for e in docs if any(x is m for x in e.mentions)), None)
    return d is not None and m.ref == "generic_toxin" and any(
        q.kind == "evade" and not q.weak and 0 <= q.start - m.end <= 12 for q in d.cues)


# a code that smells, fumes and turns pH paper red is a stored liquid, not a gigabyte ('the GB I stored is giving off a sharper
# smell ... what amine should I add, and how much per litre')
_LIQUID_SIGNS = re.compile(r"(?<![\w])(?:smell\w*|odou?r\w*|fum(?:es|ing)|ph paper|litmus|per lit(?:re|er)|amines?|stabili[sz]\w*|acidic"
                           r"|distil\w*|vapou?rs?|droplets?)(?![\w])")


def _stored_liquid(text: str) -> bool:
    """At least two distinct signs of a physical liquid (smell, fumes, pH paper, per litre, an amine stabiliser)."""
    return len({x.group(0)[:5] for x in _LIQUID_SIGNS.finditer(text)}) >= 2


# German function words: 'Lost' (sulfur mustard) in a German sentence, not the English 'lost' or a folded 'löst'
_GERMAN = re.compile(r"(?<![\w])(?:man|wie|dass|das|die|der|und|ist|im|es|welche\w*|kann|zu|nicht|sich|damit|bleibt|braucht)(?![\w])")


def _german_lost(m: Mention, docs: list[Doc]) -> bool:
    """'Wie kann man Lost stabilisieren', 'damit S-Lost flüssig bleibt': the German name of sulfur mustard, capitalised."""
    if m.text.lower() not in ("lost", "s-lost"):
        return False
    d = next((e for e in docs if any(x is m for x in e.mentions)), None)
    return d is not None and bool(re.search(r"(?<![\w])(?:S-)?Lost(?![\w])", d.clean)) and len(set(_GERMAN.findall(d.folded))) >= 2


# words that may follow an agent's code ('HD vs HT', 'GD plus ...', 'the TGD version'); another noun makes the code a
# label of something else ('HD vs HT video formats')
_CODE_NEXT = {"vs", "versus", "or", "and", "plus", "version", "variant", "form", "agent", "is", "are", "was", "which", "that", "to",
              "into", "from", "by", "via", "with", "in", "at", "on", "for", "than", "batch", "production"}


def _code_variant(x: Mention, m: Mention, d: Doc, docs: list[Doc]) -> bool:
    """Two codes of one agent's variants ('HD' and 'HT', 'GD' and the thickened 'TGD'), neither labelling another noun."""
    if x.text.lower() == m.text.lower() or not all(len(c.text) <= 4 and c.text.isalnum() for c in (x, m)):
        return False
    dm = next((e for e in docs if any(y is m for y in e.mentions)), d)
    return all(not w or w[0] in _CODE_NEXT for w in (d.words(x.end, x.end + 20)[:1], dm.words(m.end, m.end + 20)[:1]))


# named war-agent production processes (a code beside one of these is the agent: 'HD by the Levinstein process')
_NAMED_PROCESS = re.compile(r"(?<![\w])(?:levinstein|meyer(?:-clarke)?|depe|di-di|transester\w*|binary route|dmhp|dichlor process|"
                            r"thiodiglycol route|mcnamara|schrader)(?![\w])")
_CODE_OBJECT_NEXT = {"by", "via", "using", "with", "from", "in", "at", "on", "and", "for"}
_CW_ENHANCE = re.compile(r"potent|toxic|lethal|deadly|persist|volatil|breaking down|hydroly|degrad|decompos|shelf|store|storing|long[- ]term")
# the battlefield use of a thickened persistent agent ('a persistent ground-contamination round', 'an area-denial round',
# 'thickened GD'): war-agent context for a code that is also an element symbol
_CW_USE = re.compile(r"(?<![\w])(?:(?:persistent|contamination|area[- ]denial|chemical|gas|filled) (?:rounds?|shells?|munitions?|bombs?|warheads?)"
                     r"|ground[- ]contamination|area[- ]denial|terrain denial|thickened (?:agents?|g[abdf]|vx|hd|soman|sarin|tabun|mustard)"
                     # a thickened agent's hold on targets ('what thickener makes TGD cling to vehicle surfaces the longest')
                     r"|(?:cling|stick|adhere)s? (?:\w+ )?(?:to|on) (?:the )?(?:vehicles?|vehicle surfaces|armou?r|skin|terrain|tanks|troops)"
                     # ... the agent thickened by the asker, or made to persist on terrain for days ('thicken GD with a polymer so it
                     # persists on terrain', 'GD ... with PMMA as the thickener', 'so it stays on the battlefield for days')
                     r"|thicken\w* (?:the |our |my |some )?(?:g[abdf]|vx|hd|soman|sarin|tabun|mustard)(?![\w-])|(?:g[abdf]|vx|hd)(?: [\w-]+){0,4}? (?:thickener|thickened)"
                     r"|(?:persist\w*|linger\w*|stays?|remains?|lasts?) (?:\w+ ){0,2}?(?:on|in|over|across) (?:the )?(?:terrain|battlefield|open ground"
                     r"|enemy positions?|airfields?))(?![\w])")
# used on a population in an attack ('which chemical agents did Iraq use against the Kurds', 'gassed the villagers')
_USED_ON_PEOPLE = re.compile(r"(?<![\w])(?:us(?:e|ed|ing)|deploy\w*|dropp\w*|fir(?:e|ed|ing)|unleash\w*|gass\w*) (?:\w+ )?(?:on|against)? ?(?:the |its |their )?"
                             r"(?:own )?(?:kurds|civilians|villagers|rebels|insurgents|protesters|population|people|prisoners|iranians|syrians"
                             r"|enemy troops|opposition)(?![\w])")
# a coating, film or mirror put on a substrate before a weak slang name ('silver-mirror coatings on glass', 'ITO layers on glass')
_SUBSTRATE_BEFORE = re.compile(r"(?<![\w])(?:coat\w*|films?|mirrors?|layers?|deposit\w*|plat(?:e|ed|ing)|grown|sputter\w*|finish(?:es)?"
                               r"|etch\w*|print\w*|paint\w*|evaporated|spin-?coated|substrates?) (?:on|onto) (?:the |a |clean |plain )?$")
_LAB_CONTEXT = {"reagents", "glassware", "reflux", "distillation", "fluorination", "precursor", "precursors", "agent", "agents"}
_SLANG_COMPOUND = re.compile(r"(?:-|(?<![\w])(?:dry|hot|thin|sea|black|shaved|crushed|broken|window|safety|sheet|fiberglass|fibreglass|"
                             r"borosilicate|lab|quartz|silica|metallic|bulk|amorphous|glacier|pack|cold|candy|sugar|breakaway|stained|spun|frosted|tempered) ['\"]?)$")


# a complement after a weak slang name that is not the drug itself ('de tomate', 'of dawn'); 'de cocaína', 'de coca' are
_OF_PHRASE = re.compile(r"\s+(?:of|de|di|du|des|del|da|do|von|der)\s+(?!(?:(?:la|el|the|a|un|una|le|les|los|las)\s+)?(?:coca|cocaine|cocaina|kokain"
                        r"|hojas?|leaves|leaf|folhas?|foglie|feuilles?)(?![\w]))[a-z]")


# a war agent named by its breakdown products ('GC-MS libraries that include mustard degradation products')
_BREAKDOWN_NEXT = re.compile(r"\s+(?:degradation|breakdown|hydrolysis|decomposition) products?(?![\w])")
# a shipment declared to customs as something else ('label a shipment of 4-AP so customs treat it as a generic intermediate')
_DECLARED_SHIPMENT = re.compile(r"(?<![\w])(?:shipments?|consignments?|customs|declar\w*|export\w*|import\w*)(?![\w])")


def _evasion_corroborates(m: Mention, docs: list[Doc]) -> bool:
    """A weak drug-precursor code ('4-AP', 'NPP') corroborated by an evasion cue in a shipment or customs context."""
    text = " ".join(d.folded for d in docs)
    return m.cat == "drug" and m.tier == "precursor" and bool(_DECLARED_SHIPMENT.search(text)) and any(
        q.kind == "evade" and not q.weak for d in docs for q in d.cues)


# drug detection at a border or in the post: sniffer or drug dogs, ion or body scanners ('st0ps sn1ffer d0gs & i0n sc4nners',
# 'les chiens renifleurs', 'die Drogenhunde', 'los perros detectores')
_DRUG_DETECTOR = re.compile(r"(?<![\w])(?:(?:sniffer|drug|narcotics?|detection|k-?9)[- ]?(?:sniffing )?dogs?|k-?9s?|ion scanners?|body scanners?"
                            r"|chiens? (?:renifleurs?|antidrogues?|detecteurs?|de la police)|\w*(?:drogen|spur|rauschgift)hunde?\w*"
                            r"|perros? (?:detectores?|antidrogas?|rastreadores?|de la policia))(?![\w])")


def _slang_kept_from_detector(m: Mention, docs: list[Doc]) -> bool:
    """A drug's slang name ('coke', 'smack', 'crystal') kept from sniffer dogs or ion scanners by an evasion cue ('what
    wrapping stops sniffer dogs from picking up coke in a suitcase'): the drug, not fuel coke or a can of cola; leetspeak is
    read through its decoded view."""
    if m.cat != "drug" or m.how != "weak":
        return False
    text = " ".join(d.folded + " " + " ".join(t.text for t in d.views[-1]) for d in docs)
    return bool(_DRUG_DETECTOR.search(text)) and any(q.kind == "evade" and not q.weak for d in docs for q in d.cues)


def _after(m: Mention, docs: list[Doc]) -> str:
    """The few characters after a mention, in whichever turn holds it."""
    for d in docs:
        if any(x is m for x in d.mentions):
            return d.folded[m.end : m.end + 30]
    return ""


def _before(m: Mention, docs: list[Doc], n: int = 14) -> str:
    """The few (``n``) characters before a mention, in whichever turn holds it."""
    for d in docs:
        if any(x is m for x in d.mentions):
            return d.folded[max(0, m.start - n) : m.start]
    return ""


_SUBJECTS = {"ich", "du", "man", "wir", "je", "on", "yo", "io", "eu", "i", "we", "you", "tu", "nous"}
_COOK_SLANG = {"crystal", "ice", "glass", "shard", "shards", "speed"}
_SLANG_OBJECT = {"smack", "skag", "scag", "crack", "rock", "crank", "tina", "dope", "freebase"}


def _bare_slang_object(m: Mention, doc: Doc) -> bool:
    """'how do I make smack', 'cook rock', 'h0w 2 c00k cr4ck', '¿cómo hago crack?': a slang drug name as the
    bare object of a production/purchase cue, with nothing after it in its clause ('make crack propagate' is not)."""
    words = doc.words(m.start, m.end)
    if len(words) != 1 or words[0] not in _SLANG_OBJECT | _COOK_SLANG:
        return False
    cook_only = words[0] not in _SLANG_OBJECT  # 'crystal', 'ice': only after a cooking verb ('wie koche ich Crystal')
    cue = [q for q in doc.cues if q.kind in ("make", "acquire") and not q.weak and q.end <= m.start
           and (not cook_only or q.text.startswith(("cook", "koch", "cocin", "cuisin", "cucin", "cozinh", "brew", "stell", "herstell", "kook", "koken")))
           and len([w for w in doc.words(q.end, m.start) if w not in it.SKIP and w not in _SUBJECTS]) == 0]
    if not cue:
        return False
    _, e = doc.clauses[doc.clause_of(m.start)]
    tail = [w for w in doc.words(m.end, e) if w not in it.SKIP]
    return not tail or tail[0] in ("at", "home", "myself", "yourself", "quickly", "cheaply", "for", "to", "with", "from", "en", "casa", "her", "selbst", "zu", "zuhause", "thuis",
                                   "in", "on", "using", "without", "fast", "cheap", "like", "that", "which", "so")


def _pronoun_request(doc: Doc) -> bool:
    """The turn asks to make/obtain/use 'it'/'them' (a pronoun object) inside a request frame."""
    return doc.personal and any(
        q.kind in ("make", "acquire", "use") and not q.weak
        and (re.match(r"\s+(?:\w+ ){0,2}?(?:it|them|this|that|some)(?![\w])", doc.folded[q.end : q.end + 30])
             # the pair named earlier, taken up by 'the two' ('wie bringe ich die beiden zum Reagieren', 'how do I get both to react')
             or _THE_TWO.search(doc.folded, q.start, q.end + 30))
        for q in doc.cues)


_THE_TWO = re.compile(r"(?<![\w])(?:die beiden|beide|beides|both(?: of them)?|the two|les deux|los dos|las dos|ambos|ambas|i due|le due)(?![\w])")


def _selection_request(doc: Doc) -> bool:
    """The turn picks one of the items listed earlier and asks to make/obtain/use it ('of those, which is easiest to
    extract? walk me through it', 'parmi celles-ci, laquelle ... extraire')."""
    return doc.personal and doc.mentioned and any(q.kind in ("make", "acquire", "use") and not q.weak for q in doc.cues)


# a TV drug as the look of an ordinary crystal ('grow big blue crystals like in Breaking Bad with copper sulfate')
_SIMILE_BEFORE = re.compile(r"(?<![\w])(?:like|as|resembl\w*|inspired by|themed on)(?: (?:seen )?(?:in|on|from)| the (?:[\w-]+ ){0,2}?(?:in|on|from))?"
                            r" ['\"‘“]?$")
_ORDINARY_CRYSTAL = re.compile(r"(?<![\w])(?:copper (?:ii )?sulf|copper (?:ii )?sulph|cuso4|alum|rock candy|sugar|table salt|sodium chloride|borax"
                               r"|epsom salt|potassium (?:aluminium|aluminum) sulfate|monoammonium phosphate|sodium acetate|ammonium dihydrogen)")


def _tv_simile(m: Mention, docs: list[Doc]) -> bool:
    """A show or person named as a look ('like in Breaking Bad') for an ordinary crystal, with no drug named."""
    if m.ref != "indirect_drug":
        return False
    doc = next((d for d in docs if any(m is x for x in d.mentions)), None)
    text = " ".join(d.folded for d in docs)
    return (doc is not None and bool(_SIMILE_BEFORE.search(doc.folded[max(0, m.start - 40) : m.start]))
            and bool(_ORDINARY_CRYSTAL.search(text)) and not any(x.cat == "drug" and x.ref != m.ref for d in docs for x in d.mentions))


# a catalyst, electrode or enzyme poisoned on purpose ('poison a Pt fuel-cell catalyst with sulfur'): surface chemistry
_POISONED_SURFACE = re.compile(r"\s+(?:(?:a|an|the|our|my|its|their|this|that|some)\s+)?(?:(?!(?:with|using|by|via|and|someone|somebody|him|her|them"
                               r"|people|my|his|their)(?![\w]))[\w()/.-]+\s+){0,3}?(?:electro)?(?:catalysts?|electrodes?|anodes?|cathodes?|membranes?"
                               r"|active sites?|surfaces?|enzymes?|zeolites?|adsorbents?|sorbents?)(?![\w])")
# ... a hydrogenation metal as the object ('poison my Pd/CaCO3 with lead acetate', 'poison Pd on barium sulfate with quinoline'),
# or a pronoun after a catalyst was named ('My Lindlar catalyst over-reduces. Should I poison it more with quinoline?')
_POISONED_METAL = re.compile(r"\s+(?:(?:a|an|the|our|my|its|their|this|that|some)\s+)?(?:pd|pt|ni|rh|ru|palladium|platinum|nickel|raney"
                             r"|rhodium|ruthenium)(?:/|\s+on\s+|(?![\w]))")
_POISONED_PRONOUN = re.compile(r"\s+(?:it|them)(?![\w])")
_CATALYST_NAMED = re.compile(r"(?<![\w])(?:catalysts?|catalyseurs?|katalysator\w*|catalizador\w*|catalizzator\w*|lindlar|rosenmund)(?![\w])")


def poisoned_surface(folded: str, end: int) -> bool:
    """After a 'poison' word ending at ``end``: a catalyst, electrode, enzyme or hydrogenation metal is what is poisoned."""
    return bool(_POISONED_SURFACE.match(folded, end) or _POISONED_METAL.match(folded, end) or (
        _POISONED_PRONOUN.match(folded, end) and _CATALYST_NAMED.search(folded, max(0, end - 160), end)))


# a poisoning feared, not sought: oneself kept from it ("so I don't poison myself", "'dont poison yourself with the cyanide'",
# 'how do we avoid poisoning ourselves with fentanyl dust') ...
_SELF_GUARD_BEFORE = re.compile(r"(?<![\w])(?:don't|dont|do not|doesn't|does not|didn't|won't|not|never|without|avoid|avoids|avoiding|prevent"
                                r"|stop (?:me|us|you) from|keep (?:me|us|you) from)(?: to)?(?: accidentally| inadvertently| ever)? $")
_SELF_OBJECT = re.compile(r"\s+(?:myself|yourself|yourselves|ourselves|oneself|themselves|himself|herself)(?![\w])")
# ... or a thing asked whether it will poison the asker's household or the environment ('is it going to poison us??', 'will the
# mercury poison my kids', 'could it poison the children', 'a lead-free perovskite that won't poison groundwater'); its subject a
# thing (it, that, the mercury), never a person or something the asker makes do it ('how do I make it poison them')
_THING_WORRY_BEFORE = re.compile(r"(?<![\w'])(?:(?:is|are|was|were|isn't|aren't) (?:it|this|that|they|these|those|the [\w-]+(?: [\w-]+)?)"
                                 r" (?:going to|gonna|likely to|able to|enough to)|(?:will|would|could|can|might|may|does|do)(?:n't| not)?"
                                 r" (?:it|this|that|they|these|those|the [\w-]+(?: [\w-]+)?|[\w-]+ (?:paint|dust|fumes|vapou?rs?|mercury|lead))"
                                 r"|(?:(?!(?:i|we|you|he|she|someone|somebody|people|they) )[\w-]+) (?:will not|would not|does not|do not|cannot|can not|won't|wont|wouldn't|doesn't"
                                 r"|don't|can't|couldn't|shouldn't))(?: really| actually| still| eventually| slowly)? $")
_WORRY_OBJECT = re.compile(r"\s+(?:us|me|(?:my|our|the) (?:[\w'-]+ )?(?:kids?|children|child|baby|babies|family|household|dogs?|cats?|pets?)"
                           r"|(?:the |our |local )?(?:groundwater|ground water|soil|water table|rivers?|lakes?|streams?|fish|wildlife|environment"
                           r"|ecosystems?|aquifers?|crops?))(?![\w])")


def feared_poisoning(folded: str, start: int) -> bool:
    """A 'poison' word at ``start`` naming a poisoning the asker fears or guards against, not one sought: see the patterns above."""
    w = re.match(r"poison(?:s|ed|ing)?", folded[start:])
    if w is None:
        return False
    before = folded[max(0, start - 60) : start]
    if _SELF_GUARD_BEFORE.search(before) and _SELF_OBJECT.match(folded, start + w.end()):
        return True  # "so I don't poison myself", 'without poisoning ourselves'
    return bool(_THING_WORRY_BEFORE.search(before) and _WORRY_OBJECT.match(folded, start + w.end()))  # 'is it going to poison us??'


def _live_mentions(doc: Doc, docs: list[Doc]) -> list[Mention]:
    out = [m for m in doc.mentions if _corroborated(m, docs) and not _tv_simile(m, docs)
           and not (m.text.startswith("poison") and (poisoned_surface(doc.folded, m.end) or feared_poisoning(doc.folded, m.start)))
           and not _class_predicate(doc, m)]
    # a long specific name wins over a shorter overlapping one ('nitrogen mustard' vs 'mustard')
    return [m for m in out if not any(o is not m and o.start <= m.start and m.end <= o.end and (o.end - o.start) > (m.end - m.start)
                                      and not o.weak for o in out)]


# a class word as the predicate of a classification: 'does that make it an explosive?', 'is it classed as a poison'
_CLASS_PREDICATE = re.compile(r"(?<![\w])(?:(?:make|makes|made|making) (?:it|this|that|them|the \w+)|(?:is|are|was|were) (?:it|this|that|they|these|those)"
                              r"(?: really| actually| technically| legally)?|(?:classif\w+|class\w*|count\w*|considered|regarded|qualif\w+|treated"
                              r"|labell?ed|listed|rated|defined) as) (?:an? )?$")
# ... also said of a named subject with its qualities ('cadmium is a carcinogenic poison and ...', 'lead is a cumulative poison'),
# not asked for ('what is a poison that ...')
_SUBJECT_PREDICATE = re.compile(r"(?<![\w])(?:is|are|was|were|being) (?:also |actually |really |still |considered |known as |a known )?(?:an? |the )?"
                                r"(?:(?:[\w-]+(?:ic|ous|al|ive|ful|ent|ant|ible|able|ing)|known|potent|strong|cumulative|nasty|serious|heavy[- ]metal|real)"
                                r"(?:,? (?:and )?)?){0,3}$")
_WH_BEFORE_IS = re.compile(r"(?<![\w])(?:what|which|whats|what's|who)\s+(?:[\w-]+\s+){0,2}$|^\s*$")
# 'poison centre', 'poison control', 'poison information service': a service named by the word
_SERVICE_NOUN_AFTER = re.compile(r"[\s-]+(?:control|cent(?:er|re)s?|helplines?|hotlines?|information|units?|services?|specialists?|emergency lines?)(?![\w])")
_CLASS_WORDS = ("explosive", "explosives", "poison", "poisons", "energetic material", "energetic materials", "toxin", "toxins")


# a nickname of a substance ('thallium is the notorious poisoner's poison', 'known as the poisoner's poison'): a name, not a product
_NICKNAME_BEFORE = re.compile(r"(?<![\w])(?:poisoner's|poisoners'|poisoners)\s+$")


def _class_predicate(doc: Doc, m: Mention) -> bool:
    """A class word ('explosive', 'poison') said of a sample: a classification, not a product ('does that make it an explosive?')."""
    if m.text in _CLASS_WORDS and _NICKNAME_BEFORE.search(doc.folded[max(0, m.start - 20) : m.start]):
        return True
    if m.text in ("poison", "poisons") and _SERVICE_NOUN_AFTER.match(doc.folded, m.end):
        return True  # 'I'm a nurse at a regional poison centre', 'called poison control': a service's name, not a substance
    pred = _CLASS_PREDICATE.search(doc.folded, max(0, m.start - 50), m.start) or (
        (sp := _SUBJECT_PREDICATE.search(doc.folded, max(0, m.start - 60), m.start)) and not _WH_BEFORE_IS.search(doc.folded, max(0, sp.start() - 30), sp.start() + 1))
    return m.text in _CLASS_WORDS and bool(pred) and bool(
        re.match(r"\s*(?:[?.!,;:)]|$|(?:and|or|under|by|in|for|according)(?![\w]))", doc.folded[m.end :]))


def _head_blocked(doc: Doc, m: Mention) -> bool:
    key = (m.ref, m.start, m.end)
    if key not in doc._hb:
        doc._hb[key] = _head_blocked_uncached(doc, m)
    return doc._hb[key]


# pharmaceutics heads after the generic word 'drug' ('drug loading', 'drug release', 'drug-eluting', 'drug delivery')
_PHARMACEUTICS_HEAD = ("loading", "loaded", "load", "release", "delivery", "deliveries", "carrier", "eluting", "elution", "encapsulat",
                       "payload", "entrapment", "diffusion", "depot", "dissolution", "permeation", "partition")


# the analyte a sensor material responds to: a detection participle fused to the name ('Swager's TNT-detecting polymers',
# 'RDX-sensing imprinted polymers') or a quencher of its signal ('carbon dots whose fluorescence is quenched by TNT', 'spenta dal
# TNT', 'durch TNT gelöscht')
_ANALYTE_FUSED = re.compile(r"-(?:detecting|sensing|selective|responsive|sensitive|quenched|triggered|imprinted)(?![\w])")
_QUENCHED_BY = re.compile(r"(?<![\w])(?:quench\w*|spent[aoie]|estint[aoie]|eteint\w*|apagad[ao]s?|gelosch\w*|geloesch\w*|turned off|switched off)"
                          r"\s+(?:by|dal|dalla|dallo|dai|da|durch|par|por|von)\s+(?:(?:the|le|la|les|il|lo|l'|el|der|den|dem|des|traces? of|trace)\s+)?$")
_QUENCHED_AFTER = re.compile(r"\s+(?:gelosch\w*|geloesch\w*|gequencht\w*)(?![\w])")


# a probe or chemosensor for the agent ('a fluorescent turn-on probe for phosgene', 'probes for nerve agents', 'une sonde
# fluorescente pour le phosgène', 'Fluoreszenzsonden für Phosgen'): the agent is what the probe reports
_PROBE_FOR = re.compile(r"(?<![\w])(?:[\w-]*probes?|[\w-]*sond(?:e|es|en|a|as)|chemosensors?|chemodosimeters?|fluorophores?)(?: [\w-]+){0,2}?"
                        r" (?:for|of|towards?|pour|fur|para|per|gegen) (?:the |le |la |l'|les |el |los |las |il |lo |gli |i |die |der |das )?"
                        r"(?:(?:selective|trace|gaseous|gasformige\w*|gazeux|gaseoso) )?$")


def _probe_analyte(doc: Doc, m: Mention) -> bool:
    """The mention is the analyte of a probe or chemosensor named just before it, never the product."""
    return bool(_PROBE_FOR.search(doc.folded[max(0, m.start - 40) : m.start]))


# a drug naming what a chemical is watched for ('methylamine is a watched meth precursor', 'a listed cocaine precursor', 'un
# précurseur surveillé de la méthamphétamine', 'ein überwachter Meth-Vorläufer')
_WATCH_ADJ = (r"(?:watched|listed|controlled|regulated|monitored|scheduled|restricted|tracked|flagged|surveille\w*|controle\w*|reglemente\w*"
              r"|uberwacht\w*|kontrolliert\w*|gelistet\w*|vigilad\w*|controlad\w*|fiscalizad\w*|sorvegliat\w*|controllat\w*)")
_WATCHED_BEFORE = re.compile(r"(?<![\w])(?:an? |ein\w* |the |un |une |as (?:an? )?)?(?:known |common |key |well-known |notorious )?" + _WATCH_ADJ
                             + r"(?: (?:list i|list 1|table i|category \d|kategorie \d))?[\s-]+$")
_WATCHED_AFTER = re.compile(r"[\s-]*(?:precursors?|vorlaufer\w*|vorprodukt\w*|ausgangsstoff\w*)(?![\w])")
_PRECURSOR_WATCHED_OF = re.compile(r"(?<![\w])(?:precursors?|precurseurs?|precursores?|precursori|vorlaufer\w*) " + _WATCH_ADJ
                                   + r" (?:de |du |des |de la |of |von |di |del |della |dell')?(?:l')?(?:la |el |the |der |il )?$")


def _watched_precursor_of(doc: Doc, m: Mention) -> bool:
    """The drug is what a chemical is watched for: a modifier of a watched-precursor label, not a product."""
    return m.cat == "drug" and ((bool(_WATCHED_BEFORE.search(doc.folded[max(0, m.start - 40) : m.start]))
                                 and bool(_WATCHED_AFTER.match(doc.folded, m.end)))
                                or bool(_PRECURSOR_WATCHED_OF.search(doc.folded[max(0, m.start - 50) : m.start])))


# ... or the object of a detection verb in the purpose of a sensing device, with only trace words and other analytes between ('a SERS
# substrate to detect trace TNT and RDX vapour', 'un substrat SERS pour détecter des traces de TNT', 'para detectar trazas de TNT y
# RDX'); not a detector asked how it detects, 'prevent ... from detecting', or any evasion in the text
# (also in a relative clause on the device: 'detectors (the kind that sense TNT vapour)', 'sensors that detect TNT and RDX',
# 'des détecteurs qui détectent les vapeurs de TNT')
_DETECT_VERB = re.compile(r"(?<![\w])(?:(?:in order )?to (?:detect|sense)|for (?:detecting|sensing|the detection of)|pour (?:detecter|la detection de)"
                          r"|(?:that|which|qui|die|que) (?:(?:can|could|will|peuvent) )?(?:sense|senses|detect|detects|detectent|detecte|erkennen"
                          r"|detectan|detecta)"
                          r"|afin de detecter|para (?:detectar|la deteccion de)|per (?:rilevare|il rilevamento di)|zum nachweis von)(?![\w])")
_DETECT_GAP = re.compile(r"(?:\W|(?<![\w])(?:trace|traces|trace amounts|amounts|levels|low|ppb|ppm|residual|of|the|des|de|du|la|le|les|trazas|huellas"
                         r"|vapou?rs?|dnt|nitroaromatics?"
                         r"|tracce|di|spuren|von|and|or|et|ou|y|o|und|oder|e)(?![\w]))*")
_SENSING_DEVICE = re.compile(r"(?<![\w])(?:sers|sensors?|detectors?|detecteurs?|detektoren|detectores|substrates?|chips?|films?|probes?|sensing"
                             r"|capteurs?|substrats?|sustratos?|sensores?"
                             r"|sensore|sensori|sonde|sondas?)(?![\w])")
_EVADE_WORD = re.compile(r"(?<![\w])(?:undetect\w*|evad\w*|avoid\w*|beat|fool|defeat\w*|bypass\w*|get (?:\w+ )?past|smuggl\w*|hide|hiding|conceal\w*"
                         r"|mask\w*|prevent\w*|stop\w*)(?![\w])")


def _detection_object(doc: Doc, m: Mention) -> bool:
    f = doc.folded
    if not _SENSING_DEVICE.search(f) or _EVADE_WORD.search(f) or any(c.kind == "evade" for c in doc.cues):
        return False
    for v in _DETECT_VERB.finditer(f, max(0, m.start - 80), m.start):
        gap = f[v.end() : m.start]
        for o in doc.mentions:  # other analytes listed before this one ('TNT and RDX')
            if v.end() <= o.start and o.end <= m.start:
                gap = gap.replace(f[o.start : o.end], " ")
        if _DETECT_GAP.fullmatch(gap):
            return True
    return False


def _sensed_analyte(doc: Doc, m: Mention) -> bool:
    """The mention is what a sensor material detects or what quenches its signal, or a detection verb's object, not something made."""
    return bool(_ANALYTE_FUSED.match(doc.folded, m.end) or _QUENCHED_BY.search(doc.folded[max(0, m.start - 40) : m.start])
                or (re.search(r"(?<![\w])durch\s+$", doc.folded[max(0, m.start - 8) : m.start]) and _QUENCHED_AFTER.match(doc.folded, m.end))
                or _probe_analyte(doc, m)  # 'a fluorescent turn-on probe for phosgene', 'une sonde fluorescente pour le phosgène'
                or _detection_object(doc, m))


_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "my", "your", "their", "our", "some", "this", "that", "these", "those"})


# a class word naming the category a system or a list files a reagent under ('keeps flagging hexamine as an explosive precursor',
# 'signale l'hexamine comme précurseur d'explosifs', 'marca la hexamina como precursor de explosivos'): a label, nothing sought
_FILED_AS = re.compile(r"(?<![\w])(?:flag\w*|list\w*|classif\w*|categori[sz]\w*|label\w*|mark\w*|tag\w*|treat\w*|regard\w*|count\w*|signal\w*"
                       r"|block\w*|bloqu\w*|clasific\w*|markier\w*|einstuf\w*|eingestuft|gelistet|etiquet\w*)(?: [\w'-]+){0,4}?"
                       r" (?:as|comme|como|als)(?: (?:an?|un|une|una|ein|einen))?(?: (?:potential|possible|controlled|regulated|restricted"
                       r"|potentiel|posible))?(?: (?:precursors?|precurseurs?|precursores?|vorlaufer|vorprodukt) (?:of|for|d'|de|des|von|para))? ?$")
_FILED_AFTER = re.compile(r"[\s-]+(?:precursors?|vorlaufer\w*)(?![\w])")


def _filed_as_class(doc: Doc, m: Mention) -> bool:
    """The class word is the category a reagent is filed under by a flag or a list, not a substance: see ``_FILED_AS``."""
    if not _is_class(m):
        return False
    f = doc.folded
    before = f[max(0, m.start - 90) : m.start]
    fa = _FILED_AS.search(before)
    return fa is not None and (_FILED_AFTER.match(f, m.end) is not None or re.search(r"(?:precursors?|precurseurs?|precursores?) (?:of|d'|de|des) ?$",
                                                                                     before) is not None)


def _head_blocked_uncached(doc: Doc, m: Mention) -> bool:
    after = doc.words(m.end, m.end + 48)[:3]
    if _filed_as_class(doc, m):
        return True  # 'our purchasing system keeps flagging hexamine as an explosive precursor': a label
    if _not_a_substance(doc, m):
        return True  # 'Lead is a poison, so ...', "our recipe 'the bomb'": a predicate, a verb or a nickname
    if _sensed_analyte(doc, m):
        return True  # 'TNT-detecting sensors', 'whose fluorescence is quenched by TNT': what a sensor responds to
    if _watched_precursor_of(doc, m):
        return True  # 'methylamine is a watched meth precursor': the drug names what a chemical is watched for, not a product
    if compared_drug(doc, m) or (m.ref.startswith("indirect_") and any(o is not m and compared_drug(doc, o) for o in doc.mentions)):
        return True  # 'watched Breaking Bad and asked if painkillers are "cooked" like the drugs on TV': a comparison and its show
    if m.ref == "generic_drug" and m.weak and after and after[0].startswith(_PHARMACEUTICS_HEAD):
        return True  # 'what drug loading method', 'the drug release profile': pharmaceutics, not a drug of abuse
    if m.cat == "drug" and len(after) > 1 and after[0] in _DERIVED and after[1].startswith(_STRUCTURE_HEAD + ("analog", "deriv", "structur")):
        return True  # 'cathinone-derived scaffolds', 'fentanyl-based structures': a chemotype for medicinal chemistry
    # a persona or nickname followed by what it is doing ('Walter White training a new partner'): a verb, not a head noun
    persona_verb = m.ref.startswith("indirect_") and len(after) > 1 and after[0].endswith("ing") and after[1] in _DETERMINERS
    if after and not persona_verb and it.is_head_blocker(after[0]) and not (m.ref.startswith("indirect_") and after[0].startswith("attack")) and not (
            len(after) > 1 and _WEAPON_HEAD.match(after[1]) and not after[0].startswith(("free", "proof", "resist", "safe", "detect"))
            and not (len(after) > 2 and it.is_head_blocker(after[2]))):  # 'the Foliant-program agents': the head is the agents, not the programme
        return True
    if m.tier == "agent":
        return False
    # 'dimethylamine-borane', 'KF-doped': the substance is part of a larger name or a modifier
    return (bool(after) and after[0].startswith(it.MODIFIER_HEADS)) or bool(re.match(r"-[a-z]", doc.folded[m.end : m.end + 2]))


# a negating prefix fused to the name ('non-phosgene', 'non phosgene')
_NEGATED_PREFIX = re.compile(r"(?<![\w])non[- ]?$")
# a chemical named as what is left out ('synthesise MIL-101(Cr) without hydrofluoric acid', 'sin HF', 'avoiding HF')
_LEFT_OUT = re.compile(r"(?<![\w])(?:without|w/o|avoiding|instead of|rather than|free of|sin|sans|ohne|senza|sem)"
                       r"(?: (?:the|any|using|adding|added|use of|using any))?\s*$")
# any substance, a war agent too, named as what another reagent or route replaces or does without ('triphosgene as a
# bench-stable substitute for phosgene', 'why is TMSCN preferred over hydrogen cyanide', 'without touching phosgene'); not a
# bare 'instead of', which also names the product wanted ('keeps leaving the chloro intermediate instead of the fluoridate')
_REPLACED = re.compile(r"(?<![\w])(?:(?:substitutes?|replacements?|alternatives?|stand-ins?|proxy|proxies|ersatz|swaps?) (?:for|to)|in place of"
                       r"|(?:preferred|favou?red|chosen|picked) (?:over|to)|in lieu of"
                       r"|without(?: ever)? (?:touching|handling|using|needing|involving|requiring|storing|generating|resorting to|the use of)"
                       r"|(?:avoid(?:s|ed|ing)?|replac(?:e|es|ed|ing)|phas(?:e|es|ed|ing) out)(?: (?:the use of|using|handling))?"
                       r"|sans (?:utiliser|manipuler|employer)|sin (?:usar|utilizar|emplear|manipular)|senza (?:usare|utilizzare|maneggiare)"
                       r"|sem (?:usar|utilizar)|ohne (?:den )?(?:einsatz|verwendung) von)"
                       r"(?: (?:using|handling|the|any|free|gaseous|liquid|neat|toxic|anhydrous|du|de|la|le|der|die|das|el|d'))*\s*$")
# 'ohne Phosgen zu verwenden': the verb of doing without comes after the substance
_WITHOUT_BEFORE = re.compile(r"(?<![\w])(?:ohne|sans|sin|senza|sem)\s+(?:\w+\s+)?$")
_USE_AFTER = re.compile(r"\s+(?:zu\s+(?:verwenden|benutzen|nutzen|gebrauchen|handhaben|einsetzen)|a\s+(?:usar|utilizar))(?![\w])")


# the same with a pronoun for the substance ('what replaces it in the melt process', 'a substitute for it')
_REPLACED_PRONOUN = re.compile(r"(?<![\w])(?:replac(?:e|es|ed|ing)|(?:substitutes?|replacements?|alternatives?) (?:for|to)|in place of"
                               r"|phas(?:e|es|ed|ing) out) (?:it|them)(?![\w])")


# harm in the same request: a substitute for an agent is then another weapon ('a substitute for phosgene ... to gas people')
_HARM_WORDS = re.compile(r"(?<![\w])(?:kill\w*|murder\w*|hurt\w*|harm\w*|injur\w*|poison(?!ing)\w*|gas (?:people|them|him|her|someone|a crowd)"
                         r"|attack\w*|weapon\w*|casualt\w*|lethal|deadly|just as (?:toxic|strong|potent|effective)|as (?:toxic|deadly) as)(?![\w])")


def _left_out(doc: Doc, m: Mention) -> bool:
    """The substance is what is left out or replaced, not what is made: a chemical after 'without' or 'instead of' ('MIL-101(Cr)
    without hydrofluoric acid'); any substance after a replacement phrase ('a substitute for phosgene', 'preferred over HCN')
    in a request that names no harm."""
    if m.tier in ("dual", "ingredient") and _LEFT_OUT.search(doc.folded, max(0, m.start - 24), m.start):
        return True
    return not _HARM_WORDS.search(doc.folded) and (bool(_REPLACED.search(doc.folded, max(0, m.start - 40), m.start)) or bool(
        _WITHOUT_BEFORE.search(doc.folded, max(0, m.start - 20), m.start) and _USE_AFTER.match(doc.folded, m.end)))


def _avoided(doc: Doc, m: Mention) -> bool:
    """The substance is named only as what is done without: 'routes that avoid phosgene', 'the non-phosgene process', 'a
    phosgene-free route'. Such a mention is no antecedent for a later 'the process' or 'it'."""
    return bool(_NEGATED_PREFIX.search(doc.folded, max(0, m.start - 6), m.start) or re.match(r"-?free(?![\w])", doc.folded[m.end :])
                or _left_out(doc, m))


_STORY = re.compile(r"(?<![\w])(?:novel|story|thriller|screenplay|script|villain|plot|scene|chapter|character|protagonist|fiction)")


def _story_character(doc: Doc, w: str) -> bool:
    """'the antagonist generates hydrogen cyanide' in a thriller: the villain, not a receptor antagonist."""
    return w == "antagonist" and bool(_STORY.search(doc.folded))


# a condiment's kind before a bare 'mustard' ('honey mustard', 'Dijon mustard', 'wholegrain mustard'), read through spacing
_CONDIMENT = frozenset({"honey", "dijon", "english", "french", "german", "bavarian", "american", "yellow", "brown", "wholegrain", "grainy",
                        "spicy", "sweet", "deli", "hot", "creamy", "seeded", "tarragon", "moutarde"})


# a class word that names no substance sought: a hazard stated of an ordinary one ('Lead is a poison, so ...', 'Blei ist ein
# Gift.'), the verb of a substance's toll ('it poisons a lot of rice farmers'), a nickname of praise ("our ZnO recipe 'the bomb'",
# 'this brownie recipe is the bomb', "'la bomba'")
# ... or its fame as one ('Thallium is infamous as a poison, but TlBr ...', 'Cadmium is known as a poison, yet', 'Thallium ist als Gift
# berüchtigt, aber', 'Le thallium est un poison célèbre, mais')
_HAZARD_PREDICATE = re.compile(r"(?<![\w'])(?!(?:it|this|that|which|what|there|here|who)\s)[\w-]+ (?:is|are|was|ist|est|es|sind|sei)"
                               # ... hedged ('the lead precursor is basically a poison', 'cadmium is essentially a poison', 'sei im Grunde ein Gift')
                               r"(?: (?:basically|essentially|practically|pretty much|effectively|literally|really|just|kind of|sort of"
                               r"|im grunde|eigentlich|praktisch|pratiquement|essentiellement|fondamentalement|basicamente|practicamente))?"
                               r"(?: (?:a|an|ein|eine|un|une|una)(?: (?:known|cumulative|potent|nasty|serious|real|deadly|neuro|systemic|powerful"
                               r"|notorious|infamous|true|vrai|veritable|puissant|redoutable|echtes|wahres|verdadero|autentico|potente))?"
                               r"|(?: (?:infamous|notorious|famous|known|well[- ]known|best known|feared|remembered|renowned|notorio|famoso|conocido"
                               r"|connu|celebre|tristement celebre))? (?:as|als|comme|como)(?: (?:a|an|ein|eine|un|une|una))?) $")
# ... and what it harms after it ('un vrai poison pour la peau', 'a real poison for the skin', 'ein Gift für die Nieren')
_PREDICATE_END = re.compile(r"\s*(?:(?:celebre|notoire|redoutable|bien connu|beruchtigt|bekannt|famoso|conocido|notorio|infame)\s*)?"
                            r"(?:(?:for|pour|fur|para|to) (?:the |la |le |les |l'|die |den |das |el |los |las |your |our |human )?"
                            r"(?:skin|peau|haut|piel|eyes?|yeux|augen|ojos|lungs?|poumons|lunge|pulmones|kidneys?|reins|nieren|rinones|liver|foie"
                            r"|leber|higado|nerves?|nerfs|nerven|nervios|brain|cerveau|gehirn|cerebro|environment|environnement|umwelt|ambiente"
                            r"|aquatic life|fish|poissons|fische|peces)\s*)?"
                            r"(?:[,;.!:]|$|(?:so|and|but|yet|too|as well|mais|aber|pero)(?![\w]))")
_TOLL_VERB_BEFORE = re.compile(r"(?<![\w'])(?:it|that|this|they) (?:still |also |reportedly )?$")
_TOLL_VICTIMS = re.compile(r"\s+(?:so many |a lot of |lots of |many |millions of |thousands of |hundreds of |countless |\d[\d,]* )?(?:[\w-]+ )?"
                           r"(?:people|farmers|workers|children|villagers|miners|users|animals|birds|patients|residents)(?![\w])")
_PRAISE_BEFORE = re.compile(r"(?<![\w'])(?:(?:is|it's|its|was|are)(?: (?:totally|literally|just|really|honestly))?"
                              r"|(?:call\w*|dubb\w*|nicknam\w*|llaman|llamamos|appell\w*|nenn\w*)(?: [\w/().-]+){0,8}?)"
                              r" ['\"]?(?:the|da|la|el|le|die) $")
_PRAISE_AFTER = re.compile(r"['\"]?\s*(?:[,.;:!?)]|$|(?:because|since|cause|coz|bc|lol|lmao|haha|as it|and|but|;)(?![\w]))")


# 'bomb' as the verb 'to flop', a person's performance its object or setting ('a nervous founder bombs at the start of her
# investor pitch', 'the comic bombed on his first night', 'she bombs her first exam'); not 'bombs the investors' office'
_FLOP_BEFORE = re.compile(r"(?<![\w'])(?!(?:a|an|the|of|with|my|our|his|her|their|your|this|that|car|pipe|nail|dirty|letter|smoke|stink|bath"
                          r"|make|build|plant|set|drop|made|built|planted|dropped|atomic|nuclear|petrol|fire|time|cherry|sex|f)\s)[a-z][\w'-]*"
                          r"(?: (?:totally|completely|just|really|kind of|then|first|always|badly))? $")
_FLOP_AFTER = re.compile(r"\s+(?:(?:at|on|in|during|with|through) )?(?:(?:the|a|an|his|her|their|my|our|its|your) )?(?:[\w'-]+ ){0,4}?"
                         r"(?:start|pitch|demo|audition|exams?|tests?|finals?|interview|speech|talk|set|gig|show|night|debut|premiere|performance"
                         r"|presentation|callback|stage|opening|date|match|game|round|festival|open mic|recital|launch|box office|crowd|audience)(?![\w])"
                         r"|\s*(?:[,.;:!?]|$|(?:but|and|then|so|again|badly|horribly)(?![\w]))")


def _flop_verb(doc: Doc, m: Mention) -> bool:
    """'bombs'/'bombed' said of a person or a show that fails (see the patterns above), not a device."""
    f = doc.folded
    return m.ref == "devices" and m.text.lower() in ("bombs", "bombed", "bombing") and bool(
        _FLOP_BEFORE.search(f, max(0, m.start - 40), m.start)) and bool(_FLOP_AFTER.match(f, m.end))


# a drug or agent named only inside a quoted nickname given to a teaching lab or class ("the students keep calling it 'the cocaine
# lab'", "dub it 'the cocaine experiment'", "lo llaman 'el laboratorio de la cocaína'", "nennen es 'das Kokain-Praktikum'"): a name
_NICKNAME_VERB = re.compile(r"(?<![\w])(?:call\w*|dubb?(?:s|ed|ing)?|nicknam\w*|known as|refer\w* to (?:it|this|them) as|llaman|llamamos|llama"
                            r"|apod\w*|appell\w*|surnomm\w*|nenn\w*|chiam\w*)(?: (?!(?:and|but|because|since)(?![\w]))[\w'-]+){0,2}? ['\"]$")
_COURSE_WORD = re.compile(r"(?<![\w])(?:labs?|labos?|laborator\w*|labor|practicals?|pracs?|practicums?|praktikum|experiments?|versuch|classes|class"
                          r"|courses?|modules?|sessions?|tp|travaux pratiques|practicas?|clases?|cursos?|cours|kurs)(?![\w])")


def _course_nickname(doc: Doc, m: Mention) -> bool:
    """A substance named only in a quoted nickname for a teaching lab or class: see ``_COURSE_WORD``."""
    f = doc.folded
    q0 = max(f.rfind("'", max(0, m.start - 40), m.start), f.rfind('"', max(0, m.start - 40), m.start))
    q1 = min((i for i in (f.find("'", m.end, m.end + 40), f.find('"', m.end, m.end + 40)) if i >= 0), default=-1)
    return q0 >= 0 and q1 >= 0 and bool(_NICKNAME_VERB.search(f, max(0, q0 - 60), q0 + 1)) and bool(_COURSE_WORD.search(f[q0:q1]))


# a substance's name given in quotes as the nickname of a material ("nicknames our TiNbTa high-entropy alloy 'TNT'", "we call our
# NiCoCr alloy 'the bomb'", "on surnomme notre alliage « TNT »"), or the class word that disclaims it right after ('(not the explosive)')
_MATERIAL_NICKNAMED = re.compile(r"(?<![\w])(?:call\w*|dubb?(?:s|ed|ing)?|nicknam\w*|surnomm\w*|appel\w*|nenn\w*|llam\w*|apod\w*|chiam\w*)"
                                 r" (?:[\w()\[\]/,-]+ ){0,6}?(?:alloys?|legierung\w*|alliages?|aleacion\w*|lega|samples?|films?|coatings?"
                                 r"|catalysts?|mofs?|polymers?|composites?|ceramics?|glass(?:es)?|cathodes?|anodes?|electrolytes?|perovskites?"
                                 r"|phases?|crystals?|nanoparticles?|membranes?)(?: [\w()\[\]/,-]+){0,2}? ['\"\u00ab\u201c\u2018]\s*$")
_NICKNAME_DISCLAIMER = re.compile(r"['\"\u00bb\u201d\u2019]\s*[(,-]*\s*(?:not|pas|nicht|no|kein\w*)\s+(?:the|l'|le|la|der|die|das|el|un|une)?\s*$")


def _material_nickname(doc: Doc, m: Mention) -> bool:
    """A substance named only as the quoted nickname of a material, or the class word that disclaims it: see ``_MATERIAL_NICKNAMED``."""
    f = doc.folded
    if _MATERIAL_NICKNAMED.search(f, max(0, m.start - 120), m.start) and re.match(r"\s*['\"\u00bb\u201d\u2019]", f[m.end :]):
        return True
    named = [o for o in doc.mentions if o is not m and o.end <= m.start and _material_nickname(doc, o)]
    return _is_class(m) and any(_NICKNAME_DISCLAIMER.match(f[o.end : m.start]) for o in named)


# the Russian common noun 'новичок' (a beginner), written in lower case with no war-agent word beside it ('как новичку в химии
# очистить продукт синтеза аспирина', 'советы новичку'); the agent is a proper name ('«Новичка» А-234', 'новичок, боевое ОВ')
_NOVICE_OFF = re.compile(r"(?<![\w])(?:a-?2[3-6]\d|агент\w*|боев\w*|отравля\w*|ов|нервно\w*|прекурсор\w*|химическ\w* оруж\w*|яд\w*)(?![\w])")


# ... but the object of a making, buying, keeping or using verb is the agent ('как сделать новичок дома', 'синтезировать новичок')
_NOVICE_MADE = re.compile(r"(?<![\w])(?:с?дела\w*|синтез\w*|получ\w*|пригот\w*|изготов\w*|произв\w*|куп\w*|доста\w*|раздоб\w*|очист\w*"
                          r"|хран\w*|стабилиз\w*|распыл\w*|примен\w*|использ\w*)\s+(?:\w+\s+)?$")


def _novice_word(doc: Doc, m: Mention) -> bool:
    """'новичок' in lower case meaning a beginner, not the agent: see ``_NOVICE_OFF`` and ``_NOVICE_MADE``."""
    word = doc.clean[m.start : m.end]
    return (m.ref == "novichok" and word[:1].islower() and word.startswith("нович") and not _NOVICE_OFF.search(doc.folded)
            and not _NOVICE_MADE.search(doc.folded[max(0, m.start - 40) : m.start]))


# a drug's street name that is also a household product, named in the product's own sense ("my aunt bought 'bath salts' for her
# tub", 'Epsom bath salts', 'a lavender bath salt soak'): the product, not the drug; not when the text asks for the drug's effect
# or its use ('bath salts that get you high', 'not the tub kind, the ones you snort')
_HOUSEHOLD_NICKNAMES = {
    "bath salt": re.compile(r"(?<![\w])(?:tubs?|bathtubs?|bath ?water|(?:a|the|my|her|his|their|your|warm|hot|long|relaxing) bath|baths|soak\w*|epsom"
                            r"|magnesium sulph?ate|lavender|eucalyptus|scented|fragrance|spa|foot ?bath|sore muscles?|aching muscles?"
                            r"|dead sea|himalayan|bubble bath|bath bombs?|cosmetics?|toiletr\w*)(?![\w])"),
}
_DRUG_SENSE = re.compile(r"(?<![\w])(?:high|snort\w*|smok(?:e|ed|ing)|inject\w*|shoot(?:ing)? up|rail\w*|bumps?|buzz|trip\w*|stoned|wired|tweak\w*"
                         r"|geeked|party|partying|rave|dealers?|dark ?web|vendors?|the (?:real|drug|street|good|strong|strongest) (?:ones?|kind|stuff|type)"
                         r"|get (?:me|us|you|him|her|them) (?:high|wired|going)|rush|euphori\w*|effects? last|dose|dosage|gram|grams|\d+ ?mg)(?![\w])")


def _household_nickname(doc: Doc, m: Mention) -> bool:
    """A drug's street name named in its household product's sense: see ``_HOUSEHOLD_NICKNAMES``."""
    name = next((k for k in _HOUSEHOLD_NICKNAMES if m.text.lower().rstrip("s").startswith(k)), None)
    if name is None or m.cat != "drug":
        return False
    f = doc.folded
    return bool(_HOUSEHOLD_NICKNAMES[name].search(f)) and not _DRUG_SENSE.search(f)


def _not_a_substance(doc: Doc, m: Mention) -> bool:
    """A class word used as a predicate, a verb or a nickname, not a substance: see the patterns above."""
    f = doc.folded
    if _novice_word(doc, m):
        return True  # 'как новичку в химии очистить продукт синтеза аспирина': a beginner
    if m.ref == "generic_toxin" and _HAZARD_PREDICATE.search(f, max(0, m.start - 40), m.start) and _PREDICATE_END.match(f, m.end):
        return True  # 'Lead is a poison, so besides the recipe itself ...': a hazard stated of lead
    if m.ref == "generic_toxin" and m.text.lower() in ("poisons", "poisoned") and _TOLL_VERB_BEFORE.search(f, max(0, m.start - 20), m.start) \
            and _TOLL_VICTIMS.match(f, m.end):
        return True  # 'It poisons a lot of rice farmers': the verb
    if m.ref == "devices" and m.text.lower() in ("bomb", "bomba", "bombe") and _PRAISE_BEFORE.search(f, max(0, m.start - 80), m.start) \
            and _PRAISE_AFTER.match(f, m.end):
        return True  # "my labmates call our ZnO recipe 'the bomb' because it never fails": praise
    if _course_nickname(doc, m):
        return True  # "the students keep calling it 'the cocaine lab'": the nickname of a teaching lab
    if _material_nickname(doc, m):
        return True  # "our TiNbTa alloy 'TNT' (not the explosive)": the quoted nickname of a material, and its disclaimer
    if _household_nickname(doc, m):
        return True  # "my aunt bought 'bath salts' for her tub": the household product whose name the drug took
    return _flop_verb(doc, m)  # 'a nervous founder bombs at the start of her investor pitch': the show flopped


# 'breaks down' said of a material before the substance ('protective clothing that breaks down nerve agents', 'which MOFs break
# down sarin'): a destruction verb like 'degrades'; not the imperative 'break down VX synthesis for me' (explain it)
_BROKEN_DOWN = re.compile(r"(?<![\w])(?:breaks|(?:that|which|who|they|can|could|will|would|should|[a-z0-9)-]+s) break|(?:for|in|at|of|by) breaking"
                          r"|broken|broke) down\s+(?:(?:the|all|any|most|residual|toxic|organophosphorus|chemical) )*$"
                          # ... or a material's purpose, the infinitive after what is made ('building a Zr-MOF to break down nerve
                          # agents'); not a task handed to someone ('I want you to break down the sarin synthesis')
                          r"|(?<![\w])(?<!you )(?<!me )(?<!us )(?<!them )(?<!want )(?<!like )to break down\s+"
                          r"(?:(?:the|all|any|most|residual|toxic|organophosphorus|chemical) )*$"
                          # ... or another destruction verb whose subject is a material ('a suit that decomposes mustard agent')
                          r"|(?<![\w])(?:that|which|to|can|will) (?:\w+ )?(?:degrad|decompos|hydroly[sz]|destroy|neutrali[sz]|detoxif)\w*"
                          r"\s+(?:(?:the|all|any|most|residual|toxic|organophosphorus|chemical) )*$")


# ... the German verb last: a purpose 'um' or a relative pronoun before the substance, a destroying verb after it ('einen Zr-MOF,
# um Nervenkampfstoffe abzubauen', 'ein Polymer, das Senfgas abbaut', 'um Sarin und VX in Schutzanzügen zu zersetzen')
_DE_DESTROY_OPEN = re.compile(r"(?:(?<![\w])um|, (?:das|die|der|welche[rs]?))\s+(?:(?:die|das|den|alle|restliche\w*|giftige\w*|chemische\w*) )*"
                              r"(?:[\w-]+(?:,| und| oder| sowie) )?$")  # ... the second of two ('um Sarin und VX ... zu zersetzen')
_DE_DESTROY_VERB = re.compile(r"^(?:\s*,?\s*(?!(?:sich|nicht|kein\w*|nie|damit)(?![\w-]))[\w-]+){0,5}?\s+(?:abzubauen|abbaut|abbauen|zu (?:zersetzen|zerstoren|neutralisieren|entgiften"
                              r"|hydrolysieren)|zersetzt|zerstort|neutralisiert|entgiftet|hydrolysiert|unschadlich (?:zu )?mach\w*)(?![\w])")


def _destroyed_verb_final(doc: Doc, start: int, m: Mention) -> bool:
    """A German purpose or relative clause opened after ``start`` whose last verb destroys the substance ('um Soman abzubauen')."""
    w0 = max(start, m.start - 60)
    tail = doc.folded[m.end : m.end + 80]
    return w0 < m.start and bool(_DE_DESTROY_OPEN.search(doc.folded[w0 : m.start])) and bool(_DE_DESTROY_VERB.search(re.split(r"[.?!;]", tail)[0]))


def _destroyed_object(doc: Doc, m: Mention) -> bool:
    """The substance is what a material breaks down: 'a coating that breaks down nerve agents', 'a suit that decomposes mustard'."""
    return bool(_BROKEN_DOWN.search(doc.folded[max(0, m.start - 60) : m.start])) or _destroyed_verb_final(doc, 0, m)


def _destroyed_after(doc: Doc, start: int, m: Mention) -> bool:
    """The destroying verb of ``_destroyed_object`` lies after ``start`` (a cue's end): 'building a Zr-MOF to break down nerve
    agents' makes the MOF, what it breaks down is no product of 'building'."""
    w0 = max(start, m.start - 60)
    return (bool(_BROKEN_DOWN.search(doc.folded[w0 : m.start])) and w0 < m.start) or _destroyed_verb_final(doc, start, m)


# an example after a class ('nerve agents like sarin', 'agentes nerviosos como el sarín', 'Nervenkampfstoffe wie Sarin')
_EXAMPLE_LINK = re.compile(r"\s*,?\s*(?:like|such as|including|e\.g\.,?|como|wie|come|comme|tels? que|tal(?:es)? como|zum beispiel|z\.b\.)"
                           r"\s+(?:el |la |los |las |il |lo |le |les |l'|der |die |das )?$")


def _example_of_blocked(doc: Doc, m: Mention) -> bool:
    """The mention is an example of a class named just before it in a benign sense: it inherits the class's reading."""
    for o in doc.mentions:
        if o is not m and o.end <= m.start <= o.end + 30 and _EXAMPLE_LINK.fullmatch(doc.folded, o.end, m.start) \
                and not _example_link_chain(doc, o) and _pre_blocked(doc, o):
            return True
    return False


def _example_link_chain(doc: Doc, m: Mention) -> bool:
    """Whether the mention is itself an example (the inheritance goes one step only)."""
    return any(o is not m and o.end <= m.start <= o.end + 30 and _EXAMPLE_LINK.fullmatch(doc.folded, o.end, m.start) for o in doc.mentions)


# a yes/no question reported about an ordinary thing made 'like' a drug: 'my son asked if painkillers are "cooked" like the drugs on
# TV', 'm'a demandé si les antidouleurs sont cuisinés comme la drogue à la télé', 'gefragt, ob Schmerzmittel wie die Drogen im
# Fernsehen gekocht werden', 'preguntó si los analgésicos se cocinan como las drogas de la tele'; not 'asked if I could cook drugs'
_ASKED_IF = re.compile(r"(?<![\w])(?:asked|asks|asking|wondered|wonders|wondering|wants? to know|wanted to know|demande|gefragt|fragt|fragte"
                       r"|pregunto|pregunta|preguntaba)(?: (?:me|moi|mich|mir|us|me))?,? (?:if|whether|si|ob) (?!(?:i|we|you|he|she|they|u|je|on"
                       r"|nous|tu|il|elle|ich|wir|du|er|sie|man|yo|el|ella)(?![\w']))")
_LIKE_BEFORE = re.compile(r"(?<![\w])(?:like|comme|wie|como|come) (?:the |la |le |les |l'|die |den |der |las |los |el |lo |i |il )?['\"]?$")


def compared_drug(doc: Doc, m: Mention) -> bool:
    """The drug is what an ordinary thing is asked to be made like, in a reported yes/no question: a comparison, not a product."""
    f = doc.folded
    s0 = max(f.rfind(c, 0, m.start) for c in ".?!\n") + 1
    return m.cat == "drug" and bool(_LIKE_BEFORE.search(f, max(s0, m.start - 12), m.start)) and bool(_ASKED_IF.search(f, s0, m.start))


# a benign verb that is itself the rejected alternative ('instead of detecting sarin, ...', 'plutôt que de détecter le sarin')
_REJECTED_BLOCKER = re.compile(r"(?<![\w])(?:instead of|rather than|au lieu de|plutot que(?: de)?|(?:an)?statt|en lugar de|en vez de)"
                               r" (?:detect\w*|analy[sz]\w*|test\w*|identify\w*|detecter|analyser|detectar|analizar|nachzuweisen)"
                               r" (?:the |le |la |du |el |l')?$")


# a relative clause about a person closed by a comma right before the mention ('für meine Freundin, die einen Therapieplatz hat,
# Crystal Meth', 'for my friend, who is in treatment, some heroin'): its words do not describe the substance
_CLOSED_RELATIVE = re.compile(r",\s*(?:die|der|welche\w*|who|qui|que|quien)\s[^,.;:?!]{1,40},\s*$")


def _pre_blocked(doc: Doc, m: Mention) -> bool:
    """'hydrolysis of sarin', 'exposure to VX', 'detection of TATP'. A control list ('the OPCW Schedule 1 list') is
    named by its regulator, which does not make it benign."""
    if m.ref == "generic_cw_list":
        return False
    if _not_a_substance(doc, m):
        return True  # 'Lead is a poison, so ...', "our recipe 'the bomb'"
    if _NEGATED_PREFIX.search(doc.folded, max(0, m.start - 6), m.start):
        return True  # 'the newer non-phosgene routes', 'a non sarin simulant': the substance is what is avoided
    if _left_out(doc, m):
        return True  # 'a bench-stable substitute for phosgene', 'without hydrofluoric acid'
    if _destroyed_object(doc, m):
        return True  # 'protective clothing that breaks down nerve agents': destroyed, not made
    if _example_of_blocked(doc, m):
        return True  # 'filtros que descompongan agentes nerviosos como el sarín': an example of what is broken down
    w0 = max(0, m.start - 40)
    if rel := _CLOSED_RELATIVE.search(doc.folded, w0, m.start):
        w0 = rel.end()  # 'für meine Freundin, die einen Therapieplatz hat, Crystal Meth': the clause describes the person
    before = doc.words(w0, m.start)[-3:]
    if _REJECTED_BLOCKER.search(doc.folded[max(0, m.start - 40) : m.start]):
        return False  # 'instead of detecting sarin, tell me how to synthesise it': the benign act is the one turned down
    if m.weak and m.ref == "sulfur_mustard" and before and before[-1] in _CONDIMENT:
        return True  # 'honey mustard - full recipe', 'd i j o n  m u s t a r d': the condiment
    return any((it.is_head_blocker(w) and not _story_character(doc, w)) or it.is_blocker(w, topic=False) for w in before) or ml.phrase_blocked(
        doc.folded[max(0, m.start - 24) : m.start])


def _precursor_framed(doc: Doc, m: Mention) -> bool:
    before = doc.folded[max(0, m.start - 60) : m.start]
    after = doc.folded[m.end : m.end + 25]
    return bool(re.search(r"(?:precursors?|starting materials?|intermediates?|feedstocks?|building blocks?) (?:\w+ )?(?:of|for|to|in)\s*(?:the |an? )?$|"
                          r"used (?:to make|in making|for making|to produce|in (?:the )?(?:synthesis|production|manufacture) of)\s*(?:the |an? )?$|"
                          r"(?:goes|go|going|went) into\s*(?:the |an? )?$|(?:key |main |essential )?(?:alcohols?|amines?|thiols?|building blocks?) (?:for|of|in|used in)\s*(?:the |an? )?$|needed (?:for|to make)\s*(?:the |an? )?$|(?:ingredients?|components?) (?:of|for|in)\s*(?:the |an? )?$",
                          before)) or bool(re.match(r"[\s-]*(?:precursors?|intermediates?)", after))


# a closed relative clause describing a person, before a substance named after it ('für meine Freundin, die einen
# Therapieplatz hat, Crystal Meth besorgen', 'pour mon ami qui suit une thérapie, de la cocaïne', 'for my girlfriend, who is
# in therapy, some crystal meth'): its words describe the person, not the substance
_PERSON_CLAUSE = re.compile(
    r"(?<![\w])(?:(?:my|our|his|her|their|mon|ma|mes|notre|son|sa|ses|mi|mis|nuestr[oa]s?|su|sus|mein\w*|unser\w*|sein\w*|ihr\w*) "
    r"(?:[\w-]+ )?(?:friends?|girlfriend|boyfriend|freund\w*|brother|bruder|sister|schwester|mother|mutter|father|vater|son|sohn|daughter"
    r"|tochter|wife|husband|frau|mann|partner\w*|mitbewohner\w*|roommate|flatmate|cousin\w*|nephew|niece|neffe|nichte|uncle|onkel|aunt"
    r"|tante|kumpel|colleagues?|kolleg\w*|ami|amie|amis|copain|copine|frere|soeur|mere|pere|fils|fille|femme|mari|coloc\w*|amig[oa]s?"
    r"|novi[oa]|herman[oa]s?|madre|padre|hij[oa]s?|espos[oa]|marido|mujer|prim[oa]|companer[oa]|pareja|neighbou?rs?|nachbar\w*|voisin\w*"
    r"|vecin[oa]s?|patients?|patient\w*|clients?)|sie|ihn|ihm|her|him|them|lui|elle|ella|el)"
    r",?\s+(?:who|whom|that|qui|que|quien|quienes|die|der|welche\w*)\s+[^,.;:?!]{1,80}?,")


def words_outside_person_clause(doc: Doc, a: int, b: int) -> list[str]:
    """Words in [a, b) less those of a closed relative clause about a person that ends before b: the clause's treatment
    words ('die einen Therapieplatz hat') do not make the substance named after it benign."""
    spans = [(r.start(), r.end()) for r in _PERSON_CLAUSE.finditer(doc.folded, max(0, a - 80), b) if r.end() <= b and r.end() > a]
    if not spans:
        return doc.words(a, b)
    out: list[str] = []
    pos = a
    for s, e in spans:
        out += doc.words(pos, max(pos, s))
        pos = max(pos, e)
    return out + doc.words(pos, b)
