"""Cue-mention pairing. An *intent cue* (make / acquire / use / enhance / evade / procedure) is paired with
a *mention* of a controlled substance in the same clause, in the right word order and with no benign purpose
word between them ("synthesise a MOF that degrades sarin" is fine). Pronouns and elliptical follow-ups ("now
how do I make it?") resolve to substances named earlier in the conversation (``_anaphora_target``).
"""

from __future__ import annotations

import re

from paperqa_mat.safety import intent as it
from paperqa_mat.safety import multilingual as ml
from paperqa_mat.safety import verbs
from paperqa_mat.safety.document import _CAUSATIVE_ADJ, Doc
from paperqa_mat.safety.lexicon import Mention
from paperqa_mat.safety.mentions import (
    _NEGATED_PREFIX,
    _destroyed_after,
    _destroyed_object,
    _head_blocked,
    _is_class,
    _left_out,
    _live_mentions,
    _pre_blocked,
    words_outside_person_clause,
)

_HISTORY = re.compile(r"(?<![\w])(?:did|was|were|had|historically|history|in (?:1[89]\d\d|20[012]\d)|during (?:the )?(?:war|wwi|ww1|wwii|ww2|world war))(?![\w])")

_RELATIVE_SUBJECT = re.compile(r"^(?:(?:that|which) )?(?:i|we|you|one|someone|somebody|anyone|(?:an?|the) \w+)(?: \w+)? "
                               r"(?:could|can|would|might|should|will|is able to|are able to)(?: \w+ly)?$")
_HARM_ADJ = {"powerful", "potent", "lethal", "deadly", "toxic", "dangerous", "persistent", "effective", "volatile"}
_REAGENT_WORDS = {"using", "with", "from", "via", "by", "and", "plus", "in", "as", "through", "into", "avec", "mit", "con",
                  "en", "par", "mittels", "durch", "y", "und", "et", "of",
                  # 'from' in other languages ('aus Li2S und P2S5', 'à partir de', 'a partire da', 'uit'), 'using'
                  "aus", "ausgehend", "partir", "partire", "uit", "desde", "mediante", "usando", "utilizzando", "utilisant", "met"}
# a relative clause whose verb uses the substance ('a lab that currently uses', 'une expérience qui utilise du')
_USES_RELATIVE = re.compile(r"(?<![\w])(?:that|which|who|qui|que|die|der|das|che)(?: \w+ly| currently| still| now| actuellement)? (?:uses|used|employs"
                            r"|employed|requires|required|involves|involved|needs|calls for|relies on|utili[sz]es|utilise|utilisait|usa|utiliza"
                            r"|verwendet|benutzt|nutzt|emplea|impiega|utilizza)(?: \w+)?$")
_SOLUTION_WORDS = {"solution", "solutions", "stock", "dilution", "dilute", "suspension", "slurry", "bath", "aqueous",
                   "standard", "standards", "mixture", "disolucion", "losung"}
_FUNCTION = {"and", "or", "would", "will", "do", "does", "did", "i", "we", "you", "need", "needed", "required", "should",
             "could", "can", "is", "are", "be", "to", "use", "used", "have", "get", "there", "take", "it's", "exactly",
             "et", "und", "y", "o", "oder", "ou", "je", "ich", "yo", "faut", "il", "brauche", "necesito", "besoin",
             "ty", "thx", "thanks", "thank", "cheers", "tia", "pls", "plz", "please", "ta", "asap", "merci", "danke", "gracias", "grazie"}

_CAUGHT_BEFORE = re.compile(r"(?:caught|stopped|arrested|detected|identified|intercepted|prevented|found|spotted|flagged|foiled)\s+(?:\w+\s+){0,3}?"
                            r"before\s+(?:\w+\s+){0,2}?(?:can|could|are able to|is able to|manage to|manages to|get to|gets to)\s+(?:\w+\s+)?$")

_COORDINATED = re.compile(r"\s*(?:and|&|or|plus)\s+(?:\w+\s+){0,2}?(?:of|for)\s+(?:the\s+|a\s+|an\s+|some\s+)?$")


# a production noun with its own chemical product in front ('for an isocyanate scale-up', 'in our polycarbonate production'):
# a substance named before it is a reagent of that process, not its product
# ordinary products of a route: suffixes of industrial chemicals and classes of medicines ('a kinase-inhibitor route', 'our
# statin route'); not 'drug' or 'agonist', which name drugs of abuse too
_PRODUCT_HEAD = (r"(?:ates?|anes?|enes?|ides?|ols?|esters?|mers?|resins?|plastics?|dyes?|pesticides?|herbicides?|fungicides?|pharmaceuticals?"
                 r"|apis?|foams?|coatings?|paints?|polymers?|urethanes?|carbonates?|isocyanates?|inhibitors?|statins?|antibiotics?|antivirals?"
                 r"|steroids?|vitamins?|fragrances?|natural products?|heterocycles?|scaffolds?|nylons?|methionine|amino acids?|acrylics?)")
