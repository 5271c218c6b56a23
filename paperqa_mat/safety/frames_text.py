"""Benign frames, texts and tasks on them: a quoted passage handed over to be summarised, translated, checked or edited
(unless a note inside it speaks to the assistant), a single-quoted paragraph to be checked, values extracted from
documents, the noun 'list' on a label, a department's name and the compliance paperwork around a purchase.
"""

from __future__ import annotations

import re

from paperqa_mat.safety import intent as it
from paperqa_mat.safety.document import Doc
from paperqa_mat.safety.frames_common import _CONTINUE_TASK, _OPERATIONAL, _QUOTED, _sentence_start

_TEXT_TASK = re.compile(r"(?<![\w])(?:summari[sz]\w*|summary|translat\w*|paraphras\w*|analy[sz]\w*|fact-?check\w*|proofread\w*|"
                        r"critique|what does (?:this|that|it) mean|tl;?dr|key points|main points|resum\w*|zusammenfass\w*|ubersetz\w*|"
                        r"tradu\w*|analys\w*|bullet(?:s| points?)|handouts?|simplif\w*|rewrit\w*|reword\w*|plain (?:english|language|words)"
                        r"|simple (?:english|language|words)|(?:explain|interpret|unpack|clarify) (?:this|that|the) (?:\w+ )?(?:bit|passage|quote"
                        r"|quotation|paragraph|excerpt|extract|sentence|text|article|part|line|lines|section|clause|snippet|statement|report)"
                        # a document made into a poster or a handout ('turn this SDS extract into a short lab poster')
                        r"|(?:turn|make|convert) (?:this|it|that|these|the) (?:[\w-]+ ){0,3}?into)(?![\w])")
# editing a draft of one's own writing: 'check it for factual accuracy, tighten the wording', 'copy-edit this sentence',
# 'vérifier l'exactitude ... améliorer la formulation', 'straffe die Formulierung', 'pulir la redacción'; not a message to be
# sent ('polish this email to our supplier: "... declare the drums as water-treatment chemicals"'), which is the asker's plan
_EDIT_TASK = re.compile(r"(?<![\w])(?:check\w* (?:\w+ ){0,3}?for (?:factual )?(?:accuracy|errors|mistakes)|(?:factual|historical) accuracy"
                        r"|copy-?edit\w*|tighten\w*|polish\w*|(?:improve|smooth|clean up|edit) (?:the |its |my )?(?:wording|phrasing|prose|style|flow)"
                        r"|(?:verifi\w*|revis\w*) l'?(?:a )?exactitud\w*|exactitude|(?:ameliorer|revoir) (?:la )?(?:formulation|redaction)"
                        r"|richtigkeit|formulierung|(?:pulir|mejorar) (?:la )?redaccion|exactitud)(?![\w])")
_SENT_MESSAGE = re.compile(r"(?<![\w])(?:e-?mails?|messages?|letters?|texts? to|notes? to|memos?|repl(?:y|ies)|dms?|whatsapp|invoices?|orders?"
                           r"|courriels?|mails?|nachricht\w*|correos?|mensajes?|cartas?|lettres?)(?![\w])")

# a text reworded so it passes as legitimate: the handed-over text is the asker's own plan, not a passage to work on ('rewrite
# this email to our supplier so it sounds totally legit: "... declare it as a fragrance intermediate ..."', 'so it doesn't sound
# suspicious', 'pour qu'il ait l'air légitime', 'damit sie seriös klingt', 'para que suene legítimo')
_DISGUISED_TEXT = re.compile(
    r"(?<![\w])(?:(?:sounds?|looks?|reads?|seems?|comes? across|appears?)(?: (?:like|as))? (?:[\w-]+ ){0,2}?(?:legit\w*|innocent|innocuous|harmless"
    r"|normal|routine|ordinary|above[- ]board|kosher|clean|unsuspicious|aboveboard|like a (?:\w+ )?(?:normal|routine|regular|ordinary|legit\w*)"
    r" (?:order|request|purchase|email|message))|(?:doesn't|don't|does not|won't|wouldn't|will not|would not|never) (?:sound|look|read|seem)"
    r" (?:[\w-]+ )?(?:suspicious|shady|dodgy|sketchy|illegal|fishy|off)|(?:less|not) (?:suspicious|shady|dodgy|sketchy|fishy)"
    r"|(?:ait|aient|ayez) l'air (?:[\w-]+ ){0,2}?(?:legitime|legal|normal|innocent|anodin)\w*|(?:paraisse|semble|sonne)\w* (?:[\w-]+ ){0,2}?"
    r"(?:legitime|legal|normal|innocent|anodin)\w*|(?:seriös|serios|legitim|legal|harmlos|unverdachtig|unauffallig|normal|ganz normal)"
    r" (?:klingt|wirkt|aussieht)|(?:suene|parezca|luzca) (?:[\w-]+ ){0,2}?(?:legitim|legal|normal|inocente|inofensiv)\w*)(?![\w])")

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
                              r"|handle|tackle|fulfil+) (?:the|its|that|this|their|each|all|any|every|his|her|my|our|your|[\w-]+'s|[\w-]+s') (?:[\w-]+ )?(?:action items?|requests?|tasks?"
                              r"|questions?|instructions?|to-?dos?|asks?|points?|items?)|do what (?:it|the \w+|they|he|she) (?:asks?|says?|requests?"
                              r"|wants?)|answer (?:it|them)"
                              # ... named by its asker ('answer Sergei's question at the end', 'answer the question Mike asks')
                              r"|answer the (?:questions?|request) (?:[\w-]+ ){1,2}?(?:asks|asked|raises|puts)"
                              # ... in French, German and Spanish ('réponds à sa question', 'beantworte seine Frage', 'responde a su pregunta')
                              r"|repond\w* (?:a|aux) (?:sa|ses|leur|leurs|la|sa|cette|ces) (?:questions?|demandes?)"
                              r"|beantwort\w* (?:seine|ihre|die|deren|diese) (?:frage|fragen|bitte)|respond\w* (?:a )?(?:su|sus|la|esa|esta) (?:preguntas?|dudas?))(?![\w])")


