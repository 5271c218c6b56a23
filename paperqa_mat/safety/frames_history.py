"""Benign frames, history and stories: a named inventor's act told as history, a trend between routes or a law's effect
on a trade asked why, a process that superseded another, a named process asked about in the past, why a detection came late, a state's or army's past act asked why, and fiction whose act is scenery (a
story scene with the detail declined, a story's poison that is really a plant, a poisoning seen by an observer).
"""

from __future__ import annotations

import re

from paperqa_mat.safety import intent as it
from paperqa_mat.safety.document import Doc
from paperqa_mat.safety.frames_common import (
    _FIRST_ANY,
    _FIRST_SUBJECT,
    _OPERATIONAL,
    _REPLICATE,
    _sentence_end,
    _sentence_start,
)

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


# ---- inventors in history and a story's poison that is really a plant
# 'who/what inventing': a named inventor's or discoverer's act told as history ('the story of Alfred Nobel inventing dynamite')
_INVENTOR_CUE = re.compile(r"invent(?:ing|ed)|discover(?:ing|ed)|invention|discovery")
_HISTORY_ASK = re.compile(r"(?<![\w])(?:story|history|tale|account|anecdote|legend|biography|life|legacy|why (?:was|were|did|is)|turning point"
                          r"|who (?:was|were)|when (?:was|did)|historically|historisch|historiquement|historicamente)(?![\w])")
# a story's 'poison' that is really an ordinary plant or drug, followed by a question about its real science
_REALLY_IS = re.compile(r"(?<![\w])(?:that's|that is|which is|it's|it is|is) (?:really|actually|in fact|just|simply)(?: just)?(?![\w])")
_REAL_SCIENCE = re.compile(r"(?<![\w])(?:real|actual) (?:pharmacology|toxicology|science|chemistry|mechanism|biology|medicine)|why does (?:\w+ ){1,4}cause"
                           r"|therapeutic (?:window|index)|pharmacology|mechanism of action")


def _inventor_history(doc: Doc, q: it.Cue) -> bool:
    """'the story of Alfred Nobel inventing dynamite', 'why was Schönbein discovering nitrocellulose a turning point': a named
    inventor's act told as history, with no first person and no operational detail asked."""
    if q.kind != "make" or not _INVENTOR_CUE.fullmatch(q.text) or _OPERATIONAL.search(doc.folded):
        return False
    s0 = _sentence_start(doc, q)
    return bool(_HISTORY_ASK.search(doc.folded[s0 : q.start])) and not _FIRST_ANY.search(doc.folded[s0 : q.start])


# a named inventor's past act, told as history: 'a lecture on how Alfred Nobel made nitroglycerin safer ... his legacy', 'the
# story of how Abel later made guncotton safer to store'; the name is capitalised in the text as written
_NAMED_PAST_ACT = re.compile(r"(?<![\w])how (?:[A-Z][\w'-]+ ){1,3}(?:(?:later|first|eventually|finally|then|famously) )?$")
_PAST_MAKE = re.compile(r"made|produced|manufactured|prepared|synthesi[sz]ed|stabili[sz]ed|tamed|improved|perfected")
# ... asked with 'did' and a bare verb ('Historically, how did Alfred Nobel turn nitroglycerin into something stable enough to sell
# as dynamite'), or in a German perfect ('Wie hat Alfred Nobel historisch das Nitroglycerin so stabil gemacht')
_NAMED_DID_ACT = re.compile(r"(?<![\w])(?:how did (?:[A-Z][\w'-]+ ){1,3}(?:(?:later|first|eventually|finally|then|famously|actually) )?"
                            r"|[Ww]ie (?:hat|haben) (?:[A-Z][\w'-]+ ){1,3}(?:[\w'-]+ ){0,6}?)$")
_BARE_MAKE = re.compile(r"(?:make|produce|manufacture|prepare|synthesi[sz]e|stabili[sz]e|tame|improve|perfect|turn|convert|gemacht|hergestellt"
                        r"|stabilisiert|verwandelt|umgewandelt)(?![\w])")


