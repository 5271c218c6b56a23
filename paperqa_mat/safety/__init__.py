"""Safety guard: screens requests (multi-turn), tool calls and answers for help with chemical-warfare
agents, precursors, explosives, controlled drugs, biological toxins and the evasion of controls.

>>> from paperqa_mat.safety import screen, refusal_message
>>> v = screen(["How is the Haber process run?"])
>>> v.refuse
False
"""

from paperqa_mat.safety.guard import (
    CATEGORIES,
    Verdict,
    refusal_message,
    screen,
    screen_output,
    screen_rules,
    screen_tool_call,
)

__all__ = ["CATEGORIES", "Verdict", "refusal_message", "screen", "screen_output", "screen_rules", "screen_tool_call"]
