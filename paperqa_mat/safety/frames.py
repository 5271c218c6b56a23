"""Benign frames that make an intent cue inert: informational questions ('the history of ... production'),
verification ('is it true that ...'), field and course names, quoted titles and other non-request uses
of a production or acquisition word (``_inert_cue``).
"""

from __future__ import annotations

import re

from paperqa_mat.safety import intent as it
from paperqa_mat.safety import multilingual as ml
from paperqa_mat.safety.document import Doc
from paperqa_mat.safety.mentions import _POISONED_SURFACE

_FIRST_PERSON = re.compile(r"(?<![\w'])(?:i|we|me|my|myself|us|our|ourselves|replicate|recreate)(?![\w'])")
_FIRST_SUBJECT = re.compile(r"(?<![\w'])(?:i|we|me|us|myself|ourselves)(?![\w'])")
_REPLICATE = re.compile(r"(?<![\w])(?:replicate|recreate|reproduce|copy|repeat it|repeat that|redo it|do (?:the same|it|that) (?:myself|ourselves|at home|too)|"
                        # a past-tense question that asks for specifics ('in my story ... how did he make it? be specific')
                        r"be specific|(?:his|her|their|the) real (?:technique|method|steps|recipe|process)|real (?:details|amounts|quantities|reagents)|"
                        r"exact (?:steps|amounts|quantities|recipe|method|technique|reagents)|"
                        # the steps handed over outright after a past-tense how ('How did Aum make sarin? give me the steps they used')
                        r"(?:give|list|show|tell|send|write out)(?: me| us)? (?:all |the |their |his |her |its )?(?:[\w'-]+ )?(?:steps|recipe"
                        r"|reagents|quantities|amounts|instructions)(?: (?:that |which )?(?:they|he|she|it|the (?:cult|group|sect|\w+ists?))"
                        r" (?:used|followed|employed|took))?|"
                        r"(?:i|we) (?:could|can|will|want to|wanna) (?:do|make|try) (?:the same|it|that|this|one|some))(?![\w])")
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
_OPERATIONAL = re.compile(r"(?<![\w])(?:exactly|step[- ]by[- ]step|steps?|recipe|amounts?|quantit\w*|ratios?|ingredients?|how (?:he|she|they|i|we) "
                          r"(?:would )?(?:make|made|build|built|mix|mixed|wire|wired|combine|combined|assemble|assembled)|what (?:he|she|they) "
                          r"(?:combines?|mix(?:es)?|uses?|used|buys?|bought)|real (?:chemicals|details)|specific)(?![\w])")


def _sentence_start(doc: Doc, q: it.Cue) -> int:
    """Where the sentence holding the cue starts."""
    return max(doc.folded.rfind(c, 0, q.start) for c in ".?!\n") + 1


def _sentence_head(doc: Doc, q: it.Cue) -> str:
    """The sentence from its start up to the cue."""
    return doc.folded[_sentence_start(doc, q) : q.start]


def _spotting_third_party(doc: Doc, q: it.Cue) -> bool:
    if q.kind not in ("make", "acquire", "scale", "mix") or not _WARNING_ASK.search(doc.folded, q.end) or _OPERATIONAL.search(doc.folded):
        return False
    s0 = _sentence_start(doc, q)
    sent = doc.folded[s0 : q.end]
    return bool(_THIRD_PLAN.search(sent)) and not _FIRST_SUBJECT.search(sent)


# a quoted passage handed over to be summarised/translated/analysed: its verbs are the quoted author's, not a request
_QUOTED = re.compile(r"\"[^\"]{20,}\"|“[^”]{20,}”|«[^»]{20,}»|„[^“\"]{20,}[“\"]")
_TEXT_TASK = re.compile(r"(?<![\w])(?:summari[sz]\w*|summary|translat\w*|paraphras\w*|analy[sz]\w*|fact-?check\w*|proofread\w*|"
                        r"critique|what does (?:this|that|it) mean|tl;?dr|key points|main points|resum\w*|zusammenfass\w*|ubersetz\w*|"
                        r"tradu\w*|analys\w*|bullet(?:s| points?)|handouts?|simplif\w*|rewrit\w*|reword\w*|plain (?:english|language|words)"
                        r"|simple (?:english|language|words)|(?:explain|interpret|unpack|clarify) (?:this|that|the) (?:\w+ )?(?:bit|passage|quote"
                        r"|quotation|paragraph|excerpt|extract|sentence|text|article|part|line|lines|section|clause|snippet|statement|report)"
                        r"|(?:turn|make|convert) (?:this|it|that) (?:\w+ )?into)(?![\w])")
# editing a draft of one's own writing: 'check it for factual accuracy, tighten the wording', 'copy-edit this sentence',
# 'vérifier l'exactitude ... améliorer la formulation', 'straffe die Formulierung', 'pulir la redacción'; not a message to be
# sent ('polish this email to our supplier: "... declare the drums as water-treatment chemicals"'), which is the asker's plan
_EDIT_TASK = re.compile(r"(?<![\w])(?:check\w* (?:\w+ ){0,3}?for (?:factual )?(?:accuracy|errors|mistakes)|(?:factual|historical) accuracy"
                        r"|copy-?edit\w*|tighten\w*|polish\w*|(?:improve|smooth|clean up|edit) (?:the |its |my )?(?:wording|phrasing|prose|style|flow)"
                        r"|(?:verifi\w*|revis\w*) l'?(?:a )?exactitud\w*|exactitude|(?:ameliorer|revoir) (?:la )?(?:formulation|redaction)"
                        r"|richtigkeit|formulierung|(?:pulir|mejorar) (?:la )?redaccion|exactitud)(?![\w])")
_SENT_MESSAGE = re.compile(r"(?<![\w])(?:e-?mails?|messages?|letters?|texts? to|notes? to|memos?|repl(?:y|ies)|dms?|whatsapp|invoices?|orders?"
                           r"|courriels?|mails?|nachricht\w*|correos?|mensajes?|cartas?|lettres?)(?![\w])")
_CONTINUE_TASK = re.compile(r"(?<![\w])(?:complete|continue|fill|expand|elaborate|add (?:the|more|missing)|more detail\w*|flesh out|"
                            r"step[- ]by[- ]step|how (?:to|do i|can i|would i)|exact(?!itud)\w*|specific\w*|reagents?|amounts?|quantit\w*|ratios?"
                            r"|recipes?|instructions?|protocols?|(?:lab|working|usable) (?:procedure|method)s?)(?![\w])")


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


_ADMIN_PASSIVE = re.compile(r"(?<![\w])(?:get|gets|getting|got|be|being|become|becomes) (?:[\w'-]+ ){0,4}?(?:scheduled|banned|controlled|listed"
                            r"|regulated|classified|reclassified|outlawed|prohibited|restricted)(?![\w])")


# a determiner, wh-word or adjective before 'poison(s)' makes it the noun ('a poison', 'what poisons', 'classic poisons')
_POISON_NOUN_BEFORE = re.compile(r"(?<![\w])(?:a|an|the|its|same|any|some|what|which|whose|this|that|these|those|such|of|classic|common|famous"
                                 r"|deadly|slow|fast|rare|exotic|fictional|magical|magic|ancient|untraceable|plant|natural|her|his|their"
                                 # a nickname ('the notorious poisoner's poison', 'the proverbial poison')
                                 r"|poisoner's|poisoners'|notorious|infamous|proverbial|archetypal)\s+$")
# a production noun declined: 'no recipes needed', "I don't need any recipes", 'without the synthesis'
_DECLINED = re.compile(r"(?<![\w])(?:no|not|without|senza|sans|sin|ohne|sem|zonder|don't need|dont need|do not need|don't want|dont want|do not want|not asking for"
                       r"|not looking for|never mind|nothing about|nothing on)\s+(?:(?:any|the|a|actual|real|specific|detailed) ){0,2}$")
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
                             r"|unterscheid\w*|verunreinigung\w*|sichergestellt\w*|distingu\w*|impurete\w*|impureza\w*|perfilado|incautad\w*)(?![\w])")
_ROUTE_OPS = re.compile(r"(?<![\w])(?:reagents?|quantit\w*|amounts?|steps?|recipe|conditions|temperatures?|yields?|how (?:to|(?:do|can|could|would|should)"
                        r" (?:i|we|you|one))|walk me|give me|so (?:that )?(?:\w+ ){0,3}?(?:can't|cannot|won't|doesn't|don't)|without leaving)(?![\w])")


def _forensic_origin(doc: Doc, q: it.Cue) -> bool:
    if q.kind != "make" or not (q.form == "part" or re.fullmatch(r"routes?|methods?", q.text)):
        return False
    if not _FORENSIC_FRAME.search(doc.folded) or _ROUTE_OPS.search(doc.folded) or any(c.kind == "evade" for c in doc.cues):
        return False
    # the participle right after the drug it describes ('MDMA made from safrole', 'amphetamine was made by', 'la
    # méthamphétamine fabriquée par'), or German's 'Methamphetamin, das über die P2P-Route hergestellt wurde'
    described = any(0 <= q.start - m.end <= 12 and re.fullmatch(r"\W*(?:(?:was|were|is|are|been) )?", doc.folded[m.end : q.start])
                    or (0 <= q.start - m.end <= 60 and re.match(r", (?:das|die|der) ", doc.folded[m.end : q.start])) for m in doc.mentions)
    # ... or after the pronoun standing for it in the comparison ('de la obtenida a partir de efedrina', 'from that made by')
    elided = re.search(r"(?:^|\W)(?:la|el|los|las|lo|celle|celui|ceux|those|that|the ones?) $", doc.folded[max(0, q.start - 12) : q.start])
    return (described or elided is not None or q.form == "noun") and not _FIRST_SUBJECT.search(_sentence_head(doc, q))


# a piece of writing as the object of an improving verb ('improve the wording', 'polish my paragraph')
_TEXT_OBJECT = re.compile(r"\s+(?:the |its |my |our |this |that |his |her |their )?(?:\w+ )?(?:wording|phrasing|prose|style|flow|readability"
                          r"|grammar|clarity|text|draft|paragraph|sentence|abstract|introduction|summary|essay|write-?up|passage|caption)(?![\w])")
# a production noun kept out of the answer by a verb of avoiding: 'without going anywhere near production', 'steering clear
# of synthesis or purification', 'sans aborder la production', 'ohne auf die Herstellung einzugehen', 'sin entrar en la producción'
_STEER_CLEAR = re.compile(r"(?<![\w])(?:(?:without|not) (?:going |getting |straying |venturing )?(?:anywhere )?near|nowhere near"
                          r"|(?:steer\w*|stay\w*|keep\w*|kept|keeping) (?:\w+ )?(?:clear of|away from|off)"
                          r"|(?:without|no) (?:touching on|getting into|going into|discussing|mentioning|covering|addressing)"
                          r"|avoid\w* (?:discussing |mentioning |covering |describing |any )?|sans (?:aborder|evoquer|parler de|entrer dans|toucher a)"
                          r"|ohne (?:naher )?(?:auf|uber)|sin (?:entrar en|hablar de|tocar|mencionar|abordar))"
                          r"\s*(?:(?:the|any|its|their|la|le|les|l'|die|der|den|das|el|los|las|del|de la|du|des|su|sus) ?)?"
                          r"(?:[\w'-]+ (?:or|and|nor|ni|et|und|oder|y|o) (?:the |any |la |le |l'|die |der |el |los )?)?$")
# a harm or a diversion in a negated purpose clause: 'so the grandkids and our dog can't be harmed', 'so that it isn't
# diverted or swallowed', 'so nobody in the house is ever harmed by them'
_PREVENTED_PURPOSE = re.compile(r"(?<![\w])(?:so|so that|such that|to make sure|to ensure)\s+(?:[\w'-]+\s+){0,6}?(?:couldn't|can't|cannot"
                                r"|won't|wouldn't|could not|will not|would not|isn't|aren't|is not|are not|never|don't|doesn't|do not|does not"
                                r"|nobody|no one|none of \w+)\s+(?:[\w'-]+\s+){0,5}?$")
# getting rid of a medicine ('how do we discard old methadone doses'), unless the disposal hides something from the police
_DISPOSAL_VERB = re.compile(r"discard\w*|dispos\w*|throw(?:ing)? (?:away|out)|destroy\w*|flush\w*")
_DISPOSAL_EVASION = re.compile(r"(?<![\w])(?:police|cops?|evidence|traces?|investigat\w*|forensic\w*|undetect\w*|without (?:anyone|being)"
                               r"|nobody (?:finds|notices|knows)|lab|batch|residues?)(?![\w])")
# a negation right before a participle: 'neither a gas nor made from mustard', 'lewisite is not made from ...'
_NEGATED_BEFORE = re.compile(r"(?<![\w'])(?:not|nor|never|isn't|wasn't|aren't|weren't)\s+(?:actually\s+|really\s+)?$")
# analytical sample preparation and methods: 'solid-phase extraction', 'validated LC-MS/MS methods', 'extraction from plasma'
_ANALYTIC_BEFORE = re.compile(r"(?<![\w])(?:solid[- ]phase|liquid[- ]liquid|supported[- ]liquid|spe|spme|lle|sle|quechers|headspace|dispersive"
                              r"|sample|analytical|validated|lc-?ms(?:/ms)?|gc-?ms|hplc|uplc|immunoassay|screening|confirmatory"
                              r"|quantitative|bioanalytical|forensic)\s+(?:[\w/-]+\s+){0,2}?$")
_MATRIX_AFTER = re.compile(r"\s+(?:of \w+ )?from (?:the |a |whole |postmortem |post-mortem |human |spiked |patient )?(?:plasma|blood|urine|serum"
                           r"|hair|saliva|oral fluid|wastewater|samples?|specimens?|tissues?|matri(?:x|ces)|swabs?)(?![\w])")
_ANALYTIC_METHOD_AFTER = re.compile(r"\s+(?:for|to) (?:detect\w*|quantif\w*|screen\w*|determin\w*|measur\w*|analy[sz]\w*|identif\w*)")
# 'poisons' with nothing after it that could be its object ('differ from organophosphate poisons?', 'plant poisons such as')
_POISON_NOUN_AFTER = re.compile(r"\s*(?:[?.!,;:)]|$|(?:such as|like|are|were|that|which|or)(?![\w]))")
# a production noun with its own chemical product right before it ('in an isocyanate synthesis', 'for polycarbonate production')
_OWN_PRODUCT_BEFORE = re.compile(r"(?<![\w])(?:for|in|during|into) (?:an? |the |our |my |their |this |its )?(?:[\w-]+ )?[\w-]*(?:ates?|anes?"
                                 r"|enes?|ols?|esters?|mers?|resins?|plastics?|dyes?|pesticides?|herbicides?|pharmaceuticals?|foams?"
                                 r"|coatings?|paints?|polymers?|urethanes?|carbonates?|isocyanates?|amides?|imides?) $")

# ---- a cue whose object is something else, or a word that only looks like a cue (fixer C, allow-only probes A1-A4)

