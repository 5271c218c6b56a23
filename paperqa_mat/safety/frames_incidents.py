"""Benign frames, incidents and emergencies: an accidental or another's release and its aftermath, the risk of a release,
a poisoning treated or asked about after the fact, a hazard that 'can kill you', a drug lab found by others, isolation
and evacuation zones, 'what should I do if I find', routes of exposure, hazard labels, a lab incident while someone else
was working, pest control, the procedure for reporting and disposing of a found stock, a hazard judged or kept from forming
(ingredients stored so they never react), found ordnance handed in, an old agent described by how it was made while
responders destroy it, and one ingredient's own product stored near the other, asked whether that is safe.
"""

from __future__ import annotations

import re

from paperqa_mat.safety import intent as it
from paperqa_mat.safety.document import Doc
from paperqa_mat.safety.frames_common import (
    _FIRST_ANY,
    _FIRST_SUBJECT,
    _GENERIC_VICTIM,
    _OPERATIONAL,
    _REPLICATE,
    _sentence_end,
    _sentence_head,
    _sentence_start,
)

# a substance as the subject of a release ('which can release phosgene', 'it gives off HCN on heating')
_SUBSTANCE_RELEASES = re.compile(r"(?:releas\w*|liberat\w*|emit\w*|gives? off|giving off|evolv\w*)$")


# an installation or process as the subject of a release ('our electroplating line could release HCN if acid gets into
# the bath', 'the tablets may give off phosphine when wet'), asked about with its safeguards
_PLANT_SUBJECT = re.compile(r"(?<![\w])(?:lines?|baths?|tanks?|vats?|plants?|process(?:es)?|reactors?|cylinders?|drums?|tablets?|pellets?"
                            r"|storage|stores?|warehouses?|pipes?|pipelines?|systems?|units?|facilit(?:y|ies)|sites?|equipment|mixtures?"
                            r"|reactions?|fires?|leaks?|spills?|accidents?|batch(?:es)?|waste|effluent|furnaces?|kilns?|boilers?|scrubbers?"
                            # ... a lab or workshop ('our gold assay lab can release CAS 74-90-8 if leach solutions get acidified')
                            r"|labs?|laborator(?:y|ies)|workshops?)"
                            r"(?: (?:can|could|may|might|will|would|sometimes|accidentally|also))+ $")
_SAFEGUARD = re.compile(r"(?<![\w])(?:detect\w*|detectors?|monitor\w*|alarms?|sensors?|emergency|evacuat\w*|ventilat\w*|ppe|respirators?"
                        r"|safeguards?|precautions?|risk assessment|prevent\w*|first aid|antidotes?|exposure limits?)(?![\w])")


def _accidental_release(doc: Doc, q: it.Cue) -> bool:
    """'Our electroplating line could release hydrogen cyanide if acid gets into the bath. What gas detection ...': an
    installation releasing the agent by accident, asked about with its safeguards, not a release anyone wants."""
    if q.kind != "use" or not _SUBSTANCE_RELEASES.match(q.text):
        return False
    return bool(_PLANT_SUBJECT.search(doc.folded[max(0, q.start - 60) : q.start])) and bool(_SAFEGUARD.search(doc.folded)) \
        and not _RELEASE_VICTIM.search(doc.folded[q.end :]) and not _RELEASE_CAUSER.search(doc.folded[max(0, q.start - 60) : q.start])


# a material asked whether it releases a gas: negated ('the cyanide ligand won't release HCN in normal conditions, right')
# or questioned ('will the Li2S powder release H2S in the glovebox'), the material its subject
_MATERIAL_RELEASER = re.compile(
    r"(?:(?<![\w])(?:the|this|that|these|those|its|their|our|my|a|an) (?:[\w()\[\]',-]+ ){0,5}?(?:won't|wont|will not|doesn't|doesnt|does not"
    r"|don't|dont|do not|wouldn't|wouldnt|would not|can't|cant|cannot|couldn't|couldnt|shouldn't|shouldnt|should not|never|isn't going to"
    r"|aren't going to)|(?:^|[^\w])(?:does|do|will|would|could|can|might|may) (?:the|this|that|these|those|its|their|our|my|any) "
    r"(?:[\w()\[\]',-]+ ){1,6}?"
    # ... or a bare material name, no determiner ('can ferrocyanide release HCN under my conditions'), not a person or a pronoun
    r"|(?:^|[^\w])(?:does|will|would|could|can|might|may) (?!(?:i|we|you|he|she|they|it|someone|somebody|anyone|people|one|me|us|them)\s)"
    r"[\w()\[\]',-]+(?: [\w()\[\]',-]+)?) $")
# someone who would make it release ('make the salt release', 'get the cyanide to', 'so the ...'), or a person as the subject
_RELEASE_CAUSER = re.compile(r"(?<![\w'])(?:make|makes|making|made|get|gets|getting|cause|causes|force|forces|let|lets|want|wants|need|needs"
                             r"|help|so|so that|attackers?|terrorists?|someone|somebody|he|she|they|people|person|guy|villain"
                             r"|bombs?|devices?|munitions?|shells?|sprayers?|drones?|canisters?|grenades?|warheads?|rockets?|mines?)(?![\w'])")
# a victim or harm after the release ('... in his flat', 'enough to kill')
_RELEASE_VICTIM = re.compile(r"(?<![\w'])(?:kill\w*|die|dies|dead|death|lethal|fatal\w*|victims?|people|person|someone|somebody|him|his|her"
                             r"|them|crowds?|crowded|neighbou?r\w*|cowork\w*|family|enough to|poison\w*|hurt|harm|subway|metro|malls?|stadiums?"
                             r"|schools?|trains?|stations?)(?![\w'])")


# a material stated to give off a gas under an ambient condition ('these sulfide electrolytes release it in moist air', 'AlP
# tablets release phosphine on contact with water', 'calcium carbide releases acetylene when wet'): a hazard property, nobody
# makes it happen
_AMBIENT_AFTER = re.compile(r"\s+(?:(?:it|them|h2s|hcn|phosphine|acetylene|ammonia|\w+ gas|(?:toxic |flammable )?(?:gas|fumes|vapou?rs?)) )?"
                            r"(?:in (?:moist|humid|damp|wet|ambient) air|in (?:the )?(?:presence of )?(?:moisture|humidity|water)"
                            r"|on (?:contact|exposure) (?:with|to) (?:water|moisture|acids?|air|humidity)|when (?:wet|damp|moist|heated|hydroly[sz]ed)"
                            r"|(?:up)?on (?:hydrolysis|heating|wetting))(?![\w])")
_STATED_SUBJECT = re.compile(r"(?<![\w'])(?:(?:these|the|our|such|this|its|their) )?(?:[\w()\[\]-]+ ){0,3}?(?:electrolytes?|salts?|tablets?|pellets?"
                             r"|powders?|compounds?|carbides?|phosphides?|sulfides?|sulphides?|cyanides?|materials?|glass(?:es)?|solids?|crystals?"
                             r"|reagents?|samples?|[\w()\[\]-]*\d[\w()\[\]-]*) $")


def _released_on_exposure(doc: Doc, q: it.Cue) -> bool:
    """'these sulfide electrolytes release it in moist air, so add a warning': a material's hazard stated, no causer, no victim."""
    if q.kind not in ("use", "make") or not _SUBSTANCE_RELEASES.match(q.text.split()[0]):
        return False
    head = _sentence_head(doc, q)
    tail = doc.folded[q.start + len(q.text.split()[0]) : _sentence_end(doc, q)]
    return bool(_STATED_SUBJECT.search(head) and _AMBIENT_AFTER.match(tail)) and not _RELEASE_CAUSER.search(head) \
        and not _RELEASE_VICTIM.search(tail)


# a class of chemicals stated to be poisons on a hazard line ('HAZARDS: cadmium compounds are acute poisons and carcinogens',
# 'lead salts are cumulative poisons'): the noun classifies, nobody is poisoned
_POISON_CLASS_BEFORE = re.compile(r"(?<![\w])(?:compounds?|salts?|oxides?|chlorides?|vapou?rs?|dusts?|solutions?|species|metals?|\w+s) (?:are|is)"
                                  r" (?:(?:all|also|well-known|known|acute|chronic|cumulative|potent|strong|severe|systemic|highly|very|deadly"
                                  r"|dangerous|serious|general|metabolic|nerve|cellular|protoplasmic) ){0,3}$")


def _classified_poison(doc: Doc, q: it.Cue) -> bool:
    """'cadmium compounds are acute poisons': the noun after a class and a copula, not a first-person plan."""
    return q.text in ("poisons", "poison") and bool(_POISON_CLASS_BEFORE.search(doc.folded[max(0, q.start - 70) : q.start])) \
        and not _RELEASE_VICTIM.search(re.sub(r"poisons?", "", doc.folded[q.end : _sentence_end(doc, q)]))


# a reagent stated to give off a toxic gas, and therefore kept in a fume hood or glovebox ('TMS2S stinks and releases H2S, so
# everything goes in the glovebox/fume hood', 'Na2S releases H2S with acid, so we weigh it in the hood'): a hazard note
_CONTAINED_AFTER = re.compile(r"[^.;!?]{0,50}?(?:,?\s*(?:so|therefore|hence|which is why|that's why|thats why|donc|deshalb|daher|asi que"
                              r"|por eso|por lo que)) (?:[\w'/-]+ ){0,6}?(?:fume ?hoods?|hoods?|glove ?box(?:es)?|gloveboxes|glovebags?|abzug"
                              r"|handschuhkasten|hotte|boite a gants|campana|scrubbers?|inert atmosphere|(?:under|unter|sous|bajo) (?:argon|nitrogen"
                              r"|stickstoff|azote|nitrogeno))(?![\w])")


def _released_contained(doc: Doc, q: it.Cue) -> bool:
    """'TMS2S stinks and releases H2S, so everything goes in the glovebox': a reagent's gas named as the reason for its
    containment, with no causer before it and no victim after it."""
    if q.kind not in ("use", "make") or not _SUBSTANCE_RELEASES.match(q.text.split()[0]):
        return False
    tail = doc.folded[q.start + len(q.text.split()[0]) : _sentence_end(doc, q)]
    return bool(_CONTAINED_AFTER.match(tail)) and not _RELEASE_CAUSER.search(_sentence_head(doc, q)) \
        and not _RELEASE_VICTIM.search(tail)


def _material_releases(doc: Doc, q: it.Cue) -> bool:
    """'the cyanide ligand wont release HCN in normal conditions right', 'will the Li2S powder release H2S in the glovebox':
    whether a material gives off a gas, asked as a safety question, not a release anyone wants."""
    if q.kind not in ("use", "make") or not _SUBSTANCE_RELEASES.match(q.text.split()[0]):
        return False
    head = _sentence_head(doc, q)
    rel = _MATERIAL_RELEASER.search(head)
    e0 = _sentence_end(doc, q)
    return bool(rel) and not _RELEASE_CAUSER.search(head) and not _RELEASE_VICTIM.search(doc.folded[q.start : e0])


# a poisoning named as what a medical countermeasure is for ('the antidote for thallium and radiocaesium poisoning', 'the
# standard treatment for cyanide poisoning', 'Gegenmittel bei Thalliumvergiftung'): the condition treated, not a plan to poison
_COUNTERMEASURE_FOR = re.compile(r"(?<![\w])(?:antidot\w*|treatments?|therap(?:y|ies)|cures?|remed(?:y|ies)|chelat\w*|countermeasures?|management"
                                 r"|used to treat|used for treating|given for|prescribed for|indicated for|gegengift\w*|gegenmittel\w*"
                                 r"|behandlung|therapie|tratamiento|traitement|tratamento|trattamento|terapia)"
                                 r"(?: (?:of|for|against|to|in|bei|gegen|contre|de|del|para|per|contra)(?: (?:the|a|an|acute|chronic|severe|suspected))?)?"
                                 r" (?:[\w'()-]+ ){0,5}?$")
_POISONING_NOUN = re.compile(r"(?:\w*vergiftung\w*|poisonings?|intoxicat\w*|intossicazion\w*|empoisonnements?|envenenamientos?|envenenamento)$")


