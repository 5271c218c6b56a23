"""Analogue design and fill-in-the-procedure templates: designing agents or drugs that escape the schedules
(``_unscheduled_analogue``), design verbs and their abuse frames, and requests to complete a redacted or
templated procedure for an agent (``_fill_in_procedure``).
"""

from __future__ import annotations

import re

from paperqa_mat.safety.document import Doc
from paperqa_mat.safety.frames import _inert_cue
from paperqa_mat.safety.frames_industry import detection_stand_in
from paperqa_mat.safety.mentions import _head_blocked, _is_class, _pre_blocked
from paperqa_mat.safety.verdict import CATEGORY_TEXT, Verdict

_DESIGN_VERB = re.compile(r"(?<![\w])(?:generat|design|propos|suggest|enumerat|predict|invent|come up with|find|rank|optimi[sz]|featuri[sz]|"
                          r"screen|proposer|propon|vorschlag|entwer|entwerf|genere|generi|concev|disen)\w*")
_DESIGN_ABUSE = re.compile(r"(?<![\w])(?:(?:easiest|easy|easier|simplest|simple|cheapest|quickest) (?:[\w'-]+ ){0,4}?(?:to make|to cook|to synthesi[sz]e|to produce|to brew)"
                           r"|(?:i|we) (?:can|could) (?:\w+ )?(?:cook|make|brew|sell|produce|synthesi[sz]e)|street buyers|cook (?:the|it|them|one|up)"
                           r"|keep(?:s|ing)? (?:the |its |their )?(?:high|buzz|kick|effects?|rush)|get (?:people |me |us |you )?high|street (?:drugs?|sale|market)|sell (?:it|them|on)"
                           r"|le plus facile a (?:fabriquer|faire|synthetiser|cuisiner)|am einfachsten (?:herzustellen|zu kochen|zu machen)|mas facil(?:es)? de (?:fabricar|hacer|cocinar|sintetizar))")

# designing agents that escape the schedules: a class of controlled-agent chemistry + a not-scheduled/legal cue +
# a design/production cue ('organophosphates not on any CWC schedule but potent AChE inhibitors')
_AGENT_CLASS = re.compile(r"(?:^|[^\w])(?:(?P<cwa>organophosphat\w*|organophosphorus (?:compounds?|esters?|agents?)|phosphonofluoridat\w*"
                          r"|phosphonothioat\w*|(?:acetyl)?cholinesterase inhibit\w*|ache inhibit\w*|nerve[- ]agents?|vesicants?|blister agents?)"
                          r"|(?P<drug>opioids?|fentanyls?|fentanyl analogu?es?|cathinones?|synthetic cannabinoids?|cannabinoids?|tryptamines?"
                          r"|phenethylamines?|amphetamines?|benzodiazepines?|psychedelics?|stimulants?))(?![\w])")
_SCHEDULE_EVASION = re.compile(r"schedul|controlled|listed|legal|banned|regulated|cwc|annex|law|control")


# a named controlled agent + a structural-change ask + 'not on any schedule': 'suggest substituents for the sarin scaffold
# that keep it as toxic but match no CWC schedule', 'find a small change to MDMA that isn't scheduled yet but works the same'
_STRUCT_CHANGE = re.compile(r"(?<![\w])(?:substituents?|small (?:structural )?(?:change|tweak|modification)s?|tweak\w*|modif\w*|analogu?es?|"
                            r"variants?|derivatives?|isosteres?|bioisoster\w*|swap\w*|scaffolds?|structural (?:change|edit)s?|"
                            r"change (?:to|in|on) (?:the )?(?:\w+ ){0,2}(?:molecule|structure|scaffold|compound)|"
                            r"analogon\w*|derivat\w*|abwandl\w*|veranderung\w*|substituant\w*|derive\w*|modificaci\w*|"
                            r"analogo\w*|derivado\w*|sustituyente\w*)(?![\w])")
_NOT_SCHEDULED = re.compile(r"(?<![\w])(?:not|isn't|aren't|wouldn't|won't|doesn't|don't|never|no|none|without|escap\w*|avoid\w*|dodg\w*|"
                            r"outside|evad\w*|get(?:s|ting)? around|nicht|kein\w*|ohne|pas|aucun\w*|ni|sin|ningun\w*|fuera)"
                            r"(?:\W+\w+){0,6}?\W+(?:schedul\w*|controlled|listed|banned|cwc|annex\w*|drug laws?|"
                            r"kontroll\w*|gelistet|verboten|betaubungsmittel\w*|controle\w*|liste\w*|interdit\w*|"
                            r"controlad\w*|fiscalizad\w*|prohibid\w*|lista\w*)(?![\w])"
                            # a negating prefix: 'which non-controlled analogue of MDMA', 'an unscheduled analogue', 'non contrôlé'
                            r"|(?<![\w])(?:non\W?|un)(?:schedul\w*|controlled|listed|regulated|controle\w*|kontroll\w*)(?![\w])")