# an ordinary product right before a production noun names what is formulated/designed: 'our toothpaste formulation',
# 'hand cream ingredients', 'protective clothing design', 'gas mask design' (not 'VX bomb design': bombs are not listed)
_PRODUCT_NOUN = re.compile(
    r"(?<![\w-])(?:toothpastes?|mouthwash(?:es)?|creams?|lotions?|moisturi[sz]ers?|shampoos?|conditioners?|soaps?|detergents?|cosmetics?"
    r"|sunscreens?|sunblocks?|deodorants?|perfumes?|fragrances?|saniti[sz]ers?|ointments?|serums?|make-?up|lipsticks?|skincare|haircare"
    r"|foods?|beverages?|sauces?|sweets?|candy|chocolates?|cakes?|bread|cleaners?|polish|glazes?|varnish|inks?|glues?|adhesives?"
    r"|clothing|garments?|suits?|masks?|respirators?|filters?|canisters?|gloves?|boots?|gear|equipment|uniforms?|helmets?|hoods?|shelters?"
    r"|sensors?|detectors?|alarms?|monitors?|buildings?|bridges?|vehicles?|packaging|labels?|fabrics?|textiles?|fibres?|fibers?|tyres?"
    # rubber goods and construction products ('our rubber patch formulation', 'a concrete admixture formulation')
    r"|rubber|latex|patch(?:es)?|sealants?|gaskets?|hoses?|admixtures?|grouts?|mortars?|cements?|caulks?|putt(?:y|ies)"
    r"|tires?|batter(?:y|ies)|electrodes?|cathodes?|anodes?|electrolytes?|membranes?|catalysts?|fertili[sz]ers?|feed|vaccines?|antidotes?)"
    r"(?:'s)? $")
_PRODUCT_CUE = re.compile(r"(?:formulations?|ingredients?|ingredient list|designs?|recipes?|production|manufactur\w*|development)$")
# a constituent listed in a product: 'my moisturiser lists X in the ingredients', 'X among the ingredients', 'X on the label'
_IN_LIST = re.compile(r"(?<![\w])(?:in|among|amongst|on|within|from) (?:the|its|their|our|my|your|his|her|this|that|a|an)? ?(?:[\w-]+ )?$")
_NOT_FOR = re.compile(r"\s*(?:of|needed|required|necessary|you need|i need|we need|to (?:make|produce|get|prepare|synthesi[sz]e|build|cook))(?![\w])")

# 'building' as a noun modifier: 'building security', 'building manager', 'building staff'
_BUILDING_NOUN_AFTER = re.compile(r"\s+(?:security|guards?|managers?|management|staff|owners?|occupants?|residents?|tenants?|maintenance"
                                  r"|superintendents?|supers?|janitors?|caretakers?|concierge|inspectors?|inspections?|codes?|regulations?"
                                  r"|permits?|evacuations?|sites?|services|workers?|surveyors?|insurance|admin\w*|facilities|services"
                                  r"|lobby|entrance|reception|alarm|fire|sprinklers?|ventilation|hvac|occupancy)(?![\w])")

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
_FIRST_ANY = re.compile(r"(?<![\w'])(?:i|we|me|us|my|our|ich|wir|mir|mich|uns|je|j|nous|moi|yo|nosotros|me|io|noi|eu|nos)(?![\w'])")

# a text form a passage is turned into: 'turn this into three bullet points', 'make this into a handout'
_TEXT_FORM = re.compile(r"\s*(?:(?:this|it|that|these|those|the (?:text|passage|paragraph|quote|article|excerpt|extract|notes?|bit|section))"
                        r"(?: \w+){0,2}? )?into (?:a |an |the |some |\w+ )?(?:\w+ )?(?:bullet(?:s| points?)|summary|summaries|notes|list|table"
                        r"|slides?|handouts?|paragraphs?|essay|poem|tweets?|thread|emails?|quiz|flash ?cards|plain (?:english|language|words)"
                        r"|simple (?:english|language|words)|questions|timeline|script|outline|abstract|headline|caption|points)(?![\w])")

# kill with a biological object: 'how does it kill cells', 'kill the bacteria without killing my HEK cells'
_BIO_TARGET = (r"(?:cells?|cell lines?|cultures?|bacteri\w*|microbes?|microorganisms?|germs?|mycoplasma|fung\w*|mou?lds?|yeasts?|virus\w*"
               r"|phages?|pathogens?|tumou?rs?|cancers?|neurons?|neurones?|biofilms?|algae|spores?|parasites?|larvae|lice|mites|weeds?|tissues?"
               r"|ribosomes?|hek\w*|hela|e\.? coli|contamination|infections?|macrophages?|lymphocytes?|erythrocytes?|hepatocytes?|enterocytes?"
               r"|fibroblasts?|myocytes?|organoids?|zellen|zelle|cellules?|celulas?|cellul[ae])")
# (one cell is a biological object too: 'how does ricin kill a cell', 'an epithelial cell'; 'tötet Rizin eine Zelle', 'tue une cellule')
_KILL_BIO_OBJECT = re.compile(r"\s+(?:off |only |just |all |selectively )?(?:(?:the|my|our|your|his|her|their|its|these|those|any|some|all|human"
                              r"|a|an|one|each|every|single|eine|einen|die|der|une|la|les|des|una|a una|le|un|uma"
                              r"|mammalian|healthy|host|target|living|other|cancer|tumou?r|nerve|liver|immune|\w+-?\w*ing|\w+ed|\w\w+(?:al|ic|ar)) ){0,3}"
                              + _BIO_TARGET + r"(?![\w])")
# a kill verb in German or a Romance language, its subject optionally between ('wie tötet Rizin eine Zelle', 'comment la ricine tue-t-elle')
_KILL_VERB_EU = re.compile(r"(?:tot(?:et|en)|abtot\w*|tue|tuent|mata|matan|uccide|uccidono)(?![\w])")
_KILL_PRONOUN = re.compile(r"\s+(?:it|them|this|that|those|these)(?: off)?(?![\w])")
_MICROBE = re.compile(r"(?<![\w])(?:bacteri\w*|microbes?|germs?|mycoplasma|fung\w*|mou?lds?|yeasts?|virus\w*|phages?|contaminat\w*|infect\w*"
                      r"|biofilms?|algae|spores?|parasites?|larvae|lice|mites|weeds?|pests?|insects?|gnats?|aphids?|cultures?)(?![\w])")
# 'how does it / ricin / the toxin kill', 'why does X kill': a mechanism question, the substance is the subject
_HOW_SUBJ_KILL = re.compile(r"(?<![\w])(?:how|why|by what mechanism|in what way) (?:does|do|did|can|could) (?:it|this|that|the \w+|(?!(?:one|someone|somebody|anyone|anybody|people|you|he|she|they|i|we|u"
                            r"|terrorists?|attackers?|assassins?|killers?|poisoners?)(?![\w]))\w+)"
                            r"(?: \w+ly)? $")
_CULTURE_OF = re.compile(r"(?<![\w])(?:cells?|yeast|bacterial|tissue|mammalian|hek\w*|hela|primary|stem[- ]cell|e\.? coli|starter|sourdough"
                         r"|yogh?urt|kefir|kombucha|organoid|neuronal|insect|plant) $")
# a dated or placed event: 'the 1978 umbrella assassination in London', 'the 2018 Salisbury poisoning'
_EVENT_USE = re.compile(r"(?:assassinations?|killings?|poisonings?|bombings?|murders?|attacks?)$")
_EVENT_YEAR_BEFORE = re.compile(r"(?<![\w])the (?:[\w'-]+ ){0,3}?(?:1[89]\d\d|20[0-2]\d)(?:'s)? (?:[\w'-]+ ){0,3}$")
_EVENT_PLACE_AFTER = re.compile(r"\s+(?:in|at|on|near) (?!(?:my|his|her|our|their|your|a|an|the) )\w+")
# 'ammonium nitrate', 'the nitrate': a salt or ester name, not the verb 'to nitrate'
_SALT_BEFORE = re.compile(r"(?<![\w])(?:\w+ium|\w+yl|\w+ic|\w+ous|silver|lead|iron|copper|zinc|tin|nickel|cobalt|urea|cellulose|guanidine"
                          r"|the|a|of|some|any|this|that|its|total|soil|water)[\s-]+$")


# ---- fixer E (false refusals of the opened blind splits B37-B42)

# code and simulations: 'kill the hung job', 'kill the runaway agents' (in an agent-based model), 'kill_agent(a)'
_SIM_CONTEXT = re.compile(r"(?<![\w])(?:simulat\w*|monte carlo|kmc|md|dft|lammps|gromacs|vasp|quantum espresso|cp2k|code|python|def|solver"
                          r"|timesteps?|time steps?|integrator|agent-based|cellular automat\w*|grid|lattice|mesh|domain|the box|cluster|slurm"
                          r"|jobs?|runs?|epochs?|iterations?|scripts?|program|algorithm|model|modell?ing|neural net\w*|training)(?![\w])")
_KILL_COMPUTE_OBJECT = re.compile(
    r"\s+(?:off |all |only |just )?(?:(?:the|my|our|these|those|any|all|stale|hung|stuck|runaway|zombie|orphan\w*|idle|dead|old|escaped"
    r"|detached|frozen|running|background|remaining|extra|duplicate|lost|rogue|parent|child|slow|long|inactive|excess) ){0,3}"
    r"(?:process(?:es)?|jobs?|threads?|tasks?|pids?|sessions?|containers?|pods?|kernels?|daemons?|loops?|scripts?|programs?|instances?"
    r"|walkers?|replicas?|particles?|trajector(?:y|ies)|workers?|vms?|runs?|simulations?|calculations?|queries|connections?|(?P<agent>agents?))(?![\w])")
# 'after 1e5 steps', 'after 200 ionic steps', 'every 10k MD steps': simulation steps, not a procedure
_SIM_STEPS_BEFORE = re.compile(r"(?<![\w])(?:(?:after|every|for|over|within|beyond|past|than|about|around|~) ?~? ?(?:\d+(?:\.\d+)?e[+-]?\d+|\d+(?:\.\d+)?k"
                               r"|\d{3,}|\d{1,3}(?:,\d{3})+)(?: [\w-]+)?|(?:ionic|electronic|time|md|mc|kmc|monte carlo|simulation|scf|optimi[sz]ation"
                               r"|relaxation|training|integration|equilibration|production|gradient|solver|trajectory|langevin|verlet|newton) ) ?$")
# a simulation that diverges: 'the run keeps blowing up', 'my MD blows up after 50 ps'
_BLOW_UP_INTRANSITIVE = re.compile(r"\s*(?:[,.;:!?)]|$|(?:after|when|at|because|once|if|with|and|so|as|during|whenever|every|again|in|on)(?![\w]))")
# a past purchase whose object is a property or a place: 'a farm we just bought', 'a warehouse he recently purchased', 'the
# old lab building our company acquired'; not 'the sarin we bought', 'the stuff I got'
_PAST_ACQUIRE = re.compile(r"bought|purchased|acquired|inherited|rented|leased|took over|moved into")
_PROPERTY_BEFORE = re.compile(r"(?<![\w])(?P<noun>[a-z][\w'-]+) (?:(?:that|which) )?(?:i|we|they|he|she|you|(?:my|our|his|her|their|the|your) [\w-]+)"
                              r"(?: (?:have|had|'ve|just|recently|only|finally|once|also|jointly|newly))* $")
_VAGUE_OBJECT = re.compile(r"(?:stuff|batch|batches|one|ones|some|it|them|that|this|these|those|samples?|products?|materials?|chemicals?|compounds?"
                           r"|powders?|pills?|tablets?|kilos?|grams?|kg|g|litres?|liters?|bottles?|cylinders?|drums?|ampoules?|vials?|jars?|bags?"
                           r"|agents?|precursors?|reagents?|substances?|liquids?|gas|gases|doses?|amounts?|quantit\w+|supply|supplies|order|shipment)")
# a schedule listing as the topic of a procedure question: 'how would it get added to the CWC schedules? what's the process'
_ADMIN_ACTIVE = re.compile(r"(?<![\w])(?:add(?:ed|ing|s)?|plac(?:e|ed|es|ing)|put(?:s|ting)?|mov(?:e|ed|es|ing)|includ(?:e|ed|es|ing)|list(?:ed|ing|s)?)"
                           r" (?:[\w'-]+ ){0,5}?(?:to|on|in|into|onto) (?:the )?(?:[\w-]+ ){0,2}?(?:schedules?|annex(?:es)?|control lists?"
                           r"|lists? of|watch ?lists?|csa|misuse of drugs act|single convention)(?![\w])")
# a treaty or instrument named 'Protocol': 'the 1925 Geneva Protocol', 'the Geneva Gas Protocol', 'Additional Protocol II',
# 'Protocolo de Ginebra', 'Protocole de Genève', 'Genfer Protokoll'
_TREATY_PROTOCOL_BEFORE = re.compile(r"(?<![\w])(?:geneva|geneve|genfer|ginebra|ginevra|genebra|montreal|kyoto|cartagena|nagoya|istanbul"
                                     r"|minnesota|palermo|maputo|ottawa|lisbon|gothenburg|aarhus|additional|optional|amended|bwc|ccw|ctbt"
                                     r"|(?:geneva |1925 )?gas|(?:1925|1899|1907|1977|2005) geneva)(?: gas)? $")
_TREATY_PROTOCOL_AFTER = re.compile(r"\s+(?:(?:de|of|di|von|da) (?:geneve|ginebra|ginevra|genebra|genf|geneva|montreal|kyoto|1925|1899)"
                                    r"|(?:i|ii|iii|iv|v)(?![\w])|(?:to|on|of) the (?:[\w-]+ ){0,3}?(?:convention|treaty|charter|ccw|bwc|cwc))")
# a recipe declined in a sentence: "I don't need anything about how the poison is made", 'the molecular reason, not how
# to make it', 'without explaining how sarin is produced', 'please don't describe how it was made', "I'm not asking how abrin is extracted" (not "I don't know how")
_DECLINE_HOW = re.compile(
    r"(?<![\w'])(?:(?:don't|dont|do not|doesn't|does not|won't|will not|not|never|no need to|i'm not|im not|we're not|am not|are not)\s+"
    r"(?:really\s+|even\s+|actually\s+|please\s+)?(?:need(?: to (?:know|hear|see))?|want(?: to (?:know|hear|see))?|require|care|ask(?:ing)?(?: for)?"
    r"|looking for|interested in|include|explain|describe|detail|go into|mention|cover|tell me|say|show|spell out)"
    r"|without\s+(?:explaining|describing|detailing|going into|saying|telling me|mentioning|covering|including|showing|spelling out"
    r"|any(?:thing)?(?: details?| info\w*)? (?:on|about|of))"
    r"|(?:skip|leave out|omit|excluding|exclude|no details? (?:on|about|of)|not|no need for))"
    r"\s+(?:(?:anything|any (?:info\w*|details?)|details?|info\w*|the (?:part|bit|details?))\s+)?(?:(?:about|on|regarding|of|as to)\s+)?"
    r"how\s+(?:[\w'-]+\s+){0,4}$")


# a persona who guides visitors ('you're a guide at an artillery museum', 'act as a museum guide'), not a how-to guide
_GUIDE_PERSON_BEFORE = re.compile(r"(?:(?:you're|you are|i'm|i am|as|be|play|playing) (?:a|an|the) (?:[\w-]+ ){0,2}?|(?:tour|museum|tourist|park|site"
                                  r"|heritage|gallery|exhibition|mountain|cave|visitor) )$")
_GUIDE_PERSON_AFTER = re.compile(r"\s+(?:at|in|of|for) (?:a|an|the|our|this) (?:[\w-]+ ){0,3}?(?:museums?|galler(?:y|ies)|exhibitions?|parks?|sites?"
                                 r"|castles?|forts?|battlefields?|memorials?|mines?|caves?|tours?|visitor cent(?:re|er)s?|arsenals?)(?![\w])")