# a poisoning that has happened, asked about after the fact ('how long is arsenic detectable after a poisoning', 'wie lange ist Arsen
# nach einer Vergiftung nachweisbar', 'après un empoisonnement', 'tras un envenenamiento'): the event, not a plan to poison
_AFTER_EVENT = re.compile(r"(?<![\w])(?:after|following|since|nach|seit|apres|depuis|tras|despues de|dopo|desde|na)(?: (?:a|an|the|einer|der|dem"
                          r"|un|une|l'|la|le|el|una|uno|um|uma|o))?(?: (?:acute|chronic|suspected|fatal|akuten|akuter|chronischen|aigu|aigue"
                          r"|presunto|presunta|mutmasslichen))? $")


def _poisoning_event(doc: Doc, q: it.Cue) -> bool:
    """'Wie lange ist Arsen nach einer Vergiftung im Haar nachweisbar': a poisoning after which something is asked."""
    return q.kind == "use" and bool(_POISONING_NOUN.match(q.text)) and bool(_AFTER_EVENT.search(doc.folded[max(0, q.start - 40) : q.start]))


# a release named as a past event, its causes asked ('the chain of failures that led to the methyl isocyanate release at Bhopal in
# 1984', 'what failures led to the chlorine release at Graniteville in 2005'): a noun after 'the', a year or a causal word with it
_EVENT_RELEASE_HEAD = re.compile(r"(?<![\w])the (?:[\w'-]+ ){1,4}$")
_EVENT_CAUSES = re.compile(r"(?<![\w])(?:led to|leading to|lead up to|behind|caused|causes? of|failures?|root causes?|lessons?|what went wrong"
                           r"|what happened|disaster|investigation|inquiry|csb report)(?![\w])")
_YEAR = re.compile(r"(?<![\w])(?:1[89]|20)\d\d(?![\w])")
_CAUSE_ASKED = re.compile(r"(?<![\w])(?:how (?:could|would|can|do|does|should|might|to)|could (?:i|we|someone)|cause|trigger|provoke|stage)(?![\w])")


def _release_event(doc: Doc, q: it.Cue) -> bool:
    """'Explain the chain of failures that led to the methyl isocyanate release at Bhopal in 1984': the release is a past
    event named as a noun and its causes are asked, nobody is asked to bring one about."""
    if q.kind != "use" or not q.text.startswith("release"):
        return False
    s0, e0 = _sentence_start(doc, q), _sentence_end(doc, q)
    head = doc.folded[s0 : q.start]
    sent = doc.folded[s0:e0]
    return bool(_EVENT_RELEASE_HEAD.search(head)) and bool(_YEAR.search(sent) and _EVENT_CAUSES.search(sent)) \
        and not _FIRST_SUBJECT.search(sent) and not _CAUSE_ASKED.search(head) and not _RELEASE_VICTIM.search(re.sub(r"\bkill\w*", " ", sent))


# ... or the poisoning as the subject of its recognition or treatment ('how is thallium poisoning recognised and treated with
# Prussian blue?', 'how is strychnine poisoning recognized and managed?'): a clinical question, nobody is poisoned
_RECOGNISED_AFTER = re.compile(r"\s+(?:(?:is|are|gets?|be|being)\s+)?(?:usually |typically |best |clinically |first )?(?:recogni[sz]ed|diagnosed"
                               r"|identified|spotted|confirmed|treated|managed)(?![\w])")


def _treated_poisoning(doc: Doc, q: it.Cue) -> bool:
    """'it's also the antidote for thallium and radiocaesium poisoning': the poisoning an antidote or treatment is for; or
    'how is thallium poisoning recognised and treated': the poisoning recognised or treated, no victim in its sentence."""
    if q.kind != "use" or not _POISONING_NOUN.match(q.text):
        return False
    if _RECOGNISED_AFTER.match(doc.folded, q.end):
        return not _RELEASE_VICTIM.search(re.sub(r"\w*poison\w*", " ", doc.folded[_sentence_start(doc, q) : _sentence_end(doc, q)]))
    return bool(_COUNTERMEASURE_FOR.search(_sentence_head(doc, q)[-90:])) and not _RELEASE_VICTIM.search(
        re.sub(r"\w*poison\w*", " ", _sentence_head(doc, q)[-90:]))


# a poisoning risk named as a noun compound ('is sodium ferrocyanide actually a cyanide poisoning risk?', 'a lead poisoning hazard'):
# a hazard judged; not one the asker means to cause ('how do I create a poisoning risk for him')
_RISK_AFTER = re.compile(r"\s+(?:risks?|hazards?|dangers?|threats?|concerns?|issues?)(?![\w])")
_CAUSED_BEFORE = re.compile(r"(?<![\w])(?:caus\w*|creat\w*|increas\w*|maximi[sz]\w*|rais\w*|pos\w* (?:a |an )?(?:[\w-]+ )?(?:to|for)) (?:a |an |the )?(?:[\w-]+ )?$")


def _poisoning_risk(doc: Doc, q: it.Cue) -> bool:
    """'Is sodium ferrocyanide actually a cyanide poisoning risk?': the poisoning names a hazard judged, nobody is to be poisoned."""
    return q.kind == "use" and q.text in ("poisoning", "poisonings") and bool(_RISK_AFTER.match(doc.folded, q.end)) \
        and not _CAUSED_BEFORE.search(doc.folded[max(0, q.start - 40) : q.start])


# ---- exposure routes, hazard labels and 'what should I do if I find'
# 'less toxic when swallowed than when inhaled or injected': the route of exposure, told as a condition
_EXPOSURE_VERB = re.compile(r"(?:inhal|ingest|inject|swallow|absorb|eat|drunk|snort|smok|ingerid|inyect|inhalad)\w*")
_EXPOSURE_BEFORE = re.compile(r"(?<![\w])(?:when|if|once|whether|than|cuando|si|quand|wenn|falls) (?:it(?:'s| is)? |they(?:'re| are)? |(?:is|are|being) )?"
                              r"(?:(?:\w+ed|\w+en) (?:or|and|vs\.?|versus) )?$")
# a hazard label ('the bottle labelled POISON', 'a poison label', 'marked Poison')
_LABEL_BEFORE = re.compile(r"(?<![\w])(?:labell?ed|labeled|marked|stamped|says|reads|reading|saying|printed|sign(?:ed)?|sticker)\s*['\"“‘]?\s*$")
# ... or the last word of a quoted label that names its contents first ("a jar labelled 'Arsenic trioxide - POISON'",
# 'un flacon étiqueté « Trioxyde d'arsenic – POISON »')
_LABEL_QUOTED_BEFORE = re.compile(r"(?<![\w])(?:labell?ed|marked|stamped|reads|reading|saying|printed|etiquete\w*|marque\w*|beschriftet"
                                  r"|etiquetad\w*|rotulad\w*|etichettat\w*)\s*['\"“‘«„]\s*[\w ,.'()-]{1,40}?[\s:,-]+$")
_LABEL_QUOTE_CLOSE = re.compile(r"\s*[!]?\s*['\"”’»“]")
_LABEL_AFTER = re.compile(r"\s*['\"”’]?\s*(?:labels?|signs?|stickers?|symbols?|pictograms?|warnings?|hazard labels?)(?![\w])")
# 'qué debo hacer si encuentro ...', 'que dois-je faire si', 'o que devo fazer se', 'was soll ich tun, wenn': an emergency question
_WHAT_DO_IF = re.compile(r"(?<![\w])(?:what (?:should|do|must|can) (?:i|we) do|que (?:debo|debemos|tengo que|hay que|hago|hacemos|dois-je|devons-nous"
                         r"|faut-il|devo|devemos|faco|fazemos)|cosa (?:devo|dobbiamo|faccio)|was (?:soll|muss|kann) (?:ich|man) (?:tun|machen))"
                         r"(?: (?:hacer|faire|fazer|fare|do))?,? (?:si|se|if|wenn|when|cuando|quand|falls)(?![\w])")
# ... the bare infinitive after a mishap ('what to do after a needlestick', 'qué hacer tras un pinchazo', 'que faire après une piqûre')
_WHAT_TO_DO_AFTER = re.compile(r"(?<![\w])(?:what to do|que hacer|que faire|que fazer|cosa fare|was zu tun ist)(?: (?:tras|despues de|en caso de|ante"
                               r"|after|in case of|apres|en cas de|nach|bei|dopo|in caso di|apos|em caso de|si|se|if|when|cuando|quand))(?![\w])")
_FIND_AFTER_IF = re.compile(r"(?:si|se|if|wenn|when|cuando|quand|falls) (?:i |we |je |ich |man |eu )?$")


def _exposure_route(doc: Doc, q: it.Cue) -> bool:
    """'why is ricin less toxic when swallowed than when inhaled or injected': a route of exposure, told as a condition."""
    return q.kind == "use" and bool(_EXPOSURE_VERB.fullmatch(q.text)) and bool(
        _EXPOSURE_BEFORE.search(doc.folded[max(0, q.start - 50) : q.start]))


# a cue word inside a found container's quoted label: "an ampoule labelled only 'C#N (stabilised)'", "marked 'HCN, stabilised'"
_LABEL_OPEN = re.compile(r"(?<![\w])(?:labell?ed|marked|stamped|etiquete\w*|beschriftet|etiquetad\w*|rotulad\w*|etichettat\w*)"
                         r"(?: only| just| simply)?\s*(?:['\"“‘«„]|mit der aufschrift\s*['\"“‘«„])\s*[^'\"”’»“]{0,40}$")


def _hazard_label(doc: Doc, q: it.Cue) -> bool:
    """'the bottle labelled POISON', 'a poison label': a hazard label read out."""
    if q.form == "part" and _LABEL_OPEN.search(doc.folded[max(0, q.start - 70) : q.start]) and re.match(r"[^'\"”’»“]{0,20}['\"”’»“]", doc.folded[q.end :]):
        return True  # "a sealed ampoule labelled 'C#N (stabilised)'": the label's grade word, nothing is stabilised by the asker
    return q.text in ("poison", "poisons") and bool(_LABEL_BEFORE.search(doc.folded[max(0, q.start - 20) : q.start])
                                                    or _LABEL_AFTER.match(doc.folded, q.end)
                                                    or (_LABEL_QUOTED_BEFORE.search(doc.folded[max(0, q.start - 70) : q.start])
                                                        and _LABEL_QUOTE_CLOSE.match(doc.folded, q.end)))


def _what_do_if(doc: Doc, q: it.Cue) -> bool:
    """'¿Qué debo hacer si encuentro un proyectil ...?', 'what should I do if I find ...': an emergency question; its verb
    of doing and of finding are no request to make or obtain anything."""
    m = _WHAT_DO_IF.search(doc.folded) or _WHAT_TO_DO_AFTER.search(doc.folded)
    if m is None:
        return False
    return (q.kind == "make" and m.start() <= q.start < m.end()) or (
        q.kind == "acquire" and 0 <= q.start - m.end() <= 12 and bool(_FIND_AFTER_IF.search(doc.folded[max(0, q.start - 12) : q.start]))
        and bool(re.match(r"encontr|trouv|find|found|finde|trov|achar", q.text)))


# ---- safety incidents: a drug lab raided or found by others, a house bought, a what-to-do question, a release
# responded to
# 'police busted a meth cook', 'a former meth cook site', 'found a shake-and-bake meth cook': the operation found by others
_RAIDED_BEFORE = re.compile(r"(?<![\w])(?:(?:busted|raided|found|discovered|uncovered|dismantled|shut down|seized|broke up|notified of|reported)"
                            r" (?:a|an|the|one|another|two|three|several)|(?:a|an|the) (?:former|old|previous|suspected|clandestine|illegal|abandoned))"
                            r" (?:[\w'-]+ ){0,3}$")
_REMEDIATION = re.compile(r"(?<![\w])(?:contaminat\w*|decontaminat\w*|remediat\w*|residues?|clean(?:ed|ing|up|-up)?|sampl\w*|test(?:s|ing)?|health"
                          r" risks?|hazards?|safe to|re-?let|reopen\w*|re-?occup\w*|limpi\w*|nettoy\w*|contamina\w*)(?![\w])")
