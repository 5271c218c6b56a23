"""The guard's decision: the refusal categories, their texts, ``Verdict`` and the refusal message.

Every other module of the guard builds or passes on a ``Verdict``; this one imports nothing from them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

CATEGORIES = ("cwa", "precursor", "explosive", "drug", "toxin", "evasion")
CATEGORY_TEXT = {
    "cwa": "chemical-warfare agents",
    "precursor": "chemical-weapon precursors",
    "explosive": "explosives and explosive devices",
    "drug": "controlled drugs",
    "toxin": "biological toxins, poisons and threat agents",
    "evasion": "evading detection, export or drug controls",
}
KIND_TEXT = {
    "make": "synthesis/production", "scale": "scale-up", "acquire": "acquisition", "use": "weaponisation/use",
    "enhance": "enhancement/design", "evade": "evasion of controls", "procedure": "procedural detail",
    "howto": "practical how-to help",
}


@dataclass
class Verdict:
    """The guard's decision. ``category`` is one of CATEGORIES, or None when allowed."""

    refuse: bool
    category: str | None = None
    reason: str = ""
    source: str = "rules"
    matches: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"refuse": self.refuse, "category": self.category, "reason": self.reason,
                "message": refusal_message(self) if self.refuse else ""}


ALLOW = Verdict(False, None, "no controlled substance paired with a harmful request", "rules")


def refusal_message(verdict: Verdict) -> str:
    """A short refusal naming the category and offering safe help."""
    if not verdict.refuse:
        return ""
    what = CATEGORY_TEXT.get(verdict.category or "", "controlled substances")
    return (
        f"I can't help with that: it asks for production, acquisition, use or evasion details for {what} "
        f"(category: {verdict.category}). I'm glad to help with their general properties, hazards, safe handling, "
        "detection, decontamination, regulation or history, or with ordinary materials synthesis."
    )