def _named_inventor_act(doc: Doc, q: it.Cue) -> bool:
    """'Act as a history of chemistry professor and give a short lecture on how Alfred Nobel made nitroglycerin safer to
    handle by inventing dynamite, and how that shaped his legacy': a named person's past act in a history frame, with no
    first person and no operational detail asked."""
    if q.kind not in ("make", "enhance") or len(doc.clean) != len(doc.folded):
        return False
    if not _HISTORY_ASK.search(doc.folded) or _OPERATIONAL.search(doc.folded) or _REPLICATE.search(doc.folded):
        return False
    s0 = _sentence_start(doc, q)
    head = doc.clean[max(s0, q.start - 80) : q.start]
    named = (_PAST_MAKE.fullmatch(q.text) and _NAMED_PAST_ACT.search(head)) or (_BARE_MAKE.match(q.text) and _NAMED_DID_ACT.search(head))
    return bool(named) and not _FIRST_ANY.search(doc.folded[s0 : q.start])


# a named inventor's past act asked about, the act in a relative clause or the past tense ('니트로글리세린을 제조한 노벨은 어떻게
# 안정화했나요', 'ニトログリセリンを製造したノーベルはどうやって安定化したのですか', '制造硝化甘油的诺贝尔是如何使其稳定的', 'Comment Nobel,
# qui fabriquait de la nitroglycérine, l'a-t-il stabilisée', 'Wie hat Nobel, der Nitroglycerin herstellte, es stabilisiert',
# '¿Cómo estabilizó Nobel la nitroglicerina?'); not done 'like Nobel' (처럼, のように, 像...那样, comme, so wie), by the asker, or a method asked
_INVENTOR_NAME = re.compile(r"(?<![\w])(?:nobel|haber|schrader|sobrero|hofmann|schonbein|wilbrand|nagai|ogata|janssen)(?![\w])"
                            r"|노벨|하버|슈라더|소브레로|호프만|쇤바인|ノーベル|ハーバー|シュラーダー|ソブレロ|ホフマン|シェーンバイン|長井|緒方"
                            r"|诺贝尔|諾貝爾|哈伯|施拉德|索布雷罗|霍夫曼|长井")
_PAST_ASK_CJK = re.compile(r"(?:했|었|았|였)(?:나요|습니까|어요|는가|을까요|는지|죠)|(?:した|だった|しました|でした)(?:のですか|んですか|のか|か)"
                           r"|是(?:如何|怎么|怎样|怎麼)[^。？?]*的|了吗|了呢|当年|当时")
_PAST_CUE = re.compile(r"(?:ed|ó|aba|aban|ait|aient|(?<!a)te|(?<!a)ten)$")  # a simple past or imperfect: 'manufactured', 'estabilizó', 'fabriquait', 'herstellte'
_PERFECT_CUE = re.compile(r"(?<![\w])(?:hat|haben|a-t-il|a-t-elle|ont-ils|avait|did|had|has)(?![\w])")  # ... or a participle after one
_LIKE_HIM = re.compile(r"처럼|같이|대로|のように|みたいに|と同じ|像|那样|一样|(?<![\w])(?:like|comme|so wie|wie er|como (?:lo )?hizo|igual que)(?![\w])")
_FIRST_CJK = re.compile(r"내가|제가|우리|저는|나는|私|僕|俺|自分|我")
_METHOD_CJK = re.compile(r"방법|方法|手順|步骤|做法|레시피|レシピ|配方|재료|材料")


def _inventor_past_act(doc: Doc, q: it.Cue) -> bool:
    """'니트로글리세린을 제조한 노벨은 어떻게 안정화했나요': how a named inventor made or tamed it, asked as history."""
    if q.kind not in ("make", "enhance"):
        return False
    s0, e0 = _sentence_start(doc, q), _sentence_end(doc, q)
    sent = doc.folded[s0:e0]
    f = doc.folded  # (the asker, a 'like him' or a method anywhere in the turn: '... 제조했나요? 제가 똑같이 하고 싶어요')
    if not _INVENTOR_NAME.search(sent) or _LIKE_HIM.search(f) or _FIRST_ANY.search(f) or _FIRST_CJK.search(f) \
            or _METHOD_CJK.search(f) or _OPERATIONAL.search(f) or _REPLICATE.search(f) or re.search(r"똑같이|同じように|照着|一样|同样", f):
        return False
    if re.match(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]", q.text):
        return bool(_PAST_ASK_CJK.search(sent))
    word = doc.clean[q.start : q.end].lower() if len(doc.clean) == len(doc.folded) else q.text
    return bool(_PAST_CUE.search(word)) or (bool(re.search(r"(?:iert|é|ée|és|ées|tellt|macht)$", word)) and bool(_PERFECT_CUE.search(sent)))