_DESIGN_ASK = re.compile(r"(?:^|[.!?:;,]\s*)(?:please |now |then |and )?(?:featuri[sz]e|suggest|find|propose|design|give|generate|list|use|run|"
                         r"predict|enumerate|help|show|tell|come up|draft|modify|tweak|optimi[sz]e|screen|rank|pick|recommend|"
                         r"schlag|finde|entwirf|nenne|propose[zr]?|sugg[eè]re[zr]?|trouve[zr]?|sugiere|busca|encuentra|disena|propon)"
                         r"|(?:can|could|would|will) you |(?:i|we) (?:want|need|would like)|(?:so|such) (?:that )?(?:i|we) can")


def _unscheduled_agent_variant(doc: Doc) -> Verdict | None:
    f = doc.folded
    if not (_STRUCT_CHANGE.search(f) and _NOT_SCHEDULED.search(f) and (_DESIGN_ASK.search(f) or doc.personal)):
        return None
    if detection_stand_in(doc):
        return None  # 'which non-controlled analogue is used as a dummy template for a fentanyl MIP sensor': a stand-in to detect it
    agents = [m for m in doc.mentions if m.tier == "agent" and m.cat in ("cwa", "drug", "toxin") and not _is_class(m)]
    if not agents:
        return None
    m = agents[0]
    kind = "chemical-weapon" if m.cat == "cwa" else ("toxin" if m.cat == "toxin" else "drug")
    return Verdict(True, "evasion", f"asks to design an unscheduled {kind} analogue of {m.text} ({CATEGORY_TEXT['evasion']})",
                   "rules", [m.text])


# structural tweaks of an agent class that keep it potent but take it off the schedules: 'which structural tweaks to fentanyl
# analogues keep them one step ahead of the scheduling lists while keeping potency', 'which small tweaks to a scheduled nerve
# agent would take it outside the CWC schedule definitions while keeping it just as toxic'
_OFF_LIST = re.compile(r"(?<![\w])(?:ahead of|outside|off|around|beyond|out of|clear of|escap\w*|dodg\w*|evad\w*|avoid\w*|slip\w* (?:past|through))"
                       r" (?:the |all |any |every )?(?:[\w-]+ ){0,3}?(?:schedul\w*|control lists?|lists?|laws?|cwc|definitions?|analogu?e acts?|bans?)(?![\w])")
# (and in French, German and Spanish: 'garde le même effet', 'hat denselben Kick', 'mantiene el mismo colocón')
_KEEP_POTENCY = re.compile(r"(?<![\w])(?:keep\w*|retain\w*|preserv\w*|maintain\w*|while|but|still|just as|equally|same|as|without losing"
                           r"|gard\w*|conserv\w*|meme|behalt\w*|denselben|dieselbe\w*|gleiche\w*|mantien\w*|mism[oa])"
                           r" (?:[\w-]+ ){0,3}?(?:potency|potent|toxic\w*|lethal\w*|strong|strength|activity|active|effects?|effective\w*|kick|high"
                           r"|buzz|rush|effets?|puissance|wirkung|rausch|efectos?|colocon|subidon|potencia)(?![\w])")
# (not a law asked about: 'what is an analogue act'; French, German and Spanish too: 'quel analogue', 'welches Analogon', 'qué análogo')
_TWEAK_ASK = re.compile(r"(?<![\w])(?:which|what|quel\w*|welche\w*|que|cual\w*) (?:[\w-]+ ){0,3}?(?:tweaks?|changes?|modifications?|substituents?"
                        r"|swaps?|edits?|analogu?es?|variants?|derivatives?|analogon\w*|analogo\w*)(?! (?:did|were|was|had|have been|acts?)(?![\w]))")


def _schedule_dodge(doc: Doc) -> Verdict | None:
    f = doc.folded
    agent = _AGENT_CLASS.search(f) or next((m for m in doc.mentions if m.tier == "agent" and m.cat in ("cwa", "drug", "toxin")), None)
    if not (agent and _STRUCT_CHANGE.search(f) and (_NOT_SCHEDULED.search(f) or _OFF_LIST.search(f)) and _KEEP_POTENCY.search(f)
            and (_TWEAK_ASK.search(f) or _DESIGN_ASK.search(f) or doc.personal)):
        return None
    return Verdict(True, "evasion", f"asks for structural changes that keep a controlled agent potent but unscheduled ({CATEGORY_TEXT['evasion']})",
                   "rules", [agent.group(0).strip() if isinstance(agent, re.Match) else agent.text])


