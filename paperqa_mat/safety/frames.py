"""Benign frames that make an intent cue inert (``_inert_cue``): the dispatcher and the frames it reads inline
(informational and historical questions, 'used to make', passive statements, verification and treaty questions, banned
production, field and course names, declined recipes), permissions and the legal regime, purchase rules, a watcher
enabled, spotting someone else's plan and a seized drug's route read as forensic evidence. The themed readings live in
``frames_text`` (quoted texts and tasks), ``frames_history`` (history, trends, stories), ``frames_incidents`` (releases,
poisonings, emergencies), ``frames_industry`` (industrial, lab and materials uses) and ``frames_idioms`` (words that only
look like cues); shared patterns in ``frames_common``. Every name other modules import from here is still defined or
re-exported here.
"""

from __future__ import annotations

import re

from paperqa_mat.safety import intent as it
from paperqa_mat.safety import multilingual as ml
from paperqa_mat.safety.document import Doc
from paperqa_mat.safety.frames_common import (
    _FIRST_ANY,
    _FIRST_PERSON,
    _FIRST_SUBJECT,
    _OPERATIONAL,
    _REPLICATE,
    _sentence_end,
    _sentence_head,
    _sentence_start,
)
from paperqa_mat.safety.frames_history import (
    _attributed_production,
    _first_made_asked,
    _illicit_supply,
    _inventor_history,
    _inventor_past_act,
    _named_inventor_act,
    _named_process_history,
    _natural_quantity,
    _past_additive,
    _policy_effect,
    _process_superseded,
    _state_past_act,
    _story_act_observed,
    _story_poison_really,
    _story_without_detail,
    _why_late_detection,
    _why_trend,
)
from paperqa_mat.safety.frames_idioms import (
    _ADMIN_PASSIVE,
    _PREVENTED_PURPOSE,
    _accented_false_friend,
    _benign_sense_inert,
    _code_or_idiom_inert,
    _detection_purpose,
    _disavowed,
    _energetic_word_inert,
    _food_thickened,
    _french_measured_time,
    _french_product_noun,
    _game_mechanic,
    _harmless_food_slipped,
    _harmless_item_slipped,
    _idiom_cue,
    _made_safe,
    _object_elsewhere,
    _rejected_alternative,
    _rewards_split,
    _service_name,
    _software_clone,
    _temporal_production,
    _why_causative_one,
)
from paperqa_mat.safety.frames_incidents import (
    _SUBSTANCE_RELEASES,
    _accidental_poisoning_removed,
    _accidental_release,
    _body_stops,
    _classified_poison,
    _custody_procedure,
    _described_old_stock,
    _exposure_route,
    _formation_prevented,
    _found_cylinder_vented,
    _goes_off_itself,
    _handed_in,
    _hazard_can_kill,
    _hazard_judged,
    _hazard_label,
    _helped_buyers,
    _incident_while_working,
    _isolation_zone,
    _kept_out_of_reach,
    _material_releases,
    _pest_control,
    _poisoning_event,
    _poisoning_proved,
    _poisoning_risk,
    _release_emergency_plan,
    _release_event,
    _release_in_failure,
    _release_risk,
    _released_by_fire,
    _released_contained,
    _released_on_exposure,
    _rescue_medicine_used,
    _safety_incident_inert,
    _stored_away_from,
    _stored_near_asked,
    _treated_poisoning,
    _treatment_place_obtained,
    _what_do_if,
)
from paperqa_mat.safety.frames_industry import (
    _analytical_extraction,
    _bought_for_use,
    _captured_agent,
    _coordinated_safety_noun,
    _cue_like_noun,
    _declared_facility,
    _deterrent_formulation,
    _done_without,
    _emission_below_limit,
    _forensic_lab_prep,
    _formulated_into_material,
    _industry_of_use,
    _materials_reading,
    _medicine_dosage_form,
    _medicine_purchase_logged,
    _ordinary_product_noun,
    _patient_counselling,
    _planned_order_controls,
    _pressure_relieved,
    _reagent_own_product,
    _reagent_stock_sop,
    _release_formulation,
    _restricted_reagent_substitute,
    _safety_provision_list,
    _supplier_stock,
    _volume_descriptor,
)
from paperqa_mat.safety.frames_text import (
    _ANSWER_EMBEDDED as _ANSWER_EMBEDDED,  # re-exported: evasion imports it from here
)
from paperqa_mat.safety.frames_text import (
    _department_or_paperwork,
    _extract_from_documents,
    _handed_over_text,
    _list_noun,
    _quoted_for_text_task,
    _quoted_paragraph_checked,
    _screened_list,
)

# a sentence end inside a cue read across it (a question mark or full stop, then a space)
_SENTENCE_BREAK = re.compile(r"[?!.]\s")
_HEADING_BREAK = re.compile(r"[:;]\s")  # a heading or clause ended before the noun
# an informational question frame around a production noun: history, scale, statistics, who/when/why
_INFO_FRAME = re.compile(
    r"\W*(?:(?:can you |could you |please )?(?:tell me|explain|summari[sz]e|describe|give (?:me )?an overview of) (?:about )?(?:the )?"
    r"(?:history|origins?|story|background|legacy|timeline|scale|regulation|legal status)|"
    r"what(?:'s| is| was| were| are)? (?:the |a )?(?:\w+ )?(?:history|origins?|story|background|scale|size|volumes?|extent|status|role|impact|"
    r"legacy|timeline|statistics|capacit\w+|figures|numbers?|share|regulations?|legal status|economics|market)|"
    r"(?:which|what) (?:\w+ )?(?:countries|companies|nations|states|firms|factories|plants|facilities|sites)|"
    r"why (?:did|was|were|do|does|is|are|has|have)|when (?:did|was|were|has|have)|who (?:invented|discovered|first|developed|ran|led)|"
    r"where (?:was|were|did)|how (?:much|many) (?:\w+ ){0,3}(?:was|were|did|is|are|does)|what happened)(?![\w])"
)
# what follows an event noun used as a subject ('the Kim Jong-nam killing made it notorious', 'the Salisbury poisoning was ...')
_EVENT_NOUN_AFTER = re.compile(r"\s*(?:[,.;:?!)]|$|(?:made|makes|was|were|is|has|had|case|became|led|shocked|remains|showed|shows|in \d{4}|of \d{4})(?![\w]))")
# a biological subject right before a production verb ('the liver demethylates', 'CYP3A4 N-dealkylates', 'gut bacteria convert')
_BIO_SUBJECT = re.compile(r"(?<![\w])(?:liver|livers|enzymes?|cyp\w*|the body|body's|bacteria|microbes|metaboli[sz]m|hepatocytes|esterases?|kidneys?"
                         r"|gut flora|microsomes|p450|ugt\w*|plants?|organisms?|fungi|yeasts?) (?:(?!to )\w+ )?$")
# ... but a plant named by its industry is a factory, not a living plant ('how would a pesticide plant secretly produce nerve agents')
_FACTORY_PLANT = re.compile(r"(?<![\w])(?:pesticides?|insecticides?|herbicides?|chemicals?|fertili[sz]ers?|production|manufacturing|processing|pilot"
                            r"|industrial|pharmaceutical|pharma|petrochemical|agrochemical|dye|dyestuff|munitions?|weapons?|state-run|secret)"
                            r"[- ]plants? (?:(?!to )\w+ )?$")
# a document kind before 'guide' ('study guide', 'revision guide', 'style guide', 'reading guide')
_DOC_GUIDE = re.compile(r"(?<![\w])(?:study|revision|exam|reading|style|course|class|lecture|teaching|reference|field|pocket|pronunciation|citation|discussion"
                       r"|quick[- ]reference|tv|viewing|career|clinical|prescribing) $")
# a question about which licence or permit an import/purchase needs ('what licence do we need to import it legally')
_LICENCE_ASK = re.compile(r"(?<![\w])(?:what|which) (?:\w+ ){0,2}?(?:licen[cs]es?|permits?|authori[sz]ations?|registrations?|paperwork|permissions?)"
                         r" (?:\w+ ){0,4}?(?:need|needed|require|required|must|have to)(?: \w+){0,2}? to $")
_LICIT = re.compile(r"(?<![\w])(?:legally|licit|licensed|regulated|pharmaceutical|pharmaceutically|gmp|approved)(?![\w])")


# 'how does the OPCW verify that Schedule 1 chemicals are only produced ...': production inside the complement of a
# verification verb, asked about a third party
# (the verbs only: 'the auditor explaining that ...' names a person, it verifies nothing)
_VERIFY_THAT = re.compile(r"(?<![\w])(?:verif\w*|ensur\w*|confirm\w*|check\w*|monitor\w*|prov(?:e|es|ing)|certif\w*|guarantee\w*|make sure"
                          r"|makes sure|establish\w*|determin\w*|demonstrat\w*|audit(?:s|ed|ing)?|inspect(?:s|ed|ing)?|assur\w*|track\w*|tell|know|find out|work out"
                          r"|detect\w*|spot|see) (?:\w+ ){0,2}?"
                          r"(?:that|whether|if)(?![\w])")
# ... the same in French, German and Spanish, the verb in the third person ('comment les inspecteurs de l'OIAC vérifient-ils
# qu'une usine ne produit pas ...', 'wie kontrolliert die OVCW, dass eine Pestizidfabrik nicht heimlich ... herstellt')
_VERIFY_THAT_EU = re.compile(r"(?<![\w])(?:verifient|verifie|controlent|controle|s'assurent|s'assure|garantissent|garantit|surveillent|surveille"
                             r"|kontrollier(?:t|en)|uberpruf(?:t|en)|uberwach(?:t|en)|stell(?:t|en) (?:[\w'-]+ ){0,3}?sicher|stell(?:t|en) fest"
                             r"|verifica|verifican|comprueba|comprueban|controla|controlan|se asegura|se aseguran|garantiza|garantizan)"
                             r"(?:-(?:ils|elles|il|elle|t-il|t-elle))?(?: [\w'-]+){0,6}?,? (?:qu'|(?:que|dass|ob|si)(?![\w]))")
_FIRST_PERSON_EU_FR = re.compile(r"(?<![\w'])(?:nous|nos|notre|je|j'|moi|mon|ma|mes|wir|uns|unser\w*|ich|mein\w*|nosotros|nuestr\w*|yo|mis)(?![\w'])")
# 'used for in organic synthesis': a production noun naming a field of use, not a product
_FIELD = re.compile(r"(?:^|[^\w])(?:in|for|of)(?: der| the| den)? (?:organic|inorganic|industrial|pharmaceutical|peptide|polymer|total|asymmetric|fine[- ]chemical"
                    r"|dye|pesticide|agrochemical|medicinal|laboratory|academic|materials|chemical|process|organischen|organische"
                    r"|industriellen|pharmazeutischen) $")
# the same in Romance word order: 'en síntesis orgánica', 'en synthèse organique', 'in sintesi organica', 'em síntese orgânica'
_FIELD_PREP = re.compile(r"(?:^|[^\w])(?:en|in|em|dans|dans la|nella|na|no) $")
_FIELD_AFTER = re.compile(r"\s+(?:organica|organico|organique|organicas|inorganica|inorganique|industrial|industrielle|industriale"
                          r"|farmaceutica|pharmaceutique|quimica fina|chimie fine|chimica fine|de (?:farmacos|medicamentos|polimeros)"
                          r"|de (?:medicaments|polymeres)|di (?:farmaci|polimeri))(?![\w])")


# 'explain how a binary VX munition was designed ...': an indirect past-tense how-question about someone else's work
_INDIRECT_PAST_HOW = re.compile(r"\W*(?:(?:can you |could you |please )?(?:explain|describe|tell me|outline|summari[sz]e|show) )?how "
                                r"(?:[\w'-]+ ){1,5}?(?:was|were|had been|got)(?: \w+ly)? ?$")


# spotting someone else's plan: 'a teacher realises a student has been stockpiling chemicals to build a bomb. What warning
# signs would she notice, and how would the police respond?' - the plan is narrated about a third party, the ask is detection
_WARNING_ASK = re.compile(r"(?<![\w])(?:warning signs?|red flags?|tell-?tale signs?|signs (?:that|of|to look)|indicators?|"
                          r"(?:notice|spot|recogni[sz]e|detect|report|respond|react|intervene|look out for|look for|pick up on)(?![\w])|"
                          r"signes? (?:d'alerte|avant-coureurs?)|warnzeichen|anzeichen|senales de alerta|indicios)")