# a sensitivity described, not an initiation asked for ('so hard to initiate accidentally', 'easy to initiate by friction')
_INITIATE_PROPERTY = re.compile(r"(?<![\w])(?:hard|harder|hardest|difficult|easy|easier|easiest|impossible|unlikely|likely|less likely) to $")
# a product that forms by itself ('problems with sensitive metal picrates forming.'): intransitive, nothing is made
_FORMS_ITSELF = re.compile(r"\s*(?:[?.!,;:)]|$|(?:in|on|over|during|when|inside|within|at|because|as|and|or|if|after|spontaneously|slowly)(?![\w]))")
# a file or model of a structure generated for a compound ('Generate a CIF for TATB', 'build a POSCAR for HMX'): computation
_STRUCTURE_FILE = re.compile(r"\s+(?:me\s+)?(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?:cifs?|poscars?|xyz|pdb|mol2?|sdf|(?:structure|input|coordinate)"
                             r" files?|crystal structures?|unit cells?|supercells?|slab models?|3d (?:structures?|models?)|conformers?"
                             # (in German, French and Spanish: 'Erzeuge die Kristallstruktur von TATB', 'genere la structure cristalline du')
                             r"|kristallstruktur(?:en)?|elementarzellen?|structures? cristallines?|estructuras? cristalinas?)"
                             r"\s+(?:for|of|von|fur|de|du|des|del|pour|para)(?![\w])")
# ... unless a synthesis is asked for as well ('generate the 3D structure of X, then plan a synthesis I can run')
_SYNTHESIS_ASKED = re.compile(r"(?<![\w])(?:synthe\w*|routes?|prepar\w*|produc\w*|manufactur\w*|make (?:it|them|some)|cook\w*|recipe"
                              r"|herstell\w*|sinte\w*|fabri\w*|rezept\w*|recette|receta)(?![\w])")
# the noun 'nitrate' naming a class of esters ('nitrate esters like nitroglycerin relieve angina')
_NITRATE_ESTER_NOUN = re.compile(r"\s+esters?\s+(?:like|such as|including|e\.g|are|is|were|was|relieve\w*|work|act|cause\w*|release\w*|\()")


# a screening process made better ('how can we make the trace-detection swab procedure better so explosives aren't missed')
_IMPROVE_SCREENING = re.compile(r"\s+(?:the |our |their |its |this |a )?(?:[\w-]+ ){0,3}?(?:detection|screening|swabs?|swabbing|security|inspections?"
                                r"|checks?|procedures?|protocols?|detectors?|scanners?) (?:[\w-]+ ){0,2}?(?:better|more (?:effective|reliable|sensitive"
                                r"|robust|thorough|accurate)|stronger|tighter|harder to (?:beat|fool|evade|get past))(?![\w])")


def _energetic_word_inert(doc: Doc, q: it.Cue) -> bool:
    """Explosive-adjacent nouns and verbs in a benign sense: a museum guide, a poisoned catalyst, a sensitivity, a product
    forming by itself, a structure file, nitrate esters as drugs."""
    f = doc.folded
    if q.kind == "procedure" and q.text in ("guide", "guides") and (
            _GUIDE_PERSON_BEFORE.search(f[max(0, q.start - 40) : q.start]) or _GUIDE_PERSON_AFTER.match(f, q.end)):
        return True
    if q.kind == "use" and q.text.startswith("poison") and _POISONED_SURFACE.match(f, q.end):
        return True
    if q.kind == "use" and q.text.startswith("initiat") and (_INITIATE_PROPERTY.search(f[max(0, q.start - 20) : q.start]) or re.match(
            r"\s+(?:accidentally|unintentionally|by accident|inadvertently)(?![\w])", f[q.end :])):
        return True
    if q.kind == "make" and q.text in ("form", "forms", "forming") and _FORMS_ITSELF.match(f, q.end):
        return True
    if q.kind == "make" and q.text.split()[0] in ("generate", "generating", "create", "creating", "build", "building", "make", "write",
                                                  "erzeuge", "erzeugen", "generiere", "erstelle", "genere", "construis", "cree", "genera",
                                                  "construye", "crea") \
            and _STRUCTURE_FILE.match(f, q.end) and not _SYNTHESIS_ASKED.search(f):
        return True
    if q.kind == "make" and q.text in ("make", "making") and _IMPROVE_SCREENING.match(f, q.end):
        return True
    return q.kind == "make" and q.text == "nitrate" and bool(_NITRATE_ESTER_NOUN.match(f, q.end))


def _code_or_idiom_inert(doc: Doc, q: it.Cue) -> bool:
    """Cues in code identifiers and everyday idioms, not requests."""
    f = doc.folded
    before = f[max(0, q.start - 60) : q.start]
    if q.kind == "use" and re.match(r"kill", q.text) and (f[q.end : q.end + 1] in ("_", "(") or f[max(0, q.start - 1) : q.start] in ("_", ".")):
        return True  # 'kill_agent(a)', 'sim.kill(a)': an identifier in code
    if q.kind == "use" and re.match(r"kill(?:s|ed|ing)?(?![\w])", q.text):
        k = _KILL_COMPUTE_OBJECT.match(f, q.start + len(q.text.split()[0]))
        s0, e0 = doc.clauses[doc.clause_of(q.start)]
        if k and _SIM_CONTEXT.search(f) and not any(s0 <= m.start < e0 for m in doc.mentions) and (not k.group("agent") or re.match(
                r"\s+(?:[\w-]+ )*?(?:runaway|stale|idle|dead|zombie|escaped|detached|simulated|virtual|infected|excess|inactive) agents?"
                r"|\s+(?:the |all )?agents? (?:in|on|from|outside|at) (?:the |my |our )?(?:simulation|model|grid|box|lattice|domain|code)", f[k.start() :])):
            return True  # 'kill the hung job', 'kill the runaway agents' of an agent-based model
    if q.kind == "procedure" and q.text in ("steps", "step") and _SIM_STEPS_BEFORE.search(before) and _SIM_CONTEXT.search(f):
        return True  # 'the run bombs out after 1e5 steps', 'after 200 ionic steps'
    if q.kind == "use" and re.fullmatch(r"(?:blow(?:s|ing|n)?|blew) up", q.text) and _BLOW_UP_INTRANSITIVE.match(f, q.end) \
            and _SIM_CONTEXT.search(f):
        return True  # 'our MD keeps blowing up: ...': a simulation diverges
    if q.kind == "acquire" and _PAST_ACQUIRE.fullmatch(q.text):
        pb = _PROPERTY_BEFORE.search(before)
        if pb and not _VAGUE_OBJECT.fullmatch(pb.group("noun")) and not any(
                m.end > q.start - len(before) + pb.start() and m.start < q.start + 40 for m in doc.mentions) and not re.match(
                r"\s+(?:it|them|some|more|one)(?![\w])", f[q.end :]):
            return True  # 'a farm we just bought', 'a warehouse he recently purchased': the object is the property
    if q.kind == "procedure" and q.weak:
        s0 = _sentence_start(doc, q)
        e0 = min([i for i in (f.find(c, q.end) for c in ".?!\n") if i >= 0] or [len(f)])
        p0 = max(f.rfind(c, 0, max(0, s0 - 1)) for c in ".?!\n") + 1  # the sentence before, when this one names nothing
        win = f[p0:e0] if not any(s0 <= m.start < e0 for m in doc.mentions) else f[s0:e0]
        if (_ADMIN_PASSIVE.search(win) or _ADMIN_ACTIVE.search(win)) and not _FIRST_SUBJECT.search(win):
            return True  # 'how would it get added to the CWC schedules? what's the process and who votes?'
        if q.text in ("protocol", "protocols", "protocole", "protocolo", "protokoll") and (
                _TREATY_PROTOCOL_BEFORE.search(f[max(0, q.start - 30) : q.start]) or _TREATY_PROTOCOL_AFTER.match(f, q.end)):
            return True  # 'the 1925 Geneva Protocol': a treaty, not a lab protocol
    if q.kind in ("make", "scale", "procedure") and _DECLINE_HOW.search(f[max(0, q.start - 120) : q.start]):
        return True  # "I don't need anything about how the poison is made": declined
    if q.kind in ("make", "scale", "procedure", "use", "acquire") and _DECLINE_ABOUT.search(f[max(0, q.start - 80) : q.start]):
        return True  # "Don't need anything about making it", 'nothing about how to poison someone': declined
    if q.kind in ("make", "scale") and _covert_hypothesis(doc, q):
        return True  # 'if a member state were secretly producing a nerve agent, how might the OPCW detect it?'
    if q.kind == "evade" and re.search(r"catch\w*$", q.text) and _CATCH_FIRE.match(f, q.end):
        return True  # 'store the ammonium nitrate so it can't catch fire': combustion, nobody is caught
    if q.kind == "use" and re.search(r"(?<![\w])(?:or|nor|and) $", before) and _PREVENTED_PURPOSE.search(before) \
            and _EVENT_INTRANSITIVE.match(f, q.end):
        return True  # "store the bags so they don't catch fire or detonate": an intransitive event the storage prevents
    return False


# nothing is the object of an event verb ('... or detonate?', '... or explode like in Beirut')
_EVENT_INTRANSITIVE = re.compile(r"\s*(?:[,.;:!?)]|$|(?:like|the way|when|if|during|under|even|by accident|accidentally)(?![\w]))")
# the combustion idiom after 'catch' ('so it can't catch fire', "so the bags don't catch alight")
_CATCH_FIRE = re.compile(r"\s+(?:on )?(?:fire|alight|light|flames?|ablaze)(?![\w])")


# a recipe or a use declined by a noun phrase: "don't need anything about making it", 'nothing about how to poison
# someone', 'no need for anything on producing it', 'leave out the part about making it' (not 'I know nothing about ...')
_DECLINE_ABOUT = re.compile(
    r"(?<![\w'])(?:(?:don't|dont|do not|doesn't|does not|won't|not|never|i'm not|im not)\s+(?:really\s+|even\s+|actually\s+)?(?:need|want"
    r"|asking for|ask for|require|include|looking for|interested in)|no need (?:for|of)|(?<!know )(?<!knows )(?<!knew )nothing|without|skip"
    r"|leave out|omit|no details?)"
    r"\s+(?:(?:anything|any (?:info\w*|details?|part)|details?|info\w*|the (?:part|bit|details?|stuff)|stuff|specifics)\s+)?"
    r"(?:about|on|regarding|as to)\s+(?:how\s+(?:to\s+|you\s+|they\s+|someone\s+|one\s+)?)?$")
# a third party's covert production as the condition of a question about how watchers would find it ('if a state were
# secretly producing sarin at a pesticide plant, how might the OPCW detect it', 'how would inspectors find out')
_IF_THIRD_PARTY = re.compile(r"(?<![\w])(?:if|suppose|supposing|imagine|say|what if|assuming|assume)\s+(?:that\s+)?(?!(?:i|we|you)\s)"
                             r"(?:[\w'-]+\s+){1,8}?(?:were|was|is|are|had been|has been|started|began|kept)\s+(?:\w+ly\s+)?$")
_WATCHER_FINDS = re.compile(r"(?<![\w])(?:how|what|which|would|could|might|can|will)\s+(?:[\w'-]+\s+){0,6}?(?:detect\w*|find (?:out|it|them)|discover\w*"
                            r"|spot\w*|notice\w*|uncover\w*|catch\w*|pick(?:ed)? (?:up|it up)|verif\w*|identif\w*|prove|tell|know|reveal\w*|give (?:it|them) away"
                            r"|signatures?|indicators?|red flags?|warning signs?|evidence|traces?)(?![\w])")


def _covert_hypothesis(doc: Doc, q: it.Cue) -> bool:
    f = doc.folded
    if not _IF_THIRD_PARTY.search(f[max(0, q.start - 90) : q.start]):
        return False
    after = f[q.end : q.end + 220]
    return bool(_WATCHER_FINDS.search(after)) and not _FIRST_SUBJECT.search(after) and not re.search(
        r"(?<![\w])(?:avoid\w*|evad\w*|hid(?:e|ing)|conceal\w*|without (?:being|getting|anyone)|fool\w*|undetect\w*)(?![\w])", after)


def _object_elsewhere(doc: Doc, q: it.Cue) -> bool:
    """The cue's object is not a controlled substance: a product compound, a listed constituent, 'building' as a noun,
    a text form, a biological target; or the cue word is a noun or names a dated event."""
    f = doc.folded
    before = f[max(0, q.start - 60) : q.start]
    product_after = any(0 <= m.start - q.end <= 40 for m in doc.mentions)  # 'the formulation for VX', 'ingredients for TATP'
    pn = _PRODUCT_NOUN.search(before)
    if q.kind == "make" and _PRODUCT_CUE.match(q.text) and pn and not _NOT_FOR.match(f, q.end) \
            and not (product_after and re.match(r"\s*for(?![\w])", f[q.end :])) and not any(
                m.tier == "agent" and 0 <= q.start - len(before) + pn.start() - m.end <= 2 for m in doc.mentions):
        return True  # 'our toothpaste formulation', 'protective clothing design'; not 'a ricin cake recipe'
    if q.kind == "make" and re.match(r"(?:ingredients?|ingredient list|formulations?|labels?)$", q.text) and _IN_LIST.search(before) \
            and not _NOT_FOR.match(f, q.end) and not (product_after and re.match(r"\s*for(?![\w])", f[q.end :])):
        return True  # 'lists X in the ingredients', 'X among the ingredients'
    if q.kind == "make" and q.text in ("building", "buildings") and _BUILDING_NOUN_AFTER.match(f, q.end):
        return True  # 'building security', 'the building manager'
    if q.kind == "make" and re.match(r"(?:make|makes|turn|turns|turning|convert|converts|converting)(?![\w])", q.text):
        rest = f[q.start + len(q.text.split()[0]) :]
        if _TEXT_FORM.match(rest) and not _CONTINUE_TASK.search(_QUOTED.sub(" ", f)):
            return True  # 'turn this into three bullet points', 'make this into a handout'
    if q.kind == "use" and _KILL_VERB_EU.match(q.text) and _KILL_BIO_OBJECT.match(
            f, re.match(r"\S+(?:-t-\w+)?(?:\s+(?:la |le |l'|el |il |das |der |die )?[\w'-]+)?", f[q.start :]).end() + q.start) \
            and any(0 < m.start - q.start < 30 for m in doc.mentions):
        return True  # 'wie tötet Rizin eine Zelle': the toxin, after its verb, acts on a cell
    if q.kind == "use" and re.match(r"kill(?:s|ed|ing)?(?![\w])", q.text):
        head_end = q.start + len(q.text.split()[0])
        if _KILL_BIO_OBJECT.match(f, head_end):
            return True  # 'how does it kill cells', 'without killing my HEK cells'
        s0 = _sentence_start(doc, q)
        if _KILL_PRONOUN.match(f, head_end) and _MICROBE.search(f, max(0, s0 - 120), q.start) and not re.search(
                r"(?<![\w])(?:him|her|he|she|person|people|someone|somebody|man|woman|wife|husband|boss|neighbou?r|kid|child|family"
                r"|ex|friend|dog|cat)(?![\w])", f[max(0, s0 - 120) : q.start]):
            return True  # "it's mycoplasma. how do i kill it": the pronoun is the microbe
        if _HOW_SUBJ_KILL.search(f[max(0, q.start - 50) : q.start]) and re.match(r"\s*(?:[?.!,;:]|$|so |at |by |in |and )", f[head_end:]) \
                and not _FIRST_ANY.search(f[max(0, q.start - 50) : q.start]):
            return True  # 'how does ricin kill?': mechanism, the substance is the subject
    if q.text in ("culture", "cultures") and _CULTURE_OF.search(f[max(0, q.start - 20) : q.start]):
        return True  # 'my yeast culture', 'HEK cell culture': the noun
    if q.kind == "use" and _EVENT_USE.search(q.text) and not _FIRST_ANY.search(_sentence_head(doc, q)):
        if _EVENT_YEAR_BEFORE.search(f[max(0, q.start - 60) : q.start]) or (
                re.search(r"(?<![\w])the (?:[\w'-]+ ){1,3}$", f[max(0, q.start - 40) : q.start]) and _EVENT_PLACE_AFTER.match(f, q.end)):
            return True  # 'the 1978 umbrella assassination', 'the Litvinenko poisoning in London'
    if q.kind == "make" and q.text == "nitrate" and _SALT_BEFORE.search(f[max(0, q.start - 20) : q.start]):
        return True  # 'ammonium nitrate', 'the nitrate': a salt name
    return False