_OWN_PRODUCT = re.compile(r"(?:^| )(?:for|in|during|of|into) (?:an? |the |our |my |their |this |its )?(?:[\w-]+ )?[\w-]*" + _PRODUCT_HEAD + "$")
# a route or process named with its own product after it ('the acetone cyanohydrin route to methyl methacrylate')
_ROUTE_TO_PRODUCT = re.compile(r"\s+(?:to|towards|for) (?:an? |the )?(?:[\w-]+ )?[\w,-]*?" + _PRODUCT_HEAD + r"(?:-[\d,]+)?(?![\w])")

_REAGENT_OF_PRODUCT = re.compile(r"(?:^|(?<= ))(?:an? |the |our |my |their |this |its )?(?:[\w-]+ )?[\w-]*(?:ates?|anes?|enes?|ides?|ols?|esters?|mers?|resins?"
                                 r"|plastics?|dyes?|pesticides?|herbicides?|fungicides?|pharmaceuticals?|foams?|coatings?|paints?|polymers?)"
                                 r"(?: (?:process|line|plant|batch|unit|step|campaign|reaction))? (?:using|with|from|via|that uses|which uses)$")


def _pairs(doc: Doc, q: it.Cue, m: Mention) -> bool:
    if doc.clause_of(q.start) != doc.clause_of(m.start) and not (m.start < q.end and m.end > q.start) and not (
            q.form == "noun" and q.end <= m.start and doc.clause_of(m.start) == doc.clause_of(q.start) + 1
            and _COORDINATED.match(doc.folded[q.end : m.start])):
        return False  # ('synthesis and drying of X' is one noun phrase, not two clauses)
    if _head_blocked(doc, m) or _NEGATED_PREFIX.search(doc.folded, max(0, m.start - 6), m.start) or _left_out(doc, m):
        return False  # ('non-phosgene routes', 'without touching phosgene', 'a substitute for phosgene': the substance is avoided)
    if ml.phrase_blocked(doc.folded[min(q.end, m.end) : max(q.start, m.start)]):
        return False  # a multi-word benign phrase between them (vi 'phat hien' = detection)
    if q.start <= m.start:  # substance after the cue
        between = doc.words(q.end, m.start)
        if len(between) > (8 if q.weak else 12):
            return False
        if q.strict:  # the substance must be the verb's own object, not the complement of another noun
            content = [w for w in between if w not in it.SKIP]
            brk = _OBJ_BREAK - ({"with", "using", "in", "into", "on", "at", "against"} if q.kind == "use" else set())
            if len(content) > 4 or set(between) & brk or any(it.is_blocker(w) for w in content):
                return False
        if q.kind in ("make", "scale", "procedure") and not any(q.end <= x.start < m.start for x in doc.mentions) and (
                _REAGENT_OF_PRODUCT.match(" ".join(between))
                or _REAGENT_OF_PRODUCT.search(" ".join(doc.words(max(0, q.start - 30), q.start)[-2:] + q.text.split() + between))):
            return False  # 'scaling up an isocyanate process using phosgene': the isocyanate is made, phosgene is a reagent
        pre = doc.words(max(0, q.start - 30), q.start)[-2:] if q.weak else []
        if q.kind in ("make", "acquire") and _CAUGHT_BEFORE.search(doc.folded[max(0, q.start - 80) : q.start]):
            return False  # 'how do terrorists get caught before they can build a bomb': stopping it, not doing it
        if q.text.endswith("ing") and q.kind in ("make", "acquire"):  # 'detect a country secretly making X'
            s0, _ = doc.clauses[doc.clause_of(q.start)]
            if any(w.startswith(_WATCH) for w in doc.words(max(s0, q.start - 60), q.start)[-6:]):
                return False
        # (a closed relative clause about a person is left out: 'acheter, pour mon ami qui suit une thérapie, de la cocaïne')
        near = words_outside_person_clause(doc, q.end, m.start)
        topical = [w for k, w in enumerate(near) if not (w in ("about", "around", "roughly", "approximately") and k + 1 < len(near)
                                                         and near[k + 1][:1].isdigit())]  # 'about 100 g of'
        if any(it.is_blocker(w) for w in topical + pre):
            return False
        if q.kind in ("make", "scale", "howto") and _destroyed_after(doc, q.end, m):
            return False  # 'building a Zr-MOF to break down nerve agents': the material is made, the agent is what it destroys
        if m.tier in ("precursor", "dual") and q.kind == "make" and set(between) & _REAGENT_WORDS - {"of"}:
            return False
        if m.tier in ("precursor", "dual") and q.kind == "make" and _USES_RELATIVE.search(" ".join(between)):
            return False  # 'preparing a second-year lab that currently uses PCl5': a reagent of what is prepared, not its product
        if m.tier in ("precursor", "dual", "ingredient") and q.kind == "make" and (
                set(between) | set(doc.words(m.end, m.end + 30)[:2])) & _SOLUTION_WORDS:
            return False  # 'prepare a 1 M sodium sulfide solution' is not production of the chemical
        if q.text.startswith("to ") and len(between) > 2:
            return False  # 'to get the nerve agent', not 'to get a job in explosives'
        if q.kind == "make" and q.text.split()[0] in ("make", "makes", "making", "macht", "hace"):
            after = doc.words(m.end, m.end + 30)[:2]
            if after and (after[0] in _CAUSATIVE_ADJ or (after[0] in ("it", "them") and len(after) > 1 and after[1] in _CAUSATIVE_ADJ)):
                # 'make sarin so toxic' describes; 'make a bomb powerful enough to ...' asks for a stronger weapon
                return bool(after[0] in _HARM_ADJ and m.tier == "agent" and doc.personal)
        return True
    # substance before the cue: only passives/nouns ('sarin synthesis', 'how is VR produced') and adverbial cues
    if q.kind == "scale" and _pre_blocked(doc, m):
        return False  # 'выпуск антидотов от иприта партиями': the batches are the antidote's, the agent the complement of a benign head
    if q.form == "noun" and _watched(doc, m):
        return False  # 'analyse effluents to detect undeclared nerve agent production': watching it, not doing it
    if q.form == "noun" and _destroyed_object(doc, m):
        return False  # 'a protective suit that decomposes mustard agent, what's a scalable route to coat the fabric': the coating's route
    between = doc.words(m.end, q.start)
    if q.form == "noun" and _OWN_PRODUCT.search(" ".join(between)) and not any(m.end <= x.start < q.start for x in doc.mentions):
        return False  # 'a phosgene cylinder for an isocyanate scale-up': the scale-up makes the isocyanate, phosgene is its reagent
    if q.form == "noun" and (r := _ROUTE_TO_PRODUCT.match(doc.folded, q.end)) and not any(
            m.end <= x.start < r.end() for x in doc.mentions):
        return False  # 'how is prussic acid used in the acetone cyanohydrin route to methyl methacrylate': the route makes the acrylate
    if (q.form == "verb" and q.kind in ("make", "acquire") and between and between[-1] == "to" and doc.personal
            and len(between) <= 3 and not any(it.is_blocker(w) for w in between)):
        return True  # 'the easiest explosive to make', 'which agent is simplest to produce'
    if (q.form == "verb" and q.kind in ("make", "acquire") and doc.personal and _RELATIVE_SUBJECT.match(" ".join(between))
            and not any(it.is_blocker(w) for w in between)):
        return True  # 'the simplest nerve agent an amateur could produce', 'which explosive I can make'
    if q.form == "verb" and q.kind in ("make", "acquire") and not (q.text.endswith("ing") and len(between) <= 1):
        return False
    if len(between) > (6 if q.weak else 10):
        return False
    return not any(it.is_blocker(w) for w in between)