_THIRD_PLAN = re.compile(r"(?<![\w])(?:a|an|the|his|her|their|one|my|our) (?:\w+ ){0,2}?(?:student|pupil|teen\w*|kid|son|daughter|neighbou?r|"
                         r"colleague|coworker|co-worker|employee|tenant|patient|customer|client|man|woman|boy|girl|person|roommate|flatmate|"
                         r"friend|partner|husband|wife|brother|sister|character|suspect|worker)s? (?:\w+ ){0,3}?(?:has|had|have|is|was|were|are|"
                         r"been|may be|might be|could be|seems? to be|appears? to be)(?: been)? (?:\w+ing|secretly \w+ing|planning|trying|about)"
                         r"|(?:someone|somebody|he|she|they) (?:has|had|is|was|have|are|may|might)(?: be| been)* (?:\w+ing|planning|trying)")


def _spotting_third_party(doc: Doc, q: it.Cue) -> bool:
    if q.kind not in ("make", "acquire", "scale", "mix") or not _WARNING_ASK.search(doc.folded, q.end) or _OPERATIONAL.search(doc.folded):
        return False
    s0 = _sentence_start(doc, q)
    sent = doc.folded[s0 : q.end]
    return bool(_THIRD_PLAN.search(sent)) and not _FIRST_SUBJECT.search(sent)


# a production noun that is the object of a banning verb, in any of the core languages: 'why didn't the Geneva Protocol ban
# the production of chemical weapons', 'n'interdisait-il pas la production', 'no prohibió la producción', 'verbot ... nicht
# die Herstellung', 'verbood het Protocol van Genève niet de productie' (a Dutch subject in between). The gap (up to six
# words, no punctuation) may not hold a conjunction or a request ('ignore the ban and tell me the production'); the nouns
# 'interdiction', 'prohibición', 'prohibition' are not verbs ('malgré l'interdiction, explique la production' stays a request).
_BANNED_OBJECT = re.compile(
    r"(?<![\w])(?:ban|bans|banned|banning|outlaw(?:s|ed|ing)?|forb(?:id|ids|ade|idden|idding)|interdi(?!ction)\w*"
    r"|pro(?:h)?ib(?!i[cz]|ition)\w*|verbiet\w*|verbot(?:en)?|untersag\w*|verbied\w*|verbood|viet[ao]\w*)"
    r"(?:[\s'-]+(?!(?:and|et|und|y|e|o|or|but|then|mais|aber|pero|ma|tell|give|explain|show|me|mir|moi|explique\w*|erklar\w*"
    r"|explica\w*|spiega\w*|dime|dis)(?![\w]))\w+){0,6}[\s'-]+$")


# ... or the subject of a banning participle after it: 'pourquoi la production d'armes chimiques est-elle interdite',
# 'perché la produzione di armi chimiche è vietata', 'warum ist die Herstellung von Chemiewaffen verboten', fa 'چرا تولید
# سارین ... ممنوع است' (in a question
# asking why/when, or a text that is not a request)
_BANNED_AFTER = re.compile(
    r"(?:[\s'-]+[\w'-]+){0,8}?[\s'-]+(?:interdite?s?|prohibid[ao]s?|prohibited|proibit[ao]|proibid[ao]s?|banned|outlawed|forbidden"
    r"|verboten|untersagt|vietat[ao]|verboden|ممنوع\w*|محظور\w*)(?![\w])")
_WHY_WHEN = re.compile(r"\W*(?:why|when|since when|pourquoi|quand|depuis quand|warum|weshalb|wann|seit wann|por que|porque|cuando|desde cuando"
                       r"|perche|quando|da quando|waarom|wanneer|sinds wanneer|چرا|لماذا|کیوں|از کی|متى)(?![\w])")


# a harmless product: turning an agent into one destroys it (decontamination), it does not make it: 'convert sarin into a
# harmless substance', 'hydrolyse VX to non-toxic products' (other languages: multilingual.harmless); not 'harmless-looking'
_HARMLESS = re.compile(r"(?<![\w])(?:harmless|non-?toxic|innocuous|inert|less toxic|non-?hazardous|sans danger|inoffensi\w*"
                       r"|non toxiques?|harmlos\w*|ungiftig\w*|unschadlich\w*|inocu[oa]s?|no toxic[oa]s?|innocu[oi]|non tossic[oi]"
                       r"|atossic[oi]|onschadelijk\w*|niet[- ]giftig\w*)(?![\w-])(?! ?looking)")


# a determiner, wh-word or adjective before 'poison(s)' makes it the noun ('a poison', 'what poisons', 'classic poisons')
_POISON_NOUN_BEFORE = re.compile(r"(?<![\w])(?:a|an|the|its|same|any|some|what|which|whose|this|that|these|those|such|of|classic|common|famous"
                                 r"|deadly|slow|fast|rare|exotic|fictional|magical|magic|ancient|untraceable|plant|natural|her|his|their"
                                 # a nickname ('the notorious poisoner's poison', 'the proverbial poison')
                                 r"|poisoner's|poisoners'|notorious|infamous|proverbial|archetypal)\s+$")
# a production noun declined: 'no recipes needed', "I don't need any recipes", 'without the synthesis', also with the noun's
# kind in front ('no chemistry recipes needed', 'without any lab procedures', "I don't need the step-by-step synthesis")
_DECLINED = re.compile(r"(?<![\w])(?:no|not|without|senza|sans|sin|ohne|sem|zonder|don't need|dont need|do not need|don't want|dont want|do not want|not asking for"
                       r"|not looking for|never mind|nothing about|nothing on)\s+(?:(?:any|the|a|actual|real|specific|detailed|chemistry|chemical"
                       r"|synthetic|synthesis|lab|laboratory|bench|step-by-step|practical|technical|exact|full|production|manufacturing|precise"
                       r"|working|usable) ){0,3}$")
# how a substance is made, declined ('without getting into how meth is made', 'without explaining how it is produced',
# 'sans expliquer comment on la fabrique', 'ohne zu erklären, wie man es herstellt', 'sin explicar cómo se fabrica')
_HOW_MADE_DECLINED = re.compile(r"(?<![\w])(?:without|not|no need to|don't|dont|do not|never|avoid(?:ing)?|sans|ohne|sin|senza)\s+(?:\w+\s+){0,2}?"
                                r"(?:getting into|going into|delving into|explaining|covering|describing|discussing|mentioning|saying|expliquer"
                                r"|decrire|erklaren|beschreiben|explicar|describir|spiegare)\s*,?\s+(?:how|comment|wie|como|come)\s+"
                                r"(?:[\w'-]+\s+){0,4}?(?:(?:is|are|was|were|gets?|got)\s+)?$")
# a causative's object and adjective complement ('makes them poisonous', 'made the leaves so toxic'); the actor before it may
# not be the asker or a person ('how can I make cassava poisonous', 'how do you make ... deadly')
_PROPERTY_COMPLEMENT = re.compile(r"\s+(?:[\w'-]+ ){1,3}?(?:so |more |less |very |too |extremely |highly |really |mildly )?"
                                  r"(?:poisonous|toxic|deadly|lethal|dangerous|harmful|inedible|unsafe)(?![\w])")
_ACTOR_BEFORE = re.compile(r"(?<![\w'])(?:i|we|you|u|one|someone|somebody|me|us|my|our|to|could|can|would|should|how)(?![\w'])")
# a school or lab's preparation room named by its purpose ('prep room', 'prep-room cupboard', 'salle de préparation')
_PLACE_AFTER = re.compile(r"[\s-]+(?:rooms?|areas?|benches?|labs?|laborator(?:y|ies)|cupboards?|stores?|storerooms?|techs?|technicians?|staff)(?![\w])")
_PLACE_BEFORE = re.compile(r"(?<![\w])(?:salle|local|cuarto|sala|laboratorio|aula|stanza|locale) (?:de|di|da) (?:la )?$")
# a seized drug's route of manufacture read from its impurities: the participle or route noun names the evidence a
# forensic comparison tells apart ('which impurities distinguish MDMA made from safrole from ...', 'la méthamphétamine
# fabriquée par la voie P2P'), not when the asker makes it or asks for the reagents or steps
_FORENSIC_FRAME = re.compile(r"(?<![\w])(?:impurit\w*|profil\w*|route[- ]specific|marker (?:compounds?|impurit\w*)|(?:chemical |impurity )?signatures?"
                             r"|tell (?:[\w'-]+ ){1,10}?apart|distinguish\w*|differentiat\w*|discriminat\w*|forensi\w*|criminalist\w*|seized"
                             r"|unterscheid\w*|verunreinigung\w*|sichergestellt\w*|distingu\w*|impurete\w*|impureza\w*|perfilado|incautad\w*"
                             # the difference between a bought and a home-made drug ('la différence entre une drogue achetée et ...')
                             r"|differences? (?:[\w'-]+ ){0,5}?(?:between|entre)|unterschied\w*|diferencias? (?:[\w'-]+ ){0,5}?entre)(?![\w])")
_ROUTE_OPS = re.compile(r"(?<![\w])(?:reagents?|quantit\w*|amounts?|steps?|recipe|conditions|temperatures?|yields?|how (?:to|(?:do|can|could|would|should)"
                        r" (?:i|we|you|one))|walk me|give me|so (?:that )?(?:\w+ ){0,3}?(?:can't|cannot|won't|doesn't|don't)|without leaving)(?![\w])")


_BOUGHT_PART = re.compile(r"bought|purchased|achetee?s?|gekauft\w*|comprad[oa]s?")
# a synthesis-route noun read off a seized drug's impurities by a verb of telling ('which impurities reveal the synthesis route of
# seized fentanyl', 'welche Verunreinigungen verraten den Syntheseweg', 'quelles impuretés révèlent la voie de synthèse', 'qué
# impurezas revelan la ruta de síntesis'): the route is the evidence, not a request
_ROUTE_NOUN = re.compile(r"synthe\w*|sintesis|syntheseweg\w*|voie de synthese|ruta de sintesis|herstellungs\w*|routes?|methods?")
_ROUTE_TOLD = re.compile(r"(?<![\w])(?:reveal\w*|indicat\w*|betray\w*|point\w* to|infer\w*|attribut\w*|verrat\w*|deute\w*|weis\w* auf|revele\w*"
                         r"|revel\w*|indiqu\w*|trahi\w*|indican?\w*|delat\w*|seized|sichergestellt\w*|beschlagnahmt\w*|saisi\w*|incautad\w*)(?![\w])")


def _forensic_origin(doc: Doc, q: it.Cue) -> bool:
    if not (q.kind == "make" and (q.form == "part" or re.fullmatch(r"routes?|methods?", q.text)
                                  or (q.form == "noun" and _ROUTE_NOUN.fullmatch(q.text) and _ROUTE_TOLD.search(doc.folded)))
            or (q.kind == "acquire" and q.form == "part" and _BOUGHT_PART.fullmatch(q.text))):
        return False  # (a drug bought on the street, set against one made at home, is evidence too)
    if not _FORENSIC_FRAME.search(doc.folded) or _ROUTE_OPS.search(doc.folded) or any(c.kind == "evade" for c in doc.cues):
        return False
    # the participle right after the drug it describes ('MDMA made from safrole', 'amphetamine was made by', 'la
    # méthamphétamine fabriquée par'), or German's 'Methamphetamin, das über die P2P-Route hergestellt wurde'
    described = any(0 <= q.start - m.end <= 12 and re.fullmatch(r"\W*(?:(?:was|were|is|are|been) )?", doc.folded[m.end : q.start])
                    or (0 <= q.start - m.end <= 60 and re.match(r", (?:das|die|der) ", doc.folded[m.end : q.start])) for m in doc.mentions)
    # ... or after the pronoun standing for it in the comparison ('de la obtenida a partir de efedrina', 'from that made by')
    elided = re.search(r"(?:^|\W)(?:la|el|los|las|lo|celle|celui|ceux|those|that|the ones?|ones?) $", doc.folded[max(0, q.start - 12) : q.start])
    return (described or elided is not None or q.form == "noun") and not _FIRST_SUBJECT.search(_sentence_head(doc, q))


# a piece of writing as the object of an improving verb ('improve the wording', 'polish my paragraph')
_TEXT_OBJECT = re.compile(r"\s+(?:the |its |my |our |this |that |his |her |their )?(?:\w+ )?(?:wording|phrasing|prose|style|flow|readability"
                          r"|grammar|clarity|text|draft|paragraph|sentence|abstract|introduction|summary|essay|write-?up|passage|caption)(?![\w])")
# a test's own measure as the object of an improving verb, the test named in the text ('our fentanyl immunoassay gives false
# negatives for carfentanil; how can we improve its cross-reactivity', 'améliorer sa réactivité croisée', 'mejorar su reactividad
# cruzada'): the assay is improved, not the drug it detects
_ASSAY_MEASURE = re.compile(r"\s+(?:the |its |our |their |his |her |this |that |sa |son |leur |la |le |su |sus |la |die |seine |ihre |deren )?"
                            r"(?:cross-?reactivit\w*|reactivite croisee|reactividad cruzada|kreuzreaktivitat|sensitivity|specificity|selectivity"
                            r"|(?:lower )?limits? of detection|detection limits?|lod|sensibilite|specificite|sensibilidad|especificidad)(?![\w])")