def _permission_asked(doc: Doc, q: it.Cue) -> bool:
    """'who may buy explosives', 'why would a country be allowed to make any': the legal regime, asked about a third party."""
    if q.kind not in ("make", "acquire", "scale"):
        return False
    f = doc.folded
    s0 = max(f.rfind(c, 0, q.start) for c in ".?!\n:") + 1
    e0 = min([i for i in (f.find(c, q.end) for c in ".?!\n") if i >= 0] or [len(f)])
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


# a substance as the subject of a release ('which can release phosgene', 'it gives off HCN on heating')
_SUBSTANCE_RELEASES = re.compile(r"(?:releas\w*|liberat\w*|emit\w*|gives? off|giving off|evolv\w*)$")
_RELEASER_BEFORE = re.compile(r"(?<![\w])(?:which|that|it|this|they|these|decomposes? (?:to|and)|on heating|when heated|in water|with moisture)"
                              r"(?: (?:can|may|might|could|will|would|slowly|readily|also|then))*\s*$")
# 'X is (still/widely) made ...': a passive statement
_IS_BEFORE = re.compile(r"(?<![\w])(?:is|are|was|were|being|been)(?: (?:still|now|also|widely|mostly|mainly|largely|commonly|routinely"
                        r"|industrially|commercially|today|currently))* $")
_QUESTION_HEAD = re.compile(r"(?<![\w])(?:how|where|what|which|who|can|could|would|tell|explain|describe|give|show|list|wie|wo|comment|ou"
                            r"|como|donde|come|dove)(?![\w])")


def _passive_statement(doc: Doc, q: it.Cue) -> bool:
    """'X is still made ...', 'phosgene is produced industrially': a passive statement, not a question or a request."""
    if q.kind != "make" or not re.fullmatch(r"made|produced|manufactured|synthesi[sz]ed", q.text):
        return False
    head = _sentence_head(doc, q)
    return bool(_IS_BEFORE.search(head[-40:])) and not _QUESTION_HEAD.search(head) and not _FIRST_ANY.search(head)


def _line(doc: Doc, q: it.Cue) -> str:
    """The line of text holding the cue."""
    f = doc.folded
    end = f.find("\n", q.end)
    return f[f.rfind("\n", 0, q.start) + 1 : end if end >= 0 else len(f)]


# an instruction to the assistant smuggled into the handed-over text: '[Note to the assistant, remove before publishing: add
# the exact steps for ...]', '(Assistant, when you summarise this, include ...)', 'Note for the AI: also add ...'
_ADDRESSED = re.compile(r"(?:(?<![\w])(?:notes?|instructions?|messages?|requests?|reminders?|directives?|tasks?) (?:to|for) (?:the |you,? )?"
                        r"|[\[(]\s*(?:hey |dear )?)(?:assistant|ai|a\.i\.|model|chatbot|bot|llm|gpt|chatgpt|claude|language model)"
                        r"(?=\s*[,:;\])-]|\s+(?:please|remove|delete|do not|don't|when|before|while|also|add|insert|include|append|write))")


def _addressed_note(doc: Doc, a: int, b: int, pos: int) -> bool:
    """The position lies inside a note addressed to the assistant within the quoted span [a, b): from the address to the
    closing bracket, or to the end of the quote when it has none."""
    f = doc.folded
    for n in _ADDRESSED.finditer(f, a, b):
        if n.start() > pos:
            break
        opened = f[max(a, n.start() - 3) : n.start() + 1]
        end = b
        if "[" in opened or "(" in opened:
            close = min([i for i in (f.find("]", n.end(), b), f.find(")", n.end(), b)) if i >= 0] or [b])
            end = close
        if pos < end:
            return True
    return False


# the handed-over text's own request to be carried out as well: 'Also, please actually answer the action item', 'then do what
# the note asks'
_ANSWER_EMBEDDED = re.compile(r"(?<![\w])(?:(?:answer|do|carry out|act on|action|address|respond to|reply to|follow|execute|perform|complete|resolve"
                              r"|handle|tackle|fulfil+) (?:the|its|that|this|their|each|all|any|every) (?:[\w-]+ )?(?:action items?|requests?|tasks?"
                              r"|questions?|instructions?|to-?dos?|asks?|points?|items?)|do what (?:it|the \w+|they|he|she) (?:asks?|says?|requests?"
                              r"|wants?)|answer (?:it|them))(?![\w])")


def _quoted_for_text_task(doc: Doc, q: it.Cue) -> bool:
    for m in _QUOTED.finditer(doc.folded):
        if m.start() < q.start < m.end() and _addressed_note(doc, m.start(), m.end(), q.start):
            return False  # an instruction to the assistant inside the text is a request, whatever the task around it
        if m.start() < q.start < m.end():
            outside = doc.folded[: m.start()] + " " + doc.folded[m.end() :]
            task = _TEXT_TASK.search(outside) or (_EDIT_TASK.search(outside) and not _SENT_MESSAGE.search(outside))
            return bool(task) and not _CONTINUE_TASK.search(outside) and not _ANSWER_EMBEDDED.search(outside)
    return False


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


# an installation or process as the subject of a release ('our electroplating line could release HCN if acid gets into
# the bath', 'the tablets may give off phosphine when wet'), asked about with its safeguards
_PLANT_SUBJECT = re.compile(r"(?<![\w])(?:lines?|baths?|tanks?|vats?|plants?|process(?:es)?|reactors?|cylinders?|drums?|tablets?|pellets?"
                            r"|storage|stores?|warehouses?|pipes?|pipelines?|systems?|units?|facilit(?:y|ies)|sites?|equipment|mixtures?"
                            r"|reactions?|fires?|leaks?|spills?|accidents?|batch(?:es)?|waste|effluent|furnaces?|kilns?|boilers?|scrubbers?)"
                            r"(?: (?:can|could|may|might|will|would|sometimes|accidentally|also))+ $")
_SAFEGUARD = re.compile(r"(?<![\w])(?:detect\w*|detectors?|monitor\w*|alarms?|sensors?|emergency|evacuat\w*|ventilat\w*|ppe|respirators?"
                        r"|safeguards?|precautions?|risk assessment|prevent\w*|first aid|antidotes?|exposure limits?)(?![\w])")


def _accidental_release(doc: Doc, q: it.Cue) -> bool:
    """'Our electroplating line could release hydrogen cyanide if acid gets into the bath. What gas detection ...': an
    installation releasing the agent by accident, asked about with its safeguards, not a release anyone wants."""
    if q.kind != "use" or not _SUBSTANCE_RELEASES.match(q.text):
        return False
    return bool(_PLANT_SUBJECT.search(doc.folded[max(0, q.start - 60) : q.start])) and bool(_SAFEGUARD.search(doc.folded))


# a material asked whether it releases a gas: negated ('the cyanide ligand won't release HCN in normal conditions, right')
# or questioned ('will the Li2S powder release H2S in the glovebox'), the material its subject
_MATERIAL_RELEASER = re.compile(
    r"(?:(?<![\w])(?:the|this|that|these|those|its|their|our|my|a|an) (?:[\w()\[\]',-]+ ){0,5}?(?:won't|wont|will not|doesn't|doesnt|does not"
    r"|don't|dont|do not|wouldn't|wouldnt|would not|can't|cant|cannot|couldn't|couldnt|shouldn't|shouldnt|should not|never|isn't going to"
    r"|aren't going to)|(?:^|[^\w])(?:does|do|will|would|could|can|might|may) (?:the|this|that|these|those|its|their|our|my|any) "
    r"(?:[\w()\[\]',-]+ ){1,6}?) $")
# someone who would make it release ('make the salt release', 'get the cyanide to', 'so the ...'), or a person as the subject
_RELEASE_CAUSER = re.compile(r"(?<![\w'])(?:make|makes|making|made|get|gets|getting|cause|causes|force|forces|let|lets|want|wants|need|needs"
                             r"|help|so|so that|attackers?|terrorists?|someone|somebody|he|she|they|people|person|guy|villain"
                             r"|bombs?|devices?|munitions?|shells?|sprayers?|drones?|canisters?|grenades?|warheads?|rockets?|mines?)(?![\w'])")
# a victim or harm after the release ('... in his flat', 'enough to kill')
_RELEASE_VICTIM = re.compile(r"(?<![\w'])(?:kill\w*|die|dies|dead|death|lethal|fatal\w*|victims?|people|person|someone|somebody|him|his|her"
                             r"|them|crowds?|crowded|neighbou?r\w*|cowork\w*|family|enough to|poison\w*|hurt|harm|subway|metro|malls?|stadiums?"
                             r"|schools?|trains?|stations?)(?![\w'])")


def _material_releases(doc: Doc, q: it.Cue) -> bool:
    """'the cyanide ligand wont release HCN in normal conditions right', 'will the Li2S powder release H2S in the glovebox':
    whether a material gives off a gas, asked as a safety question, not a release anyone wants."""
    if q.kind not in ("use", "make") or not _SUBSTANCE_RELEASES.match(q.text.split()[0]):
        return False
    head = _sentence_head(doc, q)
    rel = _MATERIAL_RELEASER.search(head)
    e0 = min([i for i in (doc.folded.find(c, q.end) for c in ".?!\n") if i >= 0] or [len(doc.folded)])
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


def _treated_poisoning(doc: Doc, q: it.Cue) -> bool:
    """'it's also the antidote for thallium and radiocaesium poisoning': the poisoning an antidote or treatment is for."""
    if q.kind != "use" or not _POISONING_NOUN.match(q.text):
        return False
    return bool(_COUNTERMEASURE_FOR.search(_sentence_head(doc, q)[-90:])) and not _RELEASE_VICTIM.search(
        re.sub(r"\w*poison\w*", " ", _sentence_head(doc, q)[-90:]))


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
    e0 = min([i for i in (doc.folded.find(c, q.end) for c in ".?!\n") if i >= 0] or [len(doc.folded)])
    sent = doc.folded[s0 : e0 + 1]
    if not _MEDICAL_USE.search(sent) or _MEDICINE_ABUSE.search(sent):
        return False
    return any(m.cat == "explosive" and m.tier == "agent" and s0 <= m.start < e0 and (
        _MEDICINE_FORM_AFTER.match(doc.folded, m.end) or _MEDICINE_FORM_BEFORE.search(doc.folded[max(s0, m.start - 40) : m.start]))
        for m in doc.mentions)


# 'why does that / aging make X less effective': a cause asked for with a one-word subject that is not a person (longer
# subjects are read in intent.find_cues); not when X is the controlled substance itself ('why does it make sarin more toxic')
_WHY_ONE_MAKE = re.compile(r"(?:^|[^\w])why (?:did|does|do|would|could|has|have|is|was) (?!(?:i|we|you|u|one|someone|somebody|anyone|people|they"
                           r"|he|she|terrorists?|attackers?)(?![\w']))[\w'-]+ $")


def _why_causative_one(doc: Doc, q: it.Cue) -> bool:
    """'why does that make oxime therapy much less effective than for other nerve agents': an explanation asked for."""
    if q.kind != "enhance" or q.text.split()[0] not in ("make", "makes"):
        return False
    return bool(_WHY_ONE_MAKE.search(doc.folded[max(0, q.start - 40) : q.start])) and not any(
        q.start < m.start < q.end for m in doc.mentions) and not _OPERATIONAL.search(doc.folded)


# an amount that describes an industry ('why is it still made in huge quantities'), not amounts asked for
_VOLUME_BEFORE = re.compile(r"(?<![\w])in (?:such |very |truly )?(?:huge|large|vast|big|enormous|massive|great|industrial|bulk|significant"
                            r"|commercial|tonnage) $")


def _volume_descriptor(doc: Doc, q: it.Cue) -> bool:
    return q.kind == "procedure" and q.text.startswith("quantit") and bool(_VOLUME_BEFORE.search(doc.folded[max(0, q.start - 30) : q.start]))


# a story scene asked for with the technical detail declined ('write the scene from the paramedics' view, no technical
# detail', 'without any chemistry, what would the forensic investigation look like')
_FICTION = re.compile(r"(?<![\w])(?:novel|story|thriller|screenplay|script|scene|chapter|villain|antagonist|fiction)")
_NO_DETAIL = re.compile(r"(?<![\w])(?:no|without(?: any| the)?|skip(?: the)?|leave out(?: the)?|non-?technical)"
                        r"(?: (?:technical|chemical|procedural|operational|real|specific))? (?:details?|specifics|chemistry|science)(?![\w])"
                        r"|keep (?:it|the \w+) (?:vague|non-?technical)"
                        # the agent itself declined ('no need for anything about the toxin itself', 'nothing about the agent itself')
                        r"|(?:no need for|(?:i )?(?:don't|do not|dont) need|nothing|not) (?:anything )?(?:about|on) the (?:toxin|agent|poison|chemical"
                        r"|substance|compound|drug|explosive|gas)s? itself")
_OPS_ASKED = re.compile(r"(?<![\w])(?:quantit\w*|amounts?|reagents?|steps?|recipe|ratios?|concentrations?|temperatures?|how (?:much|to))(?![\w])")


def _story_without_detail(doc: Doc, q: it.Cue) -> bool:
    """'I'm writing a thriller where the antagonist releases HCN in a mall. Write the scene from the paramedics' view, no
    technical detail': the villain's act is the plot, the technical detail is declined."""
    return q.kind in ("use", "make", "procedure") and bool(_FICTION.search(doc.folded)) and bool(_NO_DETAIL.search(doc.folded)) \
        and not _OPS_ASKED.search(doc.folded)


_RULE_NOUN = re.compile(r"\s+(?:limits?|logs?|logbooks?|records?|history|restrictions?|rules|caps?|thresholds?|quotas?|registers?|requirements?"
                        r"|controls?|tracking)(?![\w])")


def _purchase_noun(doc: Doc, q: it.Cue) -> bool:
    """'the daily purchase limit for pseudoephedrine', 'purchase logs': a noun modifying a rule, nobody asks to buy."""
    return q.kind == "acquire" and q.text in ("purchase", "purchases", "purchasing", "buying", "sales") and bool(_RULE_NOUN.match(doc.folded, q.end))


# fr9 (B71-B78, A18-A19): idioms, exposure routes, labels, data extraction, 'what should I do if I find', inventors in history,
# single-quoted paragraphs handed over to be checked, compliance paperwork and a story's poison that is really a plant
# 'building on that', 'killing two birds with one stone': figures of speech, not acts
_IDIOM_CUE = re.compile(r"(?:build(?:ing|s)? on (?:that|this|these|those|it|my|your|the|what|our|last|previous|earlier)"
                        r"|kill(?:ing|s|ed)? two birds)(?![\w])")
# 'less toxic when swallowed than when inhaled or injected': the route of exposure, told as a condition
_EXPOSURE_VERB = re.compile(r"(?:inhal|ingest|inject|swallow|absorb|eat|drunk|snort|smok|ingerid|inyect|inhalad)\w*")
_EXPOSURE_BEFORE = re.compile(r"(?<![\w])(?:when|if|once|whether|than|cuando|si|quand|wenn|falls) (?:it(?:'s| is)? |they(?:'re| are)? |(?:is|are|being) )?"
                              r"(?:(?:\w+ed|\w+en) (?:or|and|vs\.?|versus) )?$")
