"""Verb classes with morphology: the paraphrase layer of the intent model.

Instead of listing every surface form, each harmful action is a *class* of lemmas (English phrasal
verbs included) plus stems in French, German, Spanish, Italian and Portuguese; English lemmas are
inflected automatically (-s, -ed, -ing, e-drop, consonant doubling, -ise/-ize). The cues produced
here are *strict*: they only pair with specific agent-tier substances (nerve/blister agents, toxins,
explosives, drugs), never with dual-use chemicals or materials, so a broad verb list stays safe for
ordinary synthesis questions ("cook up a batch of ZIF-8"). A small fuzzy matcher also recognises
misspelt production verbs ("prodce", "synthsize").
"""

from __future__ import annotations

import re
from functools import lru_cache

from paperqa_mat.safety.normalize import within_one_edit as _damerau1

# kind -> English lemmas (phrasal verbs as "verb particle"; '*' after a word: object may sit between)
EN_LEMMAS: dict[str, list[str]] = {
    "make": [
        "make", "synthesise", "synthesize", "produce", "manufacture", "prepare", "cook", "brew", "concoct", "whip up",
        "knock up", "cook up", "brew up", "put together", "throw together", "fabricate", "craft", "assemble", "build",
        "construct", "extract", "isolate", "purify", "distil", "distill", "refine", "crystallise", "crystallize",
        "recrystallise", "recrystallize", "culture", "cultivate", "ferment", "harvest", "concentrate", "generate",
        "create", "turn out", "churn out", "mass-produce", "scale up", "formulate", "nitrate", "rig", "wire", "cast",
        "press", "get going", "set up", "replicate", "reproduce", "recreate", "home-brew", "homebrew", "mix up", "mix",
        "combine", "derive", "obtain", "convert", "grow", "stabilise", "stabilize", "thicken",
        "grind", "mill", "cut", "load", "fill", "pack", "improvise", "jury-rig", "cobble together", "rig up",
        # named reaction steps that carry a precursor or a drug on to the product ('fluorinate it and take it to the
        # G-agent', 'acetylate it to heroin', 'N-methylate amphetamine'): strict, so only with a specific agent in a request
        "fluorinate", "chlorinate", "brominate", "acetylate", "methylate", "demethylate", "o-demethylate", "n-methylate",
        "alkylate", "acylate", "esterify", "hydrogenate", "aminate", "take* all the way to", "carry* on to", "carry* through to",
    ],
    "use": [
        "disperse", "spread", "release", "deploy", "deliver", "spray", "aerosolise", "aerosolize", "vaporise",
        "vaporize", "atomise", "atomize", "disseminate", "dispense", "vent", "pump", "dump", "lace", "spike", "poison",
        "contaminate", "unleash", "detonate", "set off", "blow up", "explode", "inject", "slip",
        "incapacitate", "knock out", "take out", "bring down", "kill", "hurt", "harm", "weaponise", "weaponize",
        "trigger", "initiate", "arm", "prime",
    ],
    "acquire": [
        "buy", "purchase", "order", "obtain", "acquire", "procure", "source", "get hold of", "lay hands on",
        "get my hands on", "stock up on", "score", "pick up", "steal", "divert", "import", "come by",
    ],
    "enhance": [
        "boost", "increase", "improve", "maximise", "maximize", "enhance", "strengthen", "intensify", "optimise",
        "optimize", "stabilise", "stabilize", "desensitise", "desensitize", "sensitise", "sensitize", "potentiate",
        "amplify", "thicken", "weaponise", "weaponize", "concentrate", "purify",
    ],
}
# other languages: stems that start verb forms (infinitives, imperatives, first/second person)
FOREIGN: dict[str, str] = {
    "make": (
        r"cuisin(?:er|e|ez|ons)|prepar(?:er|e|ez)|concoct\w*|fabbric\w*|sintetizz\w*|prepar(?:are|o|a)|produ(?:rre|co|ce)"
        r"|estrarre|estra(?:ggo|e)|purificare|ottenere|fare|faccio|cucinare|coltivare|produzir|fabricar|fazer|faço|sintetizar"
        r"|cozinhar|extrair|purificar|preparar|cocinar|extraer|aislar|crear|generar|montar|armar|ensamblar"
        r"|herstell\w*|mach(?:en|e|t|st)|koch(?:en|e|t)|brau(?:en|e|t)|zusammenbau\w*|zusammenmisch\w*|gewinn(?:en|e|t)"
        r"|extrahier\w*|synthetis\w*|fabriqu\w*|produi\w*|obten\w*|extrai\w*|isol(?:er|ez)|concocter|bricoler|monter"
        r"|improvis(?:er|ez|ar|o|a|ieren|iere|iert|eren|eer)|improvvis(?:are|o|a)"
    ),
    "use": (
        r"disperser|repandre|diffuser|liberer|pulveriser|dispersar|liberar|esparcir|rociar|difundir|dispersare"
        r"|rilasciare|diffondere|spruzzare|disperdere|disperdo|disperderlo|disperderla|spargere|spargerlo|nebulizzare|espalhar|liberar"
        r"|pulverizar|freisetz\w*|verteil\w*|versprüh\w*|verspruh\w*"
        r"|einsetz\w*|vergift\w*|empoisonner|envenenar|avvelenare|envenenar|sprengen|detonar|faire exploser|far esplodere"
        r"|hacer explotar|explodir"
    ),
    "acquire": (
        r"acheter|achete|trouver|obtenir|procurer|kaufen|kaufe|besorgen|bestellen|beschaffen|comprar|compro|conseguir"
        r"|consigo|adquirir|comprare|compro|procurarsi|trovare|ottenere|encontrar|arranjar"
    ),
}
# German separable verbs and particles are handled in intent.py; these short words are too ambiguous
# to inflect ('run' -> 'running' in every methods section) and are only used as bare imperatives
_NO_INFLECT = {"do", "put", "run", "get", "find", "start", "use", "dry", "cut", "arm", "fire", "post", "send", "drop"}