def _essay_checked(outside: str) -> bool:
    """A double-quoted paragraph of one's own essay, its facts and dates checked or its conclusion strengthened ('Here's a
    paragraph from my history essay draft: "... released sarin on the Tokyo subway, killing thirteen ..." Can you check the
    facts and dates and suggest a stronger concluding sentence?'); not a message to be sent, nor steps or amounts asked."""
    return bool(_CHECK_TASK.search(outside)) and not _SENT_MESSAGE.search(outside) and not _OPERATIONAL.search(outside)


def _quoted_for_text_task(doc: Doc, q: it.Cue) -> bool:
    for m in _QUOTED.finditer(doc.folded):
        if m.start() < q.start < m.end() and _addressed_note(doc, m.start(), m.end(), q.start):
            return False  # an instruction to the assistant inside the text is a request, whatever the task around it
        if m.start() < q.start < m.end():
            outside = doc.folded[: m.start()] + " " + doc.folded[m.end() :]
            task = _TEXT_TASK.search(outside) or (_EDIT_TASK.search(outside) and not _SENT_MESSAGE.search(outside)) \
                or _essay_checked(outside)
            return bool(task) and not _CONTINUE_TASK.search(outside) and not _ANSWER_EMBEDDED.search(outside) \
                and not _DISGUISED_TEXT.search(outside)
    return False


# a text handed over after a colon, unquoted, to be made into a document form or summarised ('Please turn this email into a
# one-page checklist for our lifeguards: From: Facilities Manager ... following Tuesday's release ...', 'Summarise this email for
# the cleaners: the chlorine release on Monday ...'): its verbs are its author's, and the task verb only reshapes the text
_HANDOVER_LEAD = re.compile(
    r"(?:^|(?<=[.!?\n]))\s*(?:please |can you |could you )?(?:(?:summari[sz]e|translate|paraphrase|proofread|simplify|rewrite|reword)"
    r"|(?:turn|make|convert) (?:this|these|that|the following|it) (?:[\w-]+ ){0,2}?into (?:a |an |one |our |some )?(?:[\w-]+ ){0,3}?"
    r"(?:checklists?|posters?|handouts?|summary|summaries|bullet points?|bullets|one-pagers?|leaflets?|flyers?|notices?|signs?|briefings?"
    r"|slides?|faqs?|tables?|cards?))(?![\w])[^:\n]{0,120}:(?=\s)")
_SECOND_ASK = re.compile(r"(?<![\w])(?:then|also|separately|afterwards|additionally|next)\W+(?:[\w'-]+\W+){0,5}?(?:outline|explain|describe|give|tell"
                         r"|list|write|add|append|include|show)(?![\w])")
_OWN_HOWTO = re.compile(r"(?<![\w])how (?:do|can|could|would|should|to) (?:i |we )?|(?<![\w'])(?:i|we) (?:want|need|plan)(?![\w])")


def _handed_over_text(doc: Doc, q: it.Cue) -> bool:
    """'Please turn this email into a one-page checklist for our lifeguards: ... Tuesday's release ...': the cue is the task
    verb or lies in the text after the colon; no continuation, embedded request or disguise asked."""
    m = _HANDOVER_LEAD.search(doc.folded)
    if m is None or q.start < m.start() or (q.start < m.end() and not re.match(r"(?:turn|make|convert) (?:this|these|that|the following|it)", q.text)):
        return False
    body = doc.folded[m.end() :]
    if _QUOTED.search(body) or _SINGLE_QUOTED.search(body) or _ADDRESSED.search(body) or _SECOND_ASK.search(body):
        return False  # a quoted text is read by _quoted_for_text_task; a note to the assistant or a second request is a request
    return len(body) >= 80 and not _OWN_HOWTO.search(body) and not _CONTINUE_TASK.search(doc.folded) \
        and not _ANSWER_EMBEDDED.search(doc.folded) and not _DISGUISED_TEXT.search(doc.folded[: m.end()])