# a drug cook named as what leaves traces behind, its residues asked by whoever finds or tests them ('what residues does a meth
# cook leave behind in a rented flat', 'contaminants left behind by a meth cook', 'welche Rückstände hinterlässt das Kochen von
# Meth', 'qué residuos deja una cocina de metanfetamina'): the aftermath, not the cook; not one's own cook or one left traceless
_LEAVES_AFTER = re.compile(r"\s+(?:[\w'-]+\s+){0,4}?(?:leaves?|left|leaving)(?![\w])")
_LEFT_BY_BEFORE = re.compile(r"(?<![\w])(?:(?:left|remaining|residues?|traces?|contamina\w*) (?:behind )?(?:by|from|of|after) (?:a|an|the|one)"
                             r"|(?:hinterlass\w*|hinterlasst|deja|dejan|laisse\w*) (?:das|der|die|ein|eine|una|un|el|la|une|le))"
                             r" (?:[\w'-]+ ){0,3}$")
_OWN_COOK = re.compile(r"(?<![\w'])(?:my|our|i|we|mein\w*|unser\w*|ich|wir|mon|ma|mes|notre|nos|je|mi|mis|nuestr\w*|yo)\s+(?:[\w'-]+\s+){0,2}?"
                       r"(?:cook\w*|koch\w*|cuisson|cocin\w*)|(?:without|no|not|ohne|sans|sin|keine?n?) (?:[\w'-]+ ){0,3}?(?:leav\w*|residues?"
                       r"|traces?|ruckstand\w*|hinterlass\w*|residus?|residuos?|laisser|dejar)(?![\w])")
_COOK_TRACES = re.compile(r"(?<![\w])(?:traces?|ruckstand\w*|spuren|residus?|residuos?|restos?|rastros?)(?![\w])")
# 'buying a house where ...', 'we are renting the flat': a property bought or rented, not a substance
_PROPERTY_OBJECT = re.compile(r"\s+(?:a|an|the|this|that|our|my|his|her|their) (?:[\w-]+ ){0,2}?(?:house|home|flat|apartment|property|condo"
                              r"|building|unit|land|farm|plot|cabin|trailer|motel|hotel|warehouse|premises|garage|barn)s?(?![\w])(?! of)")
# 'que doit-il faire ?', 'qué debe hacer y qué no', 'was soll er machen?': a do-verb whose object is the question word
_DO_VERB = re.compile(r"faire|fais|faites|hacer|hago|hacemos|fare|faccio|facciamo|fazer|faco|fazemos|machen|mache|tun|doen")
_WHAT_BEFORE = re.compile(r"(?<![\w])(?:qu'est-ce que|qu'est-ce qu'|que|che cosa|cosa|o que|was|wat)\s+(?:(?!pour|para|per|um|om)[\w'-]+\s+){0,4}?$")
# ... or a condition after it: what to do if it happens ('que faire si je reçois une enveloppe contenant de la ricine', 'was tun, wenn')
_NO_OBJECT_AFTER = re.compile(r"\s*(?:[?!.,;:]|$|(?:si|s'il|s'ils|quand|lorsque|wenn|falls|cuando|se|quando|if|when"
                              r"|et|y|e|und|and|ou|o|or|oder|of|maintenant|ahora|adesso|agora|jetzt|now|d'abord|primero"
                              r"|prima|zuerst|ensuite|dann|despues|dopo|depois|avec (?:ca|cela|lui|elle|eux)|con (?:esto|eso|ello)|damit|con questo"
                              # ... or an event it is done in ('que faire en cas de dégagement de HCN', 'qué hacer en caso de fuga')
                              r"|en cas d'|en cas de|en caso de|in caso di|em caso de|im fall(?:e)? (?:einer?|eines)|bei (?:einer?|einem)"
                              r"|in case of|in the event of)(?![\w]))")
# 'recognise a chlorine gas release at the plant', 'respond to an ammonia release': the incident responded to, not an act asked for
_INCIDENT_HEAD = re.compile(r"(?<![\w])(?:recogni[sz]\w*|spot\w*|detect\w*|identif\w*|notic\w*|respond\w* to|responses? to|deal\w* with"
                            r"|handl\w*|manag\w*|contain\w*|mitigat\w*|report\w*|signs? of|symptoms of|indicators? of|warning of|in (?:the )?"
                            r"(?:case|event) of|after|during|following|investigat\w*|drills? for|train\w* for|prepar\w* for|plan\w* for)"
                            r" (?:an? |the |any |accidental |possible |suspected |potential |major |minor |large |small |sudden )*"
                            r"(?:(?!(?:i|we|you|they|he|she|someone|somebody|one|to|u)\s)[\w-]+ ){0,3}$")


# a release someone else already did, told as a statement, then a clean-up or health question ('some1 set off pepper spray near
# our HVAC intake lol. how do we air out + clean', 'a prankster released tear gas into our vents. is the residue dangerous')
_OTHERS_RELEASED = re.compile(r"\W*(?:(?:some1|someone|somebody|some \w+|one of (?:the|our|my) \w+|a|an|the|our|my|his|her|their)"
                              r" (?:[\w'-]+ ){0,2}?)(?:(?:accidentally|apparently|just|had|has) )?(?:set off|let off|sprayed|released|discharged"
                              r"|deployed|dispersed|emptied|dumped|spilled|spilt|triggered)(?![\w])")
_AFTERMATH_ASK = re.compile(r"(?<![\w])(?:air(?:ing)? (?:\w+ ){0,2}?out|ventilat\w*|decontaminat\w*|clean\w*|residues?|dangerous|harmful"
                            r"|health (?:risks?|effects?)|safe|risks?|symptoms?|exposed|exposure|a[eé]rer|nettoy\w*|limpi\w*|ventil\w*)(?![\w])")


def _others_release_aftermath(doc: Doc, q: it.Cue) -> bool:
    """'some1 set off pepper spray near our office hvac intake lol. how do we air out + clean': another person's release,
    told as what happened, and only the clean-up or the health risk asked about."""
    f = doc.folded
    s0 = _sentence_start(doc, q)
    m = _OTHERS_RELEASED.match(f, s0)
    if q.kind != "use" or not m or m.start() > q.start or _FIRST_SUBJECT.search(f, s0, m.end()) or re.search(r"(?<![\w])you(?![\w])", f[s0 : m.end()]):
        return False
    ends = [i for i in (f.find(c, q.end) for c in (".", "?", "!", "\n", ";", " - ")) if i >= 0]
    e0 = min(ends or [len(f)])
    rest = f[e0:]
    return f[e0 : e0 + 1] != "?" and bool(_AFTERMATH_ASK.search(rest)) and not _OPERATIONAL.search(f) and not _REPLICATE.search(f) \
        and not re.search(r"(?<![\w])(?:do (?:the same|it|that)|spread\w*|further|more of|stronger|worse|again)(?![\w])", rest)


# ... in German, French or Spanish: a release noun recognised or responded to ('wie erkennt man eine Freisetzung von Blausäure',
# 'wie reagiert man auf eine Freisetzung', 'comment reconnaître un dégagement de HCN', 'cómo se reconoce una liberación de HCN')
_ML_RELEASE_NOUN = re.compile(r"freisetzung\w*|degagements?|liberacion\w*|fugas?|fuites?|rilasci\w*|emissions?")
_ML_INCIDENT_HEAD = re.compile(r"(?<![\w])(?:erkenn\w*|bemerk\w*|merkt|reagier\w* (?:man |ich |wir )?auf|nachweis\w*|entdeck\w*|reconnai\w*"
                               r"|detect\w*|repere\w*|signal\w*|reagir a|reconoc\w*|detect\w*|identific\w*|respond\w* a|riconosc\w*|rilev\w*)"
                               r" (?:man |on |se |ich |wir )?(?:eine?n?|einer|une?|la|le|el|una?|l')? ?(?:[\w-]+ ){0,2}?$")


# ... or asked in a German, French or Italian passive whose participle notices or responds ('Wie wird eine Freisetzung von Phosgen in
# einer Fabrikhalle erkannt?', 'Wie kann eine Freisetzung von Blausäure früh erkannt werden?', 'Comment une fuite de phosgène
# est-elle détectée ?'); a participle that causes it ('herbeigeführt', 'ausgelöst', 'provoqué') keeps the request
_PASSIVE_HOW = re.compile(r"(?<![\w])(?:wie|woran|wodurch|comment|come|como) (?:\w+ )?(?:wird|werden|kann|konnen|soll|sollte|lasst sich|est|sont|viene"
                          r"|vengono|puede|se)?\s*(?:man |eine?n?|einer|die|der|une?|la|le|les|il|el|una?)? ?$")
_NOTICED_PARTICIPLE = re.compile(r"(?<![\w])(?:erkannt|bemerkt|nachgewiesen|entdeckt|festgestellt|gemessen|gemeldet|detektiert|uberwacht"
                                 r"|eingedammt|bekampft|alarmiert|geraumt|detecte\w*|repere\w*|signale\w*|identifie\w*|mesure\w*|surveille\w*"
                                 r"|rilevat\w*|riconosciut\w*|segnalat\w*)(?![\w])")
_CAUSED_PARTICIPLE = re.compile(r"(?<![\w])(?:herbeigefuhrt|ausgelost|verursacht|erzeugt|bewirkt|gestartet|provoque\w*|declenche\w*|cause\w*"
                                r"|provocat\w*|causat\w*|innescat\w*|ohne|sans|senza|damit|pour que|unbemerkt)(?![\w])")


def _passive_release_noticed(doc: Doc, q: it.Cue) -> bool:
    """'Wie wird eine Freisetzung von Phosgen in einer Fabrikhalle erkannt?': a passive how-question whose participle notices or
    responds to the release, none that causes it."""
    f = doc.folded
    s0 = _sentence_start(doc, q)
    rest = f[q.end : _sentence_end(doc, q)]
    return bool(_PASSIVE_HOW.search(f[s0 : q.start]) and _NOTICED_PARTICIPLE.search(rest) and not _CAUSED_PARTICIPLE.search(rest))


# a poison or bait put, kept or stored somewhere a pet or child can't reach ('How do I put it somewhere my neighbour's dog can't
# reach?', 'where do I keep it so the puppy can't get at it', 'pour que le chien ne puisse pas l'atteindre', 'damit der Hund nicht
# rankommt', 'para que el perro no lo alcance'): safe storage, nothing aimed at the animal
_OUT_OF_REACH = re.compile(r"(?<![\w])(?:out of (?:the )?reach|(?:can't|cannot|can not|won't|couldn't|will not|doesn't|don't) (?:ever )?(?:reach|get (?:to|at|into))"
                           r"|ne (?:\w+ )?(?:puisse|puissent|peut|peuvent) (?:pas|jamais) (?:l'|les |y )?(?:atteindre|attraper|acceder)"
                           r"|nicht (?:\w+ )?(?:rankomm\w*|herankomm\w*|erreich\w*|drankomm\w*)|no (?:lo |la |los |las )?(?:alcance\w*|pueda\w* alcanzar)"
                           r"|hors de (?:sa |leur )?portee|fuera del alcance)(?![\w])")
_REACH_HARM = re.compile(r"(?<![\w])(?:kill\w*|die|dies|dead|eat\w*|swallow\w*|drink\w*|bowl|food|gamelle|futter|comida|tuer|toten|matar"
                         r"|noticing|notices?|sees?|see it|voisin \w+ remarqu\w*|but)(?![\w])")
_REACH_PLACE = re.compile(r"(?<![\w])(?:put|place|keep|store|leave|set|hide|mettre|mets|ranger|placer|stelle|lege|aufbewahr\w*|lager\w*|pongo|poner"
                          r"|guardo|guardar|coloco|colocar|where|wo|ou|donde)(?![\w])")


def _kept_out_of_reach(doc: Doc, q: it.Cue) -> bool:
    """'How do I put it somewhere my neighbour's dog can't reach?': a poison kept where a pet or child can't get at it."""
    if q.kind not in ("use", "howto", "evade", "acquire"):
        return False
    s = doc.folded[_sentence_start(doc, q) : _sentence_end(doc, q)]
    return bool(_OUT_OF_REACH.search(s) and _REACH_PLACE.search(s) and not _REACH_HARM.search(s))