def _watched(doc: Doc, m: Mention) -> bool:
    """The substance is what is detected, traced or profiled ('detect undeclared nerve agent', 'impurity profiling of seized
    methamphetamine'): a production noun after it is the one watched, not one asked for."""
    return any(w.startswith(_WATCH) for w in doc.words(max(doc.clauses[doc.clause_of(m.start)][0], m.start - 50), m.start)[-4:])


def _allowed_pair(q: it.Cue, m: Mention, doc: Doc, conv_text: str, has_scale: bool, forward: bool) -> bool:
    """Does this (cue, mention) pair warrant a refusal, given the substance's tier?"""
    kind = q.kind
    if kind == "enhance" and q.text.startswith(("store", "keep", "shelf")):  # long-term storage: stabilising a war agent
        s0, e0 = doc.clauses[doc.clause_of(q.start)]
        return m.cat in ("cwa", "toxin") and m.tier == "agent" and not _is_class(m) and not _SAFE_STORAGE.search(doc.folded[s0:e0])
    if q.strict:  # broad verb classes: only specific agents, and only inside a request
        return m.tier == "agent" and _request(doc, q, forward) and (not _is_class(m) or doc.personal)
    if kind == "howto":  # 'how do I <unlisted verb> X': only for specific agents
        return m.tier == "agent" and not _is_class(m) and forward
    if _is_class(m):
        if kind == "scale" and doc.personal and m.tier == "agent" and forward and any(
                c.kind == "make" and not c.weak and not _historical(doc, c) for c in doc.cues):
            return True  # 'wanted a few kilos of a nerve agent, which agent and route would be most feasible': a class made at scale
        return kind in ("make", "acquire", "use", "enhance", "evade") and not q.weak
    if m.tier == "agent":
        return True
    if m.tier == "precursor":
        if kind == "procedure":
            return forward and len(doc.words(q.end, m.start)) <= 4
        return True
    if m.tier == "dual":
        if kind in ("use", "evade"):
            return True
        if it.materials_context(conv_text):
            return False
        if kind == "make":
            return forward or q.form != "verb"
        if kind == "acquire":
            return has_scale
        return kind == "enhance"
    # ingredient
    return kind in ("use", "evade")