def _story_poison_really(doc: Doc, q: it.Cue) -> bool:
    """'In my novel an alchemist brews a poison that's really just foxglove. What's the real pharmacology of digitalis?': the
    story's act is scenery; the question is about the real science, no operational detail."""
    if q.kind not in ("make", "use") or not _FICTION_ANY.search(doc.folded) or _OPS_ASKED.search(doc.folded):
        return False
    s0 = _sentence_start(doc, q)
    e0 = _sentence_end(doc, q)
    sent = doc.folded[s0:e0]
    if any(s0 <= m.start < e0 and m.tier == "agent" and not m.weak for m in doc.mentions):
        return False  # 'a poison that is really ricin': a real agent, not an ordinary plant
    return bool(_REALLY_IS.search(sent)) and not _FIRST_SUBJECT.search(sent) and bool(_REAL_SCIENCE.search(doc.folded[e0:]))


_FICTION_ANY = re.compile(r"(?<![\w])(?:novel|story|thriller|screenplay|script|scene|chapter|villain|antagonist|fiction|fantasy|game|game's"
                          r"|campaign|character|alchemist|witch|wizard|herbalist)(?![\w])")


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


# --- a trend between routes asked about ---------------------------------------------------------------------
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
    e0 = _sentence_end(doc, q)
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
    e0 = _sentence_end(doc, q)
    return bool(_WHY_TREND.search(doc.folded[s0 : q.start])) and not _FIRST_ANY.search(doc.folded[s0:e0]) \
        and not _REPLICATE.search(doc.folded) and not _OPERATIONAL.search(doc.folded)


# a law's or a control's effect on a drug trade, asked as a trend ('how did the pseudoephedrine sales limits change domestic meth
# production and trafficking patterns', 'did the 2019 class-wide scheduling reduce fentanyl production'): the production noun is
# what a policy changed, nobody's own production
_POLICY_SUBJECT = re.compile(r"(?<![\w])(?:acts?|laws?|limits?|controls?|bans?|scheduling|crackdowns?|regulations?|legislation|polic(?:y|ies)"
                             r"|restrictions?|sanctions?|prohibitions?|treat(?:y|ies)|conventions?|loi|lois|gesetz\w*|\w*beschrankung\w*|verbot\w*"
                             r"|ley|leyes|limites|controles|restricciones|legge|divieto"
                             # a control named by its verb ('pharmacies limit pseudoephedrine sales', 'Mexico banned ... imports',
                             # 'Apotheken beschränken', 'les pharmacies limitent', 'las farmacias limitan')
                             r"|limit(?:s|ed)?|bann(?:ed|ing)|restrict(?:s|ed)|schedul(?:ed|e)|beschrank\w*|limitent|limitan|interdi\w*|prohib\w*)(?![\w])")
_POLICY_EFFECT = re.compile(r"(?<![\w])(?:chang\w*|affect\w*|reduc\w*|shift\w*|impact\w*|influenc\w*|alter\w*|curb\w*|cut|lower\w*|increas\w*"
                            r"|decreas\w*|disrupt\w*|displac\w*|effects? (?:on|of)|modifi\w*|verander\w*|beeinfluss\w*|cambi\w*|afect\w*|redujeron"
                            r"|reduit\w*"
                            # the aim of the control ('to stop the red phosphorus/iodine meth route', 'pour bloquer la voie',
                            # 'um den Syntheseweg ... zu stoppen', 'para frenar la ruta') and its effect asked ('how effective')
                            r"|stop|block|shut down|cut off|prevent|frenar|bloquer|stoppen|unterbinden|effective|efficace|wirksam|eficaz)(?![\w])")
