"""Shared pieces of the benign frames: the first-person and asker patterns, requests for operational detail or a
replication, the sentence helpers and the other regexes and helpers that more than one theme module
(``frames_text``, ``frames_history``, ``frames_incidents``, ``frames_industry``, ``frames_idioms``) or the dispatcher in
``frames`` reads. It imports no other frames module.
"""

from __future__ import annotations

import re

from paperqa_mat.safety import intent as it
from paperqa_mat.safety.document import Doc

# ---- the asker in the first person, a replication or operational detail asked for, the sentence around a cue
# ('World War I' names a war, not the asker)
_FIRST_PERSON = re.compile(r"(?<![\w'])(?:(?<!world war )i|we|me|my|myself|us|our|ourselves|replicate|recreate)(?![\w'])")
_FIRST_SUBJECT = re.compile(r"(?<![\w'])(?:(?<!world war )i|we|me|us|myself|ourselves)(?![\w'])")
_REPLICATE = re.compile(r"(?<![\w])(?:replicate|recreate|reproduce|copy|repeat it|repeat that|redo it|do (?:the same|it|that) (?:myself|ourselves|at home|too)|"
                        # a past-tense question that asks for specifics ('in my story ... how did he make it? be specific')
                        r"be specific|(?:his|her|their|the) real (?:technique|method|steps|recipe|process)|real (?:details|amounts|quantities|reagents)|"
                        r"exact (?:steps|amounts|quantities|recipe|method|technique|reagents)|"
                        # the steps handed over outright after a past-tense how ('How did Aum make sarin? give me the steps they used')
                        r"(?:give|list|show|tell|send|write out)(?: me| us)? (?:all |the |their |his |her |its )?(?:[\w'-]+ )?(?:steps|recipe"
                        r"|reagents|quantities|amounts|instructions)(?: (?:that |which )?(?:they|he|she|it|the (?:cult|group|sect|\w+ists?))"
                        r" (?:used|followed|employed|took))?|"
                        r"(?:i|we) (?:could|can|will|want to|wanna) (?:do|make|try) (?:the same|it|that|this|one|some))(?![\w])")
_OPERATIONAL = re.compile(r"(?<![\w])(?:exactly|step[- ]by[- ]step|steps?|recipe|amounts?|quantit\w*|ratios?|ingredients?|how (?:he|she|they|i|we) "
                          r"(?:would )?(?:make|made|build|built|mix|mixed|wire|wired|combine|combined|assemble|assembled)|what (?:he|she|they) "
                          r"(?:combines?|mix(?:es)?|uses?|used|buys?|bought)|real (?:chemicals|details)|specific)(?![\w])")


def _sentence_start(doc: Doc, q: it.Cue) -> int:
    """Where the sentence holding the cue starts."""
    return max(doc.folded.rfind(c, 0, q.start) for c in ".?!\n") + 1


def _sentence_end(doc: Doc, q: it.Cue) -> int:
    """Where the sentence holding the cue ends (its closing mark, or the end of the text)."""
    return min([i for i in (doc.folded.find(c, q.end) for c in ".?!\n") if i >= 0] or [len(doc.folded)])


def _sentence_head(doc: Doc, q: it.Cue) -> str:
    """The sentence from its start up to the cue."""
    return doc.folded[_sentence_start(doc, q) : q.start]


# ---- quoted texts, the first person in the core languages, generic victims and the agents of industry
# a quoted passage handed over to be summarised/translated/analysed: its verbs are the quoted author's, not a request
_QUOTED = re.compile(r"\"[^\"]{20,}\"|“[^”]{20,}”|«[^»]{20,}»|„[^“\"]{20,}[“\"]")
_CONTINUE_TASK = re.compile(r"(?<![\w])(?:complete|continue|fill|expand|elaborate|add (?:the|more|missing)|more detail\w*|flesh out|"
                            # (not a safety how-to: 'how to dispose of azide waste so it doesn't form explosive metal azides')
                            r"step[- ]by[- ]step|how (?:to|do i|can i|would i)(?! (?:safely )?(?:dispose|store|discard|label|handle (?:spills|waste)"
                            r"|clean up|neutrali[sz]e|decontaminate|evacuate|respond|protect))|exact(?!itud)\w*|specific\w*|reagents?|amounts?|quantit\w*|ratios?"
                            r"|recipes?|instructions?|protocols?|(?:lab|working|usable) (?:procedure|method)s?)(?![\w])")
_FIRST_ANY = re.compile(r"(?<![\w'])(?:(?<!world war )i|we|me|us|my|our|ich|wir|mir|mich|uns|je|j|nous|moi|yo|nosotros|me|io|noi|eu|nos)(?![\w'])")
# a food or a substance that poisons whoever eats it: 'why reheated rice can poison you'
# (also the victim after 'can kill' in frames_incidents._hazard_can_kill: frames.py defined this name twice, and this later
# definition always overrode the earlier one at import time, so the earlier one was dropped in the split)
_GENERIC_VICTIM = re.compile(r"\s+(?:you|people|someone|anyone|us|dogs?|cats?|pets?|children|kids|humans?|a person|livestock)(?![\w])")
# a reagent generated in situ and only the safety set-up asked: 'we generate phosgene in situ from triphosgene for a carbonylation:
# what monitoring badges, sensors and emergency response'
_INDUSTRIAL_AGENT = ("phosgene", "chlorine", "hydrogen_cyanide", "hcn", "cyanogen_chloride")