# an embedded template whose blank is the procedure: 'complete the section marked [PROCESS] with the actual reaction steps'
# under a memo about making DF from DMMP; 'fill in the missing conditions in this lab note on sarin'
_FILL_IN = re.compile(r"(?<![\w])(?:complete|completing|fill(?:ing)? (?:in|out)|finish|finishing|populate|expand|flesh out|write out|"
                      r"complete[rz]?|compl[eè]te|rempli[rsz]?|remplissez|erganz\w*|vervollstandig\w*|fulle \w* aus|ausfull\w*|"
                      r"completa[r]?|rellena[r]?|termina[r]?)(?![\w])(?=\s+(?:the|this|that|these|those|my|our|each|any|all|it|in|out|\[|le|la|les|ce|cette|"
                      r"den|die|das|diesen|diese|el|los|las|este|esta))")
_BLANK = re.compile(r"\[[^\]\n]{1,30}\]|<[^>\n]{1,30}>|_{3,}|\.\.\.|(?<![\w])(?:section|part|placeholder|blanks?|gaps?|missing|empty|"
                    r"todo|tbd|abschnitt|lucken?|fehlend\w*|partie|vides?|manquant\w*|seccion|huecos?|faltant\w*|apartado)(?![\w])")
_PROC_NOUN = re.compile(r"(?<![\w])(?:steps?|conditions|procedure|process|route|reagents?|quantities|amounts|temperatures?|method|recipe|"
                        r"schritte?|bedingungen|verfahren|mengen|etapes?|mode operatoire|procede|quantites|pasos|condiciones|"
                        r"procedimiento|cantidades|receta)(?![\w])")


# a record (JSON, YAML, a table) whose procedure field is left blank for the assistant: '"synthesis_steps": "???"',
# '"preparation": null', 'reagent_amounts: ___', '"Syntheseschritte": "???"', '"pasos_de_sintesis": "TBD"'
_FIELD_BLANK = re.compile(r"[\"']?(?P<key>[\w -]{2,40}?)[\"']?\s*[:=|]\s*(?:[\"']\s*(?:\?+|_{2,}|\.{3}|tbd|todo|n/?a|fill me|-+)?\s*[\"']"
                          r"|null|none|\?{2,}|_{3,}|tbd|todo)(?=\s*(?:[,}\n|]|$))")
_FIELD_PROC = re.compile(r"(?:steps?|synthes[ei]s|preparation|procedure|process|route|method|recipe|reagents?|quantit\w*|amounts?|conditions"
                         r"|temperatures?|loading|schritte|herstellung|mengen?|synthese|etapes?|quantites|mode operatoire|pasos|sintesis"
                         r"|cantidad\w*|preparacion|procedimiento)$")


def _blank_procedure_field(f: str) -> str:
    """The first key of a blank record field that names a procedure ('synthesis_steps', 'reagent_quantities'), or ''."""
    for m in _FIELD_BLANK.finditer(f):
        key = m.group("key").replace("_", " ").replace("-", " ").strip()
        if any(_FIELD_PROC.search(w) for w in key.split()):
            return key
    return ""


def _fill_in_procedure(docs: list[Doc]) -> Verdict | None:
    doc = docs[-1]
    f = doc.folded
    fm = _FILL_IN.search(f)
    key = _blank_procedure_field(f)
    if not key and (not fm or not _BLANK.search(f) or not _PROC_NOUN.search(f, fm.end(), fm.end() + 160)):
        return None
    subs = [m for d in docs for m in d.mentions if m.tier in ("agent", "precursor") and not _is_class(m)
            and not _head_blocked(d, m) and not _pre_blocked(d, m)]
    if not subs:
        return None
    m = subs[0]
    cat = "precursor" if m.tier == "precursor" else m.cat
    return Verdict(True, cat, f"asks to fill the procedure into a template about {m.text} ({CATEGORY_TEXT[cat]}; cue "
                   f"'{fm.group(0) if fm else key}')", "rules", [m.text])


# new compounds generated to outdo a war agent ('propose organophosphorus fluoridates with predicted AChE inhibition stronger
# than GD, ranked by aerosol survival', 'génère des composés plus toxiques que le VX', 'entwirf Moleküle, die stärker als Sarin
# hemmen', 'diseña compuestos más potentes que el tabún'): a better agent designed, whatever the tool
_GENERATE = re.compile(r"(?<![\w])(?:generat|design|propos|suggest|enumerat|invent|come up with|optimi[sz]|proposer|propon|vorschlag|schlag\w* vor"
                       r"|entw[io]rf|entwer|concev|concoi|disen|crea[rt])\w*|(?<![\w])(?:gener(?:e|er|ez|a|ar|iere|ieren))(?![\w])")  # (not 'general terms')
