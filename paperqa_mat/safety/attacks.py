"""An attack the asker owns or plans (``own_attack_planned``): 'how do I prepare for my sarin attack on the subway?',
'what time of day would our gas attack on the metro hurt the most people?', 'je prépare mon attentat à la bombe'.

Whatever is asked about it (timing, preparation, place, what to bring) helps carry it out. The attack must be a harm to
people: a weapon named (a war agent, explosive, toxin or device, or the words gas/bomb/poison/chemical) or a crowded place
as its target. Not an attack in another sense ('my panic attack', 'the nucleophilic attack in our mechanism', 'acid attack
on our steel'), not a drill, exercise or story, and not the other side ('how do we prepare for a sarin attack on the subway').
"""

from __future__ import annotations

import re

from paperqa_mat.safety.document import Doc
from paperqa_mat.safety.mentions import _head_blocked, _live_mentions
from paperqa_mat.safety.verdict import CATEGORY_TEXT, Verdict

_ATTACK = r"(?:attacks?|attentats?|anschlags?|anschlage?|ataques?|atentados?|bombings?|gassings?|attacco|attentato)"
# an attack the asker owns ('my sarin attack', 'our planned gas attack on the metro', 'mon attentat', 'unser Anschlag')
_OWN_ATTACK = re.compile(r"(?<![\w])(?:my|our|mon|ma|notre|nos|mein\w*|unser\w*|mi|mis|nuestr[oa]s?|il mio|la mia|il nostro)"
                         r" (?:[\w'-]+ ){0,3}?" + _ATTACK + r"(?![\w])")
# an attack the asker plans ('I'm planning a gas attack', 'we plan to attack the subway with sarin')
_PLANNED = re.compile(r"(?<![\w])(?:i|we|i'm|we're|je|nous|ich|wir|yo|nosotros)(?: am| are)? (?:planning|plan|going|about|preparing|want|intend\w*"
                      r"|planifie|prepare|preparons|plane|planen|planeo|planeamos) (?:to )?(?:an? |the |un |une |einen |un )?(?:[\w-]+ ){0,2}?"
                      r"(?:attack|attentat|anschlag|ataque|atentado|bombing)\w*(?![\w])")
# a weapon: a war agent, explosive, toxin or device word beside the attack ('gas attack', 'bomb attack', 'chemical attack')
_WEAPON_WORD = re.compile(r"(?<![\w])(?:gas|chemical|chemische\w*|chimique\w*|quimic\w*|bomb\w*|bombe\w*|explosive\w*|poison\w*|nerve[- ]agent"
                          r"|toxin\w*|ied|car[- ]bomb|suicide|terror\w*)(?![\w])")
# a crowded place as the target
# (not words with an everyday sense beside 'attack': 'tube', 'march', 'rally', 'square')
_CROWD = re.compile(r"(?<![\w])(?:subways?|metro|underground|trains?|stations?|markets?|crowds?|crowded|stadiums?|concerts?|festivals?|malls?"
                    r"|schools?|churches|church|mosques?|synagogues?|airports?|parades?|u-bahn|bahnhof|gare|marche|mercado|estacion|plazas?)(?![\w])")
# an attack in another sense, or the other side of one
_OTHER_SENSE = re.compile(r"(?<![\w])(?:panic|heart|asthma|anxiety|migraine|gout|seizure|nucleophilic|electrophilic|radical|acid|corrosi\w*"
                          r"|cyber\w*|ddos|phishing|surface|brute[- ]force|side[- ]channel|pest|insect|termite|fungal|hydrolytic|oxidative"
                          r"|chess|tennis|football|soccer|basketball)[- ]" + _ATTACK + r"|attack (?:surface|vector|rate|angle|plan for the exam)")
_NOT_REAL = re.compile(r"(?<![\w])(?:drills?|exercises?|simulat\w*|tabletop|mock|war ?games?|games?|novels?|story|stories|screenplay|scripts?"
                       r"|chapters?|films?|movies?|characters?|campaign (?:in|for) (?:d&d|dnd)|dungeons|role-?play\w*|fiction\w*|survived"
                       r"|victims? of|after (?:the|a|an) |anniversar\w*|memorial|history|historical|(?:in|since) (?:19|20)\d\d)(?![\w])")


def own_attack_planned(docs: list[Doc]) -> Verdict | None:
    """An attack on people the asker owns or plans, anything about it asked ('how do I prepare for my sarin attack')."""
    doc = docs[-1]
    text = doc.folded
    own = _OWN_ATTACK.search(text) or _PLANNED.search(text)
    if own is None or _OTHER_SENSE.search(text) or _NOT_REAL.search(" ".join(d.folded for d in docs)):
        return None
    near = text[max(0, own.start() - 60) : own.end() + 60]
    live = [m for d in docs for m in _live_mentions(d, docs) if m.cat in ("cwa", "explosive", "toxin") and not _head_blocked(d, m)]
    if not (live or _WEAPON_WORD.search(near) or _CROWD.search(text[own.start() : own.end() + 80])):
        return None
    cat = live[-1].cat if live else ("explosive" if re.search(r"bomb|explos|ied", near) else "toxin" if "poison" in near else "cwa")
    return Verdict(True, cat, f"asks for help with an attack the asker owns or plans ({CATEGORY_TEXT[cat]})", "rules",
                   [live[-1].text] if live else [])