def _inflect(verb: str) -> set[str]:
    """English forms of one lemma: base, -s, -ed/-en participles, -ing, -ise/-ize variants."""
    forms = {verb}
    if verb in _NO_INFLECT:
        return forms | {verb + "s"}
    irregular = {
        "make": ["made", "making", "makes"], "build": ["built"], "grow": ["grown", "grew"], "do": ["did", "done"],
        "buy": ["bought"], "get": ["got", "gotten", "getting"], "find": ["found"], "steal": ["stolen", "stole"],
        "throw": ["thrown", "threw"], "blow": ["blown", "blew"], "set": ["set", "setting"], "put": ["putting"],
        "run": ["ran", "running"], "spread": ["spread"], "cast": ["cast"], "cut": ["cutting"], "hide": ["hidden", "hid"],
        "slip": ["slipped", "slipping"], "drop": ["dropped", "dropping"], "plant": [], "bring": ["brought"],
        "take": ["taken", "took", "taking"], "knock": ["knocked"], "lay": ["laid"], "come": ["came", "coming"],
        "level": ["levelled", "leveled", "levelling", "leveling"], "distil": ["distilled", "distilling"],
        "rig": ["rigged", "rigging"], "mix": ["mixes", "mixed", "mixing"], "dry": ["dried", "dries", "drying"],
        "purify": ["purified", "purifies", "purifying"], "intensify": ["intensified", "intensifying"],
        "amplify": ["amplified", "amplifying"], "apply": ["applied", "applying"], "ship": ["shipped", "shipping"],
        "yield": ["yielded", "yielding"], "stock": ["stocked", "stocking"], "pick": ["picked", "picking"],
        "spike": ["spiked", "spiking"], "gas": ["gassed", "gassing"], "score": ["scored", "scoring"],
        "sneak": ["snuck", "sneaked"], "fill": ["filled", "filling"], "pack": ["packed", "packing"],
    }
    parts = verb.split()
    head, tail = parts[0], (" " + " ".join(parts[1:])) if len(parts) > 1 else ""
    hs = {head}
    if head.endswith("e"):
        hs |= {head + "s", head + "d", head[:-1] + "ing"}
    elif head.endswith("y") and head[-2:-1] not in "aeiou":
        hs |= {head[:-1] + "ies", head[:-1] + "ied", head + "ing"}
    elif head.endswith(("s", "sh", "ch", "x", "z")):
        hs |= {head + "es", head + "ed", head + "ing"}
    else:
        hs |= {head + "s", head + "ed", head + "ing"}
        if re.search(r"[^aeiou][aeiou][bdgmnprt]$", head) and len(head) <= 4:
            hs |= {head + head[-1] + "ed", head + head[-1] + "ing"}
    hs |= set(irregular.get(head, []))
    forms |= {h + tail for h in hs}
    for f in list(forms):
        if "is" in f and re.search(r"is(e|es|ed|ing|ation)\b", f):
            forms.add(re.sub(r"is(e|es|ed|ing|ation)\b", r"iz\1", f))
    return forms


