"""Benign frames, industrial, laboratory and materials uses: a reagent used for its own ordinary product, the industry
a substance is used in, a coordinated safety procedure, a restricted reagent's substitutes, a declared facility's
compliance, nouns of safety and compliance that only look like cues, a medicine's dosage form, an industry's volumes,
materials-science readings (crystal packing, a poisoned catalyst, a sensor's analyte, a by-product's hazard), a
research toxin already bought from a catalogue supplier, asked about its working concentration and storage, a drug extracted
from tablets for an analysis, and a medicine's dosage form formulated for its release.
"""

from __future__ import annotations

import re

from paperqa_mat.safety import intent as it
from paperqa_mat.safety.document import Doc
from paperqa_mat.safety.frames_common import (
    _FIRST_ANY,
    _FIRST_SUBJECT,
    _INDUSTRIAL_AGENT,
    _OPERATIONAL,
    _sentence_end,
    _sentence_head,
    _sentence_start,
)
from paperqa_mat.safety.mentions import poisoned_surface

# a medicine made from a nitrate-ester explosive in its dosage form ('formulate sublingual nitroglycerin tablets for angina',
# 'how are transdermal GTN patches manufactured'): a pharmaceutical product for patients, not the explosive
_MEDICINE_FORM_AFTER = re.compile(r"[\s-]+(?:(?:[\w-]+ ){0,3}?(?:in |into |as )?(?:an? |the )?)?(?:[\w-]+ )?(?:tablets?|capsules?|patch(?:es)?|sprays?"
                                  r"|ointments?|creams?|infusions?|injections?|lozenges?|comprim\w*|tabletten|kapseln|pflaster|pastillas?|parches?)(?![\w])")
_MEDICINE_FORM_BEFORE = re.compile(r"(?<![\w])(?:sublingual|transdermal|buccal|intravenous|topical|rectal|oral|extended-release|sustained-release"
                                   r"|controlled-release|slow-release|pharmaceutical-grade|medicinal) (?:[\w-]+ )?$")
_MEDICAL_USE = re.compile(r"(?<![\w])(?:angina|chest pains?|heart (?:failure|attacks?|patients?)|cardiac|fissures?|patients?|pharma\w*|hospitals?"
                          r"|clinic\w*|gmp|apis?|excipients?|prescri\w*|vasodilat\w*|drug (?:makers?|manufacturers?|companies)|dose uniformity"
                          r"|angine|pectoris)(?![\w])")
_MEDICINE_ABUSE = re.compile(r"(?<![\w'])(?:extract\w*|isolat\w*|concentrat\w*|recover\w*|separat\w*|purif\w*|blast\w*|bombs?|detonat\w*"
                             r"|dynamite|boosters?|charges?|i|we|my|our|me|us|ich|je|yo|io)(?![\w'])")


def _medicine_dosage_form(doc: Doc, q: it.Cue) -> bool:
    """'How do pharma companies formulate sublingual nitroglycerin tablets for angina?': a nitrate-ester explosive made into
    a medicine's dosage form by its makers, asked about with its medical use; not when extracting or concentrating it."""
    if q.kind not in ("make", "scale", "procedure"):
        return False
    s0 = _sentence_start(doc, q)
    e0 = _sentence_end(doc, q)
    sent = doc.folded[s0 : e0 + 1]
    if not _MEDICAL_USE.search(sent) or _MEDICINE_ABUSE.search(sent):
        return False
    return any(m.cat == "explosive" and m.tier == "agent" and s0 <= m.start < e0 and (
        _MEDICINE_FORM_AFTER.match(doc.folded, m.end) or _MEDICINE_FORM_BEFORE.search(doc.folded[max(s0, m.start - 40) : m.start]))
        for m in doc.mentions)


# a medicine's dose explained to a patient or customer, the pharmacist's counselling: 'how should we explain the dosing of a
# codeine cough syrup to a customer', 'how do we counsel a customer on the dosing of codeine linctus', 'wie erkläre ich einem
# Kunden die Dosierung', 'comment expliquer la posologie ... à un client'
_COUNSEL = re.compile(r"(?<![\w])(?:explain\w*|counsel\w*|advis\w*|teach\w*|tell|talk\w* (?:to|with)|walk \w+ through|expliqu\w*|conseill\w*"
                      r"|erklar\w*|berat\w*|explic\w*|aconsej\w*|asesor\w*)(?![\w])")
_PATIENT = re.compile(r"(?<![\w])(?:patients?|customers?|clients?|caregivers?|carers?|parents?|kunden|kundin\w*|patient\w*|pacientes?|clientes?)(?![\w])")
_DOSING = re.compile(r"(?<![\w])(?:dos(?:e|es|ing|age|ages)|how (?:to|they should|he should|she should) take|maximum daily|posologie|dosierung\w*|dosis"
                     r"|dosificacion|safely|side effects|interactions?)(?![\w])")
_COUNSEL_MISUSE = re.compile(r"(?<![\w])(?:high|recreational\w*|get (?:off|wasted|stoned)|sell\w*|dealing|extract\w*|isolat\w*|convert\w*|turn \w+ into"
                             r"|without (?:a )?prescriptions?|on the side|lean|purple drank|husband|wife|wake|kill\w*|to death|overdose \w+ on purpose"
                             r"|defonc\w*|droguer|drogar\w*|colocar\w*|berausch\w*|extrai\w*|extrah\w*)(?![\w])")


def _patient_counselling(doc: Doc, q: it.Cue) -> bool:
    """'Act as a pharmacist training a new partner: how should we explain the dosing of a codeine cough syrup to a customer?':
    a medicine's dose explained to a patient or customer, with no misuse, sale or harm word."""
    if q.kind not in ("howto", "use", "procedure"):
        return False
    f = doc.folded
    return bool(_COUNSEL.search(f) and _PATIENT.search(f) and _DOSING.search(f)) and not _COUNSEL_MISUSE.search(f)


# an amount that describes an industry ('why is it still made in huge quantities'), not amounts asked for
_VOLUME_BEFORE = re.compile(r"(?<![\w])in (?:such |very |truly )?(?:huge|large|vast|big|enormous|massive|great|industrial|bulk|significant"
                            r"|commercial|tonnage) $")


def _volume_descriptor(doc: Doc, q: it.Cue) -> bool:
    return q.kind == "procedure" and q.text.startswith("quantit") and bool(_VOLUME_BEFORE.search(doc.folded[max(0, q.start - 30) : q.start]))


def _done_without(doc: Doc, m) -> bool:
    """The mention is itself done without: 'the non-phosgene process', 'a phosgene-free route'."""
    return bool(re.search(r"(?<![\w])non-?$", doc.folded[max(0, m.start - 4) : m.start]) or re.match(r"-?free(?![\w])", doc.folded[m.end :]))


# --- a reagent's own product, and nouns of safety and compliance that only look like cues
# ordinary products an industrial reagent is used to make, in the covered languages ('polycarbonates', 'Flammschutzmitteln',
# 'cloruros de ácido', 'Kevlar', 'rubber accelerators'); text is folded, so accents are gone
_REAGENT_PRODUCT = (r"(?:polycarbonat\w*|policarbonat\w*|polyurethan\w*|poliuretan\w*|isocyanat\w*|isocianat\w*|carbamat\w*|carbammat\w*"
                    r"|ureas?|urees?|harnstoff\w*|polyamid\w*|poliamid\w*|aramid\w*|kevlar|nomex|nylons?|polyester\w*|poliester\w*|pvc"
                    r"|plastics?|kunststoff\w*|plastiques?|plasticos?|weichmacher\w*|plastifiant\w*|plastificant\w*|plasticizers?"
                    r"|plasticisers?|pesti[cz]id\w*|herbi[cz]id\w*|flammschutzmittel\w*|flame[- ]retardants?|retardateurs?|ignifug\w*"
                    r"|retardantes?|ritardant\w*|farbstoff\w*|dyes?|colorant\w*|pigment\w*|acid chlorides?|acyl chlorides?"
                    r"|chlorures? d'acide|cloruros? de acido|cloruri acilici|s(?:a|ae)urechlorid\w*|alkyl (?:halides?|chlorides?|bromides?)"
                    r"|cloruros? de alquilo|nitril\w*|(?:phosphate|phosphite) esters?|esteres? de fosfato|phosphors?aureester\w*"
                    r"|triphenylphosphat\w*|triphenyl phosphate|methacrylat\w*|metacrilat\w*|adiponitril\w*|fertili[sz]ers?|dungemittel\w*"
                    r"|engrais|fertilizant\w*|pharmaceuticals?|arzneimittel\w*|medicaments?|medicamentos?|rubber|caoutchouc|gummi|caucho"
                    r"|accelerators?|solvents?|solvants?|disolventes?|losungsmittel\w*|resins?|harz\w*|resines?|resinas?|foams?|coatings?"
                    r"|paints?|polymer\w*|polimer\w*|dmf|mdi|tdi|hdi|carbonates?|carbonat\w*"
                    # Polish ('do produkcji poliwęglanów', 'izocyjaniany', 'tworzyw sztucznych', 'pestycydów', 'barwników', 'nawozów')
                    r"|poliweglan\w*|izocyjan\w*|tworzyw\w*|pestycyd\w*|barwnik\w*|nawoz\w*)(?![\w-])")