# a hazard label ('the bottle labelled POISON', 'a poison label', 'marked Poison')
_LABEL_BEFORE = re.compile(r"(?<![\w])(?:labell?ed|labeled|marked|stamped|says|reads|reading|saying|printed|sign(?:ed)?|sticker)\s*['\"“‘]?\s*$")
_LABEL_AFTER = re.compile(r"\s*['\"”’]?\s*(?:labels?|signs?|stickers?|symbols?|pictograms?|warnings?|hazard labels?)(?![\w])")
# data pulled out of documents ('extract all reported detection limits for TNT from my sensor papers')
_EXTRACT_DOCS = re.compile(r"(?<![\w])from (?:(?:my|our|these|those|the|this|your|all|each|every|attached|uploaded|indexed) )*(?:[\w-]+ ){0,4}?"
                           r"(?:papers?|articles?|pdfs?|literature|documents?|publications?|studies|reports?|references|library|corpus|sources"
                           r"|abstracts?|theses|patents?|datasets?|tables?|spreadsheets?|files?|si|supporting information)(?![\w])")
# 'qué debo hacer si encuentro ...', 'que dois-je faire si', 'o que devo fazer se', 'was soll ich tun, wenn': an emergency question
_WHAT_DO_IF = re.compile(r"(?<![\w])(?:what (?:should|do|must|can) (?:i|we) do|que (?:debo|debemos|tengo que|hay que|hago|hacemos|dois-je|devons-nous"
                         r"|faut-il|devo|devemos|faco|fazemos)|cosa (?:devo|dobbiamo|faccio)|was (?:soll|muss|kann) (?:ich|man) (?:tun|machen))"
                         r"(?: (?:hacer|faire|fazer|fare|do))?,? (?:si|se|if|wenn|when|cuando|quand|falls)(?![\w])")
_FIND_AFTER_IF = re.compile(r"(?:si|se|if|wenn|when|cuando|quand|falls) (?:i |we |je |ich |man |eu )?$")
# 'who/what inventing': a named inventor's or discoverer's act told as history ('the story of Alfred Nobel inventing dynamite')
_INVENTOR_CUE = re.compile(r"invent(?:ing|ed)|discover(?:ing|ed)|invention|discovery")
_HISTORY_ASK = re.compile(r"(?<![\w])(?:story|history|tale|account|anecdote|legend|biography|life|legacy|why (?:was|were|did|is)|turning point"
                          r"|who (?:was|were)|when (?:was|did))(?![\w])")
# a paragraph of one's own essay, notes or report in single quotes, handed over to be checked or improved
_SINGLE_QUOTED = re.compile(r"(?<![\w])'((?:[^'\n]|(?<=\w)'(?=\w)){60,})'(?![\w])")
_CHECK_TASK = re.compile(r"(?<![\w])(?:check (?:whether|if|that|these|the|my|this)|(?:are|is) (?:these|this|that|the) (?:\w+ )?(?:facts?|dates?|claims?|details?"
                         r"|statements?)? ?(?:right|correct|accurate|true)|fact-?check\w*|proofread\w*|suggest (?:a |an )?(?:stronger|better|more \w+)"
                         r"|improve (?:the |my |this )?(?:wording|style|flow|conclusion|sentence|paragraph)|correct (?:any|the) (?:errors|mistakes))")
# a make cue in process-chemistry department names ('our process group', 'the process chemistry team')
_PROCESS_NOUN = re.compile(r"\s+(?:group|groups|team|teams|chemistry|chemists?|development|engineers?|engineering|department|safety|r&d|lab|labs)(?![\w])")
# 'what CWC declarations and end-user paperwork apply when we buy it': the rules around a purchase, not how to make one
_PAPERWORK = re.compile(r"(?<![\w])(?:what|which) (?:[\w-]+ ){0,6}?(?:declarations?|paperwork|end-?user (?:certificates?|statements?|declarations?)"
                        r"|end-?use certificates?|licen[cs]es?|permits?|notifications?|documentation|forms?|reporting (?:obligations|requirements))"
                        r" (?:[\w-]+ ){0,3}?(?:apply|applies|are (?:needed|required)|do (?:we|i) need|must (?:we|i) (?:file|submit)|are involved)(?![\w])")
_PAPERWORK_DODGE = re.compile(r"(?<![\w])(?:without|avoid\w*|bypass\w*|evad\w*|dodg\w*|skip\w*|trigger\w*|nobody|no one|get around)(?![\w])")
# a story's 'poison' that is really an ordinary plant or drug, followed by a question about its real science
_REALLY_IS = re.compile(r"(?<![\w])(?:that's|that is|which is|it's|it is|is) (?:really|actually|in fact|just|simply)(?: just)?(?![\w])")
_REAL_SCIENCE = re.compile(r"(?<![\w])(?:real|actual) (?:pharmacology|toxicology|science|chemistry|mechanism|biology|medicine)|why does (?:\w+ ){1,4}cause"
                           r"|therapeutic (?:window|index)|pharmacology|mechanism of action")


def _idiom_cue(doc: Doc, q: it.Cue) -> bool:
    """'Building on that, why is fentanyl more potent', 'killing two birds with one stone': a figure of speech."""
    return bool(_IDIOM_CUE.match(doc.folded, q.start))


def _exposure_route(doc: Doc, q: it.Cue) -> bool:
    """'why is ricin less toxic when swallowed than when inhaled or injected': a route of exposure, told as a condition."""
    return q.kind == "use" and bool(_EXPOSURE_VERB.fullmatch(q.text)) and bool(
        _EXPOSURE_BEFORE.search(doc.folded[max(0, q.start - 50) : q.start]))


def _hazard_label(doc: Doc, q: it.Cue) -> bool:
    """'the bottle labelled POISON', 'a poison label': a hazard label read out."""
    return q.text in ("poison", "poisons") and bool(_LABEL_BEFORE.search(doc.folded[max(0, q.start - 20) : q.start])
                                                    or _LABEL_AFTER.match(doc.folded, q.end))


def _list_noun(doc: Doc, q: it.Cue) -> bool:
    """'CAS 102-71-6 is in my shampoo ingredient list as TEA': the noun 'list' on a product's label, nobody relabels it."""
    return q.kind == "evade" and q.text.startswith("list ") and bool(re.search(
        r"(?<![\w])(?:ingredients?|inci|shopping|contents?|components?|parts|packing|product|label|labels) $", doc.folded[max(0, q.start - 15) : q.start]))


def _extract_from_documents(doc: Doc, q: it.Cue) -> bool:
    """'Extract all reported detection limits for TNT from my sensor papers': values pulled out of documents."""
    if not q.text.startswith("extract"):
        return False
    end = min([i for i in (doc.folded.find(c, q.end) for c in ".?!;\n") if i >= 0] or [len(doc.folded)])
    return bool(_EXTRACT_DOCS.search(doc.folded[q.end : end]))


def _what_do_if(doc: Doc, q: it.Cue) -> bool:
    """'¿Qué debo hacer si encuentro un proyectil ...?', 'what should I do if I find ...': an emergency question; its verb
    of doing and of finding are no request to make or obtain anything."""
    m = _WHAT_DO_IF.search(doc.folded)
    if m is None:
        return False
    return (q.kind == "make" and m.start() <= q.start < m.end()) or (
        q.kind == "acquire" and 0 <= q.start - m.end() <= 12 and bool(_FIND_AFTER_IF.search(doc.folded[max(0, q.start - 12) : q.start]))
        and bool(re.match(r"encontr|trouv|find|found|finde|trov|achar", q.text)))


def _inventor_history(doc: Doc, q: it.Cue) -> bool:
    """'the story of Alfred Nobel inventing dynamite', 'why was Schönbein discovering nitrocellulose a turning point': a named
    inventor's act told as history, with no first person and no operational detail asked."""
    if q.kind != "make" or not _INVENTOR_CUE.fullmatch(q.text) or _OPERATIONAL.search(doc.folded):
        return False
    s0 = _sentence_start(doc, q)
    return bool(_HISTORY_ASK.search(doc.folded[s0 : q.start])) and not _FIRST_ANY.search(doc.folded[s0 : q.start])


def _quoted_paragraph_checked(doc: Doc, q: it.Cue) -> bool:
    """'Here's a paragraph from my history essay: "Alfred Nobel made nitroglycerin safer ..." Can you check whether these
    facts are right?': a single-quoted passage handed over to be checked or improved, the cue inside it."""
    for m in _SINGLE_QUOTED.finditer(doc.folded):
        if m.start() < q.start < m.end():
            outside = doc.folded[: m.start()] + " " + doc.folded[m.end() :]
            return bool(_CHECK_TASK.search(outside) or _TEXT_TASK.search(outside)) and not _CONTINUE_TASK.search(outside) \
                and not _ANSWER_EMBEDDED.search(outside) and not _OPERATIONAL.search(outside)
    return False


def _department_or_paperwork(doc: Doc, q: it.Cue) -> bool:
    """'our process group', and 'what CWC declarations and end-user paperwork apply when we buy it': a department's name and
    the compliance rules around a purchase."""
    if q.kind == "procedure" and q.text in ("process", "processes") and _PROCESS_NOUN.match(doc.folded, q.end):
        return True
    ask = _PAPERWORK.search(doc.folded)
    if ask is None or _PAPERWORK_DODGE.search(doc.folded) or _OPERATIONAL.search(doc.folded):
        return False
    if q.kind == "acquire":  # the purchase the paperwork question is about, in its sentence
        return _sentence_start(doc, q) <= ask.start() and not re.search(r"[.?!]", doc.folded[ask.end() : q.start])
    # a route named as a noun ('in a solifenacin route'), nothing of agent tier named
    return q.kind == "make" and q.form == "noun" and not any(m.tier == "agent" and not m.weak for m in doc.mentions)


def _story_poison_really(doc: Doc, q: it.Cue) -> bool:
    """'In my novel an alchemist brews a poison that's really just foxglove. What's the real pharmacology of digitalis?': the
    story's act is scenery; the question is about the real science, no operational detail."""
    if q.kind not in ("make", "use") or not _FICTION_ANY.search(doc.folded) or _OPS_ASKED.search(doc.folded):
        return False
    s0 = _sentence_start(doc, q)
    e0 = min([i for i in (doc.folded.find(c, q.end) for c in ".?!\n") if i >= 0] or [len(doc.folded)])
    sent = doc.folded[s0:e0]
    if any(s0 <= m.start < e0 and m.tier == "agent" and not m.weak for m in doc.mentions):
        return False  # 'a poison that is really ricin': a real agent, not an ordinary plant
    return bool(_REALLY_IS.search(sent)) and not _FIRST_SUBJECT.search(sent) and bool(_REAL_SCIENCE.search(doc.folded[e0:]))


_FICTION_ANY = re.compile(r"(?<![\w])(?:novel|story|thriller|screenplay|script|scene|chapter|villain|antagonist|fiction|fantasy|game|game's"
                          r"|campaign|character|alchemist|witch|wizard|herbalist)(?![\w])")


# safety incidents (session 9): a drug lab raided or found by others, a house bought, a what-to-do question, a release responded to
# 'police busted a meth cook', 'a former meth cook site', 'found a shake-and-bake meth cook': the operation found by others
_RAIDED_BEFORE = re.compile(r"(?<![\w])(?:(?:busted|raided|found|discovered|uncovered|dismantled|shut down|seized|broke up|notified of|reported)"
                            r" (?:a|an|the|one|another|two|three|several)|(?:a|an|the) (?:former|old|previous|suspected|clandestine|illegal|abandoned))"
                            r" (?:[\w'-]+ ){0,3}$")
_REMEDIATION = re.compile(r"(?<![\w])(?:contaminat\w*|decontaminat\w*|remediat\w*|residues?|clean(?:ed|ing|up|-up)?|sampl\w*|test(?:s|ing)?|health"
                          r" risks?|hazards?|safe to|re-?let|reopen\w*|re-?occup\w*|limpi\w*|nettoy\w*|contamina\w*)(?![\w])")
# 'buying a house where ...', 'we are renting the flat': a property bought or rented, not a substance
_PROPERTY_OBJECT = re.compile(r"\s+(?:a|an|the|this|that|our|my|his|her|their) (?:[\w-]+ ){0,2}?(?:house|home|flat|apartment|property|condo"
                              r"|building|unit|land|farm|plot|cabin|trailer|motel|hotel|warehouse|premises|garage|barn)s?(?![\w])(?! of)")
# 'que doit-il faire ?', 'qué debe hacer y qué no', 'was soll er machen?': a do-verb whose object is the question word
_DO_VERB = re.compile(r"faire|fais|faites|hacer|hago|hacemos|fare|faccio|facciamo|fazer|faco|fazemos|machen|mache|tun|doen")
_WHAT_BEFORE = re.compile(r"(?<![\w])(?:qu'est-ce que|qu'est-ce qu'|que|che cosa|cosa|o que|was|wat)\s+(?:(?!pour|para|per|um|om)[\w'-]+\s+){0,4}?$")
_NO_OBJECT_AFTER = re.compile(r"\s*(?:[?!.,;:]|$|(?:et|y|e|und|and|ou|o|or|oder|of|maintenant|ahora|adesso|agora|jetzt|now|d'abord|primero"
                              r"|prima|zuerst|ensuite|dann|despues|dopo|depois|avec (?:ca|cela|lui|elle|eux)|con (?:esto|eso|ello)|damit|con questo)(?![\w]))")
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


def _safety_incident_inert(doc: Doc, q: it.Cue) -> bool:
    """A drug lab raided or found by others and asked about clean-up, a house bought, a what-to-do question ('que doit-il
    faire ?'), a release recognised or responded to: none of them asks to make, obtain or release anything."""
    f = doc.folded
    before = f[max(0, q.start - 70) : q.start]
    if q.kind == "make" and q.text.startswith("cook") and _RAIDED_BEFORE.search(before) and _REMEDIATION.search(f) \
            and not _OPERATIONAL.search(f) and not _REPLICATE.search(f):
        return True  # 'police busted a meth cook in one of our rental houses: what contamination remains'
    if q.kind == "acquire" and re.fullmatch(r"buy(?:s|ing)?|bought|purchas\w*|rent(?:s|ing|ed)?|leas\w*", q.text) and _PROPERTY_OBJECT.match(f, q.end):
        return True  # "I'm buying a house where police found a meth lab": the house is bought
    if q.kind == "make" and _DO_VERB.fullmatch(q.text) and _WHAT_BEFORE.search(f[max(0, q.start - 40) : q.start]) \
            and _NO_OBJECT_AFTER.match(f, q.end):
        return True  # 'que doit-il faire ?': what to do, the object is the question word
    return q.kind == "use" and (q.text.startswith("releas") and bool(_INCIDENT_HEAD.search(before)) or _others_release_aftermath(doc, q))


# the emergency sense of isolation: a zone kept clear around a release ('initial isolation and evacuation distances', 'the
# isolation zone'), not isolating a product
_ISOLATION_ZONE = re.compile(r"(?:\s+and\s+(?:protective(?: action)?|evacuation|evacuate|shelter(?:-in-place)?)(?: action)?)?\s+(?:distances?|zones?|perimeters?"
                             r"|radi(?:us|i)|cordons?|areas?|buffers?)(?![\w])")
# the asker disavows the act with the object left a pronoun and the clause closed ('not trying to make it, just want the medical
# explanation', 'no intention of making it.'); not 'not trying to make it in my kitchen' or 'not trying to make TATP for fun'
_DISAVOW_BEFORE = re.compile(r"(?<![\w'])(?:not (?:\w+ )?(?:trying|planning|going|looking|wanting|intending|about|here) to|no (?:intention|plans?|desire"
                             r"|interest|wish) (?:of|in|to)|(?:i|we) (?:don't|do not|won't|will not|would never|never) (?:want to |plan to |intend to )?)"
                             r"(?:\s+\w+\s+(?:or|and|nor))?\s*$")