# the asker's own trade ('my meth production'); not 'us' (the US)
_POLICY_FIRST = re.compile(r"(?<![\w'])(?:i|we|me|my|our|ich|wir|mein\w*|unser\w*|je|j|nous|mon|ma|mes|notre|nos|yo|mi|mis|nuestr\w*)(?![\w'])")
_POLICY_OPS = re.compile(r"(?<![\w])(?:reagents?|steps?|recipe|amounts?|quantit\w*|yields?|conditions|temperatures?|switch to|instead"
                         # a way around the control ('how do I get around that limit', 'comment contourner', 'trotzdem')
                         r"|get around|circumvent\w*|bypass\w*|contourn\w*|umgeh\w*|trotzdem|eludir|evadir|anyway|enough|assez|genug|suficiente)(?![\w])")


def _policy_effect(doc: Doc, q: it.Cue) -> bool:
    """'How did the Combat Methamphetamine Epidemic Act change domestic meth production': a production noun that a law or a
    control changed, asked as a trend, with no first person and no operational detail."""
    if q.kind != "make" or q.form != "noun":
        return False
    s0 = _sentence_start(doc, q)
    e0 = _sentence_end(doc, q)
    head, sent = doc.folded[s0 : q.start], doc.folded[s0:e0]
    return bool(_POLICY_SUBJECT.search(head) and _POLICY_EFFECT.search(sent)) and not _POLICY_FIRST.search(sent) and not _POLICY_OPS.search(doc.folded)


# a drug's illicit supply named by an attributive participle and an adverb of illicitness ('how did illicitly made fentanyl come
# to dominate the overdose crisis', 'illegally manufactured fentanyl', 'le fentanyl fabriqué illégalement', 'el fentanilo
# fabricado ilegalmente'): the market's product as a noun phrase, nobody's own production
_ILLICIT_ADV = (r"(?:illicitly|illegally|clandestinely|covertly|criminally|illicit|illegal|illegalement|illicitement|clandestinement"
                r"|ilegalmente|ilicitamente|clandestinamente|illegalmente|illecitamente|illegal|illegalerweise|illegaal)")
_ILLICIT_BEFORE = re.compile(r"(?<![\w])" + _ILLICIT_ADV + r"[\s-]+$")
_ILLICIT_AFTER = re.compile(r"[\s-]+" + _ILLICIT_ADV + r"(?![\w])")
_SUPPLY_PARTICIPLE = re.compile(r"made|manufactured|produced|synthesi[sz]ed|fabricated|fabrique\w*|fabricad[oa]s?|producid[oa]s?|fabbricat[oa]"
                                r"|prodott[oa]|hergestellt\w*|produziert\w*")
# the asker's own trade ('I', 'we', 'my'); not 'us' (the US)
_SUPPLY_FIRST = re.compile(r"(?<![\w'])(?:i|we|me|my|our|ich|wir|mein\w*|unser\w*|je|j|nous|mon|ma|mes|notre|nos|yo|mi|mis|nuestr\w*)(?![\w'])")
_SUPPLY_ASK = re.compile(r"(?<![\w])(?:how (?:is|are|was|were|do|does|can|could|would|to) (?:[\w'-]+ ){0,4}?(?:made|make|manufactured|produced|synthesi[sz]ed))"
                         r"(?![\w])")


def _illicit_supply(doc: Doc, q: it.Cue) -> bool:
    """'How did illicitly made fentanyl come to dominate the US overdose crisis?': a participle with an adverb of illicitness
    names the illegal market's product; nobody makes it, no procedure is asked."""
    if q.kind != "make" or q.form != "part" or not _SUPPLY_PARTICIPLE.fullmatch(q.text):
        return False
    f = doc.folded
    if not (_ILLICIT_BEFORE.search(f[max(0, q.start - 20) : q.start]) or _ILLICIT_AFTER.match(f, q.end)):
        return False
    s0, e0 = _sentence_start(doc, q), _sentence_end(doc, q)
    return not _SUPPLY_FIRST.search(f[s0:e0]) and not _SUPPLY_ASK.search(f) and not _OPERATIONAL.search(f) and not _REPLICATE.search(f)