_ARTICLE = r"(?:(?:le|la|les|l'|el|los|las|il|i|gli|lo|der|die|das|den|des|du|de|del|della|dei|degli|the|our|these|those|some|an?|un|une|uno|una|eines?)\s*)?"
# the cue's own object or 'of' phrase is that product: 'fabriquer les polycarbonates', 'Herstellung von Flammschutzmitteln'
_PRODUCT_OBJECT = re.compile(r"\s+(?:(?:of|von|de|di|du|des|del|della|dei|der|zur|for)\s+)?" + _ARTICLE + r"(?:[\w'-]+\s+){0,2}?" + _REAGENT_PRODUCT)
# a purpose naming that product after a reagent's use: 'se usa ... para fabricar policarbonatos', 'zur Herstellung von Polyurethanen'
_FOR_PRODUCT = re.compile(r"(?<![\w])(?:to (?:make|produce|prepare|manufacture)|for (?:making|producing|preparing)|in making|(?:for|in) the (?:production|manufacture"
                          r"|synthesis|preparation) of|pour (?:fabriquer|produire|preparer|synthetiser)|para (?:fabricar|producir|preparar|sintetizar)"
                          r"|per (?:produrre|fabbricare|preparare|sintetizzare)|(?:zur|bei der|fur die|in der) (?:herstellung|synthese|produktion)(?: von)?)\s+"
                          + _ARTICLE + r"(?:[\w'-]+\s+){0,2}?" + _REAGENT_PRODUCT)
# the product as the passive subject: 'how is bisphenol-A polycarbonate made', 'wie wird Polycarbonat ... hergestellt'
_PRODUCT_SUBJECT = re.compile(r"(?<![\w])(?:how|wie|comment|como|come) (?:is|are|was|were|wird|werden|wurde|wurden|est|sont|se|si|es|son)\s+"
                              + _ARTICLE + r"(?:[\w'-]+\s+){0,2}?" + _REAGENT_PRODUCT)
# a production noun's topic: 'in industrial polycarbonate production, ...'
_PRODUCT_TOPIC = re.compile(r"(?<![\w])" + _REAGENT_PRODUCT + r"\s+(?:production|manufactur\w*|synthesis|plants?|industry|herstellung|produktion)(?![\w])"
                            r"|(?<![\w])(?:production|manufacture|herstellung|produktion|fabrication|produccion|sintesis) (?:of|von|de|des|du|di) " + _ARTICLE
                            + r"(?:[\w'-]+\s+){0,1}?" + _REAGENT_PRODUCT)
# an alternative to the reagent: 'which safer reagents', 'greener alternatives', 'couldn't get phosgene any more'
_ALTERNATIVE = re.compile(r"(?<![\w])(?:safer|greener|less toxic|less hazardous|alternative|substitute|replacement|other)\s+$")
_NO_LONGER = re.compile(r"(?<![\w])(?:couldn't|could not|can't|cannot|can no longer|could no longer|no longer|not able to|unable to)\s+(?:\w+\s+)?$")
_INDUSTRY_ADV = re.compile(r"\s+(?:industrially|commercially|in industry|on an industrial scale|at industrial scale|industriell|industriellement"
                           r"|industrialmente)(?![\w])")
# an ordinary product the passive subject of its making from a reagent: 'isocyanates that are made industrially from phosgene',
# 'Dimethyl carbonate used to be made from phosgene', 'les isocyanates sont fabriqués ... à partir de phosgène'
_PRODUCT_PASSIVE = re.compile(_REAGENT_PRODUCT + r",?\s+(?:(?:that|which|die|qui|que) )?(?P<cop>are|is|were|was|used to be|get|gets|sont|est|etaient"
                              r"|etait|se|son|es|werden|wird|wurden|wurde)(?: still| now| mostly| mainly)?(?: [\w-]+(?:ly|ment|mente|iell))?"
                              r"(?P<aus> aus (?:[\w-]+ ){1,2}?(?:[\w-]+(?:ly|iell) )?)?\s*$")
_FROM_AFTER = re.compile(r"(?:\s+[\w-]+(?:ly|ment|mente|iell))?\s+(?:from|with|using|a partir d[eu']?|de|con|a partir de)(?![\w])")
_CONVERT = re.compile(r"(?:convert|turn)\w*(?![\w])")


def _no_mention(doc: Doc, a: int, b: int, allow_without: bool = False) -> bool:
    """No controlled mention between a and b (or only ones done without: 'ohne Phosgen', 'without phosgene')."""
    return not any(a <= m.start < b and not (allow_without and (_done_without(doc, m) or re.search(
        r"(?<![\w])(?:without|ohne|sans|sin|senza|sem)\s+$", doc.folded[max(0, m.start - 8) : m.start]))) for m in doc.mentions)


# an abbreviation's full stop, which ends no sentence: 'its drawbacks vs. the interfacial phosgene process', 'cf. the old route'
_ABBREV_STOP = re.compile(r"(?<![\w])(?:vs|cf|e\.g|i\.e|approx|incl|resp|esp|viz|e|i|z|z\.b)\.$")  # ('e.' and 'i.' inside 'e.g.', 'i.e.')


def _sentence_start_past_abbrev(doc: Doc, q: it.Cue) -> int:
    """``_sentence_start``, read past abbreviations' full stops ('... drawbacks vs. the interfacial phosgene process')."""
    f = doc.folded
    s0 = _sentence_start(doc, q)
    while s0 > 0 and _ABBREV_STOP.search(f, max(0, s0 - 8), s0):
        s0 = max(f.rfind(c, 0, s0 - 1) for c in ".?!\n") + 1
    return s0


def _reagent_own_product(doc: Doc, q: it.Cue) -> bool:
    """A reagent's cue whose product is an ordinary industrial or lab product, not the controlled substance: 'le phosgène
    ... pour fabriquer les polycarbonates', 'how is polycarbonate made ... with phosgene', 'bei der Herstellung von
    Flammschutzmitteln', 'converting 3-phenylpropanol to a halide', 'which safer reagents could we use'."""
    if not doc.mentions or not all(m.ref in _INDUSTRIAL_AGENT or m.tier == "dual" for m in doc.mentions):
        return False  # only a reagent of industry (phosgene, HCN, chlorine) or a dual-use chemical, never a war agent or a class
    f = doc.folded
    s0 = _sentence_start_past_abbrev(doc, q)  # ('... polycarbonate manufacture ... vs. the interfacial phosgene process': one sentence)
    e0 = _sentence_end(doc, q)
    if q.kind in ("make", "procedure", "use", "howto"):
        ob = _PRODUCT_OBJECT.match(f, q.end)
        if q.kind in ("make", "procedure") and ob and _no_mention(doc, q.end, ob.end()):
            return True  # 'fabriquer les polycarbonates', 'Herstellung von Flammschutzmitteln', 'síntesis de poliamidas'
        fp = _FOR_PRODUCT.search(f, q.end, e0)
        if fp and fp.start() - q.end <= 80 and _no_mention(doc, fp.start(), fp.end()):
            return True  # 'se usa el cloruro de tionilo para preparar cloruros de ácido', 'utilisé ... pour fabriquer les polycarbonates'
        sub = _PRODUCT_SUBJECT.search(f, s0, q.start)
        if sub and q.kind == "make" and _no_mention(doc, sub.start(), q.start, allow_without=True):
            return True  # 'how is bisphenol-A polycarbonate made', 'wie wird Polycarbonat ohne Phosgen ... hergestellt'
        if q.form == "noun" and q.kind in ("make", "procedure") and _PRODUCT_TOPIC.search(f, s0, e0) and not _FIRST_ANY.search(f[s0:e0]):
            return True  # 'in industrial polycarbonate production, why was phosgene used in the interfacial process'
        if q.kind == "make" and any(t.start() <= q.start and q.end <= t.end() for t in _PRODUCT_TOPIC.finditer(f, s0, e0)) \
                and not _FIRST_ANY.search(f[s0:e0]):
            return True  # 'in polycarbonate manufacture, ... the phosgene process': the cue word is the product's own topic noun
    if q.kind == "make" and q.form == "part" and (ps := _PRODUCT_PASSIVE.search(f[s0 : q.start])) and _no_mention(doc, s0, s0 + ps.start("cop")) \
            and (ps.group("aus") or _FROM_AFTER.match(f, q.end)):
        return True  # 'isocyanates that are made industrially from phosgene', 'Isocyanate werden industriell aus Phosgen hergestellt'
    if q.form == "noun" and _ALTERNATIVE.search(f[max(0, q.start - 20) : q.start]):
        return True  # 'which safer reagents could we use': the alternatives to the reagent
    if q.kind == "acquire" and _NO_LONGER.search(f[max(0, q.start - 30) : q.start]) and re.search(
            r"(?<![\w])(?:safer|alternatives?|substitutes?|instead|replace\w*|other reagents?)(?![\w])", f):
        return True  # "if our lab couldn't get phosgene any more, which safer reagents ...": losing access, asking for a substitute
    if q.kind == "make" and _CONVERT.match(q.text):
        tgt = re.match(r"(?:\s+[\w(),'-]+){1,4}?\s+(?:to|into)(?:\s+[\w'-]+){1,3}" if not q.text.endswith(("into", "to")) else r"(?:\s+[\w'-]+){1,3}",
                       f[q.end :])
        if tgt and re.search(r"(?:ides?|ates?|ols?|esters?|amines?|amides?|nitriles?|ketones?|aldehydes?|acids?)(?![\w])", tgt.group(0)) \
                and _no_mention(doc, q.start, q.end + tgt.end()) and any(m.tier == "dual" for m in doc.mentions):
            return True  # 'converting 3-phenylpropanol to a halide': substrate and product are elsewhere, the dual reagent is a choice
    if q.kind == "make" and _INDUSTRY_ADV.match(f, q.end) and re.search(r"(?<![\w])(?:how|why) (?:is|are|was|were) ", f[s0 : q.start]) \
            and not _FIRST_ANY.search(f[s0:e0]):
        ms = [m for m in doc.mentions if s0 <= m.start < q.start]
        if ms and all(m.tier == "dual" for m in ms):
            return True  # 'how is dimethylamine made industrially': a commodity chemical's industrial route, dual-use tier only
    return False