def _historical(doc: Doc, q: it.Cue) -> bool:
    ci = doc.clause_of(q.start)
    s, e = doc.clauses[ci]
    clause = doc.folded[s:e]
    return bool(_HISTORY.search(clause)) and not doc.personal


# 'which solvent would thicken soman', 'what can I add to ...': a question about doing something
_WH_MODAL = re.compile(r"(?:^|[\s¿¡])(?:which|what) (?:\w+ ){0,2}(?:would|should|could|can|will|might|do|does) $|"
                       r"(?:^|[\s¿¡])(?:which|what) (?:\w+ ){0,2}(?:would|should|could|can|will|might) (?:i|we|you|one) $")
_SAFE_STORAGE = re.compile(r"(?<![\w])(?:safe|safely|safety|forensic|reference|standards?|evidence|hospital|clinic\w*|medical|"
                           r"pharmac\w*|botox|vials?|cosmetic|regulat\w*|compliance|disposal|destruction)(?![\w])")
_WATCH = ("detect", "monitor", "identif", "recogni", "inspect", "verif", "sensor", "sensing", "forensic", "catch",
          "spot", "trace", "investigat", "stop", "prevent", "prosecut", "report", "suspect", "caught", "arrest",
          # forensic profiling of seized drugs ('impurity profiling of seized methamphetamine ... the same production batch')
          "profil", "fingerprint", "seized", "seizure", "beschlagnahm", "saisi", "incautad", "sequestrat")
_OBJ_BREAK = {"on", "about", "regarding", "against", "for", "to", "into", "in", "with", "from", "at", "by", "around",
              "after", "before", "without", "like", "than", "while", "when", "during", "near", "over", "under", "through",
              "lecture", "talk", "speech", "film", "documentary", "story", "novel", "article", "course", "class", "session"}
_PASSIVE_HOW = re.compile(
    r"^\W*(?:(?:please )?(?:explain|describe|tell me|show me|detail|outline) )?"
    r"(?:how|what(?:'s| is) the (?:best|easiest|simplest|quickest|fastest|cheapest|safest) way)\b"
    r"(?:(?! (?:did|was|were|had|historically|used to)\b).)*$"
)
# use-verbs that describe dissemination; a passive question about them ('how could VX be delivered') is a request,
# unlike initiation verbs ('how is TATP detonated' asks about a property)
_DISSEMINATE = ("dispers", "spread", "releas", "deploy", "deliver", "spray", "aerosol", "vapori", "atomi", "dissemin",
                "dispens", "vent", "pump", "dump", "weaponi", "unleash")


def _request(doc: Doc, q: it.Cue, forward: bool = True) -> bool:
    """Is this (strict) cue part of a request for help, not a description? Forward ('how do I make X',
    imperatives, 'what's the best way to ...'): a personal/request frame. Backward (X before the verb): a
    present/modal passive how-question ('how could VX be delivered', 'explain how ricin is extracted')."""
    if forward and q.form != "part" and (doc.personal or _WH_MODAL.search(
            doc.folded[doc.clauses[doc.clause_of(q.start)][0] : q.start])):
        return True
    if q.form != "part" and q.text.split()[0] not in verbs.SAME_PART:
        return False
    if q.kind == "use" and not q.text.startswith(_DISSEMINATE):
        return False
    if q.kind == "use" and re.search(r"(?<![\w])(?:patch|patches|transdermal|intravenous|iv|oral|nasal|clinical|medical|hospital|"
                                     r"therapeutic|anaesthe\w*|anesthe\w*|dose|doses)(?![\w])", doc.folded):
        return False  # drug delivery in medicine
    if not re.search(r"(?<![\w])(?:be|is|are|been|being|get|gets|getting)(?: \w+){0,2} ?$", doc.folded[max(0, q.start - 30) : q.start]):
        return False  # an adjectival participle ('contaminated soil', 'dried picric acid'), not a passive
    s, _ = doc.clauses[doc.clause_of(q.start)]
    return bool(_PASSIVE_HOW.match(doc.folded[s : q.start]))