# ---- data extraction, single-quoted paragraphs handed over to be checked, compliance paperwork
# data pulled out of documents ('extract all reported detection limits for TNT from my sensor papers')
_EXTRACT_DOCS = re.compile(r"(?<![\w])from (?:(?:my|our|these|those|the|this|your|all|each|every|attached|uploaded|indexed) )*(?:[\w-]+ ){0,4}?"
                           r"(?:papers?|articles?|pdfs?|literature|documents?|publications?|studies|reports?|references|library|corpus|sources"
                           r"|abstracts?|theses|patents?|datasets?|tables?|spreadsheets?|files?|si|supporting information)(?![\w])")
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
                        # ... also with 'if any' or asked of a buyer or a supplier ('what paperwork, if any, does a university lab need to buy
                        # it', 'what end-use paperwork might a supplier ask me to sign when I order it')
                        r"(?:, if any,)? (?:[\w-]+ ){0,3}?(?:apply|applies|are (?:needed|required)|do (?:we|i) need|must (?:we|i) (?:file|submit)|are involved"
                        r"|(?:do|does|would|will) (?:a |an |the |my |our |your )?(?:[\w-]+ ){0,2}?(?:need|require)"
                        r"|(?:might|would|will|do|does|could|can|should) (?:a |an |the |my |our )?(?:[\w-]+ ){0,2}?(?:ask|require|expect|want)\w*"
                        r"(?: (?:me|us|you|them|the buyer|buyers|customers))?(?: to (?:sign|fill|complete|provide|submit|show))?)(?![\w])")
_PAPERWORK_DODGE = re.compile(r"(?<![\w])(?:without|avoid\w*|bypass\w*|evad\w*|dodg\w*|skip\w*|trigger\w*|nobody|no one|get around)(?![\w])")


def _list_noun(doc: Doc, q: it.Cue) -> bool:
    """'CAS 102-71-6 is in my shampoo ingredient list as TEA': the noun 'list' on a product's label, nobody relabels it."""
    return q.kind == "evade" and q.text.startswith("list ") and bool(re.search(
        r"(?<![\w])(?:ingredients?|inci|shopping|contents?|components?|parts|packing|product|label|labels) $", doc.folded[max(0, q.start - 15) : q.start]))


# values extracted into a table: the object a pronoun or a data noun, the target a table, sheet or file ('extract them into one
# table for our respirator risk assessment', 'extrais-les dans un tableau', 'extrahiere sie in eine Tabelle', 'extráelos en una
# tabla'); not 'extract it into dry ether'
_EXTRACT_TABLE = re.compile(r"(?:-?(?:les|la|le|los|las|lo)\s+|\s+(?:[\w'-]+\s+){0,8}?)(?:into|to|in|dans|en|in)\s+(?:an?|one|the|a single|single|un|une|eine[nm]?"
                            r"|einer|una|un unico|un solo)?\s*(?:[\w-]+\s+)?(?:tables?|spreadsheets?|sheets?|csv|json|excel|databases?|tableaux?|tableur"
                            r"|tabelle\w*|tablas?|hojas? de calculo|tabella)(?![\w-])")

# values as the extraction's own object ('and extract the detection limits and quenching constants', '并提取检测限和猝灭常数',
# '検出限界を抽出', 'extrais les limites de détection', 'extrahiere die Nachweisgrenzen'): data pulled out, not a substance
_EXTRACT_VALUES = re.compile(r"\s*(?:(?:all|the|any|their|its|reported|listed|key|main|every|each|relevant|les|des|toutes les|tous les|die|alle|los|las"
                             r"|todos los|todas las|所有|全部|其中的|出|其|相关的?|他们的|各自的|的)\s*){0,3}(?:[\w-]+\s+){0,2}?"
                             r"(?:detection limits?|limits? of (?:detection|quantification)|lods?|loqs?|constants?|values?|data|datasets?|parameters?"
                             r"|figures of merit|numbers|metrics|coefficients?|rate constants?|quantum yields?|band ?gaps?|sensitivit(?:y|ies)|selectivit(?:y|ies)"
                             r"|response times?|limites? de (?:detection|détection|quantification)|valeurs?|donnees|données|constantes?|parametres|paramètres"
                             r"|nachweisgrenzen?|werte|daten|konstanten?|parameter|limites? de deteccion|límites? de detección|valores?|datos|parametros|parámetros"
                             r")(?![\w])|\s*(?:所有|全部|其中的|出|其|相关的?|他们的|各自的|的|其中|文中的?|论文中的?)*(?:检测限|检出限|常数|数据|数值|参数|灵敏度"
                             r"|検出限界|定数|データ|数値|パラメータ|검출\s*한계|상수|데이터|수치|매개변수)")