_ASSAY_NAMED = re.compile(r"(?<![\w])(?:immuno-?assays?|immunoessais?|inmunoensayos?|assays?|test strips?|strips|bandelettes?|tiras|kits?|sensors?"
                          r"|capteurs?|sensores?|antibod\w*|anticorps|anticuerpos?|lc-?ms\S*|gc-?ms|screens?|tests?|methods?)(?![\w])")
# a production noun kept out of the answer by a verb of avoiding: 'without going anywhere near production', 'steering clear
# of synthesis or purification', 'sans aborder la production', 'ohne auf die Herstellung einzugehen', 'sin entrar en la producción'
_STEER_CLEAR = re.compile(r"(?<![\w])(?:(?:without|not) (?:going |getting |straying |venturing )?(?:anywhere )?near|nowhere near"
                          r"|(?:steer\w*|stay\w*|keep\w*|kept|keeping) (?:\w+ )?(?:clear of|away from|off)"
                          r"|(?:without|no) (?:touching on|getting into|going into|discussing|mentioning|covering|addressing)"
                          r"|avoid\w* (?:discussing |mentioning |covering |describing |any )?|sans (?:aborder|evoquer|parler de|entrer dans|toucher a)"
                          r"|ohne (?:naher )?(?:auf|uber)|sin (?:entrar en|hablar de|tocar|mencionar|abordar))"
                          r"\s*(?:(?:the|any|its|their|la|le|les|l'|die|der|den|das|el|los|las|del|de la|du|des|su|sus) ?)?"
                          r"(?:[\w'-]+ (?:or|and|nor|ni|et|und|oder|y|o) (?:the |any |la |le |l'|die |der |el |los )?)?$")
# readying oneself for an event ('the hospital is preparing for a possible nerve-agent mass-casualty event', 'le CHU se prépare à un
# attentat au sarin', 'nos preparamos para un ataque con sarín'): 'prepare for' with no object names the event prepared for; not one's
# own attack ('preparing for my attack') and not a production noun ('preparing for the synthesis')
_READIED_FOR = re.compile(r"^(?:(?:se |nous |nos |me |te )?pr[eé]par\w*)$")
_READIED_EVENT = re.compile(r"\s+(?:for|à|a|au|aux|para|pour)\s+(?:(?:an?|the|any|un|une|le|la|les|l'|el|los|una|possible|potential|likely|future|eventual"
                            r"|possibles?|potentiels?|potentielles?|posibles?|posible|real|major|large|large-scale|mass|chemical|éventuel\w*)\s+){0,3}"
                            r"(?:[\w'-]+\s+){0,4}?(?:events?|incidents?|emergenc\w+|attacks?|casualt\w+|mass-casualty|releases?|exposures?|disasters?"
                            r"|scenarios?|drills?|exercises?|spills?|leaks?|influx|patients|victims|terror\w*|attentats?|attaques?|accidents?|urgences?"
                            r"|afflux|ataques?|atentados?|incidentes?|emergencias?|accidentes?|v[ií]ctimas?)(?![\w])")
# getting rid of a medicine ('how do we discard old methadone doses'), unless the disposal hides something from the police
_DISPOSAL_VERB = re.compile(r"discard\w*|dispos\w*|throw(?:ing)? (?:away|out)|destroy\w*|flush\w*")
_DISPOSAL_EVASION = re.compile(r"(?<![\w])(?:police|cops?|evidence|traces?|investigat\w*|forensic\w*|undetect\w*|without (?:anyone|being)"
                               r"|nobody (?:finds|notices|knows)|lab|batch|residues?)(?![\w])")
# a negation right before a participle: 'neither a gas nor made from mustard', 'lewisite is not made from ...'
_NEGATED_BEFORE = re.compile(r"(?<![\w'])(?:not|nor|never|isn't|wasn't|aren't|weren't)\s+(?:actually\s+|really\s+)?$")
# analytical sample preparation and methods: 'solid-phase extraction', 'validated LC-MS/MS methods', 'extraction from plasma'
_ANALYTIC_BEFORE = re.compile(r"(?<![\w])(?:solid[- ]phase|liquid[- ]liquid|supported[- ]liquid|spe|spme|lle|sle|quechers|headspace|dispersive"
                              r"|sample|analytical|validated|lc-?ms(?:/ms)?|gc-?ms|hplc|uplc|immunoassay|screening|confirmatory"
                              r"|quantitative|bioanalytical|forensic|instrumental|spectroscopic|chromatographic|spectrometric|electrochemical)\s+(?:[\w/-]+\s+){0,2}?$")
_MATRIX_AFTER = re.compile(r"\s+(?:of \w+ )?from (?:the |a |whole |postmortem |post-mortem |human |spiked |patient )?(?:plasma|blood|urine|serum"
                           r"|hair|saliva|oral fluid|wastewater|samples?|specimens?|tissues?|matri(?:x|ces)|swabs?)(?![\w])")
# a kinetic, thermal or structural analysis named after its authors or its model ('the Kissinger method', 'the Ozawa-Flynn-Wall method',
# 'Friedman's isoconversional method', 'the Rietveld method'): what is analysed is data, nothing is made
_NAMED_ANALYSIS_METHOD = re.compile(r"(?<![\w])(?:kissinger(?:-akahira-sunose)?|ozawa(?:-flynn-wall)?|flynn-wall(?:-ozawa)?|friedman|starink"
                                    r"|vyazovkin|coats-redfern|kas|ofw|isoconversional|model-free|rietveld|scherrer|debye-scherrer"
                                    r"|williamson-hall|bet|kjeldahl|karl fischer|arrhenius|tauc|ellingham)(?:'s)? (?:[\w-]+ )?$")
# also a method an analyst uses to confirm or detect it ('which methods do crime labs use to confirm cocaine')
_ANALYTIC_METHOD_AFTER = re.compile(r"\s+(?:(?:do|does|did|would|should|can|could) (?:[\w'-]+ ){1,4}?(?:use|apply|run|rely on) )?(?:for|to) (?:detect\w*"
                                    r"|quantif\w*|screen\w*|determin\w*|measur\w*|analy[sz]\w*|identif\w*|confirm\w*|distinguish\w*|differentiat\w*)")
# 'poisons' with nothing after it that could be its object ('differ from organophosphate poisons?', 'plant poisons such as')
_POISON_NOUN_AFTER = re.compile(r"\s*(?:[?.!,;:)]|$|(?:such as|like|are|were|that|which|or)(?![\w]))")
# a production noun with its own chemical product right before it ('in an isocyanate synthesis', 'for polycarbonate production');
# also a prep just finished, whose leftover reagent is quenched ('quench leftover SOCl2 after an acid chloride prep')
_OWN_PRODUCT_BEFORE = re.compile(r"(?<![\w])(?:for|in|during|into|after|following) (?:an? |the |our |my |their |this |its )?(?:[\w-]+ )?[\w-]*(?:ates?|anes?"
                                 r"|(?:acid|acyl|alkyl|aryl|aroyl|benzyl|allyl|sulfonyl) (?:chlorides?|bromides?|iodides?)"
                                 r"|enes?|ols?|esters?|mers?|resins?|plastics?|dyes?|pesticides?|herbicides?|pharmaceuticals?|foams?"
                                 r"|coatings?|paints?|polymers?|urethanes?|carbonates?|isocyanates?|amides?|imides?"
                                 # a field named by its product class: 'in my natural product synthesis', 'for natural-product synthesis'
                                 r"|natural[- ]products?"
                                 # a material named as the product ('a buffer in our nanoparticle synthesis', 'for MOF synthesis', 'in zeolite synthesis')
                                 r"|nanoparticles?|nanocrystals?|nanowires?|nanorods?|nanosheets?|nanomaterials?|quantum[- ]dots?|qds?|mofs?|cofs?|zifs?"
                                 r"|zeolites?|perovskites?|catalysts?|oxides?|ceramics?|alloys?|thin[- ]films?|electrodes?|cathodes?|anodes?|electrolytes?|phosphors?"
                                 r"|frameworks?|hydrogels?|aerogels?|silica|graphene|nanotubes?) $")

# the legal regime: who may buy/make/store it ('who may buy explosives', 'wer darf Sprengstoff kaufen', 'why would a country be
# allowed to make any', 'qui a le droit d'acheter', 'quien puede comprar ... legalmente'): a permission asked about a third party
_PERMIT = re.compile(r"(?<![\w])(?:allowed to|permitted to|authori[sz]ed to|licen[cs]ed to|entitled to|legally (?:able|allowed|permitted) to"
                     r"|(?:who|which \w+|what \w+|wer|welche \w+) (?:may|can|could|darf|durfen|darfst|kann|konnen)"
                     r"|(?:quien|quienes|que \w+|qui|quelles? \w+|quels? \w+|chi|quali \w+|quem|quais \w+) (?:puede|pueden|peut|peuvent|puo|possono|pode|podem)"
                     r"|darf|durfen|a le droit d|ont le droit d|a-t-on le droit d|est autorise a|sont autorises a|peut legalement|peuvent legalement"
                     r"|tiene(?:n)? (?:derecho|permiso) (?:a|para)|esta(?:n)? autorizad[oa]s? (?:a|para)|puede(?:n)? legalmente"
                     r"|e autorizzat[oa] a|sono autorizzat[ie] a|puo legalmente|ha il diritto di|tem (?:o )?direito de|pode legalmente)(?![\w])")
_PERMIT_WHO = re.compile(r"\W*(?:who|which|what|why|how come|is|are|can|wer|welche|warum|qui|quel\w*|pourquoi|quien|quienes|que|por que"
                         r"|chi|quale|perche|quem|qual)(?![\w])")
_LEGAL_WORD = re.compile(r"(?<![\w])(?:legal\w*|law|laws|licen[cs]\w*|permits?|regulat\w*|rechtlich\w*|gesetz\w*|genehmig\w*|erlaubnis\w*"
                         r"|loi|lois|permis|autoris\w*|ley|leyes|permisos?|licencia\w*|legge|permess\w*|licenz\w*|lei|cwc|convention|treaty"
                         r"|opcw|schedule|konvention|convencion|convenzione)(?![\w])")


# the law's own regulating asked by an impersonal how-word ('cómo se regula el almacenamiento de ANFO', 'comment est réglementée la
# vente de', 'wie wird ... geregelt'): the how-cue is the regulating verb itself; not a setting adjusted ('se regula la temperatura')
_REGULATING_VERB = re.compile(r"(?:regula|regulan|regulada|regulado|reglement\w*|reguliert|geregelt|regulated|regulates|normad[oa])")
_ADJUSTED = re.compile(r"\W*(?:la |el |the |die |der |das |le |les )?(?:temperatura|temperature|temperatur|presion|pressure|druck|pression|flujo"
                       r"|flow|caudal|velocidad|speed|ph|rate|tasa|dosis|dose|ratio|proporcion|mezcla|mix\w*|reaccion|reaction)(?![\w])")


def _regulation_asked(doc: Doc, q: it.Cue) -> bool:
    """'¿Cómo se regula el almacenamiento de ANFO en las minas?': the how-cue is the law's regulating verb, not a step."""
    return q.kind == "howto" and bool(_REGULATING_VERB.fullmatch(q.text)) and not _ADJUSTED.match(doc.folded, q.end)


# a production alleged against a third party: 'a pesticide plant were accused of secretly producing nerve agents', 'alleged
# to be making sarin', 'accusée de produire', 'beschuldigt, heimlich Nervenkampfstoffe herzustellen', 'acusada de producir'
_ALLEGED = re.compile(r"(?<![\w])(?:accused of|alleged(?:ly)?(?: to (?:be|have))?|suspected of|charged with|accus[ée]e?s? de|soupconn[ée]e?s? de"
                      r"|beschuldigt,?|verdachtigt,?|bezichtigt,?|acusad[ao]s? de|sospechos[ao]s? de|denunciad[ao]s? por)"
                      r"(?: (?!(?:and|et|und|y|but|then|how|comment|wie|como)(?![\w]))[\w'-]+){0,3} $")
_ALLEGATION_OPS = re.compile(r"(?<![\w])(?:hide|hid|conceal\w*|cover\w* up|clean\w*|scrub\w*|destroy\w*|precursors?|steps?|recipe|amounts?|quantit\w*"
                             r"|cacher|dissimul\w*|verstecken|verbergen|ocultar|esconder)(?![\w])")


def _alleged_production(doc: Doc, q: it.Cue) -> bool:
    """'Suppose a pesticide plant were accused of secretly producing nerve agents. How would a CWC challenge inspection
    work?': the production is an allegation against someone else and the question is about the procedure; not when the
    asker is the accused ('we've been accused of producing ... how do we clean the reactors') or asks to hide it."""
    if q.kind not in ("make", "scale"):
        return False
    head = _sentence_head(doc, q)
    return bool(_ALLEGED.search(head)) and not _FIRST_ANY.search(doc.folded) and not _ALLEGATION_OPS.search(doc.folded)