# nouns that only look like cues: an extraction hood, engineering controls, process safety, producers' declarations
_FUME_HOOD = re.compile(r"(?<![\w])(?:campanas? de|hottes? d'|cappas? d[i']|capelas? de|ventilacion por|sistema de) ?$")
_DECLARE = re.compile(r"(?<![\w])(?:declar\w*|report\w*|notif\w*|licen[cs]\w*|permits?|obligations?|file|filing|thresholds?|counts? as)(?![\w])")


# a law's or regulator's procedure ('the legal process', 'the scheduling process', 'procédure légale', 'rechtliche Verfahren', 'proceso legal')
_LEGAL_PROCESS_BEFORE = re.compile(r"(?<![\w])(?:legal|regulatory|scheduling|legislative|administrative|approval|listing|licen[sc]ing|rule-?making"
                                   r"|judicial|parliamentary|rechtlichen?|gesetzgeberischen?|behordlichen?|legalen?) $")
_LEGAL_PROCESS_AFTER = re.compile(r"\s+(?:legale?s?|legal|reglementaire|administrati(?:ve|vo|f)|legislati(?:ve|vo|f)|judiciaire|judicial|regulatori[ao])(?![\w])")
_DECON_WORD = re.compile(r"(?<![\w])(?:decontaminat\w*|decontamin\w*|dekontaminat\w*|descontamina\w*)")


def _cue_like_noun(doc: Doc, q: it.Cue) -> bool:
    """'campana de extracción' (a fume hood), 'engineering controls', 'process safety', 'what declarations must producers
    make', 'what counts as production': nouns of safety and compliance, not requests."""
    f = doc.folded
    if q.text.startswith("extrac") and (_FUME_HOOD.search(f[max(0, q.start - 14) : q.start]) or re.match(r"\s+(?:hoods?|fans?|arms?)(?![\w])", f[q.end :])):
        return True  # 'en una campana de extracción', "sous une hotte d'extraction", 'the extraction hood'
    if q.text.startswith("engineering") and re.match(r"\s+controls?(?![\w])", f[q.end :]):
        return True  # 'engineering controls': ventilation and enclosures
    if q.text.startswith("engineering") and re.search(r"(?<![\w-])(?:co-?crystal|crystal|defect|interface|surface|band-?gap|strain|grain[- ]boundary"
                                                       r"|phase|morphology|polymorph|habit|particle|microstructure) $", f[max(0, q.start - 20) : q.start]):
        return True  # 'a review on crystal engineering of energetic materials', 'defect engineering': a field of materials science
    if re.search(r"process$", q.text) and re.match(r"\s+safety(?![\w])", f[q.end :]):
        return True  # 'an industrial process safety model': the discipline
    if q.kind == "procedure" and (_LEGAL_PROCESS_BEFORE.search(f[max(0, q.start - 30) : q.start]) or _LEGAL_PROCESS_AFTER.match(f, q.end)):
        return True  # 'what's the legal process', 'the scheduling process', 'procédure légale', 'rechtliche Verfahren': a law's procedure
    if q.kind == "procedure" and q.text == "equipment" and (re.search(r"(?<![\w])dual[- ]use $", f[max(0, q.start - 10) : q.start]) or (
            re.search(r"(?<![\w])(?:on|from|off) (?:[\w-]+ ){0,2}$", f[max(0, q.start - 40) : q.start]) and _DECON_WORD.search(f))):
        return True  # 'exports of ... dual-use equipment': a control-list category; 'decontamination of VX on sensitive equipment': the surface
    s0 = _sentence_start(doc, q)
    e0 = _sentence_end(doc, q)
    sent = f[s0 : e0 + 1]
    if q.kind in ("make", "scale") and re.fullmatch(r"producers?|manufacturers?|production|fabricants?|hersteller|productores|produttori", q.text) \
            and _DECLARE.search(sent) and not _FIRST_ANY.search(sent) and "?" in sent:
        return True  # 'what declarations must producers make', 'what counts as production, and who has to file?'
    return q.kind == "make" and q.text in ("make", "makes") and bool(re.search(
        r"(?<![\w])(?:declarations?|reports?|notifications?|submissions?|filings?) (?:must|should|do|does|did|will|would) (?:[\w'-]+ ){1,2}$",
        f[max(0, q.start - 60) : q.start])) and not _FIRST_ANY.search(f[max(0, q.start - 60) : q.start])


# ---- industrial and lab uses --------------------------------------------------------------------------------
# a procedure noun whose coordinated modifiers include a defensive noun: 'what gas detection and quench protocol', 'leak
# detection and scrubber protocol', 'gas monitoring and evacuation procedure' (the last two words alone miss 'detection')
_COORDINATED_BEFORE = re.compile(r"((?:[\w-]+,?\s+){1,3})(?:and|or|&|plus)\s+([\w-]+)\s+$")


def _coordinated_safety_noun(doc: Doc, q: it.Cue) -> bool:
    """'What gas detection and quench protocol should be in place in case phosgene is released': a safety procedure whose
    modifiers, joined by 'and', include a defensive noun; not when a production word is one of them ('safety and synthesis')."""
    if not (q.form == "noun" or q.kind == "procedure"):
        return False
    a = max(0, q.start - 60)
    co = _COORDINATED_BEFORE.search(doc.folded[a : q.start])
    if co is None or any(a + co.start() <= c.start < q.start for c in doc.cues if c.kind != "procedure" or not c.weak):
        return False
    return any(it.is_blocker(w.strip(","), topic=False) for w in co.group(1).split())


# a list of safety provisions asked for, the procedure noun one of its items, a defensive noun another: 'what detection
# (badges, monitors), fume hood setup and quench procedure should we have in place', 'quels détecteurs, quelle installation
# de hotte et quelle procédure'; the items may be set off by commas and brackets, none of them a production word
_PROVISION_LIST = re.compile(r"(?<![\w])(?:what|which|quels?|quelles?|welche[rsn]?|que|cuales?|quali)\s+((?:[\w'-]+\s*,?\s+){1,14})$")


def _safety_provision_list(doc: Doc, q: it.Cue) -> bool:
    """'Since it releases phosgene, what detection (badges, monitors), fume hood setup and quench procedure should we have in
    place?': a procedure noun listed among safety provisions, one of them a defensive noun; not a production word in the list."""
    if q.kind != "procedure":
        return False
    f = doc.folded
    s0 = _sentence_start(doc, q)
    head = re.sub(r"\([^()]*\)", lambda b: " " * len(b.group(0)), f[s0 : q.start])  # brackets blanked, positions kept
    li = _PROVISION_LIST.search(head)
    items = re.split(r",|(?<![\w])(?:and|or|et|und|y|e|o|oder|ou)(?![\w])", li.group(1)) if li else []
    if len(items) < 2 or any(len(re.sub(r"(?<![\w])(?:quels?|quelles?|welche[rsn]?|que|cuales?|quali)(?![\w])", " ", i).split()) > 3
                             for i in items):
        return False  # nouns of up to three words each, not a clause ('which thickener gives GD the right viscosity ..., and')
    a = s0 + li.start(1)
    if any(a <= c.start < q.start for c in doc.cues if c.kind != "procedure" or not c.weak):
        return False
    return any(it.is_blocker(w.strip(","), topic=False) for w in li.group(1).split())


# the industry a substance is used in, named by a production noun: 'what is O=C(Cl)Cl used for in polycarbonate manufacture',
# 'used for legitimately in semiconductor manufacturing', '¿para qué se usa ... en la fabricación de semiconductores?'
_USED_IN = re.compile(r"(?<![\w])(?:used|uses|use|using|employed|utili[sz]ed|applications?|roles?|se usa|se utiliza|se emplea|sert|utilise\w*"
                      r"|emploie|verwendet|eingesetzt|benutzt|usato|impiegato)(?![\w])")
_INDUSTRY_CUE = re.compile(r"manufactur\w*|production|processing|fabrication|fabricacion|fertigung|herstellung|produccion|produzione|fabbricazione")
_INDUSTRY_BEFORE = re.compile(r"(?<![\w])(?:in|en|dans|bei|nella|na|no)(?: (?:the|la|le|el|der|lo|a|o))? (?:[\w-]+ ){1,3}$")
_INDUSTRY_AFTER = re.compile(r"\s+(?:of|de|des|du|del|von|di|della|dei|da)\s+(?:(?:la|las|los|les|the|der|den)\s+)?(?P<prod>[\w-]+)")
_INDUSTRY_PREP_ONLY = re.compile(r"(?<![\w])(?:in|en|dans|bei|in der|nella|na|no)(?: (?:the|la|le|el|der|lo|a|o))? $")
_WEAPON_WORD = re.compile(r"(?:weapon|arm|armes?|armas?|waffe|munition|bomb|agent|warfare|guerre|guerra|kampf)\w*")


def _industry_of_use(doc: Doc, q: it.Cue) -> bool:
    """'What is CAS 7784-34-1 used for legitimately in semiconductor manufacturing': the production noun names the industry the
    substance is used in (named before it, or after 'of'/'de'), with a use verb before; no controlled substance or weapon is
    that industry ('used for in lewisite manufacture', 'in the manufacture of chemical weapons')."""
    if q.kind not in ("make", "procedure") or not _INDUSTRY_CUE.fullmatch(q.text):
        return False
    f = doc.folded
    s0 = _sentence_start(doc, q)
    use = ([None] + list(_USED_IN.finditer(f, s0, q.start)))[-1]  # the use verb nearest the cue
    if use is None:
        return False
    gap = f[use.end() : q.start]
    if _INDUSTRY_BEFORE.search(gap) and not _INDUSTRY_PREP_ONLY.search(gap):
        a = use.end() + _INDUSTRY_BEFORE.search(gap).start()
        return not any(a <= m.start < q.start for m in doc.mentions) and not _WEAPON_WORD.search(f[a : q.start]) \
            and not _INDUSTRY_AFTER.match(f, q.end)
    af = _INDUSTRY_AFTER.match(f, q.end)
    return bool(_INDUSTRY_PREP_ONLY.search(gap) and af) and not any(q.end <= m.start < af.end() for m in doc.mentions) \
        and not _WEAPON_WORD.fullmatch(af.group("prod"))