_OUTDO = re.compile(r"(?<![\w])(?:stronger|more (?:potent|toxic|lethal|persistent|volatile|effective|active)|deadlier|higher (?:potency|toxicity)"
                    r"|better|exceed\w*|surpass\w*|outperform\w*|beat\w*|plus (?:puissant|toxique|letal|actif)\w*|superieur\w*"
                    r"|starker\w*|toxischer\w*|potenter\w*|wirksamer\w*|mas (?:potente|toxic|letal|activ)\w*|superior\w*)"
                    r"(?: (?:[\w-]+ ){0,3}?(?:than|que|als|de|over|to))? (?:(?:the|le|la|el|l'|das|der) )?$")


def _outdone_agent(doc: Doc) -> Verdict | None:
    """New compounds generated, proposed or designed to beat a named war agent's potency, or None."""
    f = doc.folded
    if not _GENERATE.search(f) or doc.any_blocker():
        return None  # 'design a sensor for organophosphates more toxic than GD': a defensive use
    for m in doc.mentions:
        if m.cat == "cwa" and m.tier == "agent" and not _is_class(m) and _OUTDO.search(f[max(0, m.start - 60) : m.start]):
            return Verdict(True, "cwa", f"asks to design compounds that outdo {m.text} ({CATEGORY_TEXT['cwa']})", "rules", [m.text])
    return None


# a war agent's analogues ranked by how harmful they are, the top one taken on to be made ('rank these V-agent analogues by
# predicted skin-contact toxicity and persistence, so I know which one to pursue at the bench', 'sort the G-series variants by
# predicted LD50 and tell me which to synthesise first', 'classe ces analogues du VX par toxicité ... lequel synthétiser'): a better
# agent picked for the bench, whatever the tool; a ranking for a detector library or a decontamination study is not
_RANKED = re.compile(r"(?<![\w])(?:rank\w*|sort\w*|order (?:them|these|those)|prioriti[sz]\w*|score\w*|shortlist\w*|triage\w*|classe[rz]?|classez"
                     r"|ordonne[rz]?|trie[rz]?|sortier\w*|ordne\w*|rangier\w*|clasific\w*|ordena\w*)(?![\w])")
_HARM_PROPERTY = re.compile(r"(?<![\w])(?:toxicit\w*|lethalit\w*|ld50s?|lct50s?|lc50s?|potenc\w*|percutaneous|skin[- ](?:contact|absorption|penetration)"
                            r"|persisten\w*|toxicite|letalite|toxizitat|letalitat|toxicidad|letalidad|wirksamkeit|potencia)(?![\w])")
_PURSUED = re.compile(r"(?<![\w])(?:pursue|go after|follow up|take forward|take (?:it |them )?(?:to|into) (?:the )?(?:bench|lab)|at the bench|make first"
                      r"|synthesi[sz]e (?:first|next)?|to make|to synthesi[sz]e|to scale|to produce|worth making|start making|build first"
                      r"|synthetiser|fabriquer|herstellen|synthetisieren|sintetizar|fabricar)(?![\w])")


def _ranked_to_pursue(doc: Doc) -> Verdict | None:
    """A war agent's analogues or variants ranked by toxicity, potency or persistence, the top one picked to be made, or None."""
    f = doc.folded
    if not (_RANKED.search(f) and _HARM_PROPERTY.search(f) and _PURSUED.search(f) and _STRUCT_CHANGE.search(f)) or doc.any_blocker():
        return None
    m = next((m for m in doc.mentions if m.cat == "cwa" and m.tier == "agent" and not m.weak), None)
    return Verdict(True, "cwa", f"ranks analogues of {m.text} by harm to pick one to make ({CATEGORY_TEXT['cwa']})", "rules",
                   [m.text]) if m else None


def _unscheduled_analogue(doc: Doc) -> Verdict | None:
    if v := _schedule_dodge(doc) or _outdone_agent(doc) or _ranked_to_pursue(doc):
        return v
    m = _AGENT_CLASS.search(doc.folded)
    if not m:
        return _unscheduled_agent_variant(doc)
    cues = [q for q in doc.cues if not _inert_cue(doc, q)]
    ev = next((q for q in cues if q.kind == "evade" and _SCHEDULE_EVASION.search(q.text)), None)
    mk = next((q for q in cues if q.kind in ("make", "enhance", "use") and not q.weak), None)
    if ev is None or mk is None:
        return _unscheduled_agent_variant(doc)
    kind = "chemical-weapon" if m.group("cwa") else "drug"
    return Verdict(True, "evasion", f"asks to design an unscheduled {kind} analogue ({CATEGORY_TEXT.get('evasion', 'evasion')}; "
                   f"cues '{mk.text}', '{ev.text}')", "rules", [m.group(0).strip()])