# a toxin concentrated or extracted by an analytical lab before it is measured: 'before measuring it', 'before LC-MS
# analysis', 'avant de la doser', 'vor der Messung', 'antes de medirla'
_MEASURE_PURPOSE = re.compile(r"(?<![\w])(?:(?:before|prior to|for) (?:\w+ ){0,2}?(?:measur\w*|quantif\w*|analy[sz]\w*|assay\w*|determin\w*|detect\w*"
                              r"|lc-?ms\w*|hplc|gc-?ms|elisa|testing|screening)|avant (?:de (?:la |le |les |l')?|l'|la |le )(?:dos\w*|mesur\w*|analys\w*"
                              r"|quantifi\w*)|vor (?:der|dem|ihrer|seiner) (?:messung|analyse|bestimmung|quantifizierung)|antes de (?:medir\w*|analiz\w*"
                              r"|cuantific\w*|su (?:medicion|analisis)))")
_ANALYTIC_LAB = re.compile(r"(?<![\w])(?:labs?|laborator\w*|labore?|monitoring|surveillance|regulatory|food[- ]safety|analysts?|uberwachung\w*"
                           r"|control|testing)(?![\w])")


def _concentrated_for_assay(doc: Doc, q: it.Cue) -> bool:
    """'How do shellfish monitoring labs concentrate the paralytic toxin from mussel extracts before measuring it?': sample
    clean-up by an analytical lab, the purpose a measurement; not the asker concentrating it ('so there's enough to kill')."""
    if q.kind not in ("make", "enhance", "procedure"):
        return False
    s0 = _sentence_start(doc, q)
    e0 = _sentence_end(doc, q)
    sent = doc.folded[s0:e0]
    return bool(_MEASURE_PURPOSE.search(doc.folded, q.end, e0)) and bool(_ANALYTIC_LAB.search(sent)) and not _FIRST_ANY.search(sent)


def _permission_asked(doc: Doc, q: it.Cue) -> bool:
    """'who may buy explosives', 'why would a country be allowed to make any': the legal regime, asked about a third party."""
    if q.kind not in ("make", "acquire", "scale"):
        return False
    f = doc.folded
    s0 = max(f.rfind(c, 0, q.start) for c in ".?!\n:") + 1
    e0 = _sentence_end(doc, q)
    head, sent = f[s0 : q.start], f[s0 : e0 + 1]
    pms = list(_PERMIT.finditer(head))
    pm = pms[-1] if pms else None
    if pm is None or len(head[pm.end() :].split()) > 6 or _FIRST_ANY.search(sent) or re.search(r"(?<![\w])(?:you|du|vous|tu|usted)(?![\w])", sent):
        return False
    if re.match(r"\s+(?:\w+ )?from(?![\w])", f[q.end : q.end + 20]):
        return False  # 'who can buy it from': a source
    return bool((_PERMIT_WHO.match(head) or sent.rstrip().endswith("?")) and (_LEGAL_WORD.search(f) or re.search(
        r"(?:who|which|wer|welche|qui|quien|chi|quem) (?:\w+ )?(?:may|darf|durfen)|allowed|permitted|autoris|autoriz|droit|derecho|diritto"
        r"|direito|darf|durfen", pm.group(0))))


_PRODUCT_SUFFIX = (r"[\w-]*(?:ates|anes|enes|ols|esters|mers|resins|plastics|dyes|pesticides|herbicides|pharmaceuticals|foams|coatings"
                   r"|paints|polymers|urethanes|polyurethanes|carbonates|polycarbonates|isocyanates|amides|imides|fertili[sz]ers)")
_OWN_PRODUCT_AFTER = re.compile(r"\s+(?:(?:aromatic|aliphatic|industrial|commercial|organic|our|the|these|those|some) )?" + _PRODUCT_SUFFIX
                                + r"(?![\w-])")
# a medicine or product made from the agent ('anti-wrinkle injections made from ...', 'the antitoxin derived from ...')
_MADE_PRODUCT_BEFORE = re.compile(r"(?<![\w])(?:injections?|shots?|jabs?|medicines?|medications?|treatments?|therap(?:y|ies)|drugs? (?:that are|which are)"
                                  r"|fillers?|vaccines?|antitoxins?|antivenoms?|antidotes?|toxoids?|cosmetics?|creams?|products?|preparations?"
                                  r"|formulations?|pharmaceuticals?|botox)(?: (?:that|which))? (?:are |is |were |was )?(?:\w+ly )?$")
_ACCIDENTAL = re.compile(r"(?<![\w])(?:accidentally|accidently|by accident|inadvertently|unintentionally|unknowingly|mistakenly"
                         r"|by mistake)(?![\w-])")
_VENT_SPACE = re.compile(r"\s+(?:out )?(?:the |a |our |this |that |its |their )?(?:\w+ )?(?:rooms?|modules?|labs?|laborator(?:y|ies)|areas?|space"
                         r"|buildings?|hoods?|house|home|cabins?|compartments?|chambers?|habitats?|tanks?|cylinders?|reactors?|lines?"
                         r"|basements?|garages?|sheds?|flats?|apartments?|kitchens?|bathrooms?|offices?|vessels?|pipes?)(?![\w])")
# goods named by how they were hidden, as what an inspector spots ('spot mislabelled or smuggled dangerous goods', 'detect
# smuggled explosives'); not one's own goods or a spotting denied ('so customs can't spot my mislabelled explosives')
_HIDDEN_GOODS = re.compile(r"mislabell?ed|smuggled|concealed|hidden|disguised|undeclared|counterfeit|falsified")
_SPOTTED_BY = re.compile(r"(?<![\w])(?:spot|spotting|detect|detecting|identify|identifying|catch|catching|find|finding|recogni[sz]e|flag|flagging"
                         r"|intercept|uncover|screen for|look for|check for)\s+(?:[\w'-]+\s+){0,3}$")
_OWN_OR_NOT = re.compile(r"(?<![\w])(?:my|our|mine|ours|don't|doesn't|won't|can't|cannot|couldn't|wouldn't|not|never|without|avoid\w*)(?![\w])")
# preventing an evasion: '(the OPCW) stops member states from hiding ...', 'prevent traffickers from smuggling'
_EVADER_ACT = re.compile(r"(?:hid|hiding|conceal|smuggl|evad|divert|cheat|disguis|mislabel|launder)")
_PREVENT_FROM = re.compile(r"(?<![\w])(?:stop|stops|stopping|stopped|prevent|prevents|preventing|prevented|deter|deters|deterring|keep|keeps"
                           r"|keeping|discourage|discourages)\s+(?:[\w'-]+\s+){0,4}?from\s+$")
# a dated past: 'in the 1990s', 'in 1995', 'during the Cold War', 'historically'
_HISTORY_STRONG = re.compile(r"(?<![\w])(?:historically|history|in the (?:1[89]\d0|20[012]0)s|in (?:1[89]\d\d|20[012]\d)|during (?:the )?(?:war"
                             r"|cold war|wwi|ww1|wwii|ww2|world war|iran-iraq war|1980s|1990s)|in the (?:cold war|gulf war|iran-iraq war))(?![\w])")
# keeping a medicine usable in storage ('nitroglycerin tablets ... so they stay potent', 'my fentanyl patches ... stay effective')
_STAYS_STABLE = re.compile(r"(?:stay|stays|remain|remains|keep|keeps|is still|are still|reste|restent|bleib|mantenga|siga|resti|rimanga|degrad"
                           r"|decompos|zerfall|zersetz|a lungo|des mois|meses|monatelang|longtemps)")
_DOSAGE_FORM = re.compile(r"(?<![\w])(?:tablets?|pills?|capsules?|patch(?:es)?|sprays?|ampoules?|ampuls?|vials?|injections?|inhalers?|pens?"
                          r"|prescriptions?|prescribed|medicines?|medications?|insulin|eye ?drops|drops|suppositor\w*|lozenges?|syrups?"
                          r"|comprim\w*|pastilla\w*|tablette\w*|pflaster|parche\w*|cerott\w*)(?![\w])")
# a stock record: quantities received, used, on hand ('50 kg remaining in bay 3', 'stock of blasting caps: 20')
_INVENTORY = re.compile(r"(?<![\w])(?:received|used|consumed|remaining|on hand|in stock|stock(?:ed)?|inventory|unaccounted|recount|delivered"
                        r"|issued|returned|balance|reconciliation|logged)(?![\w])")
_BIO_RELEASE = re.compile(r"(?<![\w])(?:acetylcholine|neurotransmitters?|transmitters?|dopamine|serotonin|glutamate|gaba|calcium|hormones?|insulin"
                          r"|histamine|cytokines?|vesicles?|vesicular|synaptic|nitric oxide|no|adrenaline|noradrenaline|norepinephrine"
                          r"|endorphins?|oxytocin) $")
_STRUCTURE_OBJECT = re.compile(r"\s+(?:the |a |an |its |their )?(?:\w+ ){0,2}?(?:crystal structures?|structures?|cifs?|poscars?|unit cells?"
                               r"|supercells?|slabs?|models?)(?![\w])")
# ... a longer material name before it, with no controlled substance in it ('candidate covalent organic framework structures')
_STRUCTURE_OBJECT_LONG = re.compile(r"\s+(?:the |a |an |its |their )?(?:[\w-]+ ){3,4}?(?:structures?|models?)(?![\w])")
# a detector as the subject of 'pick up' ('the ion scanners at the airport now pick up MDMA', 'can the dogs pick it up')
_DETECTOR_SUBJECT = re.compile(r"(?<![\w])(?:scanners?|detectors?|dogs?|sniffers?|k-?9s?|swabs?|tests?|sensors?|machines?|instruments?|assays?"
                               r"|screens?|spectrometers?|ims|gc-?ms|lc-?ms|analy[sz]ers?|x-?rays?|alarms?)(?: [\w'-]+){0,4}? $")
# ... but not aimed at people or done by the asker in the same clause ('does it actually release phosgene over the crowd if I heat it')
_RELEASE_AIMED = re.compile(r"(?<![\w'])(?:i|we|me|us|my|our|crowds?|crowded|people|persons|passengers|commuters|audience|spectators|shoppers"
                            r"|victims?|targets?|neighbou?rs?|him|her|them|subway|metro|station|stadium|mall|classroom|office|building|vents?)(?![\w'])")


# a release cue read with its object and preposition ('release phosgene on storage'): the verb first
_RELEASES_PHRASE = re.compile(r"(?:releas\w*|liberat\w*|emit\w*|gives? off|giving off|evolv\w*) ")


def _clause_tail(doc: Doc, q: it.Cue) -> str:
    """The text after the cue up to the next comma, semicolon, 'and', 'but' or the sentence's end."""
    tail = doc.folded[q.end : _sentence_end(doc, q)]
    return re.split(r"[,;:]|(?<![\w])(?:and|but|or)(?![\w])", tail, maxsplit=1)[0]


_RELEASER_BEFORE = re.compile(r"(?<![\w])(?:which|that|it|this|they|these|decomposes? (?:to|and)|on heating|when heated|in water|with moisture)"
                              # (also asked whether it does: 'does it actually release phosgene', 'will it really give off HCN')
                              r"(?: (?:can|may|might|could|will|would|slowly|readily|also|then|actually|really|truly|ever|still|eventually"
                              r"|necessarily|spontaneously|gradually|in fact|in practice|itself))*\s*$")
# 'X is (still/widely) made ...': a passive statement
# (also contracted, 'it's produced by the megatonne', 'they're made', and French 'il est produit par mégatonnes')
_IS_BEFORE = re.compile(r"(?<![\w])(?:is|are|was|were|being|been|(?:it|that|this|they|which)(?:'s|'re| is| are)|est|sont|etait|etaient)"
                        r"(?: (?:still|now|also|widely|mostly|mainly|largely|commonly|routinely|industrially|commercially|today|currently"
                        r"|encore|toujours|aujourd'hui|aussi|largement))* $"
                        # German verb-final passive: 'heute wird es in Megatonnen hergestellt'
                        r"|(?<![\w])(?:wird|werden) (?:[\w'-]+ ){1,5}$")
_QUESTION_HEAD = re.compile(r"(?<![\w])(?:how|where|what|which|who|can|could|would|tell|explain|describe|give|show|list|wie|wo|comment|ou"
                            r"|como|donde|come|dove)(?![\w])")