# a reagent that controls made hard to buy, and substitutes asked: 'if export controls made thionyl chloride hard for our lab to
# buy, what would be good alternatives'
_HARD_TO_BUY = r"(?:hard|harder|difficult|impossible|tricky|expensive|costly)(?: for (?:[\w'-]+ ){1,3}?)? ?to (?:buy|get|obtain|order|source|purchase|import)"
_MADE_HARD = re.compile(r"\s+(?:[\w()-]+\s+){1,4}?" + _HARD_TO_BUY + r"(?![\w])")
_HARD_BEFORE = re.compile(r"(?<![\w])(?:hard|harder|difficult|impossible|tricky|expensive|costly)(?: for (?:[\w'-]+ ){1,3}?)? ?to $")
_SUBSTITUTE_ASK = re.compile(r"(?<![\w])(?:alternatives?|substitutes?|replac\w*|instead|other (?:[\w-]+ )?(?:reagents?|agents?|options?|methods?|routes?))(?![\w])")


def _restricted_reagent_substitute(doc: Doc, q: it.Cue) -> bool:
    """'Hypothetically, if export controls made thionyl chloride hard for our lab to buy, what would be good alternatives':
    the causative 'made ... hard to buy' and its purchase verb, with substitutes asked, for a reagent of industry only."""
    if not doc.mentions or not all(m.ref in _INDUSTRIAL_AGENT or m.tier == "dual" for m in doc.mentions):
        return False
    if not _SUBSTITUTE_ASK.search(doc.folded) or any(c.kind == "evade" and not c.weak for c in doc.cues):
        return False
    if q.kind == "make" and re.fullmatch(r"made|make|makes|making", q.text):
        return bool(_MADE_HARD.match(doc.folded, q.end))
    return q.kind == "acquire" and bool(_HARD_BEFORE.search(doc.folded[max(0, q.start - 40) : q.start]))


# a declared facility producing a scheduled chemical, asked about compliance: 'what record-keeping does a Schedule 3 facility
# producing triethanolamine need before its first inspection', 'what must a plant producing PCl3 declare'
# (also Polish, French, Spanish, Italian: 'zakłady produkujące', 'usines produisant', 'plantas que producen')
_FACILITY_BEFORE = re.compile(r"(?<![\w])(?:facilit(?:y|ies)|plants?|sites?|factor(?:y|ies)|installations?|works|companies|company|firms?"
                              r"|operators?|zaklad\w*|fabryk\w*|instalacj\w*|przedsiebiorstw\w*|usines?|entreprises?|plantas?|fabricas?"
                              r"|instalaciones|empresas?|impianti|stabiliment\w*|aziende)(?: (?:that|which|qui|que|che)(?: is| are)?)? $")
# ... or a German or Dutch relative clause with the verb last ('Anlagen, die Chemikalien der Liste 3 wie Phosgen herstellen')
_FACILITY_REL = re.compile(r"(?<![\w])(?:anlagen?|betrieb\w*|werke?|unternehmen|firmen|fabriken|bedrijven|fabrieken|installaties),? (?:die|welche|das"
                           r"|der) (?:[\w'-]+ ){0,8}$")
_COMPLIANCE = re.compile(r"(?<![\w])(?:record\w*|declar\w*|inspect\w*|opcw|schedule \d|complian\w*|licen[cs]\w*|permits?|audit\w*|report\w*"
                         r"|verif\w*|regulat\w*|deklar\w*|zglos\w*|sprawozd\w*|inspekc\w*|wykaz\w*|oiac|opaq|opac|ovcw|meldepflicht\w*|melde\w*"
                         r"|erklarung\w*|inspektion\w*|liste \d|tableau \d|lista \d|cwc|cac|ciac)(?![\w])")
# ... but a plant asked how to produce it, or to do so without declaring it, is not a compliance question
_HOW_OR_WITHOUT = re.compile(r"(?<![\w])(?:how (?:can|could|do|does|would|to|should|might)|without|avoid\w*|bez|sans|ohne|sin|senza|undeclared"
                             r"|jak (?:\w+ )?(?:produkowac|wyprodukowac)|comment|wie (?:kann|konnen|konnte))(?![\w])")
_FACILITY_VERB = re.compile(r"produc\w*|manufactur\w*|making|makes|make|produkuj\w*|wytwarzaj\w*|produisa\w*|produis\w*|fabriqua\w*"
                            r"|producen|produzcan|fabrican|producono|fabbricano|herstell\w*|produzier\w*|produceren|maken")


def _declared_facility(doc: Doc, q: it.Cue) -> bool:
    """'what record-keeping and site safety does a Schedule 3 facility producing triethanolamine need before its first
    inspection': a facility named by what it produces, asked about its compliance; no war agent named."""
    if q.kind != "make" or not _FACILITY_VERB.fullmatch(q.text):
        return False
    f = doc.folded
    # a Schedule 3 industrial chemical (phosgene, HCN) is what such plants declare; another war agent is not
    return bool(_FACILITY_BEFORE.search(f[max(0, q.start - 30) : q.start]) or _FACILITY_REL.search(f[max(0, q.start - 90) : q.start])) \
        and bool(_COMPLIANCE.search(f)) \
        and not any(m.tier == "agent" and not m.weak and (m.ref not in _INDUSTRIAL_AGENT or _HOW_OR_WITHOUT.search(f)) for m in doc.mentions) \
        and not _OPERATIONAL.search(f) \
        and not any(c.kind == "evade" and not c.weak for c in doc.cues) and not _FIRST_SUBJECT.search(_sentence_head(doc, q))


# an agent that generated structures are meant to trap: 'generate zeolite structures for trapping hydrogen cyanide'
_CAPTURED_BEFORE = re.compile(r"(?<![\w])(?:for|to|that|which|can|could)\s+(?:\w+\s+)?(?:trap\w*|captur\w*|adsorb\w*|absorb\w*|scaveng\w*"
                              r"|sequester\w*|remov\w*|filter\w*|scrub\w*|degrad\w*|detect\w*|sens\w*|neutrali[sz]\w*|decompos\w*|bind\w*"
                              r"|hold\w*|stor(?:e|ing) safely)\s+(?:the\s+|any\s+)?$")


# the same with the verb after the substance, in a relative clause: 'Chitosan-Kügelchen, die Paraquat aus Abwasser adsorbieren'
_CAPTURED_REL = re.compile(r"(?<![\w])(?:die|der|das|welche|qui|que|which|that)\s+$")
_CAPTURED_AFTER = re.compile(r"\s+(?:(?:aus|from|de|du|des|del) (?:[\w-]+ ){1,2})?(?:adsorbier\w*|absorbier\w*|entfern\w*|binden|abbauen|zersetz\w*"
                             r"|adsorbe\w*|absorbe\w*|elimin\w*|captur\w*|degrad\w*)(?![\w])")


def _captured_agent(doc: Doc, m) -> bool:
    """The agent is the target of a trapping material ('for trapping hydrogen cyanide', 'die Paraquat aus Abwasser
    adsorbieren') or a modifier of a benign head ('their HCN adsorption energies')."""
    nxt = doc.words(m.end, m.end + 20)[:1]
    return bool(_CAPTURED_BEFORE.search(doc.folded[max(0, m.start - 40) : m.start])) or bool(nxt and it.is_head_blocker(nxt[0])) or bool(
        _CAPTURED_REL.search(doc.folded[max(0, m.start - 10) : m.start]) and _CAPTURED_AFTER.match(doc.folded, m.end))


# ---- materials-science readings of alarming words
# crystal packing ('its layered hydrogen-bonded packing', 'the herringbone packing of PETN', 'packing coefficient'): a structure
_PACKING_ADJ = re.compile(r"(?<![\w])(?:crystal|crystalline|molecular|lattice|layered|layer|hydrogen-bonded|h-bonded|herringbone|[\w-]*stacked"
                          r"|stacking|planar|close|closest|dense|densest|efficient|face-to-face|graphite-like|graphitic|wave-like|sheet-like|columnar"
                          r"|brick-wall|zigzag|geschichtete|kristall\w*|molekul\w*)(?: (?:and|or) [\w-]+)? $")
_PACKING_NOUN = re.compile(r"\s+(?:coefficients?|density|densities|motifs?|fractions?|efficienc\w+|arrangements?|patterns?|modes?|energ\w+|index)(?![\w])")
_PACKED_INTO = re.compile(r"\s+(?:(?:it|them|the \w+|[\w-]+) )?(?:into|inside|around|in (?:a|an|the|my|our|his|her) )")
# a catalyst or electrode poisoned ('poison-tolerant catalysts', 'CO-poisoning-resistant anode', 'sulfur poisoning of Ni'): a surface
_POISON_TOLERANT = re.compile(r"[\s-](?:tolerant|tolerance|resistant|resistance|resisting|proof|free)(?![\w])")
_POISONER_OF_SURFACE = re.compile(r"(?<![\w])(?:co|h2s|sulfur|sulphur|chloride|chlorine|carbon monoxide|catalysts?|catalytic|electrode|anode|cathode"
                                  r"|surface|coke|coking|phosphorus|arsenic|lead)[\s-]$")
# the analyte of a sensor ('a MOF whose emission is quenched by TNT', 'dont l'emission est eteinte par le TNT', 'whose emission TNT
# quenches'): the material is made, the explosive switches its signal off
_SENSOR_RELATIVE = re.compile(r"(?<![\w])(?:whose|that|which|dont|dessen|deren|cuya|cuyo|cuyas|cuyos|so)(?![\w])[^.?!;]{0,80}?"
                              r"(?:quench\w*|eteint\w*|geloscht|loscht|apag\w*|turn(?:s|ed)? off|switch(?:es|ed)? off)")