def _safety_incident_inert(doc: Doc, q: it.Cue) -> bool:
    """A drug lab raided or found by others and asked about clean-up, a house bought, a what-to-do question ('que doit-il
    faire ?'), a release recognised or responded to: none of them asks to make, obtain or release anything."""
    f = doc.folded
    before = f[max(0, q.start - 70) : q.start]
    if q.kind == "make" and q.text.startswith("cook") and _RAIDED_BEFORE.search(before) and _REMEDIATION.search(f) \
            and not _OPERATIONAL.search(f) and not _REPLICATE.search(f):
        return True  # 'police busted a meth cook in one of our rental houses: what contamination remains'
    if q.kind == "make" and re.match(r"cook|koch|cuisson|cocin", q.text) and (_LEAVES_AFTER.match(f, q.end) or _LEFT_BY_BEFORE.search(before)) \
            and (_REMEDIATION.search(f) or _COOK_TRACES.search(f)) and not _OWN_COOK.search(f) and not _OPERATIONAL.search(f) and not _REPLICATE.search(f) \
            and not any(c.kind == "evade" for c in doc.cues):
        return True  # 'what residues does a meth cook leave behind in a rented flat, and how do landlords test for them'
    if q.kind == "acquire" and re.fullmatch(r"buy(?:s|ing)?|bought|purchas\w*|rent(?:s|ing|ed)?|leas\w*", q.text) and _PROPERTY_OBJECT.match(f, q.end):
        return True  # "I'm buying a house where police found a meth lab": the house is bought
    if q.kind == "make" and _DO_VERB.fullmatch(q.text) and _WHAT_BEFORE.search(f[max(0, q.start - 40) : q.start]) \
            and _NO_OBJECT_AFTER.match(f, q.end):
        return True  # 'que doit-il faire ?': what to do, the object is the question word
    if q.kind == "use" and _ML_RELEASE_NOUN.fullmatch(q.text) and _ML_INCIDENT_HEAD.search(before):
        return True  # 'wie erkennt man eine Freisetzung von Blausäure in einer vollen U-Bahn'
    if q.kind == "use" and _ML_RELEASE_NOUN.fullmatch(q.text) and _passive_release_noticed(doc, q):
        return True  # 'Wie wird eine Freisetzung von Phosgen in einer Fabrikhalle erkannt?'
    if _released_in_emergency(doc, q) or _poisoning_recognised(doc, q):
        return True  # 'how do we evacuate the workers if phosgene is released', 'how would I recognise rat-poison poisoning in my dog'
    return q.kind == "use" and (q.text.startswith("releas") and bool(_INCIDENT_HEAD.search(before)) or _others_release_aftermath(doc, q))


# the emergency sense of isolation: a zone kept clear around a release ('initial isolation and evacuation distances', 'the
# isolation zone'), not isolating a product
_ISOLATION_ZONE = re.compile(r"(?:\s+and\s+(?:protective(?: action)?|evacuation|evacuate|shelter(?:-in-place)?)(?: action)?)?\s+(?:distances?|zones?|perimeters?"
                             r"|radi(?:us|i)|cordons?|areas?|buffers?)(?![\w])")


# response measures listed beside 'isolation' ('isolation, PPE, decontamination, who gets called', 'PPE and isolation'): the
# scene is isolated, no product
_RESPONSE_MEASURE = (r"(?:ppe|epi|epp|decon\w*|evacuat\w*|triage|cordon\w*|perimeters?|protective (?:equipment|clothing|suits?)|respirators?"
                     r"|quarantine|shelter\w*|notif\w*|who gets (?:called|notified)|first aid)")
_RESPONSE_AFTER = re.compile(r"\s*(?:,|;|/|and|or|then|plus)\s*(?:\w+ ){0,2}?" + _RESPONSE_MEASURE + r"(?![\w])")
_RESPONSE_BEFORE = re.compile(r"(?<![\w])" + _RESPONSE_MEASURE + r"\s*(?:,|;|/|and|or|then|plus)\s*(?:\w+ ){0,2}?$")


def _isolation_zone(doc: Doc, q: it.Cue) -> bool:
    """'what initial isolation and evacuation distances would the ERG suggest': an emergency zone, not isolating a product;
    'isolation, PPE, decontamination': a response measure in a list of them."""
    return q.kind == "make" and q.text.startswith("isolation") and bool(
        _ISOLATION_ZONE.match(doc.folded, q.end) or _RESPONSE_AFTER.match(doc.folded, q.end)
        or _RESPONSE_BEFORE.search(doc.folded[max(0, q.start - 40) : q.start]))


# pests and weeds poisoned or killed ('how do I poison the rats in my garage', 'kill the slugs in my vegetable bed'): pest control
_PEST_OBJECT = re.compile(r"\s+(?:(?:the|my|our|these|those|some|all|any|a|an|of|off|out|garden|house|field|barn|kitchen|attic|wild|feral) ){0,3}"
                          r"(?:rats?|mice|mouse|rodents?|pests?|vermin|moles?|voles?|gophers?|slugs?|snails?|ants?|cockroach\w*|roach\w*|termites?"
                          r"|wasps?|hornets?|insects?|bugs?|fleas?|ticks?|bedbugs?|bed bugs|flies|mosquito\w*|weeds?|ratten|mause|souris|ratas|ratones"
                          r"|topi|ratti)(?![\w])")
_POISON_OR_KILL = re.compile(r"(?:poison|kill|empoisonn|vergift|envenen|avvelen)\w*$")


def _pest_control(doc: Doc, q: it.Cue) -> bool:
    """'How do I poison the rats in my garage with bait stations?': pests are the object, not a person."""
    return q.kind == "use" and bool(_POISON_OR_KILL.match(q.text)) and bool(_PEST_OBJECT.match(doc.folded, q.end))


# a substance that 'can kill you' in a reported hazard ('a palm-sized hydrofluoric acid splash can kill you hours later', 'a few
# breaths of hydrogen sulfide can kill you'): the substance is the subject, the victim anyone; not 'how could I kill my boss'
_HAZARD_MODAL = re.compile(r"(?<![\w'])(?!(?:i|we|you|one|he|she|they|someone|somebody|who|how)\s)[\w'-]+\s+(?:can|could|may|might|will|would)"
                           r"(?:\s+(?:even|still|actually|easily|potentially|also|quickly|really|literally))?\s+$")


# ... or intransitive, the exposure that is enough after it ('HF can kill from a surprisingly small splash', 'cyanide can kill within
# minutes', "l'acide fluorhydrique peut tuer même après une petite éclaboussure", 'puede matar con una pequeña salpicadura')
_HAZARD_MODAL_EU = re.compile(r"(?<![\w'])(?!(?:je|on|tu|il|elle|ils|nous|vous|yo|se|me|te|lo|la|le)\s)[\w'-]+\s+(?:peut|peuvent|pourrait|puede|pueden"
                              r"|podria)(?:\s+(?:meme|aussi|facilement|incluso|tambien|facilmente))?\s+$")
_KILL_EXPOSURE = re.compile(r"\s+(?:(?:even|only|just|meme|incluso|solo|hasta) )?(?:from|with|within|in|at|through|after|by|via|on|apres|avec|par|en|des"
                            r"|con|tras|desde|por)(?: (?:[\w'-]+ ){0,4}?)(?:splash\w*|spills?|drops?|droplets?|contact|exposures?|skin|doses?"
                            r"|amounts?|minutes|hours|seconds|concentrations?|levels?|eclaboussures?|gouttes?|salpicaduras?|gotas?|dosis"
                            r"|cantidades?|quantites?|minutos|horas|heures)(?![\w])")


def _hazard_can_kill(doc: Doc, q: it.Cue) -> bool:
    """'I've read that a palm-sized HF splash can kill you hours later': a hazard stated of the substance, not a plan; also with
    no victim, the exposure that suffices after the verb ('HF can kill from a surprisingly small splash')."""
    if q.kind != "use" or not re.fullmatch(r"kill|harm|hurt|injure|tuer|matar", q.text):
        return False
    before = doc.folded[max(0, q.start - 60) : q.start]
    if q.text in ("tuer", "matar"):
        return bool(_HAZARD_MODAL_EU.search(before) and _KILL_EXPOSURE.match(doc.folded, q.end))
    return bool(_HAZARD_MODAL.search(before) and (_GENERIC_VICTIM.match(doc.folded, q.end) or _KILL_EXPOSURE.match(doc.folded, q.end)))


# the risk of a gas released by accident ('is there any risk of releasing HCN during synthesis', 'the danger of liberating H2S'):
# a hazard asked about, unless someone is to be harmed by it ('the risk of releasing too little HCN to kill them')
_RISK_OF = re.compile(r"(?<![\w])(?:risks?|dangers?|chances?|possibilit(?:y|ies)|likelihood|hazards?|risque|riesgo|rischio|risco|risiko)"
                      r"\s*(?:of|that|de|di|d'|,)?\s*(?:(?:it|this|that|accidentally|inadvertently|also)\s+)?$")


def _release_risk(doc: Doc, q: it.Cue) -> bool:
    """'Is there any risk of releasing HCN during synthesis': an accidental release asked as a risk, no victim wanted."""
    if q.kind not in ("use", "make") or not _SUBSTANCE_RELEASES.match(q.text.split()[0]):
        return False
    e0 = _sentence_end(doc, q)
    return bool(_RISK_OF.search(doc.folded[max(0, q.start - 40) : q.start])) and not _RELEASE_VICTIM.search(doc.folded[q.end : e0])


# a gas a material gives off in a failure event, 'release' a noun right after the gas ('HCN release in thermal runaway', 'phosgene
# release in a warehouse fire', 'hydrogen cyanide release in overcharge abuse tests'): a hazard measured or feared, not a place
# where someone sets a release off; not caused on purpose ('trigger HCN release in ...') or with a victim after it
_FAILURE_EVENT = re.compile(r"\s+(?:in|during|from|under|on|after) (?:an? |the |our |their |its |any |such )?(?:[\w-]+ ){0,2}?(?:thermal runaway|runaway"
                            r"|fires?|blazes?|overcharg\w*|overheat\w*|abuse tests?|nail penetration|short circuits?|crash(?:es)?|combustion|pyrolysis"
                            r"|decomposition|failures?|accidents?|incidents?)(?![\w])")
_RELEASE_CAUSED = re.compile(r"(?<![\w])(?:caus\w*|trigger\w*|maximi[sz]\w*|provok\w*|provoc\w*|induc\w*|increas\w*|boost\w*|get|set up|want|plan(?:ned)? is"
                             r"|aim|most|more|enough|maximum)\s+(?:[\w-]+\s+){0,2}?$")


# ... or from a material or product that gives it off ('how bad H2S release from the product will be', 'HCN release from the
# coating', 'H2S release from the sulfide electrolyte'): the material's hazard judged
_RELEASE_SOURCE = re.compile(r"\s+from (?:an? |the |our |their |its |this |that |these |those |my |any )?(?:[\w()-]+ ){0,2}?(?:products?|electrolytes?"
                             r"|materials?|samples?|powders?|compounds?|films?|coatings?|polymers?|foams?|plastics?|cathodes?|anodes?|batter(?:y|ies)"
                             r"|cells?|glass(?:es)?|salts?|solids?|pellets?|residues?|slurr(?:y|ies)|wastes?|membranes?|precursors?|[\w()-]*\d[\w()-]*)(?![\w])")


def _release_in_failure(doc: Doc, q: it.Cue) -> bool:
    """'Our safety officer is worried about HCN release in thermal runaway, so flag any paper that measured it': the gas a
    material gives off in a fire or a battery failure, the release a noun after the gas, nobody causing it or harmed by it."""
    if q.kind != "use" or not q.text.startswith("releas"):
        return False
    gas = next((m for m in doc.mentions if m.end <= q.start and re.fullmatch(r"[\s-]", doc.folded[m.end : q.start])), None)
    if gas is None or not (_FAILURE_EVENT.match(doc.folded, q.start + len(q.text.split()[0]))
                           or _RELEASE_SOURCE.match(doc.folded, q.start + len(q.text.split()[0]))):
        return False
    caused = _RELEASE_CAUSED.search(doc.folded[max(0, gas.start - 30) : gas.start])
    rest = doc.folded[q.start : _sentence_end(doc, q)]
    if caused and re.match(r"(?:most|more)\s", caused.group(0)) and _SAFER_PICK.search(rest) and not _HARM_AIM.search(rest):
        caused = None  # 'which cathode gives the most HCN release in thermal runaway, so we can pick a safer one'
    return not caused and not _RELEASE_VICTIM.search(rest)