def _passive_frame(doc: Doc, q: it.Cue) -> bool:
    """'how could sarin be spread over a crowd': a present/modal passive how-question around the cue."""
    if not re.search(r"(?<![\w])(?:be|is|are|been|being|get|gets|getting)(?: \w+){0,2} ?$", doc.folded[max(0, q.start - 30) : q.start]):
        return False
    s, _ = doc.clauses[doc.clause_of(q.start)]
    return bool(_PASSIVE_HOW.match(doc.folded[s : q.start]))


def _pronoun_object(doc: Doc, q: it.Cue) -> bool:
    """The cue's object is a pronoun or a 'the one you mentioned' phrase ('make it', 'get some of that one')."""
    after = [w for w in doc.words(q.end, q.end + 40)[:5] if w not in _FUNCTION][:4]
    if any(it.is_blocker(w, topic=False) for w in after):
        return False
    return doc.mentioned or any(w in it.ANAPHORA or w in _REFERRING for w in after)


_REFERRING = {"ester", "esters", "analogue", "analog", "analogues", "homologue", "homolog", "derivative", "isomer",
              "salt", "form", "variant", "version", "kind", "type", "stuff", "grams", "gram", "litre", "liter", "litres",
              "kilo", "kilos", "dose", "doses", "amount", "quantity", "supply", "their", "its"}


_BLAST_TARGET = (r"(?:a |an |the |my |his |her |their |our |that |this |some |someone's |my ex's |his ex's )?(?:[a-z]+ )?"
                 r"(?:house|home|building|car|door|wall|bridge|stump|tree stump|mailbox|letterbox|safe|vault|rock|boulder|people"
                 r"|crowd|school|bus|train|plane|office|truck|tank|pipeline|tower|church|mosque|synagogue|station|embassy|shed|garage|barn)s?")
_BLAST = re.compile(
    r"(?<![\w])(?:blow(?:ing)? (?:up |off |open |apart )?" + _BLAST_TARGET + r"(?: (?:up|off|open|apart))?"
    r"|blow(?:ing)? (?:it|them|this|that|something|stuff|things) (?:up|apart|open|to pieces)"
    r"|(?:bring|bringing|take|taking|knock|knocking) (?:down|out) " + _BLAST_TARGET +
    r"|blow(?:ing)? (?:a |big |huge )?holes? (?:in|through)|(?:burn|cut) (?:through|into) (?:a |the )?(?:door|wall|safe|vault|car|engine)" +
    r"|(?:level|flatten|destroy|demolish) " + _BLAST_TARGET + r" (?:with|using)"
    r"|(?:big|bigger|biggest|huge|massive|large|larger|largest|powerful|most powerful|loud|louder|loudest|serious|real) (?:blast|explosion|boom|kaboom|bang)s?"
    r"|(?:to|so (?:that )?it (?:will|would)|that (?:will|would)) (?:explode|go off|detonate)(?: (?:in|at|near|inside|under|when))?"
    r"|(?:so (?:that )?it (?:will|would)|that (?:will|would)) blow up(?: (?:in|at|near|inside|under|when))?"
    r"|(?:explode|go off|detonate)s? (?:in|at|near|inside|under) " + _BLAST_TARGET +
    # the same purpose in other languages: 'para que reviente con la mayor fuerza', "pour qu'il eclate", 'damit es platzt'
    r"|(?:para que|pour qu'?(?:il|elle)|afin qu'?(?:il|elle)|damit (?:es|er|sie)|perche|in modo che|para) (?:[\w'-]+ ){0,3}?(?:explote|estalle"
    r"|reviente|explose|eclate|explodiert|platzt|zerplatzt|esploda|scoppi|exploda|estoure|rebente|estourar|explodir|rebentar)"
    # a thing caused to explode: 'make a pipe explode', 'get my car to blow up', 'faire exploser', 'hacer explotar', 'zum Explodieren bringen'
    r"|(?:make|makes|making|get|getting|cause|causing|force) (?:(?!not |never |sure )[\w'-]+ ){1,3}?(?:to )?(?:explode|blow up|go off|detonate)"
    r"|faire (?:exploser|sauter)|(?:hacer|hago|hace|haga) (?:explotar|estallar)|zum (?:explodieren|detonieren) (?:bringen|bringe|bringt)"
    r"|far (?:esplodere|saltare)|fazer (?:explodir|estourar)"
    r")(?![\w])"
)
# a rate or a count said to 'explode' ('growth seems to explode', 'the defect density tends to explode above 900 C')
_SURGE_SUBJECT = re.compile(r"(?<![\w])(?:growth|nucleation|numbers?|counts?|density|densities|rates?|population|demand|costs?|prices?|errors?"
                            r"|loss|gradients?|variance|noise|defects?|viscosity|sales|traffic|usage|cases|interest|complexity)"
                            r" (?:[\w-]+ ){0,2}?(?:seems?|seemed|tends?|tended|starts?|started|begins?|began|appears?|appeared) (?:to )?$")