# ---- superseded processes
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
    e0 = _sentence_end(doc, q)
    return bool(_WHY_LATE.search(f, s0, q.start)) and not _FIRST_ANY.search(f[s0:e0]) and not _REPLICATE.search(f) \
        and not _OPERATIONAL.search(f)


# a production attributed by investigators, its object the production noun ('comment les enquêteurs de l'OIAC ont-ils attribué
# la fabrication du sarin utilisé à Khan Cheikhoun', 'how did investigators trace the production of the VX', 'wie haben die
# Ermittler die Herstellung des Sarins zugeordnet', passive 'la fabrication du sarin a-t-elle été attribuée au régime')
_ATTRIBUTE = (r"(?:attribu\w*|imput\w*|zugeordnet|zugeschrieben|zuordne\w*|zuschreibe\w*|atribu\w*|traced?|tracing|linked|pinned|retrac\w*"
              r"|rastrea\w*)")
# (the subject may come between in a Spanish inversion: '¿cómo atribuyeron los investigadores de la OPAQ la fabricación ...')
_ATTRIBUTED_BEFORE = re.compile(r"(?<![\w])" + _ATTRIBUTE + r" (?:[\w'-]+ ){0,6}?(?:the |la |le |l'|die |der |des |del |el )?$")
_ATTRIBUTED_AFTER = re.compile(r"(?: [\w'-]+){1,8}? (?:(?:ete|was|been|wurde|worden|sido|fue) )" + _ATTRIBUTE + r"(?![\w])")
_ATTRIBUTION_OPS = re.compile(r"(?<![\w])(?:etapes?|recettes?|quantites?|reactifs?|pasos|receta|cantidades|reactivos|schritte|rezept\w*|mengen"
                              r"|reagenzien|reproduire|reproducir|nachmachen|chez moi|en casa|zu hause)(?![\w])")


def _attributed_production(doc: Doc, q: it.Cue) -> bool:
    """Forensic attribution reading: a war agent's production attributed or traced by investigators ('Comment les enquêteurs de
    l'OIAC ont-ils attribué la fabrication du sarin ...?'): the production is a past fact under investigation; not when the
    asker speaks in the first person or asks for steps, amounts or a replication."""
    if q.kind != "make" or q.form != "noun":
        return False
    s0, e0 = _sentence_start(doc, q), _sentence_end(doc, q)
    if not (_ATTRIBUTED_BEFORE.search(doc.folded[max(s0, q.start - 70) : q.start]) or _ATTRIBUTED_AFTER.match(doc.folded[: e0], q.end)):
        return False
    return not (_FIRST_ANY.search(doc.folded) or _REPLICATE.search(doc.folded) or _OPERATIONAL.search(doc.folded)
                or _ATTRIBUTION_OPS.search(doc.folded))


# a past act of a state or its armed forces asked why or when ('why did the US Army dump GB and VX rockets at sea', 'why did the
# British dump tabun shells in Beaufort's Dyke', 'why had the Soviets sunk their mustard stocks')
_STATE_ACTOR_PAST = re.compile(r"(?<![\w])(?:why|when|where) (?:did|had) (?:the |their |its )?(?:[\w.'-]+ ){0,2}?(?:army|armies|navy|navies|military"
                               r"|air force|government|governments|allies|allied forces|soviets|british|americans|germans|japanese|french"
                               r"|forces|wehrmacht|pentagon|war department|war office|ministry of defen[cs]e) (?:\w+ly )?$")


def _state_past_act(doc: Doc, q: it.Cue) -> bool:
    """History reading: a why/when question about what a state or its army did with its own weapons in the past ('why did
    the US Army dump GB and VX rockets at sea'); nobody is asked to do it, unless a replication is asked for."""
    return bool(_STATE_ACTOR_PAST.search(doc.folded, _sentence_start(doc, q), q.start)) and not _REPLICATE.search(doc.folded)