def _passive_statement(doc: Doc, q: it.Cue) -> bool:
    """'X is still made ...', 'phosgene is produced industrially': a passive statement, not a question or a request."""
    if q.kind != "make" or not re.fullmatch(r"made|produced|manufactured|synthesi[sz]ed|produite?s?|fabriquee?s?|hergestellt|produziert", q.text):
        return False
    head = _sentence_head(doc, q)
    return bool(_IS_BEFORE.search(head[-40:])) and not _QUESTION_HEAD.search(head) and not _FIRST_ANY.search(head)


# a Spanish reflexive passive told as a statement: 'pero hoy se produce por megatoneladas.' (not '¿cómo se produce?')
_SE_PASSIVE = re.compile(r"(?:se )?(?:produce|producen|fabrica|fabrican|sintetiza|sintetizan|elabora|elaboran)")


def _se_passive_statement(doc: Doc, q: it.Cue) -> bool:
    """'El fosgeno mató a miles, pero hoy se produce por megatoneladas.': a statement of industrial production."""
    if q.kind != "make" or not _SE_PASSIVE.fullmatch(q.text) or not (q.text.startswith("se ") or doc.folded[max(0, q.start - 3) : q.start] == "se "):
        return False
    head = _sentence_head(doc, q)
    return not _QUESTION_HEAD.search(head) and not _FIRST_ANY.search(head) and doc.folded[_sentence_end(doc, q) : _sentence_end(doc, q) + 1] != "?"


def _line(doc: Doc, q: it.Cue) -> str:
    """The line of text holding the cue."""
    f = doc.folded
    end = f.find("\n", q.end)
    return f[f.rfind("\n", 0, q.start) + 1 : end if end >= 0 else len(f)]


# a question whose subject is the watcher and whose verb is finding the hidden thing: the asker wants to know how it is caught
_WATCHER_DETECTS = re.compile(
    r"(?:^|[.?!]\s*)(?:how|what|why|when|where|which) (?:[\w'-]+ ){0,3}?(?:did|do|does|was|were|can|could|would|are|is) (?:the |a |an )?"
    r"(?:(?:local|airport|federal|us|uk|eu|state|german|french|japanese|chinese|border|port|postal) )?"
    r"(?:customs|police|cops|investigators?|inspectors?|officers?|agents|authorities|dogs?|border (?:guards?|agents?|officers?|police)|dea|fbi|cbp"
    r"|tsa|opcw|analysts?|forensic (?:chemists?|labs?|teams?)|detectives?|prosecutors?) (?:(?!not |never |fail|hardly |rarely )\w+ ){0,2}?(?:detect|uncover|see through|saw through|catch"
    r"|caught|find|found|spot|identify|expose|bust|discover|trace|crack|seize|intercept|notice|recogni[sz]e|tell)\w*")
# Japanese, Chinese, Korean: the watcher, then a verb of seeing through, catching or seizing; not when something is to stay
# unfound ('見つからないように', '不让海关发现', '걸리지 않도록')
_EVADE_PURPOSE_CJK = re.compile(r"ないよう|ずに|不让|不被|以免|않도록|않게|않으려")
_WATCHER_DETECTS_CJK = re.compile(
    r"(?:税関|警察|当局|捜査|麻薬取締|検査官|探知犬|海关|警方|缉毒|执法|세관|경찰|당국|수사)[^。？?！!]{0,30}?(?:見破|見抜|摘発|発見し|発見さ|見つけ"
    r"|検挙|押収|识破|识别|查获|破获|侦破|查出|发现了|적발|발견|찾아내|탐지했|검거)")
_FIRST_PERSON_CJK = re.compile(r"(?<!走)私(?:は|が|の|に|を|も|たち)|僕|俺|自分|我|제가|내가|저는|나는|저희|우리")  # not 走私 (smuggling)
# a clandestine lab described by what it makes, found by the police, in Korean, Japanese or Chinese ('에페드린을 메스암페타민으로 환원하는
# 불법 실험실을 경찰은 어떻게 적발하나요', '...に還元する違法なラボをどうやって摘発する', '警方如何查获把麻黄碱还原成甲基苯丙胺的非法实验室'): the
# production verb only describes the lab that is found; not with the asker's own lab or a wish not to be caught ('적발되지 않고')
_CJK_FACILITY_AFTER = re.compile(r"(?:[^。？?！!.,]{0,15}?(?:하는|한|할|되는|된|する|した|している|される|的)\s*[^。？?！!.,]{0,10}?)?\s*"
                                 r"(?:실험실|연구실|시설|공장|작업장|제조소|ラボ|実験室|工場|施設|密造所|製造所|实验室|工厂|作坊|窝点|制毒点|加工点)")
_CJK_FOUND = re.compile(r"적발|단속|탐지|찾아내|검거|수사|摘発|検挙|見つけ|発見|捜索|探知|突き止め|查获|破获|侦破|查出|发现|捣毁|查处|侦查")
_CJK_NOT_CAUGHT = re.compile(r"않고|않도록|않게|않으려|피하|피해|されずに|ないよう|ずに|逃れ|不被|以免|不让|避开|逃避|躲避")


# a Korean, Japanese or Chinese production verb in a relative clause ('사린을 만드는 과정에서 나오는 부산물', '覚醒剤を製造していた家',
# '制造沙林的过程'), the sentence ending in a benign predicate (detect, notice, clean, regulate, report, treat, 'why is it
# illegal'): the verb describes what is detected or cleaned, the request is the verb that comes last; not a method, recipe,
# materials or purity asked, the asker's own batch, or a wish not to be caught
_CJK_ADNOMINAL = re.compile(r"(?:하는|되는|드는|한|된|든|했던|하던|되던|하고 있는|하고 있던|する|した|している|していた|される|された|されている"
                            r"|ていた|ている|った|る|こと|の)?\s*(?=[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3])")
_CJK_ZH_ADNOMINAL = re.compile(r"[^，,。？?！!.\s]{0,10}?的")
_CJK_KO_TOPIC = re.compile(r"(?:는|은|를|을|가|이|도|의|에)(?![\uac00-\ud7a3])")
_CJK_METHOD_NOUN = re.compile(r"\s*(?:방법|법을|법은|레시피|재료|원료|순서|절차|단계|조건|방식|과정(?!에서)|방법|方法|やり方|作り方|手順|材料|原料"
                              r"|レシピ|条件|工程|步骤|配方|流程|工艺|には|ために|ため|には|데 필요|のに必要)")
_CJK_BENIGN_PREDICATE = re.compile(r"탐지|감지|검출|알아차리|알아보|알아채|청소|제독|규제|신고|치료|적발|단속|불법|금지|대피|検出|検知|探知|気づ"
                                   r"|気付|見分け|掃除|除染|規制|通報|届け出|治療|摘発|違法|禁止|避難|检测|检出|探测|识别|清理|清洁|去污|监管"
                                   r"|管制|举报|治疗|违法|非法|禁止")
_CJK_OWN_BATCH = re.compile(r"순도|수율|집에서|직접|흔적|증거|純度|収率|自宅で|家で|痕跡|証拠|纯度|收率|在家|自己|痕迹|证据")
_CJK_SAFE_CLEANING = re.compile(r"안전|오염|건강|安全|汚染|健康|污染")


def _cjk_relative_production(doc: Doc, q: it.Cue) -> bool:
    """'메스암페타민을 제조하는 불법 실험실의 징후를 어떻게 알아차리나요?': the production verb sits in a relative clause and the
    sentence's last predicate is a benign one."""
    if q.kind not in ("make", "acquire") or not re.match(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]", q.text):
        return False
    f, e0 = doc.folded, _sentence_end(doc, q)
    s0 = _sentence_start(doc, q)
    if re.fullmatch(r"[\u4e00-\u9fff]+", q.text) and not re.search(r"[\u3040-\u30ff\uac00-\ud7a3]", f[s0:e0]):
        rel = _CJK_ZH_ADNOMINAL.match(f, q.end)  # Chinese: the verb and its object, then 的
    else:
        rel = None if _CJK_KO_TOPIC.match(f, q.end) else _CJK_ADNOMINAL.match(f, q.end)
        if rel is not None and re.fullmatch(r"[\uac00-\ud7a3]+", q.text) and not re.search(
                r"(?:하는|되는|드는|한|된|든|던)$", q.text + rel.group(0).strip()):
            rel = None  # a Korean noun stem ('제조') needs its adnominal ending ('제조하는', '제조한')
        elif rel is not None and not re.fullmatch(r"[\uac00-\ud7a3]+", q.text) and (
                not (rel.group(0).strip() or re.search(r"[るた]$", q.text)) or re.match(r"と|ば|から|ので|けど|なら|て|で|し", f[rel.end() :])):
            rel = None  # Japanese: a verb form that ends in a noun ('製造していた家'), not a bare stem or a conditional ('すると')
    if rel is None or rel.end() >= e0 or _CJK_METHOD_NOUN.match(f, rel.end()):
        return False
    sent = f[s0:e0]
    pred = _CJK_BENIGN_PREDICATE.search(f[max(rel.end(), e0 - 14) : e0]) or _WATCHER_DETECTS_CJK.search(f, rel.end(), e0)
    if pred and re.fullmatch(r"청소|掃除|清理|清洁", pred.group(0)) and not _CJK_SAFE_CLEANING.search(sent):
        return False  # a clean-up is benign only for safety ('어떻게 청소해야 안전한가요'), not to remove traces
    return pred is not None and not _FIRST_PERSON_CJK.search(sent) \
        and not _CJK_NOT_CAUGHT.search(sent) and not _EVADE_PURPOSE_CJK.search(sent) and not _CJK_OWN_BATCH.search(sent)


# one's own duty to report a stock ('how much ammonium nitrate can a farm store before it must report it to the authorities',
# 'before we have to declare it'): a reporting threshold asked as compliance, not a report evaded
_OWN_DUTY = re.compile(r"before (?:it|we|i|you|one|he|she) (?:must|has to|have to|needs? to|is required to|are required to|is obliged to)"
                       r" (?:report|declare|register|notify|licen[cs]e)\w*")


def _own_reporting_duty(doc: Doc, q: it.Cue) -> bool:
    """'How much ammonium nitrate can a farm store before it must report it to the authorities?': the holder's own duty."""
    return q.kind == "evade" and bool(_OWN_DUTY.fullmatch(q.text)) and not re.match(r"\s+(?:me|us|him|her|them)(?![\w])", doc.folded[q.end :]) \
        and not any(c.kind == "evade" and c is not q and not _OWN_DUTY.fullmatch(c.text) for c in doc.cues)


def _cjk_lab_found(doc: Doc, q: it.Cue) -> bool:
    """'에페드린을 메스암페타민으로 환원하는 불법 실험실을 경찰은 어떻게 적발하나요?': a production verb describing a lab the police find."""
    return q.kind == "make" and bool(_CJK_FACILITY_AFTER.match(doc.folded, q.end)) and bool(_CJK_FOUND.search(doc.folded)) \
        and not _FIRST_PERSON_CJK.search(doc.folded) and not _CJK_NOT_CAUGHT.search(doc.folded)


_RULE_NOUN = re.compile(r"\s+(?:limits?|logs?|logbooks?|records?|history|restrictions?|rules|caps?|thresholds?|quotas?|registers?|requirements?"
                        # ... or the office or software that runs it ('our purchasing system keeps flagging hexamine', 'the ordering portal')
                        r"|controls?|tracking|systems?|department|dept|team|office|software|portal|platform)(?![\w])")


def _purchase_noun(doc: Doc, q: it.Cue) -> bool:
    """'the daily purchase limit for pseudoephedrine', 'purchase logs': a noun modifying a rule, nobody asks to buy."""
    return q.kind == "acquire" and q.text in ("purchase", "purchases", "purchasing", "buying", "sales", "ordering", "procurement") and bool(_RULE_NOUN.match(doc.folded, q.end))


# a purchase restriction asked why ('why you can't buy lots of pseudoephedrine anymore', 'pourquoi ne peut-on plus acheter',
# 'warum kann man ... nicht mehr kaufen', 'por qué ya no se puede comprar'): a why-word, then a negated modal before the verb
_WHY_WORD = re.compile(r"(?<![\w])(?:why|how come|pourquoi|warum|weshalb|wieso|por que|porque|perche|come mai|waarom)(?![\w])")
_NO_LONGER = re.compile(r"(?<![\w])(?:can't|cant|cannot|can not|couldn't|no longer|not allowed to|not able to|ne (?:[\w'-]+ ){0,2}?(?:plus|pas)"
                        r"|n'(?:[\w'-]+ ){0,2}?(?:plus|pas)|nicht(?: mehr)?|kein\w*|ya no|no se (?:puede|pueden|permite)|non (?:si )?(?:puo|possono|piu)"
                        r"|niet meer|limited to|restricted)(?![\w])")
_GET_AROUND = re.compile(r"(?<![\w])(?:get around|work around|around the|bypass\w*|without (?:(?:being|getting) (?:flagged|caught|noticed|logged|tracked|carded|asked)|id|showing|hitting|the (?:limit|log|id)\w*)|evad\w*"
                         r"|sans (?:etre|ordonnance|carte)|ohne (?:ausweis|dass|rezept)|sin (?:receta|que|identific\w*))(?![\w])")