# base forms that are also past participles ('could sarin be spread', 'how is TNT cast')
SAME_PART = {"spread", "cast", "set", "put", "cut", "hit", "let", "shed"}
_PARTICIPLE = re.compile(r"(?:ed|en|wn|lt|ne|ht|de|st|ut)(?: \w+)?$")


@lru_cache(maxsize=1)
def patterns() -> list[tuple[str, str, re.Pattern]]:
    """(kind, form, compiled pattern) for every verb class; forms 'verb' and 'part' (participles)."""
    out = []
    for kind, lemmas in EN_LEMMAS.items():
        verbs, parts = set(), set()
        for lem in lemmas:
            for f in _inflect(lem):
                head = f.split()[0]
                if f == lem:
                    verbs.add(f)  # 'cast', 'spread', 'set off': the base form is a verb even when it is also a participle
                elif head.endswith(("ed", "en")) or f.split()[0] in ("made", "built", "grown", "done", "bought", "got",
                                                                    "gotten", "found", "stolen", "thrown", "blown",
                                                                    "hidden", "cast", "spread", "set", "brought",
                                                                    "taken", "laid"):
                    parts.add(f)
                else:
                    verbs.add(f)
        for form, words in (("verb", verbs), ("part", parts)):
            alts = sorted(words, key=len, reverse=True)
            rx = "|".join(re.escape(w).replace(r"\ ", r" (?:\w+ ){0,3}?") if " " in w else re.escape(w) for w in alts)
            out.append((kind, form, re.compile(r"(?<![\w-])(?:" + rx + r")(?![\w-])")))
    # 'homemade detonator', 'DIY nerve agent': an adjective that names production, as a strict verb-like cue
    out.append(("make", "verb", re.compile(r"(?<![\w-])(?:homemade|home-made|home made|diy|makeshift|self-made|selbstgebaut\w*"
                                           r"|selbstgemacht\w*|caser[oa]s?|caseir[oa]s?|fatto in casa|fait maison)(?![\w-])")))
    for kind, rx in FOREIGN.items():
        out.append((kind, "verb", re.compile(r"(?<![\w-])(?:" + rx + r")(?![\w-])")))
    return out


# production verbs and nouns worth recognising when misspelt (edit distance 1 on words of >= 6 letters)
FUZZY_MAKE = ("produce", "synthesize", "synthesise", "manufacture", "prepare", "extract", "purify", "cultivate")
FUZZY_NOUNS = ("synthesis", "production", "preparation", "extraction", "purification", "manufacturing", "recipe",
               "instructions", "procedure")


def fuzzy_make(word: str) -> str:
    """'prodce', 'synthsize' -> 'verb'; 'recipie', 'sythesis' -> 'noun'; else ''."""
    if len(word) < 6 or not word.isalpha():
        return ""
    if any(word in (w + "s", w + "d", w + "r", w + "es", w[:-1]) for w in FUZZY_MAKE + FUZZY_NOUNS):
        return ""  # a correctly spelt inflection ('procedures', 'instruction', 'produced', 'producer') is not a typo
    if any(w != word and _damerau1(word, w) for w in FUZZY_MAKE):
        return "verb"
    return "noun" if any(w != word and _damerau1(word, w) for w in FUZZY_NOUNS) else ""