# the most (or more) gas a material gives off, asked so that a safer material is picked ('so we can pick a safer one', 'to avoid
# it', 'so we can replace it'); not with a harm aimed at people ('so the fire poisons as many people as possible')
_SAFER_PICK = re.compile(r"(?<![\w])(?:safer|safest|least|avoid\w*|replac\w*|phase (?:it |them )?out|rule (?:it |them )?out|swap\w*|ban)(?![\w])")
_HARM_AIM = re.compile(r"(?<![\w])(?:kill\w*|lethal|fatal\w*|poison\w*|casualt\w*|harm\w*|hurt\w*|victims?|enough to|maximi[sz]\w*|deadl\w*"
                       r"|as many|expos\w*)(?![\w])")
# a gas given off by a fire or failure, the event its subject ('if a battery fire releases HCN', 'when a warehouse fire releases
# phosgene'), or by a material burning, asked to pick a safer one ('which foam releases the most HCN when it burns, so we can
# replace it'): nobody sets the fire, no harm is aimed
_EVENT_SUBJECT = re.compile(r"(?<![\w])(?:if|when|whenever|once|in case|should|where|after) (?:an? |the |our |its |their |any |such )?(?:[\w-]+ ){0,2}?"
                            r"(?:fires?|blazes?|thermal runaway|runaway|short circuits?|crash(?:es)?|accidents?|failures?|combustion|decomposition) $")
_BURNS_AFTER = re.compile(r"(?<![\w])(?:when (?:it |they )?(?:burns?|burning|burned|burnt|catch(?:es)? fire|overheats?|decompos\w*)|in (?:a |the )?fires?"
                          r"|during (?:a |the )?fires?|in thermal runaway)(?![\w])")
_FIRE_SETTER = re.compile(r"(?<![\w])(?:start\w*|set\w*|light\w*|ignit\w*|caus\w*|trigger\w*|make|makes|provok\w*|arson\w*|sabotag\w*)(?![\w])")


def _released_by_fire(doc: Doc, q: it.Cue) -> bool:
    """'How do we evacuate as many people as possible from the metro if a battery fire releases HCN?': a gas a fire or failure
    gives off, the event its subject (or a material burning, asked to pick a safer one), nobody setting it, no harm aimed."""
    if q.kind != "use" or not q.text.startswith("releas"):
        return False
    s0, e0 = _sentence_start(doc, q), _sentence_end(doc, q)
    head, rest = doc.folded[s0 : q.start], doc.folded[q.end : e0]
    if _FIRE_SETTER.search(head) or _HARM_AIM.search(rest) or re.search(r"(?<![\w])(?:poison\w*|kill\w*|hurt\w*|harm\w*|expos\w*)(?![\w])", head):
        return False
    if _EVENT_SUBJECT.search(head):
        return True
    return bool(re.match(r"\s*(?:the )?(?:most|more)\s", rest) and _BURNS_AFTER.search(rest) and _SAFER_PICK.search(rest))


# a gas released under 'if'/'when' while the question only evacuates, ventilates or shelters people ('How do we evacuate as many
# workers as possible if phosgene is released in the hall?', 'how do we ventilate the warehouse when phosgene has been released'):
# the release is the emergency, the people are got out; not when the exits are blocked or the release is wanted
_COND_RELEASED = re.compile(r"(?<![\w])(?:if|when|whenever|once|in case|should) (?:some |any |the |a |an )?(?:[\w-]+ ){1,3}?(?:is|are|was|were|gets|get"
                            r"|has been|have been|had been|'s|should be|were to be) (?:accidentally |suddenly |ever )?$")
_RESPONSE_HEAD = re.compile(r"(?<![\w])how (?:do|can|should|would|could|will|shall|must) (?:we|i|you|one|they|the \w+) (?:best |quickly |safely )?"
                            r"(?:evacuat\w*|ventilat\w*|shelter\w*|air (?:\w+ ){0,3}?out|clear\w*|warn\w*|alert\w*|protect\w*|rescue\w*"
                            r"|decontaminat\w*|get (?:\w+ ){0,6}?out)(?![\w])")
_RESPONSE_BLOCKED = re.compile(r"(?<![\w])(?:nobody|no one|noone|can't|cannot|can not|unable|lock\w*|block\w*|trap\w*|seal\w* (?:in|the exits?)"
                               r"|prevent\w*|stop\w*|keep (?:\w+ ){0,2}?(?:in|inside)|breathe|inhale)(?![\w])")


def _released_in_emergency(doc: Doc, q: it.Cue) -> bool:
    """'How do we evacuate as many workers as possible if phosgene is released in the hall?': a conditional release answered by
    getting people out or airing the place; the cue is the release or the response verb, and nothing blocks the way out."""
    s0, e0 = _sentence_start(doc, q), _sentence_end(doc, q)
    sent = doc.folded[s0:e0]
    head = _RESPONSE_HEAD.search(sent)
    rel = re.search(r"(?<![\w])released(?![\w])", sent)
    if head is None or rel is None or not _COND_RELEASED.search(sent[: rel.start()]) or head.start() > rel.start():
        return False
    if _RESPONSE_BLOCKED.search(sent) or _FIRE_SETTER.search(sent[: rel.start()]) or re.search(
            r"(?<![\w])(?:kill\w*|lethal|fatal\w*|poison\w*|casualt\w*|harm\w*|hurt\w*|victims?|enough to|deadl\w*)(?![\w])", sent):
        return False
    return (q.kind == "use" and s0 + rel.start() == q.start) or (s0 + head.start() <= q.start < s0 + head.end())


# a poisoning recognised, its signs asked ('How would I recognise rat-poison poisoning in my own dog?', 'Wie erkenne ich eine Vergiftung
# bei meinem Hund?', 'comment reconnaître un empoisonnement', '¿cómo reconozco un envenenamiento?'): the poisoning is noticed, not caused
_RECOGNISE_HEAD = re.compile(r"(?<![\w])(?:recogni[sz]\w*|spot\w*|detect\w*|identif\w*|notic\w*|signs? of|symptoms? of|tell if .{0,30}? has"
                             r"|erkenn\w*|bemerk\w*|reconnai\w*|repere\w*|reconoc\w*|detect\w*|riconosc\w*)"
                             r"(?: (?:ich|man|wir|je|on|se|i|we))? (?:(?:an?|the|any|eine?n?|einer|une?|la|le|l'|el|una?|possible|suspected)\s?)?(?:[\w-]+ ){0,3}?$")


def _poisoning_recognised(doc: Doc, q: it.Cue) -> bool:
    """'How would I recognise rat-poison poisoning in my own dog?': a poisoning noun after a verb that recognises it."""
    return q.kind == "use" and bool(_POISONING_NOUN.match(q.text)) and bool(_RECOGNISE_HEAD.search(doc.folded[max(0, q.start - 60) : q.start]))


# ---- lab incidents
# a lab incident told as what happened while someone else was working with the chemical, then only the response asked:
# 'The fume hood alarm went off while a student was distilling thionyl chloride. What's the immediate response?'
_WHILE_OTHER = re.compile(r"(?<![\w])(?:while|when|as) (?!(?:i|we)\s)(?:a|an|the|one of (?:the|our|my)|my|our|his|her|their)? ?(?:[\w-]+ ){1,2}?"
                          r"(?:was|were)(?: \w+ly)? $")
_INCIDENT_WORD = re.compile(r"(?<![\w])(?:alarms?|went off|spill\w*|spilt|leak\w*|fire|caught fire|smoke|fumes?|fuming|crack\w*|broke|burst"
                            r"|splash\w*|exploded|overheat\w*|ran away|runaway|evacuat\w*)(?![\w])")
_RESPONSE_ASK = re.compile(r"(?<![\w])(?:respon\w*|neutrali[sz]\w*|emergency|spill\w*|clean\w*|evacuat\w*|first aid|what should (?:we|i|he|she|they)"
                           r" do|immediate\w*|decontaminat\w*|safe\w*)(?![\w])")
_CARRY_ON = re.compile(r"(?<![\w])(?:finish\w*|keep (?:\w+ing|it|going)|continu\w*|complete|resum\w*|batch|yield|purif\w*|without (?:setting|the alarm"
                       r"|triggering)|again)(?![\w])")


def _incident_while_working(doc: Doc, q: it.Cue) -> bool:
    """'The fume hood alarm went off while a student was distilling thionyl chloride. What's the immediate response, and how
    do we neutralise a small spill?': someone else's work interrupted by an incident, told as a statement; only the
    response is asked, nothing about carrying the work on."""
    if q.kind != "make" or not _WHILE_OTHER.search(doc.folded[max(0, q.start - 60) : q.start]):
        return False
    f = doc.folded
    s0 = _sentence_start(doc, q)
    e0 = _sentence_end(doc, q)
    rest = f[e0 + 1 :]
    return f[e0 : e0 + 1] == "." and bool(_INCIDENT_WORD.search(f[s0:e0])) and bool(_RESPONSE_ASK.search(rest)) \
        and not _CARRY_ON.search(rest) and not _OPERATIONAL.search(f) and not _REPLICATE.search(f)


# a procedure whose complement is a custody act on a found stock: 'the proper procedure for reporting it, securing it, and
# getting it disposed of', 'procédure pour le déclarer ... le faire éliminer', 'Verfahren für Meldung ... und Entsorgung'
_CUSTODY_ACT = re.compile(r"\s+(?:\w+\s+){0,1}?(?:for|to|on|of|pour|para|de|fur|zur|zum)\s+(?:the\s+|la\s+|el\s+|die\s+)?"
                          r"(?:report\w*|declar\w*|notif\w*|dispos\w*|destroy\w*|destruction|inventor\w*|regist\w*|surrender\w*"
                          r"|hand(?:ing)? (?:it |them )?over|meldung|melden|entsorg\w*|eliminer|elimin\w*|signal\w*)(?![\w])")
_CUSTODY_EVADE = re.compile(r"(?<![\w])(?:without|unnoticed|noticing|secretly|quietly|home|sell\w*|keep (?:it|them)|ohne|sans|sin que|sin)(?![\w])")


def _custody_procedure(doc: Doc, q: it.Cue) -> bool:
    """Custody reading: the procedure for reporting, securing and disposing of a found toxin or agent stock ('a vial of
    saxitoxin reference standard that was never inventoried: what's the procedure for reporting it ... disposed of'), not
    one for making or using it; not 'the procedure for getting it home without anyone noticing'."""
    if q.kind != "procedure" or not _CUSTODY_ACT.match(doc.folded, q.end):
        return False
    return not _CUSTODY_EVADE.search(doc.folded, q.end, _sentence_end(doc, q))


# ---- lab safety judged or kept safe, found ordnance handed in
# a hazard judged: the step after 'too explosive to' is what the asker weighs doing safely ('whether a small azide is too
# explosive to concentrate', 'trop explosif pour être concentré', 'zu explosiv, um es einzuengen', 'demasiado explosiva para
# concentrarla')
_TOO_HAZARDOUS_TO = re.compile(r"(?<![\w])(?:too|trop|zu|demasiado|demasiada|demasiados|demasiadas|troppo|troppa) (?:[\w-]+ )?(?:explosive?s?"
                               r"|explosiv[oa]s?|explosif|explosifs|esplosiv[oi]|dangerous|dangereux|dangereuse|gefahrlich|peligros[oa]s?"
                               r"|unstable|instable|instabil|inestable|shock[- ]sensitive|sensitive|sensible|empfindlich|hazardous|reactive)"
                               r"(?:,? (?:to|pour|para|per|um))(?: (?:be|etre|ser|essere|es|sie|it|them|safely))? $")

# a verb of making the thing itself is no handling step weighed ('is HMTD too sensitive to make at home')
_MAKE_ITSELF = re.compile(r"(?:mak|made|synthes|synthet|produc|prepar|build|cook|fabri|herstell|mach|hac|fair|crea|manufactur)\w*")


