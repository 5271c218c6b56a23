"""Text analysis: ``analyse`` turns one text (a turn, a tool call or an answer) into a ``Doc`` (clean and
folded text, tokens and their de-obfuscated view, clauses, substance mentions and intent cues). ``Doc.personal``
says whether the text is framed as a request (``_PERSONAL``); ``_CAUSATIVE_ADJ`` is shared by the later stages.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from paperqa_mat.safety import intent as it
from paperqa_mat.safety import multilingual as ml
from paperqa_mat.safety.lexicon import Mention, find_mentions
from paperqa_mat.safety.normalize import Token, clean, deobfuscate, fold, is_obfuscated, tokenize

_CLAUSE = re.compile(
    r"[.?!;\n]+(?=\s|$)|\s(?:and|but|while|whereas|then|also|plus|et|mais|puis|und|aber|dann|sowie|pero|luego|ma)\s|\s-\s"
    r"|(?<=\w\w)\s(?:y|e)\s(?=\w\w)"
)
_ABBREV = re.compile(r"(?<![\w])(?:no|nr|e\.g|i\.e|approx|ca|vs|fig|eq|cf|etc|dr|prof|st|mr|ms|mrs|cas)\.$")

_PERSONAL = re.compile(
    r"(?<![\w])(?:(?:how|way|best|could|can|would|should|will|do|might|want|need|going|plan) (?:\w+ ){0,2}(?:i|we|one|someone|you|me|us)|"
    r"(?:i|we)(?: want| need| plan| will|'ll| am going)|give me|tell me|show me|help me|explain how|how to|"
    r"(?:best|easiest|simplest|quickest|cheapest|most effective) (?:way|method)|"
    r"(?:\w+est|most \w+|good|right|proper|ideal|correct|usual|standard|typical|simple|easy|quick|cheap) (?:way|method|approach|trick|technique|route|recipe|procedure|substitute)s? (?:to|for|of|when)|"
    # a way asked to be better than one tried ('what would be a better way to release it than poking holes in bags')
    r"(?:a|any|some|the) (?:better|more effective|more efficient) (?:way|method|approach|technique)s? (?:to|for|of)|"
    r"what(?:'s| is| are) the (?:trick|secret|recipe|procedure|reaction|steps?|process|route) (?:to|for)|teach me|explain how|"
    r"what(?:'s| is| are| would be) the (?:\w+est|best|right|ideal|most \w+) \w+ (?:\w+ )?(?:to|for)|"
    r"(?:which|what)(?:'s|s| is| are| would be) the (?:\w+est|best|most \w+) (?:\w+ ){1,2}to (?:make|produce|build|synthesi[sz]e|cook|get|buy|extract|brew|grow)|"
    r"(?:one|someone|somebody|a person|an amateur|a beginner|people) (?:would|could|should|might|can)|"
    r"what(?:'s| is| would be) (?:a|an|some|another) (?:\w+ ){0,2}(?:chemical|substance|compound|drug|agent|explosive|poison|toxin|alternative|substitute|analogue|analog|replacement) (?:that|which)|"
    r"(?:someone|somebody|a person|a group|a terrorist|an attacker|a criminal|they|he|she) (?:wanted|wants|were|was|planned|intended|tried|decided) to|"
    r"how (?:would|could|might|should|do|does|can) (?:they|he|she|a terrorist|an attacker|a criminal|the attacker|a group)|"
    # a present-tense how-question about what people generally do ('how do ppl actually weaponize X'): a request
    r"how (?:would|could|might|should|do|does|can) (?:ppl|people|folks|guys|anyone|anybody|somebody|terrorists|attackers|criminals|insurgents"
    r"|militants|militias|armies|militaries|cartels|cooks|bombers|poisoners|assassins)|"
    # a hypothetical outlaw actor: 'how would a clandestine chemist get rid of ...', 'how might an underground cook ...'
    r"how (?:would|could|might|can) (?:a|an|the) (?:[\w-]+ ){0,2}(?:group|cell|terrorist|attacker|militia|team|state|country|gang|cult|individual|amateur"
    r"|chemist|cook|dealer|smuggler|trafficker|bomb-?maker|bomber|poisoner|criminal|killer|murderer|hobbyist|student|prepper|guy|person|hacker"
    r"|courier|mule|cartel|kingpin|insurgent|extremist)(?![\w-])|"
    # a conditional outlaw actor with words before its wish: 'if a small group without state backing wanted a few kilos of
    # ...', 'suppose a non-state group wanted ...', 'imagine a doomsday cult with a rented warehouse wanted ...'
    r"(?:if|suppose|supposing|imagine|assume|assuming|say|what if) (?:that )?(?:a|an|some) (?:[\w'-]+ ){0,3}?(?:group|cell|organi[sz]ation"
    r"|militia|cult|faction|network|gang|terrorists?|extremists?|insurgents?|non-state actor)s? (?:[\w'-]+ ){0,5}?(?:wanted|wants|were to"
    r"|planned|intended|tried|decided|needed|set out|hoped)(?![\w])|"
    r"i(?:'m| am) (?:trying|planning|going|looking|hoping) to|i'd like to|i would like to|where do i (?:start|begin)|"
    r"(?:suppose|say|imagine|if|what if|assume|let's say) (?:that )?(?:i|we) (?:wanted|want|needed|need|had|have|were|was|decided|tried)|"
    # a hypothetical actor who has / does something, then a wh-question about what would work: 'if someone had PCl3 and
    # HF, what sequence of reactions would get them to ...', 'if someone turned X into a weapon, what setup would ...'
    r"(?:suppose|say|imagine|if|what if|assume|let's say|hypothetically) (?:that )?(?:someone|somebody|a person|a group|a terrorist|an attacker"
    r"|a criminal|one|they|he|she|a cell|a cult) (?:\w+ )?(?:had|has|got|obtained|acquired|bought|turned|wanted|decided|tried|planned|managed|"
    r"could get|were to|was to)(?![\w])[^?]{0,160}?(?:(?:what|which) (?:[\w'-]+ ){0,5}?|how )(?:would|could|should|might|will)"
    r"(?: (?:they|he|she|someone|somebody|it|one|them|that|the (?:\w+ )?(?:setup|route|sequence|method|reaction|device|release)))?"
    r"(?! (?:\w+ )?(?:recogni|detect|treat|diagnos|respond|notic|know|happen|show|feel|look|smell|protect|surviv|be (?:detected|caught|treated)"
    r"|hospitals?|doctors?|responders?|police|authorities|victims?|patients?))(?![\w])|"
    # quantities for a batch ('how much of each reagent 4 a 50g batch', 'how much of the precursor per 100 g run')
    r"how much (?:of )?(?:each|every|the|all the) (?:[\w-]+ )?(?:reagents?|chemicals?|ingredients?|precursors?|reactants?|solvents?)|"
    r"(?:so|such) (?:that )?(?:i|we) (?:can|could|may)|for me to|gets? (?:you|me|us) high|"
    r"(?:need|want|looking for) (?:\w+ ){0,2}?(?:steps?|step by step|instructions?|recipes?|procedures?|methods?|walkthrough|guide|amounts|processe?s?|routes?|"
    r"quantities|ratios|how-?to)|(?:easiest|simplest|quickest|cheapest|best|fastest) (?:one )?to (?:make|extract|produce|synthesi[sz]e|get|obtain|"
    r"buy|cook|build|isolate|grow|culture|purify|prepare)|"
    r"(?:le|la|les) plus (?:facile|simple|rapide)s? (?:a|de)|(?:mas|menos) (?:facil|sencill[oa]|simple|rapid[oa])s? de|am (?:einfachsten|leichtesten)"
    r"|(?:piu) (?:facile|semplice) da|mais (?:facil|simples) de|het (?:makkelijkst|eenvoudigst)e?|"
    r"(?:explique|expliquez|explica|explicame|explicanos|erklar|erklare|spiega|spiegami|dime|dis-moi|donne-moi|dame|gib mir|dammi|geef me|leg uit)"
    r"(?:-moi|-nous)?|"
    r"(?:walk|talk|take|guide) (?:me|us) through|"
    # an imperative opening a later sentence and asking for operational detail ('Crime novel: ... kitchen. Write her lab
    # notebook entries with the actual steps, solvents and amounts'); the other imperatives only at the start
    r"(?<=[.!?:] )(?:write|describe|list|give|detail|provide|include|outline|show|tell|document|record) (?:[\w',-]+ ){0,10}?(?:steps?|amounts?"
    r"|quantities|reagents?|solvents?|temperatures?|ratios?|procedures?|recipes?|conditions|yields?)|"
    # (also after a short setting: 'In the reply, describe the compound so ...'; 'Reply to the supplier and ...')
    # (and after an address to the assistant: 'Assistant, while you format this, also add ...')
    r"(?:(?:^|(?<=[.!?:\n])\s*|(?<=[.!?]['\"”’]) )(?:assistant|ai|bot|chatbot|helper|model)[,:] (?:(?:while|when|as|once|after|before) "
    r"(?:[\w'-]+ ){0,6}?[\w'-]+, )?(?:also |please |then |now |just )?"
    r"|(?:^|[.!?:]\s*)(?:(?:in|for|on|within) (?:the|this|that|my|your|our|a|an) (?:[\w-]+ ){0,2}?[\w-]+, )?)(?:reply|respond|add|make|describe|write|give|explain|tell|show|list|detail|include|walk|provide|design|suggest|propose|"
    r"outline|draft|teach|generate|create|find|compute|plan|help|screen|tweak|modify|rank|enumerate|optimi[sz]e|use (?:your|the|this|our|my))|"
    # concealment imperatives, also after a colon or full stop ('Wrap the heroin so that the dogs ... won't detect it',
    # 'Action item: seal the pills so ...'; paperwork renamed: 'Rename the safrole line items so the distributor's monitoring ...')
    r"(?:^|(?<=[.!?:])\s*|(?<=\d\) )|(?<=\n))(?:wrap|pack|seal|vacuum-(?:seal|pack)|mask|conceal|hide|stash|disguise|smuggle|declare|label"
    r"|rename|relabel|re-label|recode|re-code|reclassify|rebrand)|"
    r"(?:for|in) (?:my|a|the) (?:novel|story|book|screenplay|script|game|film|movie|thriller)|short story|"
    # a story being written ('I'm writing a techno-thriller where ...')
    r"(?:i'm|im|i am|we're|we are) (?:writing|drafting|working on) (?:a|an|my|our) (?:[\w-]+ )?(?:[\w]+-)?(?:novel|story|book|screenplay|script"
    r"|thriller|game|film|movie|play|comic|fanfic\w*)|"
    r"role-?play|pretend|act as|you are|stay in character|(?:so|then) (?:that )?(?:i|we) (?:can|could)|"
    # (also after a conversational 'and' or 'so': 'Und wie bringe ich die beiden zum Reagieren', 'Et comment ...', 'Y cómo ...')
    r"(?:^|[¿¡.!?:]\s*)(?:(?:und|et|y|e|en|alors|donc|dann|also|pues|entonces|quindi)(?:,)? )?(?:como|comment|wie|come|cual|cuales|quel|quelle|quels|quelles|qual|quale|quali|welche|welcher|welches|welchen|hoe|jak|waar)|je veux|j'ai besoin|ich will|ich mochte|quiero|necesito"
    r"|ik wil|ik moet|heb ik nodig|eu quero|preciso|voglio|ho bisogno|chce|potrzebuje"
    # where I can buy or find it ('dove posso acquistare', 'onde compro', '¿dónde puedo comprar?', 'où puis-je acheter', 'wo kaufe ich')
    r"|(?:^|[¿¡.!?:]\s*)(?:dove|onde|donde|waar) (?:[\w'-]+ )?(?:posso|possiamo|puedo|podemos|podria|compro|comprar|comprare|acquist\w*|trovo"
    r"|consigo|encontro|encuentro|consigue|kan ik|koop)|(?:^|[¿¡.!?:]\s*)wo (?:kann|konnen|kaufe|bekomme|finde|bestelle) (?:ich|man|wir)"
    r"|(?:^|[¿¡.!?:]\s*)ou (?:puis-je|peut-on|acheter|trouver|commander|me procurer|se procurer|j'achete)"
    # a first-person verb of putting or filling, with the pronoun dropped ('cuanto ... pongo en un tubo', 'como coloco num cano')
    r"|(?:cuanto|cuanta|cuantos|cuantas|como|quanto|quanta|quantos|quantas) (?:[\w'-]+ ){0,6}?(?:pongo|meto|coloco|lleno|relleno"
    r"|mezclo|ponho|encho|misturo|metto|riempio|mescolo))(?![\w])"
)
_CAUSATIVE_ADJ = {"toxic", "dangerous", "lethal", "deadly", "potent", "persistent", "volatile", "unstable", "sensitive",
                  "effective", "hazardous", "special", "unique", "different", "so", "more", "less", "such", "famous",
                  "notorious", "safe", "safer", "inert", "harmless", "stable", "attractive", "useful", "popular",
                  "addictive", "powerful", "interesting", "important", "difficult", "hard", "easy"}


@dataclass
class Doc:
    """One analysed text (a turn, a tool call or an answer)."""

    clean: str
    folded: str
    tokens: list[Token]
    views: list[list[Token]]
    mentions: list[Mention]
    cues: list[it.Cue]
    clauses: list[tuple[int, int]]

    def __post_init__(self) -> None:
        self._clause_starts = [s for s, _ in self.clauses]
        self._tok_starts = [t.start for t in self.views[-1]]
        self._tok_texts = [t.text for t in self.views[-1]]
        self.personal = bool(_PERSONAL.search(self.folded)) or ml.personal(self.folded)
        self.mentioned = bool(it.MENTIONED.search(self.folded))
        self._hb: dict[tuple[str, int, int], bool] = {}
        # the folded text read through spacing and leetspeak too ('wh4t p0is0n' also as 'what poison'), when a second view exists
        self.read_through = self.folded if len(self.views) == 1 else self.folded + " " + " ".join(self._tok_texts)
        # the de-obfuscated text with its punctuation and apostrophes kept ("s0meone's f00d?" as "someone's food?"): the folded
        # text itself when there is no second view
        self.plain = self.folded if len(self.views) == 1 else _plain(self.folded, self.views[-1])

    def clause_of(self, pos: int) -> int:
        return max(0, min(len(self.clauses) - 1, bisect_right(self._clause_starts, pos) - 1))

    def words(self, a: int, b: int) -> list[str]:
        """Token texts (de-obfuscated view) whose start lies in [a, b)."""
        return self._tok_texts[bisect_left(self._tok_starts, a) : bisect_left(self._tok_starts, b)]

    def any_blocker(self) -> bool:
        """Whether any word of the text (de-obfuscated view) blocks a harmful reading (``intent.is_blocker``, no topic words)."""
        return any(it.is_blocker(w, topic=False) for w in self._tok_texts)


def _plain(folded: str, deob: list[Token]) -> str:
    """The folded text with each token replaced by its de-obfuscated reading, the text between tokens kept."""
    parts, pos = [], 0
    for t in deob:
        parts += [folded[pos : t.start], t.text]
        pos = max(pos, t.end)
    return "".join(parts) + folded[pos:]


_DOTTED = re.compile(r"(?<![\w.])(?:\w\.){1,}\w$")
_LEET = str.maketrans("@4310$57", "aaeiosst")  # 'wh@ts the route' is 'whats the route' when reading the question after a dash
_OPS_AFTER_DASH = re.compile(r"\s*(?:the |exact |full |all |precise )?(?:ratios?|temps?|temperatures?|steps?|amounts?|quantit\w+|reagents?|conditions"
                             r"|yields?|procedures?|recipes?|times|purif\w*|workup|work-up|equipment|method)(?![\w])")
_BARE_QUESTION = re.compile(r"\s*(?:what|which|how|whats|wat|wich)\b")


@lru_cache(maxsize=512)
def analyse(text: str) -> Doc:
    c = clean(text)
    f = fold(c)
    toks = tokenize(f)
    deob = deobfuscate(toks, f)
    views = [toks, deob] if is_obfuscated(toks, deob) else [toks]
    mentions = find_mentions(c, f, views)
    cues = it.find_cues(f)
    rebuilt = ""
    if len(views) > 1:  # cues hidden by leetspeak/spacing ('synth st3ps'): search the de-obfuscated text too
        rebuilt, back = _rebuild(f, deob)
        extra = [it.Cue(q.kind, q.form, back(q.start), back(q.end), q.text, q.weak, q.strict) for q in it.find_cues(rebuilt)]
        cues = _dedupe(cues + extra)
    bounds = [0]

    def n_words(a: int, b: int) -> int:
        """Words in f[a:b], the fewer of the plain and the de-obfuscated reading ('s u l f u r   m u s t a r d' is two words,
        not fourteen; a SMILES string is one word, not its many pieces)."""
        plain = len(f[a:b].split())
        return min(plain, sum(1 for t in deob if a <= t.start < b)) if len(views) > 1 else plain

    for m in _CLAUSE.finditer(f):
        if _ABBREV.search(f[max(0, m.start() - 8) : m.start() + 1]):
            continue
        if m.group(0).startswith(".") and _DOTTED.search(f, max(0, m.start() - 24), m.start()):
            continue  # a dotted acronym ('p.e.t.n. + detcord', 't.a.t.p. recipe') is one word, not a sentence end
        if m.group(0).strip() in ("-", ":") and n_words(bounds[-1], m.start()) <= 4:
            continue  # a short title before a dash ('s.a.r.i.n - full synth pls') belongs to the request after it
        if m.group(0).strip() in ("-", ":") and n_words(bounds[-1], m.start()) <= 10 and _BARE_QUESTION.match(
                f[m.end() : m.end() + 16].translate(_LEET)):
            continue  # 'x from y for z - what reducing agent n how much': the question after the dash is about the title
        if m.group(0).strip() in ("-", ":") and n_words(bounds[-1], m.start()) <= 10 and _OPS_AFTER_DASH.match(
                f[m.end() : m.end() + 24].translate(_LEET)):
            continue  # 'x from y + z - ratio n temp??', 'tabun - reagent list + steps': the details asked for are the title's
        bounds.append(m.end())
    bounds += [len(f) + 1]
    clauses = [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1) if bounds[i + 1] > bounds[i]]
    # a use verb that is part of a substance's name ('poison gas', 'rat poison') is the name, not an action
    cues = [q for q in cues if not (q.kind == "use" and any(m.start <= q.start and q.end <= m.end and m.end - m.start > q.end - q.start
                                                             and not m.weak for m in mentions))]
    # ... so is a make word of an unspaced script inside a name ('필로폰 제조실' = meth-making room, '制毒工厂'): the name of the
    # place, not a request to make it
    cues = [q for q in cues if not (q.kind == "make" and not q.strict and not q.text.isascii() and any(
        m.start <= q.start and q.end <= m.end and m.end - m.start > q.end - q.start and not m.weak and m.how == "name" for m in mentions))]
    # ... and a verb inside a substance's description ('the toxin made by E. coli', 'the toxin C. botulinum produces') describes it
    cues = [q for q in cues if not (q.kind == "make" and any(m.how == "described" and m.cat == "toxin" and m.start <= q.start
                                                             and q.end <= m.end for m in mentions))]
    doc = Doc(c, f, toks, views, mentions, cues, clauses or [(0, len(f) + 1)])
    if rebuilt and not doc.personal:
        doc.personal = bool(_PERSONAL.search(rebuilt))
    return doc


def _rebuild(folded: str, deob: list[Token]):
    """Text made of de-obfuscated tokens, with a map from its offsets back to the original ones."""
    parts, starts = [], []
    pos = 0
    prev = None
    for t in deob:
        # a contraction keeps its apostrophe ('can't', 'won't'): the cues read it whole
        if prev is not None:
            parts.append("'" if folded[prev.end : t.start] == "'" else " ")
            pos += 1
        # a spaced-out token ('합 성 법', 's a r i n') maps each of its letters back to that letter, not by plain offset: a cue
        # read inside the joined word ('vx신경작용제합성법') lands on its own letters, after a name spelt before it
        span = folded[t.start : t.end]
        letters = [t.start + i for i, ch in enumerate(span) if not ch.isspace()]
        starts.append((pos, t.start, letters if len(letters) == len(t.text) and len(span) > len(t.text) else None, t.end))
        parts.append(t.text)
        pos += len(t.text)
        prev = t
    text = "".join(parts)

    def back(p: int) -> int:
        best = 0
        for new, old, letters, end in starts:
            if new <= p:
                k = p - new
                best = old + k if letters is None else (letters[k] if k < len(letters) else (end if k == len(letters) else old + k))
            else:
                break
        return best

    return text, back


def _dedupe(cues: list[it.Cue]) -> list[it.Cue]:
    seen, out = set(), []
    for q in sorted(cues, key=lambda q: (q.start, q.strict)):
        k = (q.kind, q.start)
        if k not in seen:
            seen.add(k)
            out.append(q)
    return out