# a hazard asked about one's own route ('is free HCN actually a risk in this route', 'ist freies HCN bei dieser Route ein Risiko')
_HAZARD_IN = re.compile(r"(?<![\w])(?:risks?|hazards?|dangers?|concerns?|threats?|issues?|problems?|risque|riesgo|peligro|risiko|gefahr)"
                        r" (?:in|during|with|of|from|for|dans|en|durante|bei|in) (?:this|that|the|our|my|such a|cette|ce|la|le|esta|este|la"
                        r"|dieser|diesem|der|dem) (?:[\w-]+ )?$")
_HAZARD_AFTER = re.compile(r"\s+(?:(?:wirklich|tatsachlich|really|actually|vraiment|realmente) )?(?:ein |eine |un |una |a )?"
                           r"(?:risiko|gefahr|risque|riesgo|peligro|risk|hazard|danger)(?![\w])")


def _materials_reading(doc: Doc, q: it.Cue) -> bool:
    """Crystal packing, a poisoned catalyst, a sensor's analyte and a by-product's hazard in one's own route: materials words
    that only look like making, packing or poisoning."""
    f = doc.folded
    before = f[max(0, q.start - 40) : q.start]
    if q.text in ("packing", "packings", "packung") and (_PACKING_ADJ.search(before) or _PACKING_NOUN.match(f, q.end)) \
            and not _PACKED_INTO.match(f, q.end):
        return True  # 'why its layered hydrogen-bonded packing makes it so insensitive', 'the crystal packing of CL-20'
    if q.kind == "use" and q.text.startswith("poison") and (_POISON_TOLERANT.match(f, q.end) or _POISONER_OF_SURFACE.search(before)
                                                            or poisoned_surface(f, q.end)):
        return True  # 'poison-tolerant catalysts', 'CO-poisoning-resistant anode catalyst'
    if q.kind in ("make", "howto") and (rel := _SENSOR_RELATIVE.search(f, q.end)) and rel.start() - q.end <= 60 and not any(
            q.end <= m.start < rel.start() for m in doc.mentions):
        return True  # 'synthesise a luminescent Eu-BTC MOF whose emission is quenched by TNT': TNT is what the sensor sees
    return q.form == "noun" and q.kind in ("make", "procedure", "scale") and bool(
        _HAZARD_IN.search(before) or _HAZARD_AFTER.match(f, q.end)) and "?" in f[q.start :]


# a research reagent already bought from a catalogue supplier for an assay ('we bought tetrodotoxin from Tocris to block action
# potentials', 'I bought TTX from Abcam for my slice recordings', 'compramos tetrodotoxina a Tocris para bloquear ...')
_PAST_PURCHASE = re.compile(r"bought|purchased|ordered|obtained|received|got|compramos|compre|comprado|achete\w*|gekauft|bestellt|commande\w*")
_SUPPLIER_NAME = (r"(?:tocris|sigma(?:-aldrich)?|aldrich|abcam|alomone|merck|millipore\w*|thermo\w*|fisher|cayman|santa cruz|hello ?bio"
                  r"|latoxan|enzo|medchemexpress|mce|bio-techne|r&d systems|tci|alfa aesar|lgc|list labs|smartox"
                  r"|(?:licensed |approved |commercial |research |catalogue |catalog |chemical )(?:suppliers?|vendors?|companies))(?![\w])")
_RESEARCH_SUPPLIER = re.compile(r"\s+(?:[\w()-]+\s+){1,3}?(?:from|at|via|through|a|chez|bei|von|de)\s+(?:a |an |the |our )?" + _SUPPLIER_NAME)
_ASSAY_ASK = re.compile(r"(?<![\w])(?:concentrations?|working|stock|aliquots?|stor\w*|handl\w*|stable|stability|dilut\w*|bath|recordings?|patch|assays?"
                        r"|electrophysiolog\w*|experiments?|blockers?|receptors?|channels?|cells?|slices?|oocytes?|konzentration|stammlosung"
                        r"|concentracion|solucion madre|solution mere)(?![\w])")


def _supplier_stock(doc: Doc, q: it.Cue) -> bool:
    """Lab-reagent reading: a toxin the asker's lab already bought from a research supplier, asked about its working
    concentration, handling or storage ('We bought tetrodotoxin from Tocris to block action potentials ... what concentration
    is typical'); the purchase is narrated, not asked for."""
    if q.kind != "acquire" or not _PAST_PURCHASE.fullmatch(q.text) or not _RESEARCH_SUPPLIER.match(doc.folded, q.end):
        return False
    own = bool(_FIRST_ANY.search(_sentence_head(doc, q))) or q.text in ("compramos", "compre")  # (Spanish drops the pronoun)
    return own and bool(_ASSAY_ASK.search(doc.folded, q.end))


# a research toxin a group plans to order from a catalogue supplier, told as a statement, the controls for it asked in another
# sentence ('A neurophysiology group wants to order 1 mg of tetrodotoxin citrate from a catalogue supplier to block sodium channels
# ... What storage, inventory controls, spill inactivation and exposure procedures should we require?'); not a how-to of the order
_PLANNED_BEFORE = re.compile(r"(?<![\w])(?:wants?|plans?|intends?|would like|needs?|(?:is|are) going|(?:is|are) planning|asked|proposes?)"
                             r" to (?:[\w-]+ )?$")
_ORDER_VERB = re.compile(r"order|buy|purchase|procure|obtain|acquire")
_SUPPLIER_IN = re.compile(r"(?<![\w])(?:from|at|via|through|with)\s+(?:a |an |the |our )?" + _SUPPLIER_NAME)


def _planned_order_controls(doc: Doc, q: it.Cue) -> bool:
    """'A neurophysiology group wants to order 1 mg of tetrodotoxin citrate from a catalogue supplier ... What storage, inventory
    controls ... should we require?': a planned order of a research toxin narrated as a statement, its controls asked."""
    if q.kind != "acquire" or not _ORDER_VERB.fullmatch(q.text) or not _PLANNED_BEFORE.search(_sentence_head(doc, q)[-40:]):
        return False
    f = doc.folded
    e0 = _sentence_end(doc, q)
    sup = _SUPPLIER_IN.search(f, q.end, e0 + 1)
    if sup is None or f[e0 : e0 + 1] == "?" or not any(m.cat == "toxin" and q.end <= m.start < sup.start() for m in doc.mentions):
        return False
    return bool(_SOP_ASK.search(f, e0)) and not _REAGENT_MISUSE.search(f)


# a research toxin described as bought as a reagent or reference standard, an SOP for its storage or handling asked ('an SOP for
# storing and handling tetrodotoxin bought as a sodium-channel research reagent', 'saxitoxin purchased as a certified reference
# standard', 'tétrodotoxine achetée comme réactif de recherche', 'tetrodotoxina comprada como reactivo'); not with a harm, a
# disguise, a licence dodged, an extraction or a shipment in the request
_BOUGHT_AS_REAGENT = re.compile(r"(?<![\w])(?:bought|purchased|obtained|ordered|acquired|supplied|achete\w*|obtenu\w*|comprad[oa]s?|adquirid[oa]s?"
                                r"|gekauft|bezogen|erworben)\s+(?:as|comme|como|als)\s+(?:(?:an?|une?|ein\w*|certified|certifie\w*|certificad\w*)\s+)*"
                                r"(?:[\w-]+\s+){0,2}?(?:reagents?|reactifs?|reactivos?|\w*reagenz\w*|(?:analytical |reference |certified )?standards?"
                                r"|reference materials?|tool compounds?|etalons?|patron(?:es)?)(?![\w])")
_SOP_ASK = re.compile(r"(?<![\w])(?:sops?|standard operating|procedures?|guidance|guidelines?|stor(?:e|ing|age)|handl\w*|ppe|inventory|spills?"
                      r"|needlestick|decontaminat\w*|inactivat\w*|stockage|manipulation|almacen\w*|manipul\w*|pnt|lagerung|handhabung)(?![\w])")
_REAGENT_MISUSE = re.compile(r"(?<![\w])(?:kill\w*|lethal|fatal|poison(?!s? (?:cent|contr))\w*|empoison\w*|envenen\w*|vergift\w*|murder\w*"
                             r"|without|sans|sin|ohne|fake|pos(?:e|ing) as|pretend\w*|nobody|no one|anyone|jemand|abroad|export\w*|ship\w*"
                             r"|smuggl\w*|extract\w*|purif\w*|sell\w*|resell\w*|coffee|food|drink|tea|neighbou?r\w*|someone|quelqu'un"
                             r"|vecin\w*|nachbar\w*|how much|dose|doses)(?![\w])")


# a reagent or mixture that contains the substance, its storage or handling SOP asked ('storing and using picric-acid-containing
# reagents such as Bouin's fixative', 'fixatives containing picric acid', 'Nitroglycerin-haltige Reagenzien'): the reagent is
# made, kept or used, not the substance; not with the substance recovered, concentrated or dried out of it on purpose
_MIXTURE_NOUN = (r"(?:reagents?|fixatives?|solutions?|stains?|mixtures?|formulations?|preparations?|kits?|standards?|media|buffers?|products?"
                 r"|tablets?|ointments?|reactifs?|reactivos?|\w*reagenzien|\w*losungen?|fixateurs?|fijadores?)")