_DISAVOW_AFTER = re.compile(r"(?:\s+(?:or|and|nor)\s+\w+)?\s+(?:it|them|that|this|any|some)?\s*(?:[,.;!?)]|$|lol|just|only|but|obviously|though"
                            r"|i'm|im|i\s|honestly)")


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


def _disavowed(doc: Doc, q: it.Cue) -> bool:
    """'not trying to make it, just want the medical explanation': the asker rules the act out and asks nothing about it."""
    return q.kind in ("make", "acquire", "use") and bool(_DISAVOW_BEFORE.search(doc.folded, max(0, q.start - 40), q.start)) and bool(
        _DISAVOW_AFTER.match(doc.folded, q.end))


# pests and weeds poisoned or killed ('how do I poison the rats in my garage', 'kill the slugs in my vegetable bed'): pest control
_PEST_OBJECT = re.compile(r"\s+(?:(?:the|my|our|these|those|some|all|any|a|an|of|off|out|garden|house|field|barn|kitchen|attic|wild|feral) ){0,3}"
                          r"(?:rats?|mice|mouse|rodents?|pests?|vermin|moles?|voles?|gophers?|slugs?|snails?|ants?|cockroach\w*|roach\w*|termites?"
                          r"|wasps?|hornets?|insects?|bugs?|fleas?|ticks?|bedbugs?|bed bugs|flies|mosquito\w*|weeds?|ratten|mause|souris|ratas|ratones"
                          r"|topi|ratti)(?![\w])")
_POISON_OR_KILL = re.compile(r"(?:poison|kill|empoisonn|vergift|envenen|avvelen)\w*$")


def _pest_control(doc: Doc, q: it.Cue) -> bool:
    """'How do I poison the rats in my garage with bait stations?': pests are the object, not a person."""
    return q.kind == "use" and bool(_POISON_OR_KILL.match(q.text)) and bool(_PEST_OBJECT.match(doc.folded, q.end))


# a story's character who poisons someone, told in the third person, and a question from an observer's side ('In my novel the
# villain poisons her husband with thallium; what symptoms would the detective notice?'); not 'how much would she use'
_NARRATED_SUBJECT = re.compile(r"(?<![\w'])(?:the (?:[\w-]+ )?(?:villain|antagonist|killer|murderer|poisoner|character|protagonist|heroine|hero"
                               r"|butler|maid|wife|husband|widow|nurse|doctor|assassin|spy|detective)|he|she|they) (?:\w+ly )?$")
_OBSERVER_ASK = re.compile(r"(?<![\w])(?:what (?:symptoms|signs|clues)|(?:would|could|might|will) (?:the |a |an |her |his )?(?:\w+ )?(?:notice|see|suspect"
                           r"|spot|find|detect|tell|know|realise|realize)|how (?:would|could|might) (?:the |a |an )?(?:\w+ )?(?:detective|doctor|police"
                           r"|coroner|pathologist|investigators?|inspector|medical examiner|forensic \w+) (?:\w+ )?(?:know|tell|detect|find|spot|work out"
                           r"|figure out|catch))(?![\w])")


def _story_act_observed(doc: Doc, q: it.Cue) -> bool:
    """A story's character poisons or kills someone (a third-person verb), and the question asks what an observer would see."""
    return q.kind == "use" and bool(re.match(r"\w+(?:s|ed)$", q.text)) and bool(_FICTION.search(doc.folded)) \
        and bool(_NARRATED_SUBJECT.search(doc.folded[max(0, q.start - 50) : q.start])) and bool(_OBSERVER_ASK.search(doc.folded)) \
        and not _OPS_ASKED.search(doc.folded)


# --- a trend between routes asked about (session 9) -------------------------------------------------------------------------------
# 'why did clandestine labs switch to P2P routes', 'explain why cartels moved away from ephedrine routes', 'historically, why
# did labs move to P2P routes': why a practice changed, asked of others (not 'why should I switch', a modal after 'why')
_WHY_TREND = re.compile(
    r"(?:^|[^\w])(?:why|how come|pourquoi|warum|weshalb|por ?que|perche)(?! (?:should|would|could|can|might|must|shall|ought)(?![\w]))"
    r"(?: [\w'-]+){0,8}? (?:switch(?:ed|es|ing)?|shift(?:ed|s|ing)?|mov(?:e|ed|es|ing)|migrat(?:e|ed|es|ing)|turn(?:ed|s|ing)?"
    r"|chang(?:e|ed|es|ing)|abandon(?:ed|s|ing)?|adopt(?:ed|s|ing)?|prefer(?:red|s|ring)?|favou?r(?:ed|s|ing)?|drop(?:ped|s|ping)?"
    r"|went|go(?:ne|es)?|return(?:ed|s|ing)?|revert(?:ed|s|ing)?|gravitat(?:e|ed|es|ing)|transition(?:ed|s|ing)?|pivot(?:ed|s|ing)?"
    r"|gave up|give up|stopp?(?:ed|ing)? using|passe(?:s|es)?|passer|abandonn\w*|adopt\w*|umgestiegen|gewechselt|wechsel\w*"
    r"|cambi\w*|pasaron|pasan|passat[ie]|passaram|mudaram|abandonaram"
    # a route replaced by another ('why did the Bachmann process replace the Woolwich route')
    r"|replac\w*|supplant\w*|displac\w*|supersed\w*|overt(?:ook|ake|aken)|remplac\w*|ersetz\w*|abgelost|sustitu\w*|reemplaz\w*"
    r"|gave way|give way)(?![\w])[^.?!]*$")


# why detection came late, asked as an explanation ('why might it take weeks before anyone suspects it', 'how come it took months
# before anyone suspected thallium'); not by the asker ('why should I ...') and not 'so it takes weeks before anyone suspects'
_WHY_LATE = re.compile(r"(?:^|[^\w])(?:why|how come|pourquoi|warum|weshalb|por ?que|perche)(?! (?:should|must|shall|ought)(?![\w]))[^.?!]*$")


def _why_late_detection(doc: Doc, q: it.Cue) -> bool:
    """'why might it take weeks before anyone suspects it?': the cause of a late detection asked, not a way to delay it."""
    if q.kind != "evade" or not re.match(r"(?:before|until|till)(?![\w])", q.text):
        return False
    f = doc.folded
    s0 = _sentence_start(doc, q)
    e0 = min([i for i in (f.find(c, q.end) for c in ".?!\n") if i >= 0] or [len(f)])
    head = _WHY_LATE.search(f, s0, q.start)
    return bool(head) and not _FIRST_ANY.search(f, head.start(), e0) and not re.search(r"(?<![\w])(?:you|u)(?![\w])", f[head.start() : e0]) \
        and not re.search(r"(?<![\w])(?:so|so that|such that) (?:it|they|this)", f[head.start() : q.start]) \
        and not _OPERATIONAL.search(f) and not _REPLICATE.search(f)


def _why_trend(doc: Doc, q: it.Cue) -> bool:
    """'explain why clandestine labs switched to methamphetamine routes from P2P': a route named as the subject of a trend
    whose cause is asked, by someone who neither takes part in it nor asks for the route ('why did the Woolwich route give way
    to the Bachmann process': the process noun too)."""
    if q.form != "noun" or not (q.kind == "make" or (q.kind == "procedure" and _PROCESS_NOUN_CUE.fullmatch(q.text))):
        return False
    s0 = _sentence_start(doc, q)
    e0 = min([i for i in (doc.folded.find(c, q.end) for c in ".?!\n") if i >= 0] or [len(doc.folded)])
    return bool(_WHY_TREND.search(doc.folded[s0 : q.start])) and not _FIRST_ANY.search(doc.folded[s0:e0]) \
        and not _REPLICATE.search(doc.folded) and not _OPERATIONAL.search(doc.folded)


def _idiom_or_context_inert(doc: Doc, q: it.Cue) -> bool:
    """Cues in idioms, exposure routes, labels, document tasks, emergencies, history, checked quotes, paperwork, story poisons."""
    return (_idiom_cue(doc, q) or _exposure_route(doc, q) or _hazard_label(doc, q) or _list_noun(doc, q) or _extract_from_documents(doc, q)
            or _what_do_if(doc, q) or _inventor_history(doc, q) or _quoted_paragraph_checked(doc, q) or _department_or_paperwork(doc, q)
            or _story_poison_really(doc, q) or _safety_incident_inert(doc, q) or _isolation_zone(doc, q) or _disavowed(doc, q)
            or _pest_control(doc, q) or _story_act_observed(doc, q) or _why_trend(doc, q) or _why_late_detection(doc, q))


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
    e = min([i for i in (doc.folded.find(c, q.end) for c in ".?!\n") if i >= 0] or [len(doc.folded)])
    return any(m.tier == "agent" and not m.weak and m.cat in ("drug", "cwa", "toxin", "explosive") and s <= m.start < e
               and not a <= m.start < b and not _done_without(doc, m) for m in doc.mentions)


def _done_without(doc: Doc, m) -> bool:
    """The mention is itself done without: 'the non-phosgene process', 'a phosgene-free route'."""
    return bool(re.search(r"(?<![\w])non-?$", doc.folded[max(0, m.start - 4) : m.start]) or re.match(r"-?free(?![\w])", doc.folded[m.end :]))


# a law's or a control's effect on a drug trade, asked as a trend ('how did the pseudoephedrine sales limits change domestic meth
# production and trafficking patterns', 'did the 2019 class-wide scheduling reduce fentanyl production'): the production noun is
# what a policy changed, nobody's own production
_POLICY_SUBJECT = re.compile(r"(?<![\w])(?:acts?|laws?|limits?|controls?|bans?|scheduling|crackdowns?|regulations?|legislation|polic(?:y|ies)"
                             r"|restrictions?|sanctions?|prohibitions?|treat(?:y|ies)|conventions?|loi|lois|gesetz\w*|\w*beschrankung\w*|verbot\w*"
                             r"|ley|leyes|limites|controles|restricciones|legge|divieto)(?![\w])")
_POLICY_EFFECT = re.compile(r"(?<![\w])(?:chang\w*|affect\w*|reduc\w*|shift\w*|impact\w*|influenc\w*|alter\w*|curb\w*|cut|lower\w*|increas\w*"
                            r"|decreas\w*|disrupt\w*|displac\w*|effects? (?:on|of)|modifi\w*|verander\w*|beeinfluss\w*|cambi\w*|afect\w*|redujeron"
                            r"|reduit\w*)(?![\w])")
# the asker's own trade ('my meth production'); not 'us' (the US)
_POLICY_FIRST = re.compile(r"(?<![\w'])(?:i|we|me|my|our|ich|wir|mein\w*|unser\w*|je|j|nous|mon|ma|mes|notre|nos|yo|mi|mis|nuestr\w*)(?![\w'])")
_POLICY_OPS = re.compile(r"(?<![\w])(?:reagents?|steps?|recipe|amounts?|quantit\w*|yields?|conditions|temperatures?|switch to|instead)(?![\w])")


def _policy_effect(doc: Doc, q: it.Cue) -> bool:
    """'How did the Combat Methamphetamine Epidemic Act change domestic meth production': a production noun that a law or a
    control changed, asked as a trend, with no first person and no operational detail."""
    if q.kind != "make" or q.form != "noun":
        return False
    s0 = _sentence_start(doc, q)
    e0 = min([i for i in (doc.folded.find(c, q.end) for c in ".?!\n") if i >= 0] or [len(doc.folded)])
    head, sent = doc.folded[s0 : q.start], doc.folded[s0:e0]
    return bool(_POLICY_SUBJECT.search(head) and _POLICY_EFFECT.search(sent)) and not _POLICY_FIRST.search(sent) and not _POLICY_OPS.search(doc.folded)


# a substance that 'can kill you' in a reported hazard ('a palm-sized hydrofluoric acid splash can kill you hours later', 'a few
# breaths of hydrogen sulfide can kill you'): the substance is the subject, the victim anyone; not 'how could I kill my boss'
_HAZARD_MODAL = re.compile(r"(?<![\w'])(?!(?:i|we|you|one|he|she|they|someone|somebody|who|how)\s)[\w'-]+\s+(?:can|could|may|might|will|would)"
                           r"(?:\s+(?:even|still|actually|easily|potentially|also|quickly|really|literally))?\s+$")
_GENERIC_VICTIM = re.compile(r"\s+(?:you|a person|someone|somebody|people|an adult|a human|humans|a worker|workers|a child|children)(?![\w])")


def _hazard_can_kill(doc: Doc, q: it.Cue) -> bool:
    """'I've read that a palm-sized HF splash can kill you hours later': a hazard stated of the substance, not a plan."""
    if q.kind != "use" or not re.fullmatch(r"kill|harm|hurt|injure", q.text):
        return False
    return bool(_HAZARD_MODAL.search(doc.folded[max(0, q.start - 60) : q.start]) and _GENERIC_VICTIM.match(doc.folded, q.end))


# the risk of a gas released by accident ('is there any risk of releasing HCN during synthesis', 'the danger of liberating H2S'):
# a hazard asked about, unless someone is to be harmed by it ('the risk of releasing too little HCN to kill them')
_RISK_OF = re.compile(r"(?<![\w])(?:risks?|dangers?|chances?|possibilit(?:y|ies)|likelihood|hazards?|risque|riesgo|rischio|risco|risiko)"
                      r"\s*(?:of|that|de|di|d'|,)?\s*(?:(?:it|this|that|accidentally|inadvertently|also)\s+)?$")


def _release_risk(doc: Doc, q: it.Cue) -> bool:
    """'Is there any risk of releasing HCN during synthesis': an accidental release asked as a risk, no victim wanted."""
    if q.kind not in ("use", "make") or not _SUBSTANCE_RELEASES.match(q.text.split()[0]):
        return False
    e0 = min([i for i in (doc.folded.find(c, q.end) for c in ".?!\n") if i >= 0] or [len(doc.folded)])
    return bool(_RISK_OF.search(doc.folded[max(0, q.start - 40) : q.start])) and not _RELEASE_VICTIM.search(doc.folded[q.end : e0])


# a production noun as a time frame ('any risk of releasing HCN during synthesis', 'pendant la synthèse du bleu de Prusse',
# 'bei der Synthese von Berliner Blau'): something happens while an unnamed product is made; not 'during sarin synthesis'
_DURING_BEFORE = re.compile(r"(?<![\w])(?:during|throughout|in the course of|pendant|lors de|au cours de|durante|wahrend|bei|nel corso)"
                            r"\s+(?:(?:the|a|an|our|my|its|this|that|la|le|l'|der|die|des|dem|el|il|lo)\s*)?$")


def _temporal_production(doc: Doc, q: it.Cue) -> bool:
    """'Is there any risk of releasing HCN during synthesis': the synthesis is when something happens, not what is asked for."""
    w0 = max(0, q.start - 30)
    if q.kind != "make" or q.form != "noun" or not (pre := _DURING_BEFORE.search(doc.folded[w0 : q.start])):
        return False
    return not any(0 <= m.start - q.end <= 30 or w0 + pre.start() <= m.start < q.start for m in doc.mentions)


# a German make-verb matched by a word of another language once its accents are folded ('a mâché une graine': French 'chewed')
def _accented_false_friend(doc: Doc, q: it.Cue) -> bool:
    """'Mon fils a mâché une graine de ricin': 'mâché' is not the German 'mache' (I make)."""
    return q.text in ("mache", "machen", "macht") and bool(re.search(r"[âàéèêáíóúñç]", doc.clean[q.start : q.end].lower()))