_BLAST_RECIPE = re.compile(r"(?<![\w])(?:oxidi[sz]er|fuel|pair|combine|mix|ratio|recipe|ingredients?|homemade|home-made|diy|household|"
                           # quantities and a capped casing in other languages ('cuanto ... pongo en un tubo de acero con tapas roscadas')
                           r"proporci\w*|proporca\w*|verhaltnis|cuant[oa]s?|quant[oa]s?|combien|wie viel|"
                           r"(?:tubo|cano|tuyau|rohr|pipe)s? (?:[\w'-]+ ){0,4}?(?:tapones|tapas|tampas|bouchons|kappen|schraubkappen|caps|end caps)|"
                           r"charge size|size of (?:the )?charge|how (?:big|large) (?:a |the )?charge|(?:type|kind) of (?:explosive|charge)|"
                           r"(?:which|what) (?:explosive|charge)|how much (?:\w+ )?(?:explosive|charge)|what (?:\w+ ){0,3}would work|"
                           r"what (?:should|can|could|would|do) (?:i|we|they|someone|one|you) (?:use|get|buy|put|place|plant|hide|attach|rig|need))")


def _victim_participle(doc: Doc, q: it.Cue) -> bool:
    """'a child poisoned by a nerve agent', 'people killed in the attack': describes victims, not a plan."""
    first = q.text.split()[0]
    before = doc.words(max(0, q.start - 40), q.start)[-3:]
    if any(w.startswith(("resist", "prevent", "avoid", "protect", "toleran", "immun", "against", "treat", "recover"))
           for w in before):
        return True  # 'catalysts resistant to poisoning by H2S', 'protect staff against poisoning'
    if first.endswith("ing") and re.match(r"\s+(?:by|from|with)(?![\w])", doc.folded[q.start + len(first) : q.start + len(first) + 8]):
        return True  # a nominal 'poisoning by X' names an event, not a plan
    if not re.search(r"(?:ed|en)$", first):
        return False
    return bool(re.match(r"\s+(?:by|with|in|during|after|from)(?![\w])", doc.folded[q.start + len(first) : q.start + len(first) + 12])) or \
        bool(re.search(r"(?<![\w])(?:was|were|been|being|is|are|got|get|a|the|who|child|person|people|victims?)\s+$", doc.folded[max(0, q.start - 12) : q.start]))


# things that go off harmlessly, made or kept from going off: a bath bomb fizzing, an alarm sounding ('what makes bath bombs go
# off in the water', 'make my bath bombs go off slower', 'what makes the smoke alarm go off when I make toast')
_HARMLESS_GOER = re.compile(r"(?<![\w])(?:(?:bath|seed|glitter|fizz|fizzy)[ -]?(?:bombs?|fizz\w*|balls?)|(?:smoke |fire |co |carbon monoxide |car |burglar )?"
                            r"alarms?|(?:smoke |co )?detectors?|sprinklers?|alarm clocks?|timers?)(?![\w])")
_BOMB_WORD = re.compile(r"(?<![\w])(?:bombs?|explosives?|ied|detonators?)(?![\w])")
_HARMLESS_ONES = re.compile(r"(?<![\w])(?:bath|seed|fizzy?)[ -]?bombs?(?![\w])")