_CJK_GENITIVE_VALUES = re.compile(r"[^,.;?!，。；？！\s]{1,20}?的(?:检测限|检出限|常数|数据|数值|参数|灵敏度)")
_CJK_EXTRACT = ("提取", "抽出", "추출", "추출해", "추출하")


def _extract_from_documents(doc: Doc, q: it.Cue) -> bool:
    """'Extract all reported detection limits for TNT from my sensor papers': values pulled out of documents; or values
    found in papers extracted into a table ('... against cyanogen chloride, and extract them into one table')."""
    if not (q.text.startswith("extra") or q.text in _CJK_EXTRACT):
        return False
    end = min([i for i in (doc.folded.find(c, q.end) for c in ".?!;\n") if i >= 0] or [len(doc.folded)])
    if q.text.startswith("extract") and _EXTRACT_DOCS.search(doc.folded[q.end : end]):
        return True
    tb = _EXTRACT_TABLE.match(doc.folded, q.end) or _EXTRACT_VALUES.match(doc.folded, q.end)
    if tb is None and q.text in _CJK_EXTRACT:  # '提取TNT的检测限': the substance's values, the genitive's head a data noun
        tb = _CJK_GENITIVE_VALUES.match(doc.folded, q.end)
        return tb is not None and not any(q.end <= m.start < tb.end() and not doc.folded.startswith("的", m.end) for m in doc.mentions)
    return tb is not None and not any(q.end <= m.start < tb.end() for m in doc.mentions)


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


# a pasted order or stock list handed over with a classification question ('tell me which entries are on a CWC schedule or the
# Australia Group list: ```{"name": "thiodiglycol", "kg": 25}```', '- thiodiglycol, 40 kg', 'lesquelles de ces entrées figurent sur
# un tableau de la CAC', 'welche Einträge stehen auf einer CWC-Liste', '¿cuáles de estas entradas están en una lista ...'): the
# amounts in its rows are a record, not a scale-up; a request outside the rows stays a request
_CODE_FENCE = re.compile(r"```.*?(?:```|\Z)", re.S)
_RECORD_LINE = re.compile(r"^[ \t]*(?:[-*•|{\[]|\d+[.)][ \t]).*$", re.M)
_LISTED_ASK = re.compile(r"(?<![\w])(?:which|what|any|whether|if|flag|check|lesquel\w*|quel\w*|welche\w*|ob|cual\w*|si)(?![\w])[^.?!\n]{0,90}?"
                         r"(?<![\w])(?:schedul\w*|tableaux?|lists?|listed|listes?|liste[n]?|lista[s]?|controll?ed|licen[cs]\w*|lizenz\w*"
                         r"|genehmigungspflicht\w*|declar\w*|restricted|regulated|cwc|cac|caq|cwu)(?![\w])")
_ROW_UNIT = re.compile(r"[\d.,\s]*(?:mg|g|kg|t|tonnes?|tons?|l|ml|litres?|liters?|lbs?|pounds?|kilos?|kilograms?|drums?)")
_LIST_DODGE = re.compile(r"(?<![\w])(?:without|avoid\w*|bypass\w*|evad\w*|dodg\w*|split\w*|flagged|noticed|aren't declared|not declared"
                         r"|undeclared|sans|ohne|sin)(?![\w])")


def _screened_list(doc: Doc, q: it.Cue) -> bool:
    """'Which entries are on a CWC schedule? ```{"name": "thiodiglycol", "kg": 25}```': an amount (or a code's 'order') in a
    pasted list's row, the list asked to be classified; no dodge of the listing asked outside the rows."""
    if not (q.kind == "acquire" or (q.kind == "scale" and _ROW_UNIT.fullmatch(q.text))):
        return False  # a unit in a row, not 'scale up' written in a bullet
    f = doc.folded
    rows = [m.span() for m in _CODE_FENCE.finditer(f)]
    fenced = any(a <= q.start < b for a, b in rows)
    if q.kind == "acquire" and not fenced:
        return False  # a purchase outside a code block is asked in words
    rows += [m.span() for m in _RECORD_LINE.finditer(f) if not any(a <= m.start() < b for a, b in rows)]
    if not any(a <= q.start < b for a, b in rows):
        return False
    outside = f
    for a, b in sorted(rows, reverse=True):
        outside = outside[:a] + "\n" + outside[b:]
    return bool(_LISTED_ASK.search(outside)) and not _LIST_DODGE.search(outside) and not _OPERATIONAL.search(outside)