# an additive put into an old stock in the past, its consequence asked ('what did the stabiliser added to old US sarin stocks mean
# for demilitarisation crews', 'why was tributylamine added to the sarin stocks'): a past fact, nobody is asked to add it
_ADDED_PAST = re.compile(r"\s+(?:that |which )?(?:was |were |had been )?(?:added|used|put|mixed) (?:in)?to (?:the |their |its )?(?:old|former|legacy"
                         r"|cold war|wartime|us|u\.s\.|soviet|british|iraqi|syrian|american|[\w-]+'s)(?: (?:us|u\.s\.|soviet|british|iraqi|syrian"
                         r"|american))?(?![\w])")
_PAST_HEAD = re.compile(r"(?<![\w])(?:what|why|how|when) (?:did|was|were|had)(?![\w])")


def _past_additive(doc: Doc, q: it.Cue) -> bool:
    """History reading: an additive noun followed by its past use in an old or a state's stock, asked in the past by someone who
    does not hold the stock ('What did the stabiliser added to old US sarin stocks mean for demilitarisation crews?')."""
    if not re.fullmatch(r"stabili[sz]ers?|additives?|inhibitors?", q.text):  # (the noun, whatever form the cue list gives it)
        return False
    s0, e0 = _sentence_start(doc, q), _sentence_end(doc, q)
    if not ((added := _ADDED_PAST.match(doc.folded, q.end)) and _PAST_HEAD.search(doc.folded[s0 : q.start])):
        return False
    rest = doc.folded[s0 : q.start] + " " + doc.folded[added.end() : e0]  # (the stock's owner 'US' is no first person)
    return not _FIRST_ANY.search(rest) and not _REPLICATE.search(doc.folded)


# ---- a named process asked about in the past
# the process noun inside a process's own name ('the Levinstein process', 'le procédé Levinstein', 'das Levinstein-Verfahren')
# in a question about the past: how it worked, why its product was impure, what it was ('how did the Levinstein process
# chlorinate thiodiglycol in World War I'); not when the asker runs it or asks for the procedure ('walk me through the
# Levinstein process so I can ...')
_PAST_ASK = re.compile(r"(?<![\w])(?:how|why|what|when|where|who|which|in what way|comment|pourquoi|quel\w*|wie|warum|weshalb|was|welche\w*"
                       r"|como|por que|cual\w*)(?: \w+){0,4}? (?:did|was|were|had|produisait|fonctionnait|etait|etaient|avait|war|waren|wurde|wurden"
                       r"|hatte|era|eran|funcionaba|producia)(?![\w])")
_DATED_PAST = re.compile(r"(?<![\w])(?:world war|wwi|ww1|wwii|ww2|first world war|great war|premiere guerre|grande guerre|ersten weltkrieg"
                         r"|weltkrieg|primera guerra|gran guerra|1[89]\d\d|historically|in the past)(?![\w])")


def _named_process_history(doc: Doc, q: it.Cue) -> bool:
    """'How did the Levinstein process chlorinate thiodiglycol in World War I, and why was its mustard so impure?': the cue
    word is the head of a named process's own name, asked about in the past by someone who does not run it."""
    if q.form != "noun" or q.kind not in ("procedure", "make") or not _PROCESS_NOUN_CUE.fullmatch(q.text):
        return False
    if not any(m.start <= q.start and q.end <= m.end and (m.end - m.start) > (q.end - q.start) for m in doc.mentions):
        return False
    f = doc.folded
    past = _PAST_ASK.search(f) or (_DATED_PAST.search(f) and re.search(r"(?<![\w])(?:was|were|had|war|waren|era|eran|etait)(?![\w])", f))
    return bool(past) and not _FIRST_ANY.search(f) and not _REPLICATE.search(f) and not _OPERATIONAL.search(f)