def _harmless_goer(span: str, doc: Doc, prev: Doc | None) -> bool:
    """The thing made to go off is a bath bomb or an alarm (named in the span, or 'them' after bath bombs), with no bomb beside it."""
    if _HARMLESS_GOER.search(span):
        return not _BOMB_WORD.search(_HARMLESS_ONES.sub(" ", span))
    return bool(re.search(r"(?<![\w])(?:them|it|ones)(?![\w])", span)) and bool(_HARMLESS_ONES.search(
        " ".join(d.folded for d in (prev, doc) if d is not None))) and not _BOMB_WORD.search(_HARMLESS_ONES.sub(" ", doc.folded))


def _implicit_blast(doc: Doc, cues: list[it.Cue], prev: Doc | None = None) -> str:
    """'blow up my neighbour's car', 'bring down a house', 'for a big blast', 'rig it to explode': an
    explosive described by its effect. Returns the phrase, or ''. Only with a request frame; 'blow it up'
    needs a homemade/mixing context (images and balloons get blown up too)."""
    if it.materials_context(doc.folded):
        return ""
    m = _BLAST.search(doc.folded)
    if not m and prev is not None and _BLAST.search(prev.folded) and _BLAST_RECIPE.search(doc.folded) and re.search(
            r"(?<![\w])(?:do (?:that|this|it|the same)|the same (?:thing|way))(?![\w])", doc.folded):
        return "do that (" + _BLAST.search(prev.folded).group(0) + ")"  # 'how could I do that to my garage with homemade stuff'
    if not m or _SURGE_SUBJECT.search(doc.folded[max(0, m.start() - 60) : m.start()]):
        return ""  # 'growth seems to explode once supersaturation passes 5%': a quantity surging, not a blast
    if _harmless_goer(m.group(0), doc, prev):
        return ""  # a bath bomb or an alarm made to go off (or 'them', after bath bombs): fizz and noise, not a blast
    if re.match(r"blow(?:ing)? (?:it|them|this|that|something|stuff|things)|bring(?:ing)? down the house$", m.group(0)) and \
            not _BLAST_RECIPE.search(doc.folded):
        return ""  # 'bring down the house' is applause unless a recipe is asked for
    return m.group(0)


# French 'en' standing for the substance, after a subject, a modal or a how-word ('puis-je en acheter', 'comment en obtenir', 'on en trouve'),
# or after an infinitive's 'à' / 'de' ('aider ceux qui achètent du fentanyl à en acheter plus', 'leur permettre d'en acheter')
_FR_PARTITIVE_EN = re.compile(r"(?<![\w'])(?:je|j'|on|nous|vous|\w+-je|\w+-on|\w+-nous|\w+-vous|pour|comment|ou|a|de|d') ?(?:[\w'-]+ )?en\s*$")


def _anaphora_target(doc: Doc, q: it.Cue, prior: list[Mention]) -> Mention | None:
    """If the cue's object is a pronoun / 'the one you mentioned' / missing, resolve it to an earlier substance."""
    if not prior:
        return None
    after = doc.words(q.end, q.end + 80)
    obj = None
    for w in after[:8]:
        if w in it.SKIP or w in _FUNCTION:
            continue
        obj = w
        break
    s, e = doc.clauses[doc.clause_of(q.start)]
    rest = [w for w in doc.words(q.end, e) if w not in it.SKIP and w not in _FUNCTION]
    elliptical = obj is None or not rest or rest[-1] in ("one", "ones")  # '... for a smaller one?'
    if q.kind == "use" and re.search(r"(?<![\w])(?:it|them|this|that)(?![\w])", doc.folded[s : q.end]):
        elliptical = True
    if q.form == "verb" and it._ENCLITIC.fullmatch(q.text):
        elliptical = True  # the object pronoun is fused to the verb: 'el sarín: ¿cómo fabricarlo?', 'come posso prepararlo'
    if q.form == "verb" and (re.search(r"-(?:l[oa]s?|[oa]s?)$", q.text) or re.search(
            r"(?<![\w'-])(?:lo|la|los|las|li|le|les|l')\s*$", doc.folded[max(0, q.start - 6) : q.start])):
        elliptical = True  # a Romance object pronoun before or hyphenated after the verb: 'detoná-lo', 'lo faccio esplodere', 'le faire sauter'
    if q.form == "verb" and _FR_PARTITIVE_EN.search(doc.folded[max(0, q.start - 30) : q.start]):
        elliptical = True  # the French partitive clitic before the verb: 'où puis-je en acheter d'autres', 'comment en fabriquer'
    if q.form == "noun" and set(doc.words(max(0, q.start - 25), q.start)[-2:]) & {"that", "this", "their", "its", "same", "those", "these", "his"}:
        elliptical = True  # 'a modern version of that process', 'their recipe'
    near = [w for w in after[:5] if w not in _FUNCTION][:4]
    if any(it.is_blocker(w, topic=False) for w in near):
        return None  # 'the symptoms of it', 'detection of that one'
    if any(w in it.ANAPHORA or w in _REFERRING for w in near) and q.kind in ("make", "acquire", "use", "enhance", "scale",
                                                                              "procedure"):
        elliptical = True  # 'a few grams of it', 'some for a party', 'the aminoethanol one', 'the isopropyl ester'
    if obj in it.ANAPHORA or elliptical or doc.mentioned:
        # the most recent agent/precursor, else the most recent substance of any tier
        strong = [m for m in prior if m.tier in ("agent", "precursor")]
        return (strong or prior)[-1]
    return None