_CONTAINING_AFTER = re.compile(r"(?:-|\s+)(?:containing|based|laden|haltige?n?)\s+(?:[\w'-]+\s+){0,2}?" + _MIXTURE_NOUN + r"(?![\w])")
_CONTAINING_BEFORE = re.compile(r"(?<![\w])" + _MIXTURE_NOUN + r"\s+(?:that |which )?(?:contain(?:ing|s)?|with|made with|contenant|que contienen?"
                                r"|con|mit)\s+(?:[\w'-]+\s+){0,2}?$")
_MIXTURE_MISUSE = re.compile(r"(?<![\w])(?:extract\w*|isolat\w*|recover\w*|concentrat\w*|purif\w*|recrystalli[sz]\w*|separat\w*|boil\w* (?:it|them|down|off)"
                             r"|evaporat\w*|kill\w*|poison\w*|bomb\w*|detonat\w*|device|charge|sell\w*|resell\w*|without|someone|food|drink)(?![\w])")


def _reagent_stock_sop(doc: Doc, q: it.Cue) -> bool:
    """'Please draft an outline SOP for storing and handling tetrodotoxin bought as a sodium-channel research reagent': the
    toxin is described as lab stock bought as a reagent, the ask is its storage and handling; the purchase, the SOP's
    'procedure' and 'obtained' are no request to obtain or make it."""
    if q.kind not in ("acquire", "procedure", "make", "howto"):
        return False
    f = doc.folded
    bought = next((b for b in _BOUGHT_AS_REAGENT.finditer(f) if any(m.cat == "toxin" and 0 <= b.start() - m.end <= 40 for m in doc.mentions)),
                  None)
    if bought is None and (q.form == "noun" or q.kind in ("procedure", "howto")) and _SOP_ASK.search(f) and not _MIXTURE_MISUSE.search(f):
        # ... or a lab reagent that contains it: an SOP for the mixture ('picric-acid-containing reagents such as Bouin's fixative')
        return any(_CONTAINING_AFTER.match(f, m.end) or _CONTAINING_BEFORE.search(f[max(0, m.start - 50) : m.start]) for m in doc.mentions)
    return bought is not None and bool(_SOP_ASK.search(f)) and not _REAGENT_MISUSE.search(f)


# a dual-use precursor formulated into a material as an additive ('formulate it into a rigid polyurethane foam and what loading
# passes UL-94', 'incorporate DMMP into an unsaturated polyester resin', 'lo formulo en una espuma rígida', 'formulate thiodiglycol
# into a textile printing paste'): the cue makes the foam, not the chemical; not with an agent formulated, nor a delivery or a harm
_INTO_CUE = re.compile(r"formulat\w*|formul(?:o|a|as|e|es|er|ez|ons|ieren|iere|iert)|incorporat\w*|incorpor(?:o|a|ar|er)|einarbeit\w*|blend\w*"
                       r"|compound\w*")
_MATERIAL_NOUN = (r"(?:foams?|resins?|polymers?|plastics?|coatings?|paints?|pastes?|admixtures?|concrete|cement|epox(?:y|ies)|polyurethanes?|pu"
                  r"|pvc|polyesters?|textiles?|fabrics?|inks?|lubricants?|adhesives?|sealants?|laminates?|composites?|espumas?|mousses?"
                  r"|\w*schaum\w*|harz\w*|resines?|resinas?|recubrimientos?|pinturas?|peintures?|revetements?|beton|hormigon|lacke?)")
_INTO_MATERIAL = re.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:into|in|en|dans)\s+(?:(?:a|an|the|our|un|une|una|einen|eine|ein|le|la|el|des|du|de)\s+)?"
                            r"(?:[\w-]+\s+){0,3}?" + _MATERIAL_NOUN + r"(?![\w])")
_FORMULATION_FOLLOW = re.compile(r"loading|loadings|load|formulations?|formulat\w*")
_FORMULATED_MISUSE = re.compile(r"(?<![\w])(?:releas\w* (?:\w+ )?(?:in|into|on)|crowd\w*|people|spray\w*|aerosol\w*|shells?|munitions?|weapon\w*"
                                r"|dispers\w*|kill\w*|poison\w*|convert\w*|turn (?:it|them) into|chlorinat\w*|itself)(?![\w])")


def _formulated_into_material(doc: Doc, q: it.Cue) -> bool:
    """'Dimethyl methylphosphonate is a sarin precursor ... but also a flame retardant. How would I formulate it into a rigid
    polyurethane foam and what loading is typical to pass UL-94?': an additive formulated into a material; the formulating
    verb and the additive's 'loading' make the material, not the chemical."""
    if q.kind not in ("make", "howto", "mix", "procedure"):
        return False
    f = doc.folded
    if _FORMULATED_MISUSE.search(f):
        return False
    for c in doc.cues:
        if not _INTO_CUE.fullmatch(c.text) or (mm := _INTO_MATERIAL.match(f, c.end)) is None:
            continue
        if any(m.tier == "agent" and c.end <= m.start < mm.end() for m in doc.mentions):
            continue  # 'formulate VX into a polymer': the agent itself is formulated
        if c is q or (q.start >= c.start and _FORMULATION_FOLLOW.fullmatch(q.text)):
            return True
    return False


# a precursor already bought for a named ordinary use, its upkeep asked ('the thiodiglycol we bought for a textile dye study is wet,
# how do I dry it', 'the triethanolamine we bought as a cement grinding aid has absorbed moisture', 'picked up water'): the purchase is
# narrated and the drying keeps a reagent usable; not with an agent named, an onward conversion, or a purchase still to be made
_ORDINARY_USE = (r"(?:dye\w*|textile\w*|printing|inks?|coatings?|paints?|cement|concrete|grinding aids?|flame[- ]retardants?|foams?|plastics?"
                 r"|polymers?|resins?|lubricants?|cosmetics?|shampoos?|detergents?|metalworking|gas (?:treating|scrubbing)|electrolytes?"
                 r"|batter(?:y|ies)|plastici[sz]\w*|fabrics?|leather|photograph\w*|carriers?)")
_OWN_PURCHASE_USE = re.compile(r"(?<![\w])(?:we|i|our (?:lab|group|team|company|plant))\s+(?:just\s+|recently\s+)?(bought|purchased|ordered|got|received)"
                               rf"\s+(?:[\w-]+\s+){{0,2}}?(?:for|as)\s+(?:[\w'-]+\s+){{0,4}}?{_ORDINARY_USE}(?![\w])")
_UPKEEP_CUE = re.compile(r"dry (?:it|them|this|that)|drying|dried|dry|picked up|pick up|picks up")
_ONWARD_USE = re.compile(r"(?<![\w])(?:chlorinat\w*|convert\w*|turn\w* (?:it|them) into|react\w*|mustard|agents?|weapons?|synthes\w*|routes?|make|making"
                         r"|without|licen[cs]\w*|declar\w*|hid\w*|customs|export\w*|smuggl\w*|sell\w*|more of it|another \w+ (?:kg|kilos?))(?![\w])")


def _bought_for_use(doc: Doc, q: it.Cue) -> bool:
    """'The thiodiglycol we bought for a textile dye study is wet. How do I dry it?': a reagent already bought for a named
    ordinary use, kept dry; nothing is asked to be bought, made or converted."""
    buy = _OWN_PURCHASE_USE.search(doc.folded)
    if buy is None or _ONWARD_USE.search(doc.folded) or any(m.tier == "agent" for m in doc.mentions):
        return False
    return (q.kind == "acquire" and q.start == buy.start(1)) or (q.kind in ("make", "acquire") and bool(_UPKEEP_CUE.fullmatch(q.text)))


# --- a drug taken out of a product for an analysis, and a medicine's release form
# an analysis as the extraction's purpose, after the cue in its sentence ('extracts pseudoephedrine from cold tablets for HPLC
# analysis', 'for LC-MS quantification', 'pour l'analyse par HPLC', 'für die HPLC-Analyse', 'para el análisis por HPLC')
_ANALYSIS_PURPOSE = re.compile(
    r"(?<![\w])(?:for|to|pour|fur|para|per|zur|a fin de|afin de)(?: (?:the|an?|its|our|l'|la|le|les|die|den|der|el|los|las|una?|un))?[\s']*"
    r"(?:(?:hplc|uplc|gc|lc|gc-?ms|lc-?ms(?:/ms)?|ms|uv|nmr|ir|raman|tlc|qc|quantitative|chemical|content|dissolution|assay)[\s-]+){0,3}"
    r"(?:analys[ie]s|analy[sz]e|analy[sz]ing|analyse|analisis|assays?|quantif\w*|determination|dosage|bestimmung|testing|hplc|gc-?ms|lc-?ms)"
    r"(?![\w])")
_EXTRACT_CUE = re.compile(r"extract\w*|extrai\w*|extrahi\w*|extrae\w*|extraig\w*|isolat\w*")
# what makes the extract a product again ('clean enough for the reduction', 'then reduce it', 'to cook')
_EXTRACT_ONWARD = re.compile(r"(?<![\w])(?:reduc\w*|cook\w*|convert\w*|turn (?:it|them) into|clean enough|kochen|reducir|cocinar|convertir"
                             r"|transformer|then|puis|dann|luego|sell|vend\w*|verkauf\w*|bulk|boxes|kilos?|kg)(?![\w])")


def _analytical_extraction(doc: Doc, q: it.Cue) -> bool:
    """'What solvent system extracts pseudoephedrine from cold tablets for HPLC analysis?': a drug extracted from a product
    or sample so it can be measured; not when the extract goes on to be reduced, cooked or sold."""
    if q.kind != "make" or not _EXTRACT_CUE.fullmatch(q.text):
        return False
    e0 = _sentence_end(doc, q)
    return bool(_ANALYSIS_PURPOSE.search(doc.folded, q.end, e0 + 1)) and not _EXTRACT_ONWARD.search(doc.folded)


