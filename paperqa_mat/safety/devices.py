"""Explosive devices tuned for effect. A request for the design parameters of a device or an energetic fill (a shaped
charge's liner and cone angle, how tightly an oxidiser/fuel mix is packed in a sealed tube, the mesh size of the aluminium)
together with the effect wanted against a target ('punch through 20 mm of armour', 'the biggest bang', 'burn through an
engine block') improves an explosive even when no verb of making is used. Explaining how a device works, defeating or
withstanding one, disposal and history are not tuning.
"""

from __future__ import annotations

import re

from paperqa_mat.safety.document import Doc
from paperqa_mat.safety.lexicon import Mention
from paperqa_mat.safety.mentions import _head_blocked, _pre_blocked
from paperqa_mat.safety.verdict import CATEGORY_TEXT, Verdict

# an energetic thing named without a lexicon entry ('an oxidiser and fuel combo', 'my AN mix', 'the brisance')
_ENERGETIC_SUBJECT = re.compile(
    r"(?<![\w])(?:oxidi[sz]ers? (?:and|/|\+|&|-) ?fuels?|fuel (?:and|/|\+|&|-) ?oxidi[sz]ers?|flash powder|black powder|thermite"
    r"|(?:my|the|our|your|this|an?) (?:an|anfo|an/al|an-al) (?:mix|mixture|fill|charge|prills?|blend)|brisance|pipe bombs?"
    r"|explosively formed (?:penetrators?|projectiles?)|efps?|shaped[- ]charges?|bombs?|grenades?)(?![\w])")
# the design parameters of the device or its fill
_DESIGN = re.compile(
    r"(?<![\w])(?:cone angle|apex angle|liners?|cones?|stand-?off|(?:which|what|the best|best) fill|fill (?:gives|works)|thickness|diameter"
    r"|how (?:thick|tight|tightly|dense|densely|hard)|pack(?:ed|ing)?(?: density)?|mesh(?: size)?|grain size|particle size|(?:too )?coarse"
    r"|what ?%|percent(?:age)?|ratio|proportions?|how much|casing|confinement|sealed (?:container|tube|can|pipe|bottle|jar)"
    r"|(?:steel|pvc|metal|copper|iron) (?:pipe|tube|can|container)|end ?caps?|strong enough|igniters?|ignition(?: setup| system)?"
    r"|fuses?|machine (?:it|them|the \w+)|the mix)(?![\w])")
# the effect wanted, or the target it is wanted against
_EFFECT = re.compile(
    r"(?<![\w])(?:punch(?:es|ing)? (?:a hole )?through|penetrat(?!ors?(?![\w]))\w*|go(?:es)? through|burn(?:s|ing)? through|blow(?:s|ing)? through"
    r"|(?:armou?r(?:ed)?|armou?r plate|engine block|safe door|vault|mailbox|letterbox|armou?red (?:car|vehicle)s?)"
    r"|(?:biggest|bigger|loudest|louder|largest|most powerful|maximum) (?:bang|boom|blast|explosion)|(?:most|maximum|max|more|best) brisance"
    r"|ruptures?|rupturing|burst(?:s|ing)?|(?:deepest|best|maximum|deeper) (?:penetration|jet)|best jet|didn't go off|did not go off"
    r"|fizz(?:ed|led|les)?|wreck|destroy)(?![\w])")
# a defensive, explanatory or historical frame: 'how does reactive armour defeat a shaped-charge jet', 'render a pipe bomb safe'
_NOT_TUNING = re.compile(
    r"(?<![\w])(?:defeat\w*|withstand\w*|protect\w*|resist\w*|stop (?:a|an|the)|designing (?:\w+ )?armou?r|armou?r design|surviv\w*"
    r"|mitigat\w*|disposal|dispose|render (?:\w+ )?(?:safe|inert)|bomb squad|eod|misfire|detect\w*|forensic\w*|investigat\w*"
    r"|history|historical|museum|rocket\w*|propulsion|specific impulse|thrust|munroe effect|physics class)(?![\w])")
# a request: a question, or asking for something
_ASKS = re.compile(r"\?|(?<![\w])(?:what|which|how|give|tell|list|need|want|favou?r|please|suppose|hypothetically)(?![\w])")
# enumerated items of one message ('(1) ... (2) ... (3) ...', 'a) ... b) ...') are screened one at a time
_ITEM_BREAK = re.compile(r"\(\s*(?:\d|[a-h]|i{1,3}|iv)\s*\)|(?:^|\s)(?:\d|[a-h])\)|\n")


def _segments(text: str) -> list[str]:
    return [s for s in _ITEM_BREAK.split(text) if s.strip()]


def _tuned(seg: str, named: bool) -> bool:
    """The segment asks for a design parameter and an effect of an energetic device (named, or described in it)."""
    return bool((named or _ENERGETIC_SUBJECT.search(seg)) and _DESIGN.search(seg) and _EFFECT.search(seg) and not _NOT_TUNING.search(seg))


def device_tuning(doc: Doc, live: list[Mention]) -> Verdict | None:
    """A device or energetic fill tuned for its effect on a target: 'what cone angle should a copper liner have so a
    shaped charge punches through 20 mm of armour plate', 'how tightly should the oxidiser/fuel mix be packed so the
    sealed container ruptures'."""
    if not _ASKS.search(doc.folded):
        return None
    for seg in _segments(doc.folded):
        start = doc.folded.find(seg)
        named = [m for m in live if m.cat == "explosive" and start <= m.start < start + len(seg)
                 and not _head_blocked(doc, m) and not _pre_blocked(doc, m)]
        if _tuned(seg, bool(named)) and (named or _ENERGETIC_SUBJECT.search(seg)):
            what = named[0].text if named else _ENERGETIC_SUBJECT.search(seg).group(0)
            return Verdict(True, "explosive", f"asks how to tune {what} for its effect ('{_EFFECT.search(seg).group(0)}') "
                           f"({CATEGORY_TEXT['explosive']})", "rules", [what])
    return None