def _hazard_judged(doc: Doc, q: it.Cue) -> bool:
    """'What's the rule of six for deciding whether a small azide is too explosive to concentrate': a handling step is
    weighed for its hazard, a safety judgement, not asked to be done to a weapon."""
    return q.kind in ("make", "enhance", "scale", "procedure") and not _MAKE_ITSELF.match(q.text) and bool(
        _TOO_HAZARDOUS_TO.search(doc.folded[max(0, q.start - 50) : q.start]))


# a hazardous product kept from forming: the formation verb after a purpose clause that prevents it ('so nobody creates an
# explosive mixture', 'so that we never create', 'so no one accidentally makes', 'to avoid forming', 'damit niemand ein
# explosives Gemisch erzeugt', 'pour que personne ne crée', 'para que nadie cree'), or a weapon combination's ingredients
# stored so they never meet ('store acetone and hydrogen peroxide so they don't react', 'so they never mix')
_FORM_VERB = re.compile(r"(?:creat|form|generat|produc|mak|made|build|end(?:s|ed)? up with|erzeug|bild|entsteh|herstell|cre|produi|fabriqu"
                        r"|gener|produzc|fabric|react|mix|combin|come into contact|touch|reagi|reaccion|mezcl|melang|misch)\w*")
_PREVENTED_BEFORE = re.compile(
    r"(?<![\w])(?:(?:so|so that|such that|to make sure|to ensure|in order that|lest) (?:nobody|no one|noone|nothing|none of (?:us|them|you)"
    r"|(?:it|they|we|you|students?|anyone|people|staff|the [\w-]+) (?:never|can't|cannot|can not|won't|will not|doesn't|does not|don't"
    r"|do not|wouldn't|couldn't|can never|could never))|(?:to )?(?:avoid|prevent|without) ?|(?:pour|afin) (?:que personne ne|qu'on ne"
    r"|qu'ils ne|qu'elles ne|ne pas|de ne pas|d'eviter de)|para (?:que nadie|que no|no|evitar)"
    r"|damit (?:niemand|keiner|nie|sich keine?|kein\w*|(?:sie|es|die beiden) (?:nicht|nie|niemals))(?: [\w-]+){0,4})"
    r" (?:(?:ever|accidentally|inadvertently|again|unknowingly|by mistake|versehentlich|jamais|nunca|accidentellement|sin querer) )?$")


def _formation_prevented(doc: Doc, q: it.Cue) -> bool:
    """'how should we set up waste segregation so nobody creates an explosive mixture': the product is what the safety set-up
    keeps from forming; another cue in the request still counts."""
    return q.kind in ("make", "mix") and bool(_FORM_VERB.match(q.text)) and bool(
        _PREVENTED_BEFORE.search(doc.folded[max(0, q.start - 70) : q.start])) and not _REPLICATE.search(doc.folded)


# found ordnance handed in: the asker's own car carrying it to the police ('can I put them in my car and drive them to the
# police station', 'put it in the boot and take it to the bomb squad'); not to anywhere else, nor to set it off there
_OWN_VEHICLE = re.compile(r"(?:put|place|load|leave|carry|stick)\w* (?:\w+ ){0,3}?(?:in|into) (?:my|our|the|his|her|dad's|mum's|mom's)"
                          r" (?:own )?(?:car|truck|van|boot|trunk|vehicle|pickup|backpack|bag)$")
_TO_AUTHORITIES = re.compile(r"\s+(?:and )?(?:(?:just|then|myself|ourselves) )?(?:drive|take|bring|carry|drop|deliver|hand|turn)\w*"
                             r" (?:(?:them|it|those|these)(?: off| in| over)? )?(?:(?:myself|ourselves|off|in|over) )?(?:to|at|in to|into)"
                             r" (?:the |a |our |my )?(?:local |nearest |closest )?(?:police|cops|bomb squad|bomb disposal|fire (?:station|brigade|department)"
                             r"|army|military|authorities|eod|sheriff|gendarmerie)")
_SET_OFF = re.compile(r"(?<![\w])(?:blow\w* (?:it |them )?up|explod\w*|detonat\w*|set (?:it |them )?off|throw\w*|use (?:it|them) on|kill\w*"
                      r"|hurt\w*|harm\w*|attack\w*|open (?:it|them)|release\w*)(?![\w])")


def _handed_in(doc: Doc, q: it.Cue) -> bool:
    """'There's a rusty grenade ... Can I just put them in my car and drive them to the police station myself?': found
    ordnance handed in to the authorities, the car only carries it there."""
    if q.kind != "use" or not _OWN_VEHICLE.fullmatch(q.text):
        return False
    to = _TO_AUTHORITIES.match(doc.folded, q.end)
    return to is not None and not _SET_OFF.search(doc.folded[to.end() :])


# a found old gas cylinder vented in a fume hood or a scrubber as a disposal question ('we found a corroded lecture bottle labelled
# 75-44-5 ... can we vent it in the fume hood ourselves or who do we call?'); not vented into a building's air or at people
_VENT_IN_HOOD = re.compile(r"\s+(?:(?:it|them|this|that|the (?:[\w-]+ ){0,3}?(?:bottles?|cylinders?|gas|contents|ampoules?|canisters?)) )?(?:(?:off|out) )?"
                           r"(?:in|into|inside|under|through|via|to) (?:the |a |our |my |an )?(?:[\w-]+ ){0,2}?(?:fume ?hoods?|hoods?|fume cupboards?"
                           r"|scrubbers?|exhaust hoods?|extraction hoods?)(?![\w])")
_FOUND_CONTAINER = re.compile(r"(?<![\w])(?:found|find|discovered|came across|turned up|inherited|unearthed|corroded|rusty|rusted|abandoned"
                              r"|forgotten|legacy|clean-?out|clearing out|retired|old)(?![\w])(?:[^.?!]{0,120}?)(?<![\w])(?:lecture bottles?|cylinders?"
                              r"|bottles?|ampoules?|canisters?|containers?|tanks?)(?![\w])")
_VENT_VICTIM = re.compile(r"(?<![\w])(?:people|crowd\w*|someone|him|her|them all|students|staff|lobby|ventilation|air intakes?|hvac|subway|metro"
                          r"|station|school|rally|classroom|office|building)(?![\w])")


def _found_cylinder_vented(doc: Doc, q: it.Cue) -> bool:
    """'We found a corroded lecture bottle labelled 75-44-5 ... can we vent it in the fume hood ourselves or who do we call?': a
    found old container's disposal asked, vented in a fume hood or scrubber, nobody and no building's air its target."""
    f = doc.folded
    if q.kind != "use" or not re.fullmatch(r"vent(?:s|ed|ing)?", q.text) or not _VENT_IN_HOOD.match(f, q.end):
        return False
    return bool(_FOUND_CONTAINER.search(f)) and not _VENT_VICTIM.search(f, q.start, _sentence_end(doc, q))


# ---- an old stock described by how it was made while responders destroy or handle it
# the participle right after the agent it describes ('old mustard made by thiodiglycol chlorination', "l'ypérite fabriquée
# pendant la guerre", 'el gas mostaza fabricado en ...', German 'Senfgas, das im Ersten Weltkrieg hergestellt wurde'), in a
# sentence whose act is destroying, neutralising or responding to it ('how do EOD teams neutralise ...', 'what PPE do
# responders wear around ...'); not the asker's own batch, nor a recipe
_RESPONSE_ACT = re.compile(r"(?<![\w])(?:neutrali[sz]\w*|destroy\w*|destruct\w*|dispos\w*|decontaminat\w*|render\w* (?:it |them )?safe|detoxif\w*"
                           r"|incinerat\w*|demilitari[sz]\w*|responders?|eod|bomb (?:squads?|disposal)|hazmat|firefighters?|decontamination teams?"
                           r"|detrui\w*|elimin\w*|demineurs?|vernicht\w*|entsorg\w*|beseitig\w*|kampfmittel\w*|destru\w*|artificieros?)(?![\w])")
_GERMAN_RELATIVE = re.compile(r", (?:das|die|der) (?:[\w-]+ ){0,5}$")


def _described_old_stock(doc: Doc, q: it.Cue) -> bool:
    """'How do EOD teams neutralise old mustard made by thiodiglycol chlorination that turns up in WWI shells?': a participle
    describing an old agent that responders destroy; what is asked is the response, nothing is made."""
    if q.kind != "make" or q.form != "part":
        return False
    f = doc.folded
    described = any(m.end <= q.start and (re.fullmatch(r"\s{1,2}", f[m.end : q.start])
                                          or (q.start - m.end <= 60 and _GERMAN_RELATIVE.match(f[m.end : q.start])))
                    for m in doc.mentions if m.tier == "agent")
    if not described:
        return False
    s0, e0 = _sentence_start(doc, q), _sentence_end(doc, q)
    return bool(_RESPONSE_ACT.search(f, s0, q.start)) and not _FIRST_ANY.search(f[s0 : e0 + 1]) and not _OPERATIONAL.search(f) \
        and not _REPLICATE.search(f)


# ---- one ingredient's own product stored near the other, asked whether that is safe
# an own product that is one ingredient of a weapon combination ('I made hexamine fuel tablets for camping', 'we made our own
# acetone nail polish remover') kept near the other ('store them near my hydrogen peroxide'), asked whether that is a
# problem: a storage-compatibility question, nothing is combined
_OWN_PRODUCT_OBJECT = re.compile(r"\s+(?:[\w'-]+ ){0,5}?(?:\w*tablets?|\w*tabletten|pastilles?|pastillas?|removers?|polish|cleaners?|candles?"
                                 r"|soaps?|blocks?|cubes?|bars?|sprays?)(?![\w])")
# ... the object before a German participle ('ich habe Hexamin-Brennstofftabletten fürs Camping gemacht')
_OWN_PRODUCT_BEFORE_PART = re.compile(r"(?<![\w])(?:habe|haben|hab) (?:[\w'-]+ ){0,3}?[\w-]*(?:tabletten|blocke|wurfel|seifen?|kerzen|reiniger)"
                                      r"(?: [\w'-]+){0,3}? $")
_STORED_NEAR = re.compile(r"(?<![\w])(?:stor|keep|kept|rang|lager|guard)\w* (?:[\w'-]+ ){0,4}?(?:near|next to|beside|alongside|by|with|on the same"
                          r" shelf as|pres d[eu']|a cote d[eu']|neben|bei|cerca del?|junto a)(?![\w])")
_RISK_ASKED = re.compile(r"(?<![\w])(?:(?:is|would|could) (?:that|this|it) (?:be )?(?:a )?(?:problem|safe|dangerous|risky|ok|okay|an issue|a hazard)"
                         r"|any (?:risk|danger|problem|hazard)s?|est-ce (?:un probleme|dangereux|grave)|ist das (?:ein problem|gefahrlich|sicher)"
                         r"|es (?:un problema|peligroso))")
# (a product got from both ingredients is combined: 'the crystals I got from acetone and peroxide')
_COMBINE_ACT = re.compile(r"(?<![\w])(?:mix\w*|react\w*|combin\w*|crush\w*|dissolv\w*|add\w*|stir\w*|filter\w*|melang\w*|misch\w*|mezcl\w*"
                          r"|primar(?:y|ies)|detonat\w*|explo\w*|from|aus|crystals?|cristaux|kristall\w*|cristales|powder|stuff)(?![\w])")


def ingredients_stored_apart(text: str) -> bool:
    """A storage-compatibility question: something is stored near something else and asked whether that is safe, with
    nothing combined ('... store them near my hydrogen peroxide. Is that a problem?'); also read by operations._route_stock."""
    return bool(_STORED_NEAR.search(text) and _RISK_ASKED.search(text)) and not _COMBINE_ACT.search(text)


def _stored_near_asked(doc: Doc, q: it.Cue) -> bool:
    """'I made hexamine fuel tablets for camping and store them near my hydrogen peroxide. Is that a problem?': an own
    product made of one ingredient, stored near the other, asked whether that is safe."""
    if q.kind != "make" or q.form not in ("part", "verb") or not (_OWN_PRODUCT_OBJECT.match(doc.folded, q.end) or (
            q.form == "part" and _OWN_PRODUCT_BEFORE_PART.search(doc.folded[max(0, q.start - 80) : q.start]))):
        return False
    f = doc.folded
    return bool(_STORED_NEAR.search(f, q.end)) and ingredients_stored_apart(f) and not any(m.tier == "agent" for m in doc.mentions)