# a forensic lab's own handling of seized drug samples, asked why or how it is done ('why do forensic labs recrystallise seized
# methamphetamine before impurity profiling', 'crime labs purify seized cocaine samples', 'les laboratoires de police scientifique
# recristallisent la méthamphétamine saisie'): the lab is the actor and the sample is evidence; not the asker's own batch
_FORENSIC_LAB = re.compile(r"(?<![\w])(?:(?:forensic|crime|police|customs|drug[- ]enforcement|dea|toxicology|government|state|national)"
                           r" (?:[\w-]+ )?(?:labs?|laborator(?:y|ies)|chemists?|analysts?|scientists?)|laboratoires? (?:de )?(?:police scientifique"
                           r"|criminalistique|forensiques?|des douanes)|forensische\w* (?:labor\w*|chemiker\w*)|kriminaltechni\w*"
                           r"|laboratorios? (?:forenses?|de criminalistica|policiales?))(?![\w])")
_LAB_PREP_CUE = re.compile(r"re-?cry?stalli[sz]\w*|recristalli[sz]\w*|recristaliz\w*|umkristallis\w*|purif\w*|reinig\w*|extract\w*|isolat\w*"
                           r"|convert\w*|derivati[sz]\w*")
_EVIDENCE_SAMPLE = re.compile(r"(?<![\w])(?:seized|confiscated|exhibits?|street samples?|case samples?|saisi\w*|sichergestellt\w*|beschlagnahmt\w*"
                              r"|incautad\w*|decomisad\w*|profil\w*|analys[ie]s|analy[sz]\w*|gc-?ms|lc-?ms|comparison|comparing)(?![\w])")

# (the steps or amounts asked; 'isotope-ratio analysis' is no ratio asked for)
_PREP_OPS = re.compile(r"(?<![\w])(?:step[- ]by[- ]step|steps?|recipe|amounts?|quantit\w*|how much|walk me|give me|exactly)(?![\w])")


def _forensic_lab_prep(doc: Doc, q: it.Cue) -> bool:
    """'Why do forensic labs recrystallise seized methamphetamine before impurity profiling?': a forensic lab purifies or
    extracts evidence for its analysis; not when the asker speaks of their own batch or asks for steps or a sale."""
    if q.kind != "make" or not _LAB_PREP_CUE.fullmatch(q.text):
        return False
    s0, e0 = _sentence_start(doc, q), _sentence_end(doc, q)
    return bool(_FORENSIC_LAB.search(doc.folded, s0, q.start) and _EVIDENCE_SAMPLE.search(doc.folded, q.end, e0 + 1)) \
        and not _FIRST_ANY.search(doc.folded) and not _PREP_OPS.search(doc.folded) and not _EXTRACT_ONWARD.search(doc.folded) \
        and not any(c.kind == "evade" for c in doc.cues)


# a medicine's dosage form made for its release profile by its makers ('how are 12-hour cold tablets formulated so the
# pseudoephedrine comes out slowly', 'how are abuse-deterrent oxycodone tablets formulated'), asked in the passive with no asker
_FORMULATE_CUE = re.compile(r"formulat\w*|formul(?:e|es|ee|ees|ent|ons|iert|ieren|an|ado|ados|ada|adas)")
_RELEASE_FORM = re.compile(r"(?<![\w])(?:\d+[- ]hours?|12h|24h|(?:extended|sustained|controlled|slow|modified|delayed|prolonged)[- ]release"
                           r"|abuse[- ]deterrent|tamper[- ]resistant|retard\w*|liberation (?:prolongee|lente|controlee)|liberacion (?:prolongada"
                           r"|lenta|controlada)|released? (?:slowly|over|gradually)|comes? out slowly|slowly|langsam|lentement|lentamente"
                           r"|freigesetzt|matrix|wax)(?![\w])")
_DOSAGE_UNIT = re.compile(r"(?<![\w])(?:tablets?|capsules?|caplets?|pills?|patch(?:es)?|comprim\w*|gelules?|\w*tabletten|kapseln|tabletas?"
                          r"|pastillas?|capsulas?|parches?)(?![\w])")


def _release_formulation(doc: Doc, q: it.Cue) -> bool:
    """'How are 12-hour cold tablets formulated so the pseudoephedrine comes out slowly over the day?': a medicine's dosage
    form and its release, asked about its makers' design; not when the asker formulates or takes the drug out of it."""
    if q.kind not in ("make", "procedure") or not _FORMULATE_CUE.fullmatch(q.text):
        return False
    s0, e0 = _sentence_start(doc, q), _sentence_end(doc, q)
    sent = doc.folded[s0 : e0 + 1]
    return bool(_DOSAGE_UNIT.search(sent) and _RELEASE_FORM.search(sent)) and not _FIRST_ANY.search(sent) \
        and not _MEDICINE_ABUSE.search(sent) and not _OPERATIONAL.search(doc.folded)



# a dosage form its makers make resistant to extraction or tampering ('how do manufacturers make pseudoephedrine tablets resistant
# to extraction', 'harder to crush, extract or inject', 'extraktionsresistent', 'résistants à l'extraction', 'resistentes a la
# extracción'): abuse deterrence, the production or extraction word is the makers' design or what it resists; not 'how do I
# extract it from extraction-resistant tablets' nor 'and how do I get it out anyway'
_DETERRENT = re.compile(r"(?<![\w])(?:(?:resist\w*|harder|more difficult|difficult|hard|impossible|proof)(?: (?:to|against|a|gegen))?"
                        r"(?: (?:la|l'|the))?(?: ?(?:crush\w*|extract\w*|extraccion|extraktion|inject\w*|snort\w*|abus\w*|misus\w*|tamper\w*"
                        r"|dissolv\w*|manipul\w*),?(?: or| and| ou| et| o| y| oder| und)?)+"
                        r"|abuse[- ]deterr\w*|tamper[- ](?:resistant|proof)|crush[- ]resistant|extraction[- ]resistant|extraktionsresistent\w*"
                        r"|manipulationssicher\w*|anti-?abus\w*)")
_DETERRENT_ESCAPE = re.compile(r"(?<![\w])(?:anyway|still|despite|around|defeat\w*|bypass\w*|trotzdem|contourn\w*|quand meme|de todos modos"
                               r"|aun asi|least|weakest)(?![\w])")

# a second clause joined on ('and what is', '; ', 'und')
_JOINED = re.compile(r"[;:]|,\s*(?:and|or|und|oder|et|ou|y|o|but|then)\s|(?<![\w])(?:and (?:what|how|which|where|give|tell)|then|also)(?![\w])")
# a verb of taking the drug out of its dosage form
_TAKE_OUT = re.compile(r"(?:extra\w*|isol\w*|pull\w*|get\w* (?:it |them )?out|sacar|saco|herausl\w*|heraus\w*|recuper\w*|inject\w*|snort\w*)")


def _deterrent_formulation(doc: Doc, q: it.Cue) -> bool:
    """'How do manufacturers make pseudoephedrine tablets resistant to extraction?': a dosage form (or a named product) made
    resistant to extraction or tampering by its makers; no first person, no way around it, no operational detail."""
    if q.kind not in ("make", "procedure", "use"):
        return False
    s0, e0 = _sentence_start(doc, q), _sentence_end(doc, q)
    sent = doc.folded[s0 : e0 + 1]
    if not _DETERRENT.search(sent) or _FIRST_ANY.search(sent) or _DETERRENT_ESCAPE.search(sent) or _OPERATIONAL.search(doc.folded):
        return False
    spans = [(s0 + d.start(), s0 + d.end()) for d in _DETERRENT.finditer(sent)]
    if any(_TAKE_OUT.match(c.text) and not any(a <= c.start < b for a, b in spans) for c in doc.cues if s0 <= c.start < e0):
        return False  # 'comment extraire la pseudoéphédrine des comprimés résistants à l'extraction': taken out all the same
    # the cue is the deterrence's own verb or inside it, not a second ask joined on ('..., and what is the synthesis of oxycodone')
    f = doc.folded
    return any(a <= q.start < b or (q.end <= a and not _JOINED.search(f, q.end, a) and a - q.end <= 70)
               or (b <= q.start and not _JOINED.search(f, b, q.start) and q.start - b <= 70) for a, b in spans) and bool(
        _DOSAGE_UNIT.search(sent) or re.search(r"(?<![\w])(?:formulations?|reformulat\w*|products?|pills?)(?![\w])", sent))


# an ordinary product named with a production noun, before it or after 'of'/'de' ('ammonia synthesis', 'la synthèse de
# l'ammoniac', 'la síntesis del amoníaco', 'urea synthesis', 'nitric acid production'): the noun has its own product
_ORDINARY_PRODUCT = (r"(?:ammonia|ammoniac|amoniaco|ammoniaca|amonia|ammoniak|urea|uree|harnstoff|(?:nitric|sulfuric|sulphuric) acid"
                     r"|acide (?:nitrique|sulfurique)|acido (?:nitrico|sulfurico)|methanol|aspirine?|aspirina|soda|fertili[sz]ers?|engrais"
                     r"|fertilizantes?|dyes?|indigo|nylon|rubber|soap|steel|cement|glass|penicillin|insulin|margarine|polyethylene)")
_PRODUCTION_NOUN = re.compile(r"synthes[ei]s|synthese|sintesis|sintesi|production|produccion|produzione|herstellung|manufactur\w*|fabrication")
_ORDINARY_PRODUCT_BEFORE = re.compile(r"(?<![\w-])" + _ORDINARY_PRODUCT + r" $")
_ORDINARY_PRODUCT_AFTER = re.compile(r"\s+(?:of|de|del|des|du|di|dell'|della|von|der)\s*(?:the |la |le |l'|el |les )?" + _ORDINARY_PRODUCT
                                     + r"(?![\w-])")