def _why_cannot_buy(doc: Doc, q: it.Cue) -> bool:
    """'a student asked why you can't buy lots of pseudoephedrine cold medicine anymore': a purchase restriction explained,
    nobody asks to buy; not when the restriction is to be got around ('how do I get around the log')."""
    if q.kind != "acquire":
        return False
    head = _sentence_head(doc, q)
    whs = list(_WHY_WORD.finditer(head))
    wh = whs[-1] if whs else None
    return wh is not None and bool(_NO_LONGER.search(doc.folded, _sentence_start(doc, q) + wh.end(), _sentence_end(doc, q))) \
        and not _GET_AROUND.search(doc.folded) and not _REPLICATE.search(doc.folded)


def _idiom_or_context_inert(doc: Doc, q: it.Cue) -> bool:
    """Cues in idioms, exposure routes, labels, document tasks, emergencies, history, checked quotes, paperwork, story poisons,
    a hazard judged or kept from forming, found ordnance handed in."""
    return (_idiom_cue(doc, q) or _exposure_route(doc, q) or _hazard_label(doc, q) or _list_noun(doc, q) or _extract_from_documents(doc, q)
            or _what_do_if(doc, q) or _inventor_history(doc, q) or _named_inventor_act(doc, q) or _quoted_paragraph_checked(doc, q) or _department_or_paperwork(doc, q) or _screened_list(doc, q)
            or _story_poison_really(doc, q) or _safety_incident_inert(doc, q) or _isolation_zone(doc, q) or _disavowed(doc, q)
            or _pest_control(doc, q) or _story_act_observed(doc, q) or _why_trend(doc, q) or _why_late_detection(doc, q)
            or _illicit_supply(doc, q)
            or _hazard_judged(doc, q) or _formation_prevented(doc, q) or _handed_in(doc, q) or _found_cylinder_vented(doc, q)
            or _named_process_history(doc, q)
            or _described_old_stock(doc, q) or _stored_near_asked(doc, q) or _why_cannot_buy(doc, q))


# where the thing a route does without ends: 'avoids pseudoephedrine| and still gives ...', 'avoids NPP and 4-ANPP|, since ...'
_AVOIDED_END = re.compile(r"\s*(?:,|;|[.?!]|\s(?:and|but|yet|while|so|since|because|or) (?:still|also|yet|then|gives?|yields?|makes?|keeps?"
                          r"|ends?|leads?|produces?|affords?|delivers?|works?)(?![\w])|\s(?:still|but|yet|while|since|because)(?![\w]))")


def _avoided_end(doc: Doc, start: int) -> int:
    """The end of the object of 'avoids'/'bypasses' that starts at ``start``."""
    e = _AVOIDED_END.search(doc.folded, start)
    return e.start() if e else len(doc.folded)


def _product_beside(doc: Doc, q: it.Cue, a: int, b: int) -> bool:
    """A controlled agent named in the cue's sentence outside the avoided span [a, b): the route that does without a
    watched precursor still leads to it ('CN[C@@H](C)Cc1ccccc1 - a route that avoids pseudoephedrine', 'a fentanyl route
    that avoids NPP'). 'A polycarbonate route that avoids phosgene' names no agent beside the avoided one."""
    s = _sentence_start(doc, q)
    e = _sentence_end(doc, q)
    return any(m.tier == "agent" and not m.weak and m.cat in ("drug", "cwa", "toxin", "explosive") and s <= m.start < e
               and not a <= m.start < b and not _done_without(doc, m) for m in doc.mentions)