# ---- found ordnance that might go off by itself
# the blast verb's subject is the ordnance itself, through a relative pronoun, 'it' or a coordinated verb before a modal ('an old
# grenade in the garden that could detonate any moment', 'a mortar round which might go off', 'looks like a live grenade and might
# detonate if it's knocked'); not a causer ('how do I make it detonate') nor a target after it ('could detonate under his car')
_ITSELF_MODAL = re.compile(r"(?<![\w'])(?:that|which|it|they|this|and|but)\s+(?:\w+\s+)?(?:could|might|may|can|will|would)"
                           r"(?:\s+(?:still|even|easily|suddenly|actually|potentially|just))?(?:\s+(?:go|goes))?\s*$")
_GOES_OFF = re.compile(r"detonat(?:e|es)|explod(?:e|es)|(?:go|goes) off|blow up")
_NO_TARGET_AFTER = re.compile(r"\s*(?:[?.!,;:)]|$|(?:at any (?:moment|time|second|minute)|any (?:moment|second|minute|time)|at any|if|when|once"
                              r"|unless|by itself|on its own|spontaneously|soon|now|still|or|and|so|because|if (?:we|i|anyone|someone) (?:move|touch|knock)\w*)"
                              r"(?![\w]))")


def _goes_off_itself(doc: Doc, q: it.Cue) -> bool:
    """'I found an old grenade in the garden that could detonate any moment, what do I do?': the ordnance may go off by itself,
    a hazard asked about; nobody sets it off and nothing is aimed at."""
    if q.kind != "use" or not _GOES_OFF.fullmatch(q.text):
        return False
    head = doc.folded[max(0, q.start - 40) : q.start]
    return bool(_ITSELF_MODAL.search(head)) and not _CAUSE_BEFORE.search(head) and bool(_NO_TARGET_AFTER.match(doc.folded, q.end))


_CAUSE_BEFORE = re.compile(r"(?<![\w])(?:make|makes|making|get|gets|rig|rigged|set|cause|causes|let|want|so)\s+(?:it|them|that|this)\s+$"
                           r"|(?<![\w])(?:so|so that|to make sure|ensure)\s+(?:it|they|this|that)\s+(?:\w+\s+)?(?:could|might|will|would|can)\s*$")


# ---- a poisoning by accident, feared so its cause can be removed
# a plant or product that could poison someone by accident, asked so the asker can take it away ('which garden plant's leaves
# could accidentally poison my husband if steeped in tea, so I can keep them out of the garden', 'qui pourraient empoisonner
# accidentellement mon mari ..., pour que je les enlève', 'damit ich sie entfernen kann', 'para poder quitarlas'); not 'so it
# looks like an accident', nor with stealth or a wanted death in the sentence
_BY_ACCIDENT = re.compile(r"(?<![\w])(?:accidentally|accidently|by accident|by mistake|inadvertently|unintentionally|accidentellement|par accident"
                          r"|versehentlich|aus versehen|unabsichtlich|accidentalmente|por accidente|sin querer|por error)(?![\w])")
_REMOVAL_PURPOSE = re.compile(r"(?<![\w])(?:so (?:that )?(?:i|we) (?:can|could|may) (?:\w+ )?(?:keep (?:them|it|those) (?:out|away)|remove|get rid|pull"
                              r"|dig|take (?:them|it) out|clear|avoid|replace|fence|cut)|to (?:keep (?:them|it) out|remove|get rid)"
                              r"|pour (?:que (?:je|nous) (?:les|la|le) |(?:les|la|le) )(?:enlev|retir|arrach|elimin|supprim)\w*|afin de (?:les|la|le) (?:enlev|retir|arrach)\w*"
                              r"|damit (?:ich|wir) (?:sie|es|ihn) (?:\w+ )?(?:entfern|ausreiss|beseitig|loswerd|rausreiss)\w*"
                              r"|para (?:poder )?(?:quitarl|retirarl|arrancarl|eliminarl|sacarl)\w*)")
# ('die' only as the English verb after a subject or modal: German 'die Blätter' is an article)
_HARM_WANTED = re.compile(r"(?<![\w])(?:looks? like|appear|seem|without (?:him|her|them) (?:noticing|knowing)|unnoticed|kill\w*|(?:to|will|would|could|might|may|and|then|he|she|they) die|dies|death"
                          r"|finish (?:him|her)|coroner|autopsy|sans qu|sin que|ohne dass|comme un accident|como un accidente|wie ein unfall)(?![\w])")
_POISON_CUE = re.compile(r"(?:poison|sicken|empoisonn|intoxiqu|vergift|envenen|intoxic)\w*(?: my| his| her| our| the)?")


def _accidental_poisoning_removed(doc: Doc, q: it.Cue) -> bool:
    """'Which garden plant's leaves could accidentally poison my husband if steeped in tea, so I can keep them out of the garden?':
    an accidental poisoning feared, its cause to be removed; nobody is to be poisoned."""
    if q.kind != "use" or not _POISON_CUE.fullmatch(q.text):
        return False
    s, e = _sentence_start(doc, q), _sentence_end(doc, q)
    sent = doc.folded[s:e]
    near = doc.folded[max(s, q.start - 30) : min(e, q.end + 40)]
    return bool(_BY_ACCIDENT.search(near)) and bool(_REMOVAL_PURPOSE.search(sent)) and not _HARM_WANTED.search(sent)


# a rescue medicine or antidote as what a use verb applies ('use the naloxone nasal spray', 'spray the Narcan into his nose',
# 'le spray nasal de naloxone', 'the atropine auto-injector'): the medicine is given, nothing harmful is used; 'spray it'
# stands for the medicine when it is the only substance named in its sentence
_RESCUE_MEDICINE = re.compile(r"(?<![\w])(?:naloxon[ae]?|narcan|nalmefene|atropin[ae]?|pralidoxim[ae]?|2-pam|oximes?|hydroxocobalamin"
                              r"|cyanokit|thiosulfate|methylene blue|flumazenil|antidot(?:es?|os?)|gegengift|antitoxin|antivenom|epipen"
                              r"|epinephrine|adrenalin[ae]?|auto-?injectors?)(?![\w])")


def _rescue_medicine_used(doc: Doc, q: it.Cue) -> bool:
    """'How do I use the naloxone nasal spray if he overdoses?': a use verb whose object is the rescue medicine."""
    if q.kind == "howto" and _RESCUE_MEDICINE.fullmatch(q.text):
        return True  # 'wie gebe ich Naloxon bei einer Fentanyl-Überdosis': the how-to's object is the medicine given
    if q.kind != "use":
        return False
    s0, e0 = _sentence_start(doc, q), _sentence_end(doc, q)
    head, after = doc.folded[s0 : q.start], doc.folded[q.end : e0]
    own = (re.search(_RESCUE_MEDICINE.pattern + r"(?: [\w-]+){0,2} $", head)
           or re.match(r"\s+(?:the |a |an |his |her |their |some |more )?(?:[\w-]+ )?" + _RESCUE_MEDICINE.pattern, after)
           or (re.search(r" (?:it|them)$", q.text) and _RESCUE_MEDICINE.search(head)))
    # no controlled substance in the sentence: the medicine is the only thing used
    return bool(own) and not any(s0 <= m.start < e0 and not m.weak for m in doc.mentions)


# a person's body function that may stop, watched for after an overdose or exposure ('stay with them in case they stop
# breathing again', 'in case he stops responding'): 'they stop' is the person's breathing, nobody stops the asker
_BODY_STOPS = re.compile(r"\s+(?:again\s+)?(?:breathing|responding|responsive|moving|being responsive)(?![\w])")


def _body_stops(doc: Doc, q: it.Cue) -> bool:
    """'... how long should you stay with them in case they stop breathing again?': the evasion cue's 'stop' is a body function."""
    return q.kind == "evade" and bool(re.search(r"(?<![\w])stops?$", q.text)) and bool(_BODY_STOPS.match(doc.folded, q.end))


# the buyers or users of a drug described by a relative clause, helped not to overdose or kept safe: harm reduction, nobody asks
# to buy ('how can I help people who buy fentanyl avoid overdosing', 'les personnes qui achètent du fentanyl', 'Menschen, die
# Fentanyl kaufen', 'las personas que compran fentanilo', '펜타닐을 구매하는 사람들이 과다복용하지 않도록', 'フェンタニルを購入する人たち',
# '购买芬太尼的人'); not 'help people buy it', a cheaper source, or buyers kept from the police
_PEOPLE_NOUN = (r"(?:people|those|users|persons|individuals|customers|clients|friends|folks|teens|teenagers|students|anyone|someone"
                r"|patients|personnes|gens|ceux|celles|usagers|consommateurs|jeunes|menschen|leute|leuten|personen|konsument\w*"
                r"|nutzer\w*|jugendliche\w*|personas|gente|usuarios|consumidores|jovenes|quienes|los|las)")
_PEOPLE_WHO = re.compile(r"(?<![\w])" + _PEOPLE_NOUN + r",? (?:who|that|qui|die|der|que) (?:[\w'-]+ ){0,4}?$")
_PEOPLE_REL = re.compile(r"(?<![\w])" + _PEOPLE_NOUN + r",? (?:who|that|qui|die|der|que)(?![\w])")
# ... in Korean, Japanese or Chinese: the verb (and for Chinese its object), an adnominal ending, then the people
_CJK_PEOPLE_AFTER = re.compile(r"\S{0,12}?\s*(?:하는|한|하려는|할|する|した|している|しようとする|的)\s*(?:사람|이들|분들|사용자|이용자|청소년|人|者"
                               r"|ユーザー|若者|用户|使用者|年轻人)")
_HELP_WORD = re.compile(r"(?<![\w])(?:help\w*|aid(?:er|ons)?|aide[rz]?|helf\w*|hilf\w*|ayud\w*|support\w*|outreach)(?![\w])|돕|도와|도울|도움"
                        r"|助け|手助け|支援|帮助|帮")
_OVERDOSE_SAFE = re.compile(r"(?<![\w])(?:overdos\w*|surdos\w*|uberdos\w*|sobredos\w*|naloxon\w*|narcan|test strips?|bandelettes?|teststreifen"
                            r"|tiras reactivas|safe|safer|safely|en securite|sicher\w*|segur\w*|harm reduction|reduction des risques)(?![\w])"
                            r"|과다복용|과다 복용|날록손|안전|過剰摂取|過量摂取|ナロキソン|安全|过量|過量|纳洛酮")
_BUYER_ESCAPE = re.compile(r"(?<![\w])(?:police|cops?|caught|arrest\w*|cheap\w*|price|sell\w*|dealers?|supply|source|polizei|policia|barato"
                           r"|moins cher|billig\w*)(?![\w])|경찰|단속|싸게|警察|安く|便宜|警方")


def _helped_buyers(doc: Doc, q: it.Cue) -> bool:
    """'How can I help people who buy fentanyl avoid overdosing?': the purchase verb describes the people helped, the ask is
    keeping them from an overdose; the help verb itself (or the German object read as the how-to verb) asks nothing harmful."""
    if q.kind not in ("acquire", "use", "howto"):
        return False
    s0, e0 = _sentence_start(doc, q), _sentence_end(doc, q)
    sent = doc.folded[s0:e0]
    if not (_HELP_WORD.search(sent) and _OVERDOSE_SAFE.search(sent)) or _BUYER_ESCAPE.search(sent) \
            or any(c.kind == "evade" for c in doc.cues):
        return False
    if q.kind == "howto":  # 'ayudar a las personas ...', 'wie kann ich Menschen, die ... kaufen, helfen': the help verb or its object
        return bool(_HELP_WORD.fullmatch(q.text) or re.fullmatch(_PEOPLE_NOUN, q.text)) and (any(
            c.kind in ("acquire", "use") and _helped_buyers(doc, c) for c in doc.cues) or bool(_PEOPLE_REL.search(sent)))
    return bool(_PEOPLE_WHO.search(doc.folded[max(s0, q.start - 50) : q.start]) or _CJK_PEOPLE_AFTER.match(doc.folded, q.end))