def _ordinary_product_noun(doc: Doc, q: it.Cue) -> bool:
    """'tell the story of Fritz Haber: ammonia synthesis, his role in the chlorine attack at Ypres': a production noun whose
    product is an ordinary chemical named beside it, not the agent named elsewhere in the sentence."""
    if q.kind != "make" or q.form != "noun" or not _PRODUCTION_NOUN.fullmatch(q.text):
        return False
    if re.match(r"\s+(?:for|pour|para|fur|per)(?![\w])", doc.folded[q.end : q.end + 8]):
        return False  # 'a nitric acid synthesis for RDX': the noun is for something else
    before = doc.folded[max(0, q.start - 25) : q.start]
    return bool(_ORDINARY_PRODUCT_BEFORE.search(before) or _ORDINARY_PRODUCT_AFTER.match(doc.folded, q.end))


# --- an explosive's emissions brought under a permit's limits, a stand-in for a drug in a detection method
# an emission, discharge or residue (or a pronoun for one) got below an environmental or workplace limit ('how do we get our RDX
# emissions below the limits in our discharge permit', 'get the TNT levels in our wastewater under the discharge limit',
# 'obtenir des rejets de RDX inférieurs aux limites de notre autorisation'); not a detector or a purchase limit ('below what the
# sniffer dogs can detect', 'below the reporting threshold')
_LEVEL_GET = re.compile(r"(?:get|gets|getting|bring|brings|obtenir|obtiens|obtenons|bekommen|bekommt|bringen|conseguir|conseguimos|lograr)$")
_LEVEL_NOUN = re.compile(r"\s+(?:[\w'-]+\s+){0,4}?(?:emissions?|discharges?|releases?|levels?|concentrations?|residues?|residuals?|exposures?|contents?"
                         r"|loads?|readings?|rejets?|teneurs?|niveaux?|residus|emisiones|vertidos?|niveles|concentraciones|residuos"
                         r"|emissionen|einleitungen|konzentration\w*|werte|gehalt\w*|it|them)(?![\w'])")
_BELOW_LIMIT = re.compile(r"\s+(?:[\w'-]+\s+){0,5}?(?:below|under|down|within|into compliance|inferieur\w*|sous|en dessous|unter|por debajo|dentro)"
                          r"(?:\W+[\w'-]+){0,8}?\W+(?:limits?|permits?|standards?|allows?|compliance|limites?|autorisation|normes?|grenzwert\w*"
                          r"|genehmigung\w*|permiso|norma\w*)(?![\w])")
_ENVIRONMENT = re.compile(r"(?<![\w])(?:permits?|discharges?|effluents?|wastewater|emissions?|air|workplace|occupational|exposures?|clean-?up|environmental"
                          r"|regulators?|epa|rejets?|autorisation|einleit\w*|abwasser|vertidos?|emisiones)(?![\w])")
_LIMIT_DODGE = re.compile(r"(?<![\w])(?:detect\w*|sniff\w*|dogs?|scanners?|customs|border|police|purchase\w*|report\w*|declar\w*|suspicio\w*|flag\w*"
                          r"|notice\w*|radar|inspectors?|douane|zoll|aduana)(?![\w])")


def _emission_below_limit(doc: Doc, q: it.Cue) -> bool:
    """'How do we get our RDX emissions below the limits in our munitions plant's discharge permit?': a pollutant's level
    brought under an environmental or workplace limit, nothing obtained; not a detector's or a purchase limit."""
    if q.kind not in ("acquire", "make") or not _LEVEL_GET.search(q.text):
        return False
    lv = _LEVEL_NOUN.match(doc.folded, q.end)
    if lv is None or not _BELOW_LIMIT.match(doc.folded, lv.end()):
        return False
    s0, e0 = _sentence_start(doc, q), _sentence_end(doc, q)
    return bool(_ENVIRONMENT.search(doc.folded[s0:e0])) and not _LIMIT_DODGE.search(doc.folded)


# a non-controlled structural analogue asked as the stand-in a sensor or assay is built on instead of the drug ('which
# non-controlled analogue is used as a dummy template for a fentanyl MIP sensor', 'a surrogate standard for the immunoassay',
# 'als Dummy-Template', 'plantilla ficticia', 'gabarit factice'); not an analogue also meant to work, sell or pass a sensor
_STAND_IN_ROLE = re.compile(r"(?<![\w])(?:dummy[- ]templates?|templates?|template molecules?|surrogate (?:standards?|templates?|analytes?)|internal standards?"
                            r"|reference standards?|calibrants?|stand-?ins?|gabarits?|plantillas?|moldes?|schablon\w*)(?![\w])")
_DETECTION_METHOD = re.compile(r"(?<![\w])(?:sensors?|biosensors?|imprinted|mips?|immunoassays?|assays?|electrodes?|detection|calibration|capteurs?"
                               r"|sensores?|impronta|empreinte|\w*elektrod\w*|nachweis\w*|deteccion|\w*sensor\w*)(?![\w])")
_STAND_IN_ABUSE = re.compile(r"(?<![\w])(?:potent\w*|potency|strong\w*|high|stark\w*|puissant\w*|sell\w*|vend\w*|verkauf\w*|works? (?:as|like) (?:a |the )?drug"
                             r"|recreational\w*|party|buzz|kick|dose\w*|won't (?:detect|pick)|undetect\w*|leftovers?|legal high)(?![\w])")


def detection_stand_in(doc: Doc) -> bool:
    """'I want to make a molecularly imprinted polymer for a fentanyl sensor without handling fentanyl: which non-controlled
    analogue is used as a dummy template?': an analogue that stands in for the drug in a detection method, not a drug to use."""
    f = doc.folded
    return bool(_STAND_IN_ROLE.search(f) and _DETECTION_METHOD.search(f)) and not _STAND_IN_ABUSE.search(f) \
        and not any(q.kind == "evade" for q in doc.cues)


# ---- a gas cylinder's regulator, gauge or line depressurised for maintenance ('How do I release the pressure on the chlorine
# cylinder's regulator safely?', 'bleed the pressure off the regulator before changing it', 'relâcher la pression du détendeur',
# 'liberar la presión del regulador'); not a gas let out where people are ('... so the gas fills my neighbour's house')
_PRESSURE_WORD = re.compile(r"(?<![\w])(?:pressure|druck|pression|presion|pressione)(?![\w])")
_FITTING_WORD = re.compile(r"(?<![\w])(?:regulators?|gauges?|lines?|valves?|manifolds?|hoses?|pigtails?|fittings?|detendeurs?|manometres?"
                           r"|\w*regler\w*|\w*ventil\w*|manometer|reguladores?|valvulas?|manometros?|mangueras?)(?![\w])")
_RELEASE_CUE = re.compile(r"(?:releas\w*|reliev\w*|bleed\w*|vent\w*|relach\w*|liber\w*|ablass\w*)")
_RELEASED_ONTO = re.compile(r"(?<![\w])(?:people|crowd\w*|someone|him|her|them|neighbou?r\w*|house|home|room|coworkers?|colleagues?|students|staff"
                            r"|lobby|ventilation|air intakes?|hvac|subway|metro|station|school|stadium|office|gas (?:my|the|them|him|her)"
                            r"|kill\w*|poison\w*|hurt|harm\w*|inhal\w*|fills?|gare|bondee|estacion|llena|leute|menschen)(?![\w])")


def _pressure_relieved(doc: Doc, q: it.Cue) -> bool:
    """A release cue whose object is the pressure on a cylinder's regulator, gauge or line (maintenance), nobody and no
    place with people named as where the gas goes."""
    f = doc.folded
    return q.kind == "use" and bool(_RELEASE_CUE.match(q.text)) and bool(_PRESSURE_WORD.search(f)) \
        and bool(_FITTING_WORD.search(f)) and not _RELEASED_ONTO.search(f)


# ---- a medicine already bought for one's own illness, asked against a pharmacy's purchase log or limit ('I bought Sudafed at
# two pharmacies this week for a bad cold; will the NPLEx log flag me?', 'Pseudoephedrin gegen meine Erkältung gekauft – werde
# ich gemeldet?', 'compré Sudafed ... por un resfriado; ¿me marcará el registro?'); not a purchase still to be made past the log
_MEDICINE_BOUGHT = re.compile(r"(?:bought|purchased|picked up|got|gekauft|besorgt|compre|compramos|achete|achetee?s?|acquis)")
_OWN_ILLNESS = re.compile(r"(?<![\w])(?:colds?|flu|allerg\w*|hay fever|sinus\w*|congestion|stuffy nose|cough\w*|erkaltung\w*|schnupfen|grippe"
                          r"|allergi\w*|resfriados?|gripe|alergi\w*|rhumes?|sinusite)(?![\w])")
_PURCHASE_LOG = re.compile(r"(?<![\w])(?:nplex|logs?|flag\w*|limits?|block\w*|registers?|registre|registro|register|gemeldet|meldet|melden|marcar\w*"
                           r"|signal\w*|plafond|limite|grenze\w*|hochstmenge)(?![\w])")
_LOG_DODGED = re.compile(r"(?<![\w])(?:without|avoid\w*|get around|bypass\w*|evad\w*|dodge|fake|friends'? ids?|other people'?s? ids?|ohne|umgeh\w*"
                         r"|sin que|evitar|sans|eviter|contourn\w*|extract\w*|meth\w*|cook\w*|more|mehr|mas|plus)(?![\w])")


def _medicine_purchase_logged(doc: Doc, q: it.Cue) -> bool:
    """A cold medicine already bought for the asker's own illness, asked whether a purchase log or limit flags it: a
    compliance question about a purchase made, nothing to buy past the log."""
    f = doc.folded
    return q.kind == "acquire" and bool(_MEDICINE_BOUGHT.fullmatch(q.text)) and bool(_OWN_ILLNESS.search(f)) \
        and bool(_PURCHASE_LOG.search(f)) and not _LOG_DODGED.search(f)