_NOT_SUBJECT_GAP = {"to", "and", "or", "then", "i", "we", "you", "that", "which", "so", "how", "can", "could", "would", "should",
                    "do", "does", "did", "will", "me", "us", "for", "into", "from", "with", "of"}


# a turn that opens by announcing a new topic ('Totally different question:', 'On a different note,', 'Autre question, rien à voir',
# 'Ganz andere Frage', 'Otra pregunta, sin relación')
_NEW_TOPIC = re.compile(r"(?<![\w])(?:(?:(?:totally|completely|entirely|quite|a|an|one|some|another|very) )?(?:different|unrelated|separate|new|other"
                        r"|off-topic|side) (?:question|topic|subject|note|thing|matter)|unrelated|on (?:a|an|another) (?:different|separate|unrelated"
                        r"|other|side) note|chang(?:e|ing) (?:of )?(?:the )?(?:subject|topic)|switching (?:gears|topics)|moving on"
                        r"|(?:une )?autre question|rien a voir|(?:pour )?changer de sujet|changement de sujet|sans rapport|question differente"
                        r"|(?:ganz |vollig )?andere frage|anderes thema|themawechsel|nichts damit zu tun"
                        r"|otra pregunta|sin relacion|(?:cambiando|cambio) de tema|otro tema|nada que ver|altra domanda|cambiando argomento)(?![\w])")
# ... and that still points back: a pronoun object ('make it', 'le fabriquer', 'lo fabrico', 'stelle ich es her') or 'the same'
_POINTS_BACK = re.compile(r"(?<![\w'])(?:it|them|that|this one|those|these|the same|same thing|that stuff|dasselbe|davon|eso|esto|ca|cela)(?=\s+(?:[\w'-]+\s+){0,3}?(?:at home|home|myself|ourselves|step|\?|$)|[?.!,]|\s*$)"
                          r"|(?<![\w'])(?:make|makes|making|made|cook|get|buy|produce|synthesi[sz]e|prepare|extract|scale|use) (?:it|them|that|those|these"
                          r"|some)(?![\w'])|(?<![\w'])(?:le|la|les|l'|lo|los|las) ?(?:fabriqu|prepar|produi|synthetis|fabric|produc|hag|hac|consig|obten|achet"
                          r"|compr)\w*|\w+(?:ar|er|ir)(?:lo|la|los|las)(?![\w])|(?<![\w])(?:es|ihn|sie) (?:\w+ ){0,3}?(?:her|an|ab)(?![\w])")


def new_topic(doc: Doc) -> bool:
    """The turn opens by announcing a new topic and nothing in it points back to an earlier turn: its steps are its own, an
    earlier turn's substance is not their object ('Was fentanyl invented by a pharma company?' -> 'Totally different question:
    we're making lidocaine from 2,6-dimethylaniline; can you explain the two steps?'); not 'Different question: how do I make it?'."""
    return bool(_NEW_TOPIC.search(doc.folded[:90])) and not _POINTS_BACK.search(doc.folded)


def _subject_of(doc: Doc, q: it.Cue, m: Mention) -> bool:
    """The substance is the subject of this finite English verb ('the binary shell mixes its two components')."""
    return bool(q.form == "verb" and re.search(r"[^s]s$|ed$", q.text.split()[0]) and m.end <= q.start and len(
        gap := [w for w in doc.words(m.end, q.start) if not w.endswith("ly")]) <= 2 and not set(gap) & _NOT_SUBJECT_GAP)


def _topic_mentions(docs: list[Doc]) -> list[Mention]:
    """Specific agents named as the topic of earlier turns ('the history of phosgene'), head nouns excepted."""
    return [m for d in docs for m in _live_mentions(d, docs) if m.tier == "agent" and not _is_class(m)
            and not _head_blocked(d, m) and _pre_blocked(d, m)]