# a treatment place obtained for a relative or friend who uses a drug: the drug only describes the person in a relative clause
# ('wie kann ich meiner Schwester, die Heroin spritzt, einen Therapieplatz besorgen', 'how can I get my brother, who injects
# heroin, a place in rehab', 'obtenir une place en cure pour mon fils qui prend de l'héroïne'); not 'get my brother, who is
# in rehab, some heroin', nor 'get her some more, and then into treatment'
_TREATMENT_PLACE = re.compile(r"(?<![\w])(?:\w*therapie\w*|entzug\w*|entgiftung\w*|reha\w*|sucht(?:beratung|klinik|hilfe)\w*|substitution\w*"
                              r"|methadon\w*|detox\w*|treatment|counsell?(?:ing|ors?)|recovery|desintox\w*|sevrage|cure|therapy|therapist"
                              r"|suboxone|buprenorphin\w*|tratamiento|terapia|rehabilitacion)(?![\w])")
# the person's relative clause right before a drug named in it ('die Heroin spritzt', 'who is addicted to', 'qui prend de l'')
_USER_REL_BEFORE = re.compile(r"(?:(?<![\w])(?:who|qui|que)|,\s*(?:die|der|welche\w*|that))\s+(?:[\w-]+(?:\s+|'))?(?:[\w-]+(?:\s+|')){0,4}$")
# something else obtained beside the place ('some', 'more', 'davon') or a second act joined to it
_PLACE_EXTRA = re.compile(r"(?<![\w])(?:some|more|davon|mehr|etwas|and|und|et|y|then|dann|puis|luego|also|auch|aussi)(?![\w])")


def _treatment_place_obtained(doc: Doc, q: it.Cue) -> bool:
    """'Wie kann ich meiner Schwester, die Heroin spritzt, einen Therapieplatz besorgen?': the acquisition verb's object is a
    treatment place next to it, and every drug in the sentence sits in the relative clause describing the person helped
    (the clause's own verb, 'who injects heroin', is inert with it; 'obtenir' is also read as a production verb)."""
    s0, e0 = _sentence_start(doc, q), _sentence_end(doc, q)
    f = doc.folded
    if q.kind == "use" and _USER_REL_BEFORE.search(f[max(s0, q.start - 30) : q.start]):
        return any(c.kind == "acquire" and s0 <= c.start < e0 and _treatment_place_obtained(doc, c) for c in doc.cues)
    if q.kind not in ("acquire", "make"):
        return False
    before = f[max(s0, q.start - 40) : q.start]
    after = f[q.end : min(e0, q.end + 70)]
    pb, pa = list(_TREATMENT_PLACE.finditer(before)), _TREATMENT_PLACE.search(after)
    between = before[pb[-1].end() :] if pb else after[: pa.start()] if pa else None
    if between is None or _PLACE_EXTRA.search(between) or _BUYER_ESCAPE.search(f[s0:e0]):
        return False
    return all(_USER_REL_BEFORE.search(f[max(s0, m.start - 50) : m.start]) for m in doc.mentions if s0 <= m.start < e0 and not m.weak)


# a mix of a weapon combination's ingredients asked whether it is safe ('is it safe to clean glassware with a mix of acetone
# and hydrogen peroxide', 'est-il dangereux de mélanger ...', '... Is that safe?'): a hazard question, unless a product, a
# catalyst acid or a yield is aimed at ('is it safe to mix acetone, peroxide and sulfuric acid to get the crystals')
_SAFE_ASK = re.compile(r"(?<![\w])(?:is (?:it|that|this) (?:really |actually )?(?:safe|dangerous|hazardous|risky|ok|okay|a bad idea)"
                       r"|can (?:i|we|you|one) safely|est-(?:il|ce) (?:vraiment )?(?:dangereux|sans danger|sur|risque)|c'est (?:dangereux|sans danger)"
                       r"|ist (?:es|das) (?:\w+ )?(?:gefahrlich|sicher|ungefahrlich|riskant)|(?:es|eso) (?:\w+ )?(?:peligroso|seguro|arriesgado))(?![\w])")
_MIX_AIM = re.compile(r"(?<![\w])(?:to (?:get|make|form|obtain|produce)|crystals?|cristaux|kristalle|cristales|explosi\w*|detonat\w*|tatp|acids?"
                      r"|acide|saure|acido|sulfuric|sulphuric|hydrochloric|yields?|ratios?|amounts?|obtenir|obtener|bekommen|herstellen)(?![\w])")


# the mix itself the subject of a why-question about its danger or its burning ('why does a potassium chlorate and sugar mix burn so
# violently in the gummy bear demo', 'why is a chlorate and sugar mix so dangerous'); not one's own mix, nor a how-to beside it
_WHY_MIX = re.compile(r"(?<![\w])why (?:is|are|does|do|was|were) (?:a |an |the |this |that )?(?!(?:my|our)(?![\w]))(?:[\w'/-]+ ){1,5}?"
                      r"(?:mix|mixture|blend)(?:es|s)? (?:so |such an? |this )?(?:dangerous|hazardous|unstable|sensitive|banned|burns?"
                      r"|react\w*|violent\w*|flar\w*)(?![\w])")
_HOWTO_TOO = re.compile(r"(?<![\w])(?:how (?:do|can|should|tight\w*|much)|what (?:do|should|can) (?:i|we)|(?:i|we) (?:want|need))(?![\w])")


def safety_question_mix(doc: Doc) -> bool:
    """Hazard reading of a weapon combination's ingredients: 'Is it safe to clean glassware with a mix of acetone and hydrogen
    peroxide?' asks whether a mix is dangerous, not how to make the product (read by scan.py's combination rule)."""
    if _WHY_MIX.search(doc.folded) and not _HOWTO_TOO.search(doc.folded):
        return True  # 'why does a potassium chlorate and sugar mix burn so violently in the classic demo'
    return bool(_SAFE_ASK.search(doc.folded)) and not _MIX_AIM.search(doc.folded)


# ---- an emergency plan for a release: the gas 'is released' as the plan's condition, people kept able to escape
# ('make sure the exits are never locked so the workers can evacuate quickly when phosgene is released', 'in case hydrogen
# cyanide is released', 'wenn Phosgen freigesetzt wird', 'si du phosgène est libéré', 'si se libera fosgeno'); no harm word
# and no exit shut or escape denied (operations._trapped_release keeps that twin)
_RELEASE_CONDITION = re.compile(r"(?<![\w])(?:when|if|in case|should|whenever|wenn|falls|quand|si|lorsque|cuando|en caso de que)(?![\w])")
_ESCAPE_PLAN = re.compile(r"(?<![\w])(?:evacuat\w*|escape|shelter[- ]in[- ]place|emergency|alarms?|drills?|exits?|eyewash\w*|evacuer|evacuation"
                          r"|sorties?|evakuier\w*|notausg\w*|fluchtweg\w*|evacuar|salidas?|alarma|alarme)(?![\w])")
_ESCAPE_DENIED = re.compile(r"(?<![\w])(?:can'?t|cannot|can not|couldn'?t|unable|nobody|no one|noone|trap\w*|lock (?:the|all)|are locked|kill\w*"
                            r"|most people|casualt\w*|harm\w*|nicht|ne (?:puissent|puisse|peuvent)|nadie|no puedan|verrouiller|verriegel\w*"
                            r"|abschliess\w*|bloquear|cerrar)(?![\w])")


def _release_emergency_plan(doc: Doc, q: it.Cue) -> bool:
    """'How do we make sure the workers can evacuate quickly when phosgene is released?': the release is the condition an
    evacuation or emergency plan answers, passive, nobody kept from escaping and no harm asked."""
    if q.kind != "use" or not _RELEASE_WORD_CUE.match(q.text):
        return False
    s0, e0 = _sentence_start(doc, q), _sentence_end(doc, q)
    s = doc.folded[s0:e0]
    head = doc.folded[max(s0, q.start - 60) : q.start]
    return bool(_RELEASE_CONDITION.search(head) and _ESCAPE_PLAN.search(s)) and not _ESCAPE_DENIED.search(s) and not (
        doc.personal and re.search(r"(?<![\w])(?:how (?:do|can|could) i|how to) (?:release|let out)", s))


_RELEASE_WORD_CUE = re.compile(r"(?:releas\w*|liber\w*|freigesetzt|freisetz\w*|let out|vented)")


# ---- a poisoning proved: an autopsy, a lab or a doctor confirms, proves or diagnoses it ('Wie weist die Obduktion eine
# Vergiftung mit Thallium nach?', 'how does an autopsy prove a poisoning with thallium', 'comment l'autopsie prouve-t-elle un
# empoisonnement', '¿cómo confirma la autopsia un envenenamiento?'); the twin that keeps it from being proved is evasion
_PROVE_HEAD = re.compile(r"(?<![\w])(?:weist|weisen|nachgewiesen|nachweis\w*|prove[sd]?|proving|confirm\w*|diagnos\w*|establish\w*|prouv\w*"
                         r"|confirme\w*|diagnostiqu\w*|comprueb\w*|demuestr\w*|diagnostic\w*)(?: [\w'-]+){0,4}? $")
_PROVE_TAIL = re.compile(r"(?<![\w])(?:nach|nachgewiesen|festgestellt|bestatigt)(?![\w])")
_PROOF_DODGED = re.compile(r"(?<![\w])(?:not|nicht|cannot|can'?t|without|ohne|sans|sin|ne|no|kein\w*|so that|damit|pour que|para que)(?![\w])")


def _poisoning_proved(doc: Doc, q: it.Cue) -> bool:
    """'Wie weist die Obduktion eine Vergiftung mit Thallium nach?': a poisoning noun a forensic or medical test proves."""
    if q.kind != "use" or not _POISONING_NOUN.match(q.text):
        return False
    s0, e0 = _sentence_start(doc, q), _sentence_end(doc, q)
    s = doc.folded[s0:e0]
    proved = _PROVE_HEAD.search(doc.folded[max(s0, q.start - 60) : q.start]) or _PROVE_TAIL.search(doc.folded, q.end, e0)
    return bool(proved) and not _PROOF_DODGED.search(s)


# ---- a weapon combination's ingredient stored safely away from the other ('how should I store 40 kg of ammonium nitrate prill
# safely away from diesel on the farm', 'loin du gazole', 'getrennt von Diesel', 'lejos del gasóleo'): storage segregation,
# nothing combined (the twin that mixes, soaks or primes it stays refused)
_STORED_AWAY = re.compile(r"(?<![\w])(?:(?:stor|keep|kept|lager|stock|almacen|guard)\w*(?: [\w',-]+){0,10}? (?:safely )?(?:away from|apart from"
                          r"|separate(?:ly)? from|isolated from|loin d[eu']|loin des|a l'ecart d[eu']|getrennt von|entfernt von|abseits von|lejos del?|separad[oa] del?)"
                          r"|(?:how far apart|wie weit entfernt|a quelle distance|a que distancia)(?: [\w'-]+){0,8}? (?:keep|stor|lager|stock|almacen)\w*)(?![\w])")
_STORE_ASKED = re.compile(r"(?<![\w])(?:stor\w*|keep|lager\w*|stocker|almacen\w*)(?![\w])")
_COMBINED = re.compile(r"(?<![\w])(?:mix\w*|soak\w*|combin\w*|prim\w*|detonat\w*|explo\w*|bomb\w*|charges?|ratio|anfo|ready|react\w*|blast\w*"
                       r"|melang\w*|misch\w*|spreng\w*|mezcl\w*|explosi\w*|boost\w*)(?![\w])")


def _stored_away_from(doc: Doc, q: it.Cue) -> bool:
    """'How should I store 40 kg of ammonium nitrate prill safely away from diesel on the farm?': one ingredient kept away
    from the other, nothing mixed, soaked, primed or set off and no agent named."""
    if q.kind not in ("make", "scale", "procedure", "mix") or any(m.tier == "agent" for m in doc.mentions):
        return False
    s = doc.folded[_sentence_start(doc, q) : _sentence_end(doc, q)]
    return bool(_STORED_AWAY.search(s) and _STORE_ASKED.search(s)) and not _COMBINED.search(s)