# a service or a field named by a harm word: 'call poison control', 'the poison centre', 'our harm-reduction nonprofit'
_SERVICE_AFTER = re.compile(r"[\s-]+(?:control|cent(?:er|re)s?|helplines?|hotlines?|lines?|information|units?|services?|specialists?"
                            r"|reduction|minimi[sz]ation|minimi[sz]ing|reducing)(?![\w])")


def _service_name(doc: Doc, q: it.Cue) -> bool:
    """'should I call poison control now', 'our harm-reduction nonprofit': the name of a service, not a verb with an object."""
    return q.kind == "use" and q.text in ("poison", "harm") and bool(_SERVICE_AFTER.match(doc.folded, q.end))


def _inert_cue(doc: Doc, q: it.Cue) -> bool:
    """'X is used to make Y' describes X's role; 'which country produced the most Y' asks a historical fact."""
    before = doc.folded[max(0, q.start - 40) : q.start]
    if _spotting_third_party(doc, q) or _quoted_for_text_task(doc, q) or _object_elsewhere(doc, q) or _permission_asked(doc, q) \
            or _code_or_idiom_inert(doc, q) or _accidental_release(doc, q) or _material_releases(doc, q) or _treated_poisoning(doc, q) or _poisoning_event(doc, q) or _medicine_dosage_form(doc, q) or _why_causative_one(doc, q) or _volume_descriptor(doc, q) or _story_without_detail(doc, q) \
            or _purchase_noun(doc, q) or _idiom_or_context_inert(doc, q) or _reagent_own_product(doc, q) or _cue_like_noun(doc, q) \
            or _industrial_use_inert(doc, q) or _materials_reading(doc, q) or _measured_checked_or_superseded(doc, q) \
            or _policy_effect(doc, q) or _hazard_can_kill(doc, q) or _release_risk(doc, q) or _service_name(doc, q) \
            or _temporal_production(doc, q) or _accented_false_friend(doc, q):
        return True
    if _energetic_word_inert(doc, q) or _benign_sense_inert(doc, q):
        return True
    if q.kind == "procedure" and q.weak:  # 'what would the process be for a country to get xylazine controlled'
        s0 = _sentence_start(doc, q)
        e0 = min([i for i in (doc.folded.find(c, q.end) for c in ".?!\n") if i >= 0] or [len(doc.folded)])
        if _ADMIN_PASSIVE.search(doc.folded[s0:e0]) and not _FIRST_SUBJECT.search(doc.folded[s0:e0]):
            return True
    if q.kind == "make" and re.fullmatch(r"develop(?:s|ed|ing)?", q.text) and re.match(
            r"\s*(?:[?.!,;:]|$|(?:in|over|after|during|with|when|if|because|quickly|slowly|rapidly|so|and|or)(?![\w]))", doc.folded[q.end :]):
        return True  # 'how does nitrate tolerance develop?', 'resistance develops over weeks': intransitive, nothing is made
    if q.kind == "make" and q.text == "nitrate" and re.match(
            r"\s+(?:tolerance|tachyphylaxis|therapy|treatment|drugs?|medications?|medicines?|patch(?:es)?|headaches?|levels?|ions?|content"
            r"|poisoning|toxicity|uptake|reductase|esters? (?:drugs?|medications?|vasodilators?)|vasodilators?|pills?|tablets?|spray"
            # environmental nitrate ('nitrate residues after blasting', 'nitrate leaching into groundwater', 'reduce nitrate in runoff')
            r"|residues?|residuals?|leaching|leachate|concentrations?|loads?|pollution|contamination|runoff|run-off|discharges?|emissions?"
            r"|removal|in (?:the |their |our )?(?:runoff|run-off|water|groundwater|drainage|soil|effluent|wells?|rivers?|streams?|lakes?))(?![\w])",
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
    if q.kind == "make" and _BIO_SUBJECT.search(doc.folded[max(0, q.start - 40) : q.start]) and not re.search(
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
    if q.kind in ("use", "make") and _SUBSTANCE_RELEASES.match(q.text) and _RELEASER_BEFORE.search(before) \
            and not _FIRST_ANY.search(_sentence_head(doc, q)):
        return True  # 'triphosgene, which can release phosgene', 'on heating it gives off HCN': a reagent decomposing
    if _passive_statement(doc, q) or (q.kind == "scale" and any(
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
    if q.form == "noun" and q.kind == "make" and (_FIELD.search(before) or (_FIELD_PREP.search(before) and _FIELD_AFTER.match(
            doc.folded, q.end))) and not re.match(r"\s+(?:of|de|von|di|for|to)(?![\w])", doc.folded[q.end : q.end + 6]):
        s0, e0 = doc.clauses[doc.clause_of(q.start)]
        if not _FIRST_SUBJECT.search(doc.folded[s0:e0]):
            return True
    if q.form == "noun" or q.kind == "procedure":
        if any(it.is_blocker(w, topic=False) for w in doc.words(max(0, q.start - 30), q.start)[-2:]):
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


# --- fixer fr8: false refusals of B61-B70 / A14-A17 -------------------------------------------------------------------
# a person or a generic victim as the one who acts: a causative or intransitive verb with such a subject is a request
_PERSON_SUBJECT = re.compile(r"(?<![\w'])(?:i|we|me|us|my|our|you|your|u|someone|somebody|one|anyone|anybody|he|she|they|him|her|them|people"
                             r"|terrorists?|attackers?|bombers?)(?![\w'])")
# 'make' as a causative: 'make tiny doses useful', 'made it safer to transport', 'make it an explosive', 'make TATB so much less sensitive'
_MAKE_FORM = re.compile(r"mak(?:e|es|ing)|made")
_CAUSATIVE_COMPLEMENT = re.compile(
    r"\s+(?:[\w'-]+\s+){0,3}?(?:so |much |far |a lot |even |too |any |very |(?:more|less) )*(?:useful|safer|safe|stable|stabler|insensitive"
    r"|sensitive|dangerous|toxic|lethal|deadly|potent|harmless|inert|effective|valuable|attractive|popular|practical|possible|suitable|special"
    r"|unique|different|famous|notorious|hazardous|reactive|unstable|easier|harder|difficult|hard|easy|(?:an? )?(?:explosive|energetic material"
    r"|energetic compound|hazard|oxidi[sz]er|fuel|poison|toxin|drug)s?)(?![\w])")
# an explanatory or yes/no question head: 'why does that', 'does that', 'why soaking X into Y', 'would that'
_EXPLAIN_HEAD = re.compile(r"(?:^|[^\w])(?:why|how come|does|do|did|would|could|can|will|is|was|whether|explain why|what about)(?![\w])")
_DOSE_POISON = re.compile(r"(?<![\w])dose (?:alone )?makes? the poison(?![\w])|sola dosis facit venenum|die dosis macht das gift"
                          r"|la dose fait le poison|la dosis hace el veneno")
# an intransitive blast verb of a substance in a why/could question: 'why did the ammonium nitrate in the port detonate after the fire',
# 'could it detonate if we open it', 'is it gonna explode if i touch it'
_BLAST_VERB = re.compile(r"detonat(?:e|es|ed|ing)|explod(?:e|es|ed|ing)|(?:go|goes|went|gone) off|(?:blow|blows|blew) up")
_INTRANSITIVE_AFTER = re.compile(r"\s*(?:[?.!,;:)]|$|(?:after|when|at|because|once|if|during|while|in|on|under|by itself|spontaneously|like"
                                 r"|so|and|or|without)(?![\w]))")
_CAUSER = re.compile(r"(?<![\w])(?:make|makes|made|making|get|gets|getting|cause|causes|let|lets|help|helps|set off|sets off|trigger|triggers"
                     r"|triggering|rig|rigged|want|wants|how to|to)(?![\w])")
# 'make' a thing, not a person: 'killed three sintering runs', 'kill the vacuum pump'
_KILL_THING = re.compile(r"\s+(?:off |the |my |our |their |two |three |four |five |several |a few |all |\d+ |both )*(?:[\w-]+ )?(?:runs?|batch(?:es)?"
                         r"|samples?|experiments?|wafers?|films?|pumps?|furnaces?|reactions?|signals?|peaks?|vacuum|power|jobs?|process(?:es)?"
                         r"|sintering|anneals?|depositions?|builds?|prints?|devices?|yields?|batteries|the mood|the vibe)(?![\w])")
# a format conversion: 'convert it to CSV', 'turn this table into JSON'
_DATA_FORMAT = re.compile(r"\s+(?:(?:it|this|that|them|these|the (?:[\w-]+ ){0,2}?(?:table|data|list|file|text|results?|values?)) )?(?:to|into|as)"
                          r" (?:a |an )?(?:csv|json|tsv|xlsx?|excel|latex|markdown|md|yaml|xml|html|tables?|spreadsheets?|bibtex|plain text)(?![\w])")
# repeated experience, not concealment: 'I keep seeing CAS 77-81-6 in CWC documents', 'we keep hearing about it'
_KEEP_PERCEIVE = re.compile(r"(?:keep|keeps|kept|keeping) (?:on )?(?:seeing|hearing|reading|finding|noticing|coming across|running into|spotting"
                            r"|getting asked|encountering)$")
# a stash as a found thing: 'a landlord finds a suspicious stash of white crystals'
_STASH_NOUN_BEFORE = re.compile(r"(?<![\w])(?:a|an|the|this|that|their|his|her|suspicious|hidden|large|small|big|drug|secret|old) $")
# a food or a substance that poisons whoever eats it: 'why reheated rice can poison you'
_GENERIC_VICTIM = re.compile(r"\s+(?:you|people|someone|anyone|us|dogs?|cats?|pets?|children|kids|humans?|a person|livestock)(?![\w])")
_POISON_COPULA = re.compile(r"(?<![\w])(?:is|are|was|were|be|being|as|est|sont|es|son|ist|sind|è|sono|é|são|jest|is een) (?:a |an |un |une |ein |eine "
                            r"|uno |una |um |uma |een |known |real |serious |potent |cumulative |strong |deadly )*$")
# a detection test that misses something, asked why: 'why do standard fentanyl test strips miss them'
_DETECTOR_MISS = re.compile(r"(?<![\w])(?:why|how come|how|whether) (?:do|does|did|can|would|might|could|is|are)? ?(?:[\w'-]+ ){0,4}?(?:test strips?|tests?"
                            r"|strips?|immunoassays?|assays?|screens?|scanners?|detectors?|sniffer dogs?|dogs?|kits?|panels?|spectrometers?)"
                            r" (?:\w+ )?(?:miss|misses|missed|fail|fails|failed|don't detect|do not detect|can't detect|cannot detect)")
# someone else's drug lab found by responders: 'a house where someone has been cooking meth'
_THIRD_COOK_BEFORE = re.compile(r"(?<![\w])(?:someone|somebody|a tenant|the tenants?|the previous (?:tenants?|owners?)|the occupants?|people|a man|a woman"
                                r"|he|she|they|neighbou?rs?) (?:has|had|have|was|were|is|are)? ?(?:been |apparently |allegedly |reportedly |illegally )*$")
_RESPONDER = re.compile(r"(?<![\w])(?:paramedics?|firefighters?|fire crews?|first responders?|emergency (?:crews?|services|responders?)|police|officers?"
                        r"|hazmat|landlords?|cleaners?|social workers?|emts?|medics?|inspectors?|neighbou?rs?)(?![\w])")
_RESPONDER_ASK = re.compile(r"(?<![\w])(?:hazards?|dangers?|risks?|protect\w*|ppe|safe(?:ty|ly)?|exposure|symptoms?|watch out|look out|signs?"
                            r"|decontaminat\w*)(?![\w])")
# a reagent generated in situ and only the safety set-up asked: 'we generate phosgene in situ from triphosgene for a carbonylation:
# what monitoring badges, sensors and emergency response'
_INDUSTRIAL_AGENT = ("phosgene", "chlorine", "hydrogen_cyanide", "hcn", "cyanogen_chloride")
_IN_SITU = re.compile(r"(?<![\w])(?:in situ|on demand|on site|on-site|in-line|inline|in flow|for (?:a |an |the |our )?(?:[\w-]+ )?(?:carbonylations?"
                      r"|polycarbonates?|isocyanates?|chloroformates?|carbamates?|ureas?|acid chlorides?|chlorinations?|polyurethanes?|water treatment))(?![\w])")
_SAFETY_SETUP = re.compile(r"(?<![\w])(?:monitor\w*|badges?|sensors?|detectors?|alarms?|hood|fume ?hood|scrubb\w*|emergency|exposed|exposure|ppe"
                           r"|respirators?|antidotes?|first aid|evacuat\w*|leak\w*)(?![\w])")
# the victim of a named poisoning: 'the Novichok poisoning of Sergei and Yulia Skripal', not 'of a defector', 'of my boss'
_NAMED_VICTIM = re.compile(r"\s+of (?!(?:a|an|my|our|his|her|their|your|someone|somebody|people|anyone|the (?:target|victim|enemy))(?![\w]))[\w'-]+")
_PLAN_HEAD = re.compile(r"(?<![\w])(?:plan\w*|carry out|commit|pull off|execute|stage|repeat|replicate|recreate|how (?:to|would|could|can|do|should|might)"
                        r"|help|give|write (?:me )?(?:a|the) (?:plan|steps))(?![\w])")
# a yes/no question whose subject is the substances: 'does bleach plus vinegar really make', 'can bleach and ammonia make'
_FACT_MAKE_HEAD = re.compile(r"(?:^|[^\w])(?:does|do|did|can|could|will|would) (?:[\w'+-]+ ){1,5}?(?:plus|and|with|\+|mixed with|or) (?:[\w'-]+ ){1,3}"
                             r"(?:really |actually |truly |ever |also |still )?$")
# a reagent in a route: 'our pharma route uses thionyl chloride to turn the acid into the acid chloride'
_ROUTE_USES = re.compile(r"\s+(?:uses|used|employs|employed|requires|needs|relies on|calls for|involves)(?![\w])")
# a joke that breaks a word: 'cook meth... yl methacrylate', 'make meth...acrylic acid'
_BROKEN_WORD = re.compile(r"\s+meth\s*(?:\.{2,}|…)\s*(?:yl|acryl\w*|an\w*|ox\w*|ionine|od\w*|ene|ylene)(?![\w])")


def _benign_sense_inert(doc: Doc, q: it.Cue) -> bool:
    """Cues in a benign sense: a causative or intransitive verb whose subject is a thing, an event, a thing killed, a file
    converted, a stash found, a food that poisons, a test that misses, a responder's or a routine reagent's safety question."""
    f = doc.folded
    head = _sentence_head(doc, q)
    first = q.text.split()[0]
    if q.kind == "make" and _MAKE_FORM.fullmatch(first) and _DOSE_POISON.search(f[max(0, q.start - 20) : q.end + 20]):
        return True  # 'the dose makes the poison': Paracelsus
    if q.kind == "make" and _MAKE_FORM.fullmatch(first) and _CAUSATIVE_COMPLEMENT.match(f, q.end) and _EXPLAIN_HEAD.search(head) \
            and not _PERSON_SUBJECT.search(head) and not re.search(r"(?<![\w])to\s*$", head):
        return True  # 'why does that make tiny doses useful', 'does that make it an explosive'
    if q.kind == "use" and _BLAST_VERB.fullmatch(q.text) and _INTRANSITIVE_AFTER.match(f, q.end) and _EXPLAIN_HEAD.search(head) \
            and not _PERSON_SUBJECT.search(head) and not _CAUSER.search(head) and not _REPLICATE.search(f):
        return True  # 'why did the ammonium nitrate in the port detonate after the fire', 'could it detonate if we open it'
    if q.kind == "use" and first.startswith("kill") and _KILL_THING.match(f, q.start + len(first)):
        return True  # 'the dead thermocouple killed three sintering runs'
    if q.kind == "make" and (first.startswith("conver") or first in ("turn", "turns", "export")) and _DATA_FORMAT.match(f, q.start + len(first)):
        return True  # 'convert it to CSV'
    if q.kind == "make" and first == "engineer" and re.search(r"(?<![\w])(?:an?|the|our|my|his|her|their|this|that|chemical|civil|process"
                                                              r"|software|electrical|mechanical|safety|battery|senior|lead|field) $", f[: q.start]):
        return True  # 'an engineer says', 'a chemical engineer': the person
    if q.kind == "evade" and _KEEP_PERCEIVE.fullmatch(q.text):
        return True  # 'I keep seeing CAS 77-81-6 in CWC documents'
    if q.kind == "evade" and first.startswith("stash") and _STASH_NOUN_BEFORE.search(f[max(0, q.start - 12) : q.start]):
        return True  # 'finds a suspicious stash of white crystals'
    if q.kind == "use" and first.startswith("poison"):
        if _POISON_COPULA.search(f[max(0, q.start - 30) : q.start]):
            return True  # 'le plomb est un poison', 'lead is a poison'
        wh = max(head.rfind("why"), head.rfind("how"))
        if wh >= 0 and _GENERIC_VICTIM.match(f, q.start + len(first)) and not _PERSON_SUBJECT.search(head[wh + 3 :]):
            return True  # 'why reheated rice can poison you'
    if q.kind == "use" and first.startswith("kill") and re.search(r"(?<![\w])(?:how|why) (?:does|do|did|can|could) (?:[\w'-]+ ){1,4}$", head) \
            and not _PERSON_SUBJECT.search(head) and re.match(r"\s*(?:[?.!,;:]|$|so |at |by |in |and )", f[q.start + len(first) :]):
        return True  # 'how does tetrodotoxin from pufferfish kill?'
    if q.kind == "evade" and _DETECTOR_MISS.search(q.text + f[q.end : q.end + 1]) and not _FIRST_ANY.search(head + q.text):
        return True  # 'why do standard fentanyl test strips miss them'
    if q.kind == "make" and first.startswith("cook") and _THIRD_COOK_BEFORE.search(f[max(0, q.start - 50) : q.start]) \
            and _RESPONDER.search(f) and _RESPONDER_ASK.search(f) and not _OPERATIONAL.search(f):
        return True  # 'paramedics called to a house where someone has been cooking meth: what hazards'
    if q.kind == "use" and first in ("poisoning", "poisonings") and re.search(r"(?<![\w])the (?:[\w'-]+ ){0,3}$", f[max(0, q.start - 40) : q.start]) \
            and _NAMED_VICTIM.match(f, q.end) and not _FIRST_ANY.search(head) and not _PLAN_HEAD.search(f) and not _REPLICATE.search(f):
        return True  # 'the Novichok poisoning of Sergei and Yulia Skripal': the event, named as a noun
    h2 = re.split(r"[:;,]", head)[-1]
    if q.kind == "make" and first in ("make", "makes") and _FACT_MAKE_HEAD.search(h2) and not _PERSON_SUBJECT.search(h2) \
            and f[q.end : q.end + 80].split("?")[0].count(".") == 0 and "?" in f[q.end : q.end + 80] and not _OPERATIONAL.search(f):
        return True  # 'does bleach plus vinegar really make a poison gas?': a fact question about a reaction
    if q.kind == "make" and q.form == "noun" and _ROUTE_USES.match(f, q.end):
        return True  # 'our route uses thionyl chloride to ...': a reagent of the route
    if q.kind == "make" and _BROKEN_WORD.match(f, q.end):
        return True  # 'cook meth... yl methacrylate': a joke broken word
    return q.kind == "make" and _in_situ_reagent_safety(doc, q)


def _in_situ_reagent_safety(doc: Doc, q: it.Cue) -> bool:
    """An industrial agent (phosgene, chlorine, HCN) generated in situ or for a named industrial step, in a statement,
    with only its monitoring and emergency set-up asked."""
    f = doc.folded
    s0 = _sentence_start(doc, q)
    e0 = min([i for i in (f.find(c, q.end) for c in ".?!\n") if i >= 0] or [len(f)])
    if f[e0 : e0 + 1] == "?" or re.search(r"(?<![\w])(?:how|what|which|can|could|give|tell|show)(?![\w])", f[s0 : q.start]):
        return False
    ments = [m for m in doc.mentions if s0 <= m.start < e0]
    if not ments or not all(m.ref in _INDUSTRIAL_AGENT for m in ments) or not _IN_SITU.search(f[s0:e0]):
        return False
    rest = f[e0:]
    return bool(_SAFETY_SETUP.search(rest)) and not _OPERATIONAL.search(rest) and not any(
        c.kind in ("use", "scale", "evade", "acquire") and not c.weak for c in doc.cues)


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
                    r"|paints?|polymer\w*|polimer\w*|dmf|mdi|tdi|hdi|carbonates?|carbonat\w*)(?![\w-])")
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
_CONVERT = re.compile(r"(?:convert|turn)\w*(?![\w])")


def _no_mention(doc: Doc, a: int, b: int, allow_without: bool = False) -> bool:
    """No controlled mention between a and b (or only ones done without: 'ohne Phosgen', 'without phosgene')."""
    return not any(a <= m.start < b and not (allow_without and (_done_without(doc, m) or re.search(
        r"(?<![\w])(?:without|ohne|sans|sin|senza|sem)\s+$", doc.folded[max(0, m.start - 8) : m.start]))) for m in doc.mentions)


def _reagent_own_product(doc: Doc, q: it.Cue) -> bool:
    """A reagent's cue whose product is an ordinary industrial or lab product, not the controlled substance: 'le phosgène
    ... pour fabriquer les polycarbonates', 'how is polycarbonate made ... with phosgene', 'bei der Herstellung von
    Flammschutzmitteln', 'converting 3-phenylpropanol to a halide', 'which safer reagents could we use'."""
    if not doc.mentions or not all(m.ref in _INDUSTRIAL_AGENT or m.tier == "dual" for m in doc.mentions):
        return False  # only a reagent of industry (phosgene, HCN, chlorine) or a dual-use chemical, never a war agent or a class
    f = doc.folded
    s0 = _sentence_start(doc, q)
    e0 = min([i for i in (f.find(c, q.end) for c in ".?!\n") if i >= 0] or [len(f)])
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


def _cue_like_noun(doc: Doc, q: it.Cue) -> bool:
    """'campana de extracción' (a fume hood), 'engineering controls', 'process safety', 'what declarations must producers
    make', 'what counts as production': nouns of safety and compliance, not requests."""
    f = doc.folded
    if q.text.startswith("extrac") and (_FUME_HOOD.search(f[max(0, q.start - 14) : q.start]) or re.match(r"\s+(?:hoods?|fans?|arms?)(?![\w])", f[q.end :])):
        return True  # 'en una campana de extracción', "sous une hotte d'extraction", 'the extraction hood'
    if q.text.startswith("engineering") and re.match(r"\s+controls?(?![\w])", f[q.end :]):
        return True  # 'engineering controls': ventilation and enclosures
    if re.search(r"process$", q.text) and re.match(r"\s+safety(?![\w])", f[q.end :]):
        return True  # 'an industrial process safety model': the discipline
    s0 = _sentence_start(doc, q)
    e0 = min([i for i in (f.find(c, q.end) for c in ".?!\n") if i >= 0] or [len(f)])
    sent = f[s0 : e0 + 1]
    if q.kind in ("make", "scale") and re.fullmatch(r"producers?|manufacturers?|production|fabricants?|hersteller|productores|produttori", q.text) \
            and _DECLARE.search(sent) and not _FIRST_ANY.search(sent) and "?" in sent:
        return True  # 'what declarations must producers make', 'what counts as production, and who has to file?'
    return q.kind == "make" and q.text in ("make", "makes") and bool(re.search(
        r"(?<![\w])(?:declarations?|reports?|notifications?|submissions?|filings?) (?:must|should|do|does|did|will|would) (?:[\w'-]+ ){1,2}$",
        f[max(0, q.start - 60) : q.start])) and not _FIRST_ANY.search(f[max(0, q.start - 60) : q.start])


# ---- industrial and lab uses (session 10, B100-B101 / A28-A29) ---------------------------------------------------------------
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
    e0 = min([i for i in (f.find(c, q.end) for c in ".?!\n") if i >= 0] or [len(f)])
    rest = f[e0 + 1 :]
    return f[e0 : e0 + 1] == "." and bool(_INCIDENT_WORD.search(f[s0:e0])) and bool(_RESPONSE_ASK.search(rest)) \
        and not _CARRY_ON.search(rest) and not _OPERATIONAL.search(f) and not _REPLICATE.search(f)


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
_FACILITY_BEFORE = re.compile(r"(?<![\w])(?:facilit(?:y|ies)|plants?|sites?|factor(?:y|ies)|installations?|works|companies|company|firms?"
                              r"|operators?)(?: (?:that|which)(?: is| are)?)? $")
_COMPLIANCE = re.compile(r"(?<![\w])(?:record\w*|declar\w*|inspect\w*|opcw|schedule \d|complian\w*|licen[cs]\w*|permits?|audit\w*|report\w*"
                         r"|verif\w*|regulat\w*)(?![\w])")


def _declared_facility(doc: Doc, q: it.Cue) -> bool:
    """'what record-keeping and site safety does a Schedule 3 facility producing triethanolamine need before its first
    inspection': a facility named by what it produces, asked about its compliance; no war agent named."""
    if q.kind != "make" or not re.fullmatch(r"produc\w*|manufactur\w*|making|makes|make", q.text):
        return False
    f = doc.folded
    return bool(_FACILITY_BEFORE.search(f[max(0, q.start - 30) : q.start])) and bool(_COMPLIANCE.search(f)) \
        and not any(m.tier == "agent" and not m.weak for m in doc.mentions) and not _OPERATIONAL.search(f) \
        and not any(c.kind == "evade" and not c.weak for c in doc.cues) and not _FIRST_SUBJECT.search(_sentence_head(doc, q))


# an agent that generated structures are meant to trap: 'generate zeolite structures for trapping hydrogen cyanide'
_CAPTURED_BEFORE = re.compile(r"(?<![\w])(?:for|to|that|which|can|could)\s+(?:\w+\s+)?(?:trap\w*|captur\w*|adsorb\w*|absorb\w*|scaveng\w*"
                              r"|sequester\w*|remov\w*|filter\w*|scrub\w*|degrad\w*|detect\w*|sens\w*|neutrali[sz]\w*|decompos\w*|bind\w*"
                              r"|hold\w*|stor(?:e|ing) safely)\s+(?:the\s+|any\s+)?$")


def _captured_agent(doc: Doc, m) -> bool:
    """The agent is the target of a trapping material ('for trapping hydrogen cyanide') or a modifier of a benign head
    ('their HCN adsorption energies')."""
    nxt = doc.words(m.end, m.end + 20)[:1]
    return bool(_CAPTURED_BEFORE.search(doc.folded[max(0, m.start - 40) : m.start])) or bool(nxt and it.is_head_blocker(nxt[0]))


def _industrial_use_inert(doc: Doc, q: it.Cue) -> bool:
    """Industrial and lab uses: a safety procedure, an industry of use, a lab incident, a restricted reagent, a declared facility."""
    return (_coordinated_safety_noun(doc, q) or _industry_of_use(doc, q) or _incident_while_working(doc, q)
            or _restricted_reagent_substitute(doc, q) or _declared_facility(doc, q))


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
                                                            or _POISONED_SURFACE.match(f, q.end)):
        return True  # 'poison-tolerant catalysts', 'CO-poisoning-resistant anode catalyst'
    if q.kind in ("make", "howto") and (rel := _SENSOR_RELATIVE.search(f, q.end)) and rel.start() - q.end <= 60 and not any(
            q.end <= m.start < rel.start() for m in doc.mentions):
        return True  # 'synthesise a luminescent Eu-BTC MOF whose emission is quenched by TNT': TNT is what the sensor sees
    return q.form == "noun" and q.kind in ("make", "procedure", "scale") and bool(
        _HAZARD_IN.search(before) or _HAZARD_AFTER.match(f, q.end)) and "?" in f[q.start :]


# ---- measured times, watchers enabled, superseded processes
# the French noun 'temps' (time) of a measured quantity, not the English 'temps' (temperatures): 'le temps de dérive du sarin en
# IMS', 'les temps de rétention du VX', 'temps d'élution', 'temps de demi-vie'; not 'temps de réaction' or 'temps de reflux'
_MEASURED_TIME = re.compile(r"\s+(?:(?:moyens?|typiques?|caracteristiques?|mesures?) )?(?:de |d')(?:la )?(?:derive|retention|vol|reponse"
                            r"|detection|elution|migration|relaxation|demi-vie|latence|sejour|arrivee|montee|decroissance|transit|diffusion"
                            r"|correlation|coherence|vie)(?![\w])")
# the French noun 'dérive' (drift), not the English verb 'derive': 'temps de dérive', 'la dérive du signal', 'tube de dérive'
_DRIFT_BEFORE = re.compile(r"(?<![\w])(?:(?:temps|vitesse|tube|champ|gaz|region|cellule|zone)(?: (?:moyens?|typiques?|caracteristiques?))? de"
                           r"|la|une|sa|cette|leur)\s+$")


def _french_measured_time(doc: Doc, q: it.Cue) -> bool:
    """'Quel est le temps de dérive typique du sarin en spectrométrie de mobilité ionique ?': French 'temps' is time and
    'dérive' is drift, a measured quantity of an analysis, not temperatures or deriving anything."""
    f = doc.folded
    if q.kind == "procedure" and q.text == "temps":
        return bool(_MEASURED_TIME.match(f, q.end))
    return q.kind == "make" and q.text == "derive" and bool(_DRIFT_BEFORE.search(f[max(0, q.start - 40) : q.start]))


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


# a named process or route as the subject of a change whose cause is asked ('why did the Bachmann process replace the Woolwich
# route', 'how come the continuous process replaced batch nitration'); the verb after the cue (a verb before it: _WHY_TREND)
_SUPERSEDES = re.compile(r"\s+(?:[\w'-]+\s+){0,2}?(?:replac|supplant|displac|supersed|overt(?:ook|ake)|outcompet|remplac|ersetz|abgelost"
                         r"|verdrang|sustitu|reemplaz|gave way|give way|won out|lost out)\w*")
_PROCESS_NOUN_CUE = re.compile(r"process(?:es)?|routes?|methods?|procedes?|verfahren|proceso|procesos|metodos?|methodes?")


def _process_superseded(doc: Doc, q: it.Cue) -> bool:
    """'RDX from hexamine: why did the Bachmann process replace the Woolwich route historically?': a process named as what
    replaced another, its cause asked by someone who neither takes part nor asks for the procedure."""
    if q.form != "noun" or q.kind not in ("procedure", "make") or not _PROCESS_NOUN_CUE.fullmatch(q.text) \
            or not _SUPERSEDES.match(doc.folded, q.end):
        return False
    f = doc.folded
    s0 = _sentence_start(doc, q)
    e0 = min([i for i in (f.find(c, q.end) for c in ".?!\n") if i >= 0] or [len(f)])
    return bool(_WHY_LATE.search(f, s0, q.start)) and not _FIRST_ANY.search(f[s0:e0]) and not _REPLICATE.search(f) \
        and not _OPERATIONAL.search(f)


def _measured_checked_or_superseded(doc: Doc, q: it.Cue) -> bool:
    """French measured times, a watcher enabled to check, a process that superseded another asked why."""
    return _french_measured_time(doc, q) or _watcher_enabled(doc, q) or _process_superseded(doc, q)