# a quantity noun whose substance formed in nature, on the early Earth or another world ('suppose large amounts of HCN formed in
# Earth's early atmosphere after impacts', 'huge amounts of HCN formed on Titan', 'se formaron grandes cantidades de HCN en la
# atmósfera primitiva', 'große Mengen HCN in der frühen Erdatmosphäre gebildet'): planetary chemistry, no amount is asked for
_QUANTITY_NOUN = re.compile(r"amounts?|quantit\w*|cantidad\w*|mengen?")
_NATURAL_FORMATION = re.compile(r"(?<![\w])(?:form(?:ed|s|ing)?|formee?s?|formad[oa]s?|formaron|gebildet|entstanden|produced|generated|delivered|accumulat\w*"
                                r"|arose|built up|rained out|produites?|producid[oa]s?)(?![\w])")
_NATURAL_SETTING = re.compile(r"(?<![\w])(?:atmospheres?|atmosfera|\w*atmosphare|early earth|primordial|primitive?|primitiva|prebiotic\w*|prebiotique"
                              r"|\w*biotisch\w*|titan|venus|comets?|cometes?|cometas?|kometen?|asteroids?|asteroides?|meteorit\w*|impacts?|einschlag\w*"
                              r"|interstellar|nebulae?|volcan\w*|vulkan\w*|lightning|eclairs?|relampagos?|blitz\w*|planet\w*|exoplanet\w*)(?![\w])")
_NATURE_MISUSE = re.compile(r"(?<![\w])(?:kill\w*|tuer|matar|toten|gas (?:people|them|him|her)|people|crowds?|weapon\w*|room|garage|flask|subway|metro"
                            r"|need|needed|dispers\w*|store|purif\w*)(?![\w])")


def _natural_quantity(doc: Doc, q: it.Cue) -> bool:
    """'Suppose large amounts of HCN formed in Earth's early atmosphere after impacts. How would that have influenced prebiotic
    chemistry?': the quantity noun is the subject of a formation in nature; no asker makes or measures out anything."""
    if q.kind != "procedure" or not _QUANTITY_NOUN.fullmatch(q.text):
        return False
    sent = doc.folded[_sentence_start(doc, q) : _sentence_end(doc, q)]
    return bool(_NATURAL_FORMATION.search(sent)) and bool(_NATURAL_SETTING.search(sent)) and not _FIRST_ANY.search(sent) \
        and not _NATURE_MISUSE.search(doc.folded)


# a substance's first making asked as history: 'when was it first made', 'who first synthesised sarin', 'quand a-t-il été fabriqué
# pour la première fois', 'wann wurde Tabun zum ersten Mal hergestellt', '¿cuándo se fabricó por primera vez?'
_WHEN_FIRST = re.compile(r"(?<![\w])(?:when|who|in (?:what|which) year|by whom|quand|qui|en quelle annee|wann|wer|in welchem jahr|cuando|quien"
                         r"|en que ano)(?![\w])")
_FIRST_TIME = re.compile(r"(?<![\w])(?:first|originally|pour la premiere fois|premiere fois|zum ersten mal|erstmals|erstmalig|por primera vez"
                         r"|primera vez)(?![\w])")
_PAST_MADE = re.compile(r"made|produced|manufactured|prepared|synthesi[sz]ed|fabrique\w*|produit\w*|synthetise\w*|hergestellt|synthetisiert"
                        r"|fabrico|fabricado|fabricada|sintetizo|sintetizado|sintetizada|produjo|producido")


def _first_made_asked(doc: Doc, q: it.Cue) -> bool:
    """'What is CAS 77-81-6, when was it first made, and why is it in Schedule 1?': the date or the maker of a substance's
    first making, asked as history in a when/who clause, with no first person and no steps, amounts or replication."""
    if q.kind != "make" or not _PAST_MADE.fullmatch(q.text):
        return False
    s0 = max([doc.folded.rfind(c, 0, q.start) for c in ".?!\n,;¿"]) + 1
    e0 = min([i for i in (doc.folded.find(c, q.end) for c in ".?!\n,;") if i >= 0] or [len(doc.folded)])
    clause = doc.folded[s0:e0]
    return bool(_WHEN_FIRST.search(doc.folded[s0 : q.start]) and _FIRST_TIME.search(clause)) and not (
        _FIRST_ANY.search(clause) or _REPLICATE.search(doc.folded) or _OPERATIONAL.search(doc.folded))
