"""The offline planner: turn a request into an ordered list of tool calls, deterministically.

Steps follow the order in which the user named the tasks ("predict X and compare with my papers" runs
the prediction first). The plan is built from the user's words only (see :mod:`.intents`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from paperqa_mat.agent.intents import (
    PREDICTABLE,
    ParsedRequest,
    detect_intents,
    find_record_properties,
    named_property,
    parse_request,
    property_label,
)

MAX_MATERIALS = 5  # materials per records/generation request
DEFAULT_N = 3  # structures per formula when the user gives no number


@dataclass
class Step:
    tool: str
    args: dict[str, Any]
    on_generated: bool = False  # predict/featurise the structures an earlier step generates (when saved)


@dataclass
class Plan:
    request: ParsedRequest
    steps: list[Step] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def tools(self) -> list[str]:
        return [s.tool for s in self.steps]


_SEARCH_NOISE = re.compile(
    r"\b(?:please|can you|could you|find|search|locate|show|list|retrieve|look up|pull up|me|all|the|relevant|"
    r"passages?|excerpts?|paragraphs?|mentions?|pages?|snippets?|sentences?|quotes?|that|which|where|mention\w*|"
    r"discuss\w*|talk\w* about|describ\w*|in|my|papers?|library|index|pdfs?|documents?|for|about|on|of|do|does|is|are)\b",
    re.I,
)


_CLAUSES = re.compile(r"(?<=[?.!;])\s+|,?\s+\band\b\s+(?=(?:what|how|why|which|where|when|who|is|are|does|do|did|can|"
                      r"could|would|will|should)\b)|,\s+(?:and\s+)?(?:then\s+|also\s+)?(?=(?:predict|estimate|featuri[sz]|"
                      r"generat|create|search|find|compare|compute|calculate)\w*\b)", re.I)
_WH_QUESTION = re.compile(r"(?i)^(?:and\s+)?(?:(?:please\s+)?(?:explain|describe|tell\s+me|summari[sz]e|discuss)\s+)?"
                          r"(?:how|why|what|which|where|when|who|whether)\b(?!\s+would\s+(?:the|a|your)\s+model)"
                          r"(?!\s+(?:does|do|did)\s+(?:the|a|your)\s+model)\s+\S+\s+\S+")
_ABOUT_GENERATED = re.compile(r"(?i)\b(?:their|them|these|those|each|the\s+(?:generated|new)\s+(?:structures?|ones?|cifs?)|"
                              r"the\s+(?:structures|candidates|results))\b")
_SMALL_TALK = re.compile(r"(?i)^(?:(?:hi|hello|hey|hallo|good (?:morning|afternoon|evening|night)|thanks?(?: you)?|"
                         r"thank you|cheers|great|perfect|nice|cool|bye|goodbye|see you|help|ok(?:ay)?|got it|"
                         r"(?:that's|that is|that'll be) (?:all|it|everything)|nothing else|no more questions|"
                         r"what can you do|who are you|how do(?:es)? (?:this|it|you) work|"
                         r"how(?:'s| is| are) (?:you|it going|things)(?: doing)?(?: today)?|"
                         r"(?:that|this|it|you)(?:'s| was| is| were| have been| are)? (?:really |very |super |so |most )?"
                         r"(?:helpful|useful|great|brilliant|perfect|awesome|amazing))\b[\s!?.,]*"
                         r"(?:there|again|so much|a lot|agent|for now|for today)?[\s!?.,]*)+$")


_REPORTED = re.compile(r"(?i)\b(?:reported|published|measured)\b")
# the user wants the compiled records and no written answer: the summary declined, or the output named as records
_NO_SUMMARY = re.compile(r"(?i)\b(?:no|without(?:\s+an?)?|skip\s+the)\s+(?:need\s+(?:for|of)\s+(?:an?\s+)?)?(?:summary|summaries|"
                         r"answer|explanation|discussion|commentary|prose|write-?up|interpretation)\b|"
                         r"\b(?:don'?t|do\s+not|no\s+need\s+to|needn'?t)\s+(?:\w+\s+)?(?:summari[sz]e|explain|discuss|"
                         r"interpret|answer)\b")
_RECORDS_OUTPUT = re.compile(r"(?i)\b(?:just|only)\s+(?:the\s+)?(?:raw\s+)?(?:records?|table|rows)\b|"
                             r"\brecords?\s+only\b|\b(?:as|into|in)\s+(?:an?\s+)?(?:table|list|set)\s+of\s+records\b")
# a question or a request for a written answer beside the records
_ASKS_ANSWER = re.compile(r"(?i)\b(?:summari[sz]e|sum\s+up|explain|discuss|interpret|tell\s+me|what|which|how|why|whether)\b")
# a search that also asks what the passages say ("search my papers for X and summarise what they conclude")
_SUMMARY_ASK = re.compile(r"(?i)\b(?:summari[sz]e|sum\s+up|explain|"
                          r"what\s+(?:they|these|those|it|the\s+(?:papers?|authors?|passages?|studies))\s+"
                          r"(?:say|says|conclude|concludes|find|finds|found|report|show|argue|claim|suggest))\b")
# everyday topics the papers and the materials tools cannot cover (only when nothing else is asked)
_OFF_TOPIC = re.compile(r"(?i)\b(?:pizza|restaurants?|caf[eé]s?|coffee\s+shops?|pubs?|bars?\s+near|recipes?|dinner|lunch|"
                        r"breakfast|movies?|netflix|tv\s+shows?|songs?|playlists?|football|soccer|basketball|baseball|"
                        r"cricket|tennis|golf|hockey|rugby|sports?|(?:who|which\s+team)\s+won|scores?\s+(?:of|in)\s+the\s+game|"
                        r"weather|holidays?|vacations?|flights?|hotels?|stock\s+market|bitcoin|crypto\w*|elections?|"
                        r"politics|president|jokes?|poems?|horoscopes?|lottery|birthday|dating|near\s+(?:me|campus|here))\b")
_DOMAIN = re.compile(r"(?i)\b(?:papers?|authors?|stud(?:y|ies)|materials?|crystal\w*|lattice|films?|substrates?|phases?|"
                     r"dop\w*|samples?|synthes\w*|sinter\w*|anneal\w*|temperatures?|pressure|energ\w*|electr\w*|"
                     r"conduct\w*|magnet\w*|superconduct\w*|semiconduct\w*|alloys?|oxides?|perovskites?|defects?|"
                     r"grains?|boundar\w*|catalys\w*|batter\w*|cathodes?|anodes?|spectr\w*|diffraction|xrd|dft|"
                     r"chemi\w*|physics|compounds?|molecul\w*|atoms?|ions?|ionic|thermal|optical|mechanical|coatings?|"
                     r"corros\w*|degrad\w*|surfaces?|devices?|solar|cells?|efficienc\w*|polymers?|glass\w*|metals?|"
                     r"ceramics?|nano\w*|thin|bulk|strain|stress|measure\w*|experiment\w*)\b")
OFF_TOPIC_NOTE = ("That is outside what I can help with: I answer questions from your indexed papers (with page "
                  "citations) and run materials tools - search passages, compile reported values, featurise "
                  "compositions, predict band gaps, formation energies and metallicity, and generate crystal "
                  "structures.")


def _records_only(text: str) -> bool:
    """"Extract the Tc records of X, no summary needed" / "... as a table of records": records, no answer."""
    if _NO_SUMMARY.search(text):
        return True
    return bool(_RECORDS_OUTPUT.search(text)) and not _ASKS_ANSWER.search(_RECORDS_OUTPUT.sub(" ", text))


def _search_query(text: str) -> str:
    q = re.sub(r"\s+", " ", _SEARCH_NOISE.sub(" ", text)).strip(" ?.!,;:")
    return q if len(q) >= 3 else text.strip()


_ABOUT = re.compile(r"^(?:please\s+)?(?:so\s+)?(?:what|which\s+values?)\s+(?:do|does|did)\s+(?:my|the|these|our)\s+"
                    r"(?:papers?|pdfs?|literature|sources?|documents?|authors?)\s+(?:say|report|state|find|claim|"
                    r"tell\s+(?:me|us)|give|show)\s+(?:about|on|regarding|for|as)\s+", re.I)
_WHERE = re.compile(r",?\s*\b(?:according\s+to|in|from|based\s+on)\s+(?:my|the|these|our)\s+(?:indexed\s+)?"
                    r"(?:papers?|pdfs?|literature|library|documents?|sources?)\b", re.I)


def clean_question(text: str) -> str:
    """Drop phrases that only point at the library ("what do my papers say about", "according to my
    papers"); they add nothing to retrieval. "What do my papers say about the Tc of X?" -> "What is the Tc of X?"."""
    q = text.strip()
    m = _ABOUT.match(q)
    if m:
        rest = q[m.end():]
        q = ("What is " if re.match(r"(?i)the\b", rest) else "What is known about ") + rest
    q = _WHERE.sub("", q).strip()
    q = re.sub(r"\s+([?.!,])", r"\1", q)
    return q if len(q) >= 8 else text.strip()


def _paper_question(r: ParsedRequest) -> str:
    """The question for answer_from_papers: focused when the request also asks for tools."""
    tool_intents = {"predict", "featurise", "generate"} & set(r.names)
    props = r.record_properties or [p for p in r.predict_properties if p != "is_metal"]
    if (tool_intents or r.formulas_from_history) and props and r.formulas:
        mats = " and ".join(r.formulas[:MAX_MATERIALS])
        return f"What is the {property_label(props[0])} of {mats}?"
    if tool_intents:
        # drop the clauses that ask for tools; keep the part about the papers
        parts = re.split(r"(?<=[.?!;])\s+|,?\s+\band\b\s+(?=(?:then\s+)?(?:compare|check|tell|what|how|see|find|look))",
                         r.text)
        keep = [p for p in parts if re.search(r"papers?|literature|report|according|publish|cite|experiment", p, re.I)]
        if keep:
            return clean_question(" ".join(keep))
    if r.formulas_from_history:
        return clean_question(_resolve_pronouns(r.text, r.formulas[:MAX_MATERIALS]))
    return clean_question(r.text)


def _resolve_pronouns(text: str, formulas: list[str]) -> str:
    """"What do my papers say about it?" after a turn about BaZrS3 -> "... about BaZrS3?" (for retrieval)."""
    mats = " and ".join(formulas)
    text = re.sub(r"\b(?:its|their)\b", f"{mats}'s" if len(formulas) == 1 else f"{mats}'", text, count=1, flags=re.I)
    return re.sub(r"\b(?:it|them|they|this (?:material|compound)|that (?:material|compound)|these (?:materials|compounds))\b",
                  mats, text, count=1, flags=re.I)


def _paper_clause_properties(r: ParsedRequest) -> list[str]:
    """Record properties named outside the clauses that ask the model ("what do my papers say limits Voc?
    Also, what formation energy does the model predict?" -> none: the formation energy is the model's)."""
    if not r.has("predict"):
        return r.record_properties
    sentences = [(c, {i.name for i in detect_intents(c)}) for c in re.split(r"(?<=[?.!;])\s+", r.text)]
    keep = [c for c, names in sentences if not names or {"papers", "records"} & names]
    named = set(find_record_properties(" ".join(keep)))
    return [p for p in r.record_properties if p in named]


def plan(request: str, history: list[str] | None = None) -> Plan:
    """An ordered plan of tool calls for ``request`` (earlier user turns resolve "it"/"them")."""
    r = parse_request(request, history)
    p = Plan(r)
    records_only = _records_only(r.text)
    mats = r.formulas[:MAX_MATERIALS]
    inputs = (r.formulas + r.structures)[:MAX_MATERIALS]  # what featurise / predict accept
    done: set[str] = set()

    def add(tool: str, **args: Any) -> None:
        step = Step(tool, {k: v for k, v in args.items() if v is not None})
        if all(s.tool != step.tool or s.args != step.args for s in p.steps):
            p.steps.append(step)

    intents = list(r.intents)
    names = [i.name for i in intents]
    if "predict" in names and "records" in names:
        rec = intents[names.index("records")]
        if rec.cue.lower().startswith("compare") and names.index("records") < names.index("predict"):
            # "compare the model's value with the papers": the prediction is what gets compared
            intents.insert(names.index("records"), intents.pop(names.index("predict")))
    for intent in intents:
        name = intent.name
        if name in done:
            continue
        done.add(name)
        if name == "featurise":
            if inputs:
                add("featurise", inputs=inputs)
            else:
                p.notes.append("To featurise, name the compositions (e.g. 'featurise BaZrS3 and SrZrS3').")
        elif name == "predict":
            props = list(r.predict_properties)
            unsupported = [x for x in r.record_properties if x not in PREDICTABLE]
            named = None if props or unsupported else named_property(r.text)
            if named in PREDICTABLE:
                props, named = [named], None
            if not props and (unsupported or named):
                what = property_label(unsupported[0]) if unsupported else named
                p.notes.append(f"There is no prediction model for {what}; the models predict: {', '.join(PREDICTABLE)}.")
            elif not inputs:
                p.notes.append("To predict a property, name the compositions (e.g. 'predict the band gap of BaZrS3').")
            else:
                for prop in props or list(PREDICTABLE):
                    add("predict_property", formulas=inputs, property=prop)
        elif name == "generate":
            if not mats:
                p.notes.append("To generate structures, name a composition (e.g. 'generate structures for BaZrS3').")
            for f in mats[:2]:
                add("generate_structures", formula=f, spacegroup=r.spacegroup,
                    n=max(1, min(10, r.n_structures or DEFAULT_N)))
        elif name == "records":
            props = r.record_properties or [x for x in r.predict_properties if x == "formation_energy"]
            if not props:
                done.discard("records")
                continue
            for prop in props[:2]:
                for m in mats or [None]:
                    add("extract_records", property=prop, material=m)
            if "papers" not in done:
                done.add("papers")
                if not records_only:
                    add("answer_from_papers", question=_paper_question(r))
        elif name == "search":
            add("search_papers", query=_search_query(r.text), k=5)
        elif name == "papers":
            if r.has("search"):
                continue  # "search my papers for X": the passages are the answer (unless a summary is asked, below)
            paper_props = _paper_clause_properties(r)
            if paper_props and (mats or _REPORTED.search(r.text)) and "records" not in done:
                # "what do my papers report for the Tc of X", "which reported conductivity is the highest":
                # the compiled values, then the cited answer
                done.add("records")
                for prop in paper_props[:2]:
                    for m in mats or [None]:
                        add("extract_records", property=prop, material=m)
                if records_only:
                    continue
            add("answer_from_papers", question=_paper_question(r))
    if "search" in done and _SUMMARY_ASK.search(r.text) and "answer_from_papers" not in p.tools:
        # "search my papers for X and summarise what they conclude": the passages, then the cited answer
        add("answer_from_papers", question=clean_question(r.text))
    if p.steps and not ({"papers", "records", "search"} & done):
        # a wh-question clause no tool intent covers ("How does strain change Tc, and predict ...")
        for clause in _CLAUSES.split(r.text):
            if clause and _WH_QUESTION.match(clause.strip()) and not detect_intents(clause):
                p.steps.insert(0 if r.text.strip().startswith(clause.strip()) else len(p.steps),
                               Step("answer_from_papers", {"question": clean_question(clause.strip(" ,;"))}))
                break
    gen_at = next((i for i, s in enumerate(p.steps) if s.tool == "generate_structures"), None)
    if gen_at is not None and _ABOUT_GENERATED.search(r.text):
        for s in p.steps[gen_at + 1:]:
            if s.tool in ("predict_property", "featurise"):
                s.on_generated = True  # "generate ... then predict their formation energy"
    if not p.steps and not p.notes and _SMALL_TALK.match(r.text.strip()):
        from paperqa_mat.agent.compose import HELP

        p.notes.append(HELP)
    if (not p.steps and not p.notes and not r.intents and not r.formulas and not r.structures
            and not r.record_properties and not r.predict_properties
            and _OFF_TOPIC.search(r.text) and not _DOMAIN.search(r.text)):
        p.notes.append(OFF_TOPIC_NOTE)  # "who won the match last night?": nothing the papers or tools can answer
    if not p.steps and not p.notes:
        # nothing asked of the tools: a question about the literature
        if r.text.strip():
            add("answer_from_papers", question=clean_question(r.text))
    return p