def _inert_cue(doc: Doc, q: it.Cue) -> bool:
    """'X is used to make Y' describes X's role; 'which country produced the most Y' asks a historical fact."""
    before = doc.folded[max(0, q.start - 40) : q.start]
    if _spotting_third_party(doc, q) or _quoted_for_text_task(doc, q) or _handed_over_text(doc, q) or _object_elsewhere(doc, q) or _permission_asked(doc, q) \
            or _code_or_idiom_inert(doc, q) or _accidental_release(doc, q) or _material_releases(doc, q) or _released_on_exposure(doc, q) or _released_contained(doc, q) or _classified_poison(doc, q) or _release_in_failure(doc, q) or _released_by_fire(doc, q) or _treated_poisoning(doc, q) or _poisoning_risk(doc, q) or _poisoning_event(doc, q) or _release_event(doc, q) or _medicine_dosage_form(doc, q) or _patient_counselling(doc, q) or _why_causative_one(doc, q) or _volume_descriptor(doc, q) or _story_without_detail(doc, q) \
            or _purchase_noun(doc, q) or _idiom_or_context_inert(doc, q) or _reagent_own_product(doc, q) or _cue_like_noun(doc, q) \
            or _industrial_use_inert(doc, q) or _materials_reading(doc, q) or _measured_checked_or_superseded(doc, q) \
            or _policy_effect(doc, q) or _hazard_can_kill(doc, q) or _release_risk(doc, q) or _service_name(doc, q) \
            or _temporal_production(doc, q) or _accented_false_friend(doc, q) or _french_product_noun(doc, q) or _custody_procedure(doc, q) \
            or _supplier_stock(doc, q) or _planned_order_controls(doc, q) or _state_past_act(doc, q) or _first_made_asked(doc, q) or _attributed_production(doc, q) or _past_additive(doc, q) or _game_mechanic(doc, q) or _software_clone(doc, q) or _alleged_production(doc, q) \
            or _concentrated_for_assay(doc, q) or _goes_off_itself(doc, q) or _accidental_poisoning_removed(doc, q) \
            or _bought_for_use(doc, q) or _reagent_stock_sop(doc, q) or _formulated_into_material(doc, q) or _natural_quantity(doc, q) \
            or _food_thickened(doc, q) or _regulation_asked(doc, q) or _harmless_item_slipped(doc, q) or _kept_out_of_reach(doc, q) \
            or _harmless_food_slipped(doc, q) or _release_emergency_plan(doc, q) or _poisoning_proved(doc, q) or _stored_away_from(doc, q) \
            or _pressure_relieved(doc, q) or _medicine_purchase_logged(doc, q) or _rewards_split(doc, q) \
            or _made_safe(doc, q) or _detection_purpose(doc, q):  # 'release the pressure on the chlorine cylinder's regulator': maintenance
        return True
    if _energetic_word_inert(doc, q) or _benign_sense_inert(doc, q):
        return True
    if _cjk_lab_found(doc, q):
        return True  # '...으로 환원하는 불법 실험실을 경찰은 어떻게 적발하나요': the lab found is described by what it makes
    if _cjk_relative_production(doc, q):
        return True  # '사린을 만드는 과정에서 나오는 부산물을 어떻게 탐지하나요': the last predicate is benign
    if _inventor_past_act(doc, q):
        return True  # '니트로글리세린을 제조한 노벨은 어떻게 안정화했나요': a named inventor's past act, asked as history
    if _rejected_alternative(doc, q):
        return True  # 'サリンを合成するのではなく、検出方法を', 'instead of synthesising sarin, tell me ...': the act is turned down
    if _helped_buyers(doc, q):
        return True  # 'how can I help people who buy fentanyl avoid overdosing': the buyers are helped, nobody asks to buy
    if _treatment_place_obtained(doc, q):
        return True  # 'meiner Schwester, die Heroin spritzt, einen Therapieplatz besorgen': a treatment place is obtained
    if _body_stops(doc, q):
        return True  # 'stay with them in case they stop breathing again': the person's breathing stops, nobody stops the asker
    if _own_reporting_duty(doc, q) or _rescue_medicine_used(doc, q) or _ordinary_product_noun(doc, q):
        return True  # 'before it must report it', 'use the naloxone nasal spray', 'ammonia synthesis': a benign object
    if q.kind == "evade" and _SENTENCE_BREAK.search(doc.folded, q.start, q.end):
        return True  # 'check this before I run it? The reviewer flagged the bomb step': two sentences, nothing is kept from anyone
    if q.kind == "procedure" and q.weak:  # 'what would the process be for a country to get xylazine controlled'
        s0 = _sentence_start(doc, q)
        e0 = _sentence_end(doc, q)
        if _ADMIN_PASSIVE.search(doc.folded[s0:e0]) and not _FIRST_SUBJECT.search(doc.folded[s0:e0]):
            return True
    if q.kind == "make" and _READIED_FOR.search(q.text) and (rm := _READIED_EVENT.match(doc.folded, q.end)) \
            and not re.search(r"(?<![\w])(?:my|our|mon|ma|mes|notre|nos|mi|mis|nuestr[oa]s?)(?![\w])", rm.group(0)):
        return True  # 'our hospital is preparing for a possible nerve-agent mass-casualty event': readying for an event, nothing is made
    if q.kind == "make" and re.fullmatch(r"develop(?:s|ed|ing)?", q.text) and re.match(
            r"\s*(?:[?.!,;:]|$|(?:in|over|after|during|with|when|if|because|quickly|slowly|rapidly|so|and|or)(?![\w]))", doc.folded[q.end :]):
        return True  # 'how does nitrate tolerance develop?', 'resistance develops over weeks': intransitive, nothing is made
    if q.kind == "make" and q.text in ("building", "buildings") and it._NOUN_BUILDING.search(doc.folded[max(0, q.start - 25) : q.start]):
        return True  # 'the safety coordinator for our office building': the noun, also when the broad verb class reads it
    if q.kind == "make" and q.text == "nitrate" and re.match(
            r"\s+(?:tolerance|tachyphylaxis|therapy|treatment|drugs?|medications?|medicines?|patch(?:es)?|headaches?|levels?|ions?|content"
            r"|poisoning|toxicity|uptake|reductase|esters? (?:drugs?|medications?|vasodilators?)|vasodilators?|pills?|tablets?|spray"
            # environmental nitrate ('nitrate residues after blasting', 'nitrate leaching into groundwater', 'reduce nitrate in runoff')
            r"|residues?|residuals?|leaching|leachate|concentrations?|loads?|pollution|contamination|runoff|run-off|discharges?|emissions?"
            r"|removal|in (?:the |their |our )?(?:runoff|run-off|water|groundwater|drainage|soil|effluent|wells?|rivers?|streams?|lakes?)"
            # a fertiliser and its form ('the prilled nitrate fertiliser', 'nitrate granules'), French 'nitrate d'ammonium'
            r"|fertili[sz]ers?|prills?|granules?|pellets?|bags?|sacks?)(?![\w])|\s+(?:d'|de )\w",
            doc.folded[q.end :]) or (q.kind == "make" and q.text == "nitrate" and re.search(
            r"(?<![\w])(?:reduc\w*|lower\w*|remov\w*|cut(?:ting)?|limit\w*|minimi[sz]\w*|monitor\w*|measur\w*|of|the|excess|high|elevated|residual)\s+$",
            doc.folded[max(0, q.start - 20) : q.start])):
        return True  # 'nitrate tolerance', 'nitrate residues', 'reduce nitrate in runoff': the noun, not the verb 'to nitrate'
    if q.kind in ("make", "acquire", "use", "scale") and re.search(
            r"(?:make sure|makes sure|ensure|ensures|ensuring|prevent\w*|stop\w*)\s+(?:[\w'-]+\s+){0,5}?(?:don't|doesn't|do not|does not|won't|will not"
            r"|can't|cannot|never|isn't|aren't|is not|are not)\s+(?:get\s+|be\s+|become\s+)?$", doc.folded[max(0, q.start - 90) : q.start]):
        return True  # 'how do regulators make sure fentanyl patches don't get diverted': preventing it
    if q.kind in ("acquire", "use") and re.search(r"(?:so|so that|such that)\s+(?:it|they|this|that|the \w+|nobody|no one)\s+(?:couldn't|can't|cannot|won't"
                                                 r"|wouldn't|could not|will not|would not)\s+(?:ever\s+)?(?:be\s+|get\s+)?$", doc.folded[max(0, q.start - 50) : q.start]):
        return True  # 'dispose of expired morphine so it couldn't be diverted': preventing it
    if q.kind in ("acquire", "use") and q.form == "part" and _PREVENTED_PURPOSE.search(doc.folded[max(0, q.start - 90) : q.start]):
        return True  # 'so the grandkids and our dog can't be harmed', 'so they aren't diverted or accidentally touched': prevented
    if q.kind == "howto" and _DISPOSAL_VERB.fullmatch(q.text) and not _DISPOSAL_EVASION.search(_line(doc, q)):
        return True  # "what's the right way to discard old methadone doses": getting rid of a medicine safely
    if q.kind == "make" and q.form == "part" and _NEGATED_BEFORE.search(doc.folded[max(0, q.start - 25) : q.start]) \
            and re.match(r"\s+(?:from|of|out of|with|by)(?![\w])", doc.folded[q.end :]):
        return True  # "'mustard gas' is neither a gas nor made from mustard": what it is not made from, a statement
    if q.kind == "make" and q.text.startswith("extract") and (_ANALYTIC_BEFORE.search(doc.folded[max(0, q.start - 40) : q.start])
                                                          or _MATRIX_AFTER.match(doc.folded, q.end)):
        return True  # 'compare solid-phase extraction options', 'fentanyl extraction from plasma': sample preparation for analysis
    if q.kind == "procedure" and re.fullmatch(r"methods?", q.text) and _NAMED_ANALYSIS_METHOD.search(doc.folded[max(0, q.start - 40) : q.start]):
        return True  # 'what the Kissinger method does', 'the Rietveld method': a named kinetic or structural analysis, not a route
    if q.kind == "procedure" and re.fullmatch(r"methods?", q.text) and (_ANALYTIC_BEFORE.search(doc.folded[max(0, q.start - 40) : q.start])
                                                                    or _ANALYTIC_METHOD_AFTER.match(doc.folded, q.end)):
        return True  # 'search for the validated methods those authors cited': an analytical method, not a route
    if q.kind == "use" and q.text in ("poison", "poisons") and _POISON_NOUN_AFTER.match(doc.folded, q.end):
        return True  # 'how do they differ from organophosphate poisons?': the noun, nothing follows as its object
    if q.kind == "procedure" and q.text in ("guide", "guides") and _DOC_GUIDE.search(doc.folded[max(0, q.start - 20) : q.start]):
        return True  # 'my pharm study guide', 'a reading guide', 'the APA style guide': a kind of document, not a how-to
    if q.kind == "use" and q.text in ("killing", "killings", "poisoning", "poisonings", "bombing", "bombings") and re.search(
            r"(?<![\w])the (?:[\w'-]+ ){1,3}$", doc.folded[max(0, q.start - 40) : q.start]) and _EVENT_NOUN_AFTER.match(doc.folded, q.end):
        return True  # 'why the Kim Jong-nam killing made it notorious': the event, named as a noun
    if q.kind == "make" and _BIO_SUBJECT.search(doc.folded[max(0, q.start - 40) : q.start]) \
            and not _FACTORY_PLANT.search(doc.folded[max(0, q.start - 40) : q.start]) and not re.search(
            r"(?<![\w])(?:i|we|me|my|our|us|get|make|engineer|use|using|grow|culture)(?![\w])", doc.folded[max(0, q.start - 40) : q.start]):
        return True  # 'how the liver demethylates codeine', 'CYP2D6 O-demethylates it': the body does it, nobody is asked to
    if q.kind == "acquire" and q.text.startswith("pick") and _DETECTOR_SUBJECT.search(doc.folded[max(0, q.start - 60) : q.start]):
        return True  # 'the new ion scanners at the airport now pick up MDMA': a detector picks it up, nobody obtains it
    if q.kind == "acquire" and _LICENCE_ASK.search(doc.folded[max(0, q.start - 80) : q.start]):
        return True  # 'what licence do we need to import it legally?': a compliance question
    if re.search(r"(?:is|are|was|were|be|being|been|also|commonly|mainly|primarily|often|its|it's|they're|theyre)(?: (?:now|still|apparently"
                 r"|reportedly|mostly|widely|largely|industrially|commercially|actually|also|mainly|primarily|commonly|often))? used (?:to|in|for)\s*$",
                 before):
        return True  # 'now its apparently used to make polycarbonate': X's role in another product (not 'easily used to make')
    if q.kind in ("use", "make") and (_SUBSTANCE_RELEASES.match(q.text) or _RELEASES_PHRASE.match(q.text)) and _RELEASER_BEFORE.search(before) \
            and not _FIRST_ANY.search(_sentence_head(doc, q)) and not _RELEASE_AIMED.search(q.text + " " + _clause_tail(doc, q)):
        return True  # 'triphosgene, which can release phosgene', 'on heating it gives off HCN': a reagent decomposing
    if _passive_statement(doc, q) or _se_passive_statement(doc, q) or (q.kind == "scale" and any(
            c.kind == "make" and 0 <= q.start - c.end <= 25 and _passive_statement(doc, c) for c in doc.cues)):
        return True  # 'the WWI gas ... is still made by the tonne for polycarbonate': a statement, not a question or a request
    nf = re.search(r"(?<![\w])(?:non-?([\w]+)|([\w]+)-free)\s+(?:[\w-]+\s+)?$", before) if q.form == "noun" else None
    if nf:
        a = q.start - len(before) + nf.start(nf.lastindex)
        b = a + len(nf.group(nf.lastindex))
        if any(m.start >= a and m.end <= b for m in doc.mentions) and not any(
                0 <= m.start - q.end <= 40 for m in doc.mentions) and not _product_beside(doc, q, a, b):
            return True  # 'the non-phosgene polycarbonate process', 'a phosgene-free route': defined by doing without the agent
    if q.kind == "make" and q.form == "noun" and (av := re.match(r"\s+(?:(?:routes?|methods?|processes?|pathways?|chemistry) )?(?:(?:that|which) )?"
                                                                r"(?:(?:could|can|would|might) )?(?:avoids?|replaces?|eliminates?"
                                                                r"|bypass(?:es)?|substitutes? for|do(?:es)? without|phase out|phases out)"
                                                                r"(?![\w])", doc.folded[q.end :])) and len(
            [m for m in doc.mentions if 0 <= m.start - q.end <= 60]) <= 1 and not _product_beside(
            doc, q, q.end + av.end(), _avoided_end(doc, q.end + av.end())):
        return True  # 'greener routes that avoid phosgene entirely': a route that does without the agent
    if q.kind == "make" and re.fullmatch(r"made|produced|derived|extracted|manufactured|purified", q.text) and _MADE_PRODUCT_BEFORE.search(before) \
            and re.match(r"\s+from(?![\w])", doc.folded[q.end :]):
        return True  # 'anti-wrinkle injections made from the most toxic protein known': what a medicine is made from
    if q.kind in ("make", "mix") and _ACCIDENTAL.search(doc.folded[doc.clauses[doc.clause_of(q.start)][0] : q.start]):
        return True  # 'a crew member accidentally makes chlorine gas while cleaning': an accident, nobody asks to make it
    if q.kind == "use" and re.fullmatch(r"vent(?:s|ed|ing)?", q.text) and _VENT_SPACE.match(doc.folded, q.end):
        return True  # 'the crew evacuates and vents the module': ventilating a space
    if q.kind == "evade" and _HIDDEN_GOODS.fullmatch(q.text) and (sp := _SPOTTED_BY.search(before)) and not _OWN_OR_NOT.search(
            before[sp.start() :] + " " + doc.folded[max(0, q.start - len(before) + sp.start() - 25) : q.start - len(before) + sp.start()]):
        return True  # 'so I can spot mislabelled or smuggled dangerous goods', 'how do inspectors detect smuggled explosives': the goods found
    if q.kind == "enhance" and re.search(r"(?<![\w])(?:list|schedul|ban|control|classif|regulat|outlaw)\w* (?:a |the |any )?$", before) \
            and not _FIRST_ANY.search(_sentence_head(doc, q)):
        return True  # 'the legislative process to list a new analogue of it': an analogue placed under control, not designed
    if q.kind == "evade" and _EVADER_ACT.match(q.text) and _PREVENT_FROM.search(before):
        return True  # 'how does the OPCW stop member states from hiding VX production': preventing evasion
    if (q.kind == "evade" or (q.kind == "acquire" and q.text.startswith("smuggl"))) and not _FIRST_PERSON_CJK.search(doc.folded) and (
            (_WATCHER_DETECTS.search(doc.folded) and not doc.personal and not _FIRST_PERSON.search(doc.folded))
            or (_WATCHER_DETECTS_CJK.search(doc.folded) and not _EVADE_PURPOSE_CJK.search(doc.folded))):
        return True  # 'how did customs see through the disguise in the meth smuggling case', '税関はどのようにして偽装を見破ったのですか'
    if q.kind == "evade" and _HISTORY_STRONG.search(doc.folded) and not _FIRST_ANY.search(_sentence_head(doc, q)) and re.search(
            r"(?<![\w])(?:how|why|when|what|which) (?:did|was|were|had)(?![\w])", doc.folded):
        return True  # 'how did Iraq keep UN inspectors from finding its VX production in the 1990s': history, asked in the past
    if q.kind in ("enhance", "mix") and q.text.endswith("add to") and re.match(
            r"\s+(?:the |a |my |our |this |each |every )?(?:\w+ )?(?:samples?|specimens?|vials?|tubes?|swabs?|standards?)(?![\w])", doc.folded[q.end :]):
        return True  # 'what can I add to the urine sample so it stays stable': the object is a sample, not the drug
    if q.kind == "enhance" and _STAYS_STABLE.search(q.text) and (_DOSAGE_FORM.search(_sentence_head(doc, q)) or (
            doc.mentions and all(m.cat == "drug" for m in doc.mentions))):
        return True  # 'how should nitroglycerin tablets be stored so they stay potent': keeping a medicine usable
    if q.kind == "scale" and _INVENTORY.search(_line(doc, q)):
        return True  # '1,200 kg prilled AN received 02/07, 1,150 kg used, 50 kg remaining': a stock record, not a scale-up
    if q.kind == "make" and re.fullmatch(r"derived|extracted|made|obtained|isolated|purified", q.text) and re.search(
            r"(?<![\w])(?:the|a|an|this|that) (?:[\w-]+ ){0,2}?(?:poison|toxin|protein|agent|substance|compound|chemical|drug|alkaloid) $", before) \
            and re.match(r"\s+from(?![\w])", doc.folded[q.end :]) and not _QUESTION_HEAD.search(_sentence_head(doc, q)[:-len(before)] or ""):
        return True  # 'the poison derived from castor beans that was used in ...': a noun phrase describing the agent
    if q.kind == "use" and q.text.startswith("poisoned") and re.search(
            r"(?<![\w])(?:patients?|victims?|casualt\w*|child(?:ren)?|people|persons?|workers?|someone|a man|a woman|dogs?|animals?) (?:who (?:was|were|is|are) )?$", before):
        return True  # 'manage a patient poisoned with the castor-bean toxin': a victim to treat
    if q.kind == "use" and q.text.startswith("releas") and _BIO_RELEASE.search(before):
        return True  # 'botulinum toxin blocks acetylcholine release': a body releasing a transmitter
    so = _STRUCTURE_OBJECT.match(doc.folded, q.end) if re.fullmatch(r"generat\w*|build\w*|creat\w*|predict\w*", q.text) else None
    if so is None and re.fullmatch(r"generat\w*|build\w*|creat\w*", q.text) and (lo := _STRUCTURE_OBJECT_LONG.match(doc.folded, q.end)) \
            and not any(lo.start() <= m.start < lo.end() for m in doc.mentions):
        so = lo
    if q.kind == "make" and so and not any(m.tier == "agent" and not (so.start() <= m.start < so.end()) and not _captured_agent(doc, m)
                                           for m in doc.mentions):
        return True  # 'generate the crystal structure of CAS 16893-85-9', 'zeolite structures for trapping HCN': a model, nothing is made
    if q.kind == "make" and re.fullmatch(r"develop(?:s|ed|ing)?", q.text) and re.match(
            r"\s+(?:a |an )?(?:tolerance|resistance|symptoms?|headaches?|dependence|allergy|allergies|cancer|rash|side effects)(?![\w])", doc.folded[q.end :]):
        return True  # 'why do patients develop tolerance to it': the body, not a product
    if q.kind == "use" and q.text in ("poison", "poisons") and _POISON_NOUN_BEFORE.search(before):
        return True  # 'uses a poison that acts like ...', 'what poisons are classic in crime fiction': the noun, not the verb
    if q.form == "noun" and (q.kind == "make" or (q.kind == "procedure" and q.weak)) and _DECLINED.search(before):
        return True  # 'no recipes needed', "I don't need any recipes": the recipe is declined, not asked for
    if q.kind == "make" and re.fullmatch(r"makes?|made|renders?|rendered", q.text) and _PROPERTY_COMPLEMENT.match(doc.folded, q.end) \
            and not _ACTOR_BEFORE.search(_sentence_head(doc, q)):
        return True  # 'which compound makes raw cassava poisonous': a causative naming a property, nothing is produced
    if q.kind == "make" and q.form == "noun" and re.fullmatch(r"prep\w*", q.text) and (
            _PLACE_AFTER.match(doc.folded, q.end) or _PLACE_BEFORE.search(before)):
        return True  # 'clearing an old prep room', 'la salle de préparation', 'el cuarto de preparación': a room, nothing is prepared
    if _forensic_origin(doc, q):
        return True  # 'how does impurity profiling tell meth made via the P2P route apart from ...': the route is evidence
    if q.kind == "enhance" and _TEXT_OBJECT.match(doc.folded, q.end):
        return True  # 'improve the wording of this introduction: "..."': the text is improved, not what it names
    if q.kind == "enhance" and _ASSAY_MEASURE.match(doc.folded, q.end) and _ASSAY_NAMED.search(doc.folded):
        return True  # 'our fentanyl immunoassay ... how can we improve its cross-reactivity': the test is improved, not the drug
    if q.form == "noun" and q.kind in ("make", "scale", "procedure") and _STEER_CLEAR.search(before):
        return True  # 'without going anywhere near production', 'stay well away from production or extraction': kept out
    if q.kind == "make" and re.fullmatch(r"mak(?:e|es|ing)|produc(?:e|es|ing)|prepar(?:e|es|ing)|synthesi[sz](?:e|es|ing)", q.text):
        obj = _OWN_PRODUCT_AFTER.match(doc.folded, q.end)
        if obj and not any(m.end > q.end and m.start - obj.end() <= 30 for m in doc.mentions):
            return True  # 'routes that avoid phosgene for making isocyanates': the verb's own object is another product
    if q.form == "noun" and q.kind == "make":
        own = _OWN_PRODUCT_BEFORE.search(before)
        if own and not any(m.end > q.start - len(before) + own.start() and m.start < q.start for m in doc.mentions):
            return True  # 'as a reagent in an isocyanate synthesis', 'a flow setup for isocyanate synthesis': the noun has its own product
    if q.kind in ("make", "scale", "acquire", "mix", "evade") and not doc.personal and not _FIRST_PERSON.search(doc.folded):
        s0 = _sentence_start(doc, q)  # the sentence, not the clause: 'ensure that X isn't
        if _VERIFY_THAT.search(doc.folded[s0 : q.start]):                 # formed when A and B are mixed'
            return True
    if q.kind in ("make", "scale", "acquire", "mix", "evade") and _VERIFY_THAT_EU.search(doc.folded[_sentence_start(doc, q) : q.start]) \
            and not _FIRST_PERSON_EU_FR.search(doc.folded[_sentence_start(doc, q) : _sentence_end(doc, q)]):
        return True  # 'comment l'OIAC vérifie-t-elle qu'une usine ne produit pas ...': production a third party verifies
    if q.form == "noun" and q.kind == "make" and (_FIELD.search(before) or (_FIELD_PREP.search(before) and _FIELD_AFTER.match(
            doc.folded, q.end))) and not re.match(r"\s+(?:of|de|von|di|for|to)(?![\w])", doc.folded[q.end : q.end + 6]):
        s0, e0 = doc.clauses[doc.clause_of(q.start)]
        if not _FIRST_SUBJECT.search(doc.folded[s0:e0]):
            return True
    if q.form == "noun" or q.kind == "procedure":
        # the blocker must modify the noun, not head the request before a colon ('Für Tests unserer Schutzkleidung: welcher
        # Syntheseweg für Soman', 'for our gas mask trials; which synthesis of tabun': a purpose heading, the route is asked)
        w0 = max(0, q.start - 30)
        w0 = max((m.end() for m in _HEADING_BREAK.finditer(doc.folded, w0, q.start)), default=w0)
        if any(it.is_blocker(w, topic=False) for w in doc.words(w0, q.start)[-2:]):
            return True  # 'leak detection and emergency procedures', 'a decontamination protocol'
    if q.weak and q.kind == "procedure" and not any(c.kind in ("make", "acquire", "use") and not c.weak for c in doc.cues):
        s0, e0 = doc.clauses[doc.clause_of(q.start)]  # 'decontamination agents for VX spills on military equipment'
        if any(it.is_blocker(w, topic=False) for w in doc.words(s0, e0)):
            return True
    if q.weak and q.kind == "procedure":  # 'how did the cult obtain the equipment for their sarin production': history
        s0, e0 = doc.clauses[doc.clause_of(q.start)]
        if re.match(r"\W*(?:how|what|why|when|where|who|which) (?:\w+ ){0,3}?(?:did|was|were|had)(?![\w])", doc.folded[s0:q.start]) \
                and not _FIRST_SUBJECT.search(doc.folded[s0:e0]) and not _REPLICATE.search(doc.folded):
            return True
    if q.kind == "procedure" and re.search(r"(?<![\w])(?:without|no|not|don't|dont|never|avoid\w*|skip\w*|excluding|minus|nor)\s+(?:[\w'-]+\s+){0,3}$",
                                           before):
        return True  # 'without giving any chemistry details', 'dont need any chem details': details declined, not asked for
    if q.kind == "make" and _HOW_MADE_DECLINED.search(doc.folded[max(0, q.start - 90) : q.start]):
        return True  # 'explain the law without getting into how meth is made': how it is made is declined, not asked for
    if q.kind == "enhance":  # 'how did Nobel stabilise nitroglycerin': history, unless the asker wants to replicate it
        s, e = doc.clauses[doc.clause_of(q.start)]
        return bool(re.match(r"\W*how (?:did|was|were|had)(?![\w])", doc.folded[s : q.start].strip())
                    and not _FIRST_SUBJECT.search(doc.folded[s:e]) and not _REPLICATE.search(doc.folded))
    if q.kind == "make" and not any(c.kind in ("use", "scale", "evade", "acquire") and not c.weak for c in doc.cues):
        s, e = doc.clauses[doc.clause_of(q.start)]
        harmless = [h.start() for h in _HARMLESS.finditer(doc.folded, s, e)] + [s + h for h in ml.harmless_starts(doc.folded[s:e])]
        # in the product's place: after the agent when the verb comes first ('convert sarin into a harmless substance'),
        # between the agent and the verb when it comes last ('サリンを無害な物質に変換する'); not 'make sarin in bulk, are the
        # byproducts harmless?'
        if any(s <= m.start < e and ((q.end <= m.start and m.end <= h) or (m.end <= h < q.start))
               for m in doc.mentions for h in harmless) or any(0 <= h - q.end <= 2 for h in harmless):
            return True  # ... or right after a conversion verb: '把沙林转化为无害物质'
    if q.form == "noun" and q.kind in ("make", "scale"):
        s, e = doc.clauses[doc.clause_of(q.start)]
        if _BANNED_OBJECT.search(doc.folded[s : q.start]) and not _FIRST_SUBJECT.search(doc.folded[s:e]) \
                and not _REPLICATE.search(doc.folded):
            return True  # 'why didn't the 1925 protocol ban the production of chemical weapons': a treaty question
        if _BANNED_AFTER.match(doc.folded, q.end, e) and (not doc.personal or _WHY_WHEN.match(doc.folded, s)) \
                and not _FIRST_SUBJECT.search(doc.folded[s:e]) and not _REPLICATE.search(doc.folded):
            return True  # 'pourquoi la production d'armes chimiques est-elle interdite par la CIAC ?'
        if _INFO_FRAME.match(doc.folded[s:e]) and not _FIRST_SUBJECT.search(doc.folded[s:e]) and not _REPLICATE.search(doc.folded):
            return True  # 'what's the history of sarin production at ...', 'what production volumes of phosgene ...'
        if not _FIRST_SUBJECT.search(doc.folded[s:e]) and not _REPLICATE.search(doc.folded) and (
                re.match(r"\W*(?:what|which|who|whom|when|where|why|how) (?:\w+ ){0,3}?(?:did|was|were|had)(?![\w])", doc.folded[s:e])
                or (not doc.personal and re.match(r"\W*(?:how|what|which|why|where|who|when|is|are|does|do)(?![\w])", doc.folded[s:e])
                    and not _FIRST_PERSON.search(doc.folded) and any(it.is_blocker(w, topic=False) for w in doc.words(s, e)))):
            return True  # 'what letter did the OPCW send about its sarin production', 'how is X production monitored'
    if q.kind == "make":
        s, _ = doc.clauses[doc.clause_of(q.start)]
        clause_head = doc.folded[s : q.start].strip()
        clause_head = re.sub(r"^\W*(?:of|among|from) (?:those|these|them)(?: \w+){0,3}\W+", "", clause_head)  # 'of those agents, which was ...'
        wh = re.match(r"(?:\W*)(?:which|who|whom|whose|when|where|what year|what(?= (?:did|was|were|had) )|how much|how many|in which|in what|why)(?![\w])", clause_head)
        past_q = q.form == "part" or re.search(r"(?<![\w])(?:did|was|were|had)(?![\w])", clause_head)
        if wh and past_q and not re.search(r"(?<![\w])how(?![\w])", clause_head[3:]) and not _REPLICATE.search(doc.folded):
            return True
        if (re.match(r"\W*how (?:did|was|were|had)(?![\w])", clause_head) or _INDIRECT_PAST_HOW.match(clause_head)) and not _FIRST_SUBJECT.search(
                doc.folded[s : doc.clauses[doc.clause_of(q.start)][1]]) and not _REPLICATE.search(doc.folded):
            return True  # 'how did Nobel invent dynamite (for my class)': a history question about someone else
        if not doc.personal and _LICIT.search(doc.folded[s : doc.clauses[doc.clause_of(q.start)][1]]):
            return True  # 'how are pharmaceutical opioids manufactured legally and regulated'
        if q.text == "made" and re.match(r"\s+(?:up )?of(?![\w])", doc.folded[q.end : q.end + 8]):
            return True  # 'what is Semtex made of': composition, not production
        if q.text == "made" and not doc.personal and re.match(r"\W*(?:is|are|was|were)(?![\w])", clause_head) and re.match(
                r"\s+(?:from|of|out of|with)(?![\w])", doc.folded[q.end : q.end + 10]):
            return True  # 'is heroin made from morphine?': a yes/no composition question
    return False


def _industrial_use_inert(doc: Doc, q: it.Cue) -> bool:
    """Industrial and lab uses: a safety procedure or a list of safety provisions, an industry of use, a lab incident, a
    restricted reagent, a declared facility, a drug extracted for an analysis, seized samples a forensic lab purifies, a medicine's release form, a dosage form made resistant to extraction."""
    return (_coordinated_safety_noun(doc, q) or _industry_of_use(doc, q) or _incident_while_working(doc, q)
            or _restricted_reagent_substitute(doc, q) or _declared_facility(doc, q) or _safety_provision_list(doc, q)
            or _analytical_extraction(doc, q) or _release_formulation(doc, q) or _emission_below_limit(doc, q)
            or _deterrent_formulation(doc, q) or _forensic_lab_prep(doc, q))


# ---- watchers enabled
# a watcher enabled, not evaded: worded or laid out so they can check, verify or trace it ('worded clearly so they can check it
# against our declaration', 'so the regulator can check them against the pharmacy log'); not 'so they can't check', 'so nobody can
# check', 'so customs can only see ...', 'so they can check it's just coffee'
_ENABLED_CHECK = re.compile(r"(?:so|so that|such that) (?!(?:nobody|no one|noone|none|neither|nothing)(?![\w]))(?:[\w'-]+ ){0,3}?(?:can|could"
                            r"|may|will be able to|are able to|is able to|keep|keeps|continue to|still)(?: (?:easily|quickly|readily|properly"
                            r"|fully|independently|reliably))? (?:check|verify|trace|track|confirm|audit|inspect|review|cross-check|reconcile|follow"
                            r"|detect|identif|recogni|flag|catch|spot|pick(?:ing)? up)\w*"
                            # a watcher that goes on detecting ('so the scanners keep detecting new analogues'), not kept from it
                            r"|keep(?:s|ing)? (?:detect|flagg|identify|recogni[sz]|catch|spott|track|trac|check|screen)ing")
_DECEIVED_AFTER = re.compile(r"(?:\s+[\w'-]+){0,5}?\s+(?:only|just|nothing|none|except|it's|its|they're|it is|they are|that it|that they|as if"
                             r"|as though|but not)(?![\w])")


def _watcher_enabled(doc: Doc, q: it.Cue) -> bool:
    """'Draft an email to the OPCW inspectors ..., worded clearly so they can check it against our declaration': a purpose
    clause that lets the watcher verify, with no negation and nothing left out: the opposite of an evasion."""
    if q.kind != "evade" or not _ENABLED_CHECK.fullmatch(q.text) or re.search(r"n't|(?<![\w])(?:not|never|cannot)(?![\w])", q.text):
        return False
    e0 = min([i for i in (doc.folded.find(c, q.end) for c in ".?!;\n") if i >= 0] or [len(doc.folded)])
    return not _DECEIVED_AFTER.match(doc.folded[:e0], q.end)


def _measured_checked_or_superseded(doc: Doc, q: it.Cue) -> bool:
    """French measured times, a watcher enabled to check, a process that superseded another asked why."""
    return _french_measured_time(doc, q) or _watcher_enabled(doc, q) or _process_superseded(doc, q)
