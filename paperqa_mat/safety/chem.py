"""Chemical identifiers in free text: CAS numbers (checksum-validated) and SMILES (RDKit).

RDKit is imported only when a SMILES-like token appears. A parsed molecule is matched exactly
(canonical SMILES, stereo and counter-ions removed) against the lexicon, then against structural
SMARTS rules that catch close analogues of controlled agents (nerve-agent cores, mustards, polynitro
explosives, fentanyl/nitazene/amphetamine cores ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

CAS_RE = re.compile(r"(?<![\d\-])(\d{2,7})-(\d{2})-(\d)(?![\d\-])")
# 'CAS 555 77 1', 'CAS no. 555.77.1' (only right after the word CAS)
CAS_LOOSE_RE = re.compile(r"\bcas(?:\s*(?:no\.?|number|nr\.?|rn|#|:))*\s*(\d{2,7})[\s.](\d{2})[\s.](\d)\b", re.I)
_SMILES_CHARS = re.compile(r"^[A-Za-z0-9@+\-\[\]()=#$/\\%.:*]+$")
_SMILES_ATOMS = re.compile(r"^(?:Cl|Br|[BCNOPSFI]|[cnops]|\d)+$")
_TRAIL = ".,;:?!'\""


def cas_valid(cas: str) -> bool:
    m = re.fullmatch(r"(\d{2,7})-(\d{2})-(\d)", cas)
    if not m:
        return False
    digits = (m.group(1) + m.group(2))[::-1]
    return sum((i + 1) * int(d) for i, d in enumerate(digits)) % 10 == int(m.group(3))


def find_cas(text: str) -> list[tuple[str, int, int]]:
    """Checksum-valid CAS registry numbers with their spans."""
    out = []
    for rx in (CAS_RE, CAS_LOOSE_RE):
        for m in rx.finditer(text):
            cas = f"{m.group(1).lstrip('0') or '0'}-{m.group(2)}-{m.group(3)}"
            if cas_valid(cas) and not any(s <= m.start(1) < e for _, s, e in out):
                out.append((cas, m.start(1), m.end()))
    return out


def smiles_candidates(text: str) -> list[tuple[str, int, int]]:
    """Whitespace tokens that look like SMILES (cheap check, no RDKit)."""
    out = []
    for m in re.finditer(r"\S+", text):
        tok, start = m.group(0), m.start()
        while tok and tok[-1] in _TRAIL:
            tok = tok[:-1]
        while tok and tok[0] in "'\"(" and (tok.count("(") > tok.count(")") or tok[0] != "("):
            tok, start = tok[1:], start + 1
        while tok.endswith(")") and tok.count(")") > tok.count("("):
            tok = tok[:-1]
        if len(tok) < 3 or not _SMILES_CHARS.match(tok) or not re.search(r"[A-Za-z]", tok):
            continue
        if re.search(r"[()=#\[\]]", tok) or (re.search(r"[a-z]\d|\d[a-zA-Z]", tok) and re.search(r"[cnos]", tok)):
            out.append((tok, start, start + len(tok)))
        elif _SMILES_ATOMS.match(tok) and not tok.isdigit() and (
            len(tok) >= 5 or re.search(r"Cl|Br", tok) or re.search(r"smiles\W{0,3}$", text[max(0, start - 12) : start], re.I)
        ):
            out.append((tok, start, start + len(tok)))
    return out


@dataclass(frozen=True)
class ChemHit:
    ref: str  # lexicon entry id or structural rule id
    cat: str
    tier: str
    label: str


# (rule id, category, tier, SMARTS, minimum count, label)
SMARTS_RULES: list[tuple[str, str, str, str, int, str]] = [
    ("p_fluoridate", "cwa", "agent", "[PX4](=[O,S])(F)[#6,$([OX2][#6]),$([NX3]([#6])[#6]),$(N=[#6])]", 1,
     "organophosphorus P(=O)F nerve-agent core"),
    ("p_cyanidate", "cwa", "agent", "[PX4](=O)(C#N)[N,O]", 1, "tabun-type P-CN core"),
    ("v_agent", "cwa", "agent", "[PX4](=[O,S])([#6,O])([#6,O])[SX2][CH2][CH2][NX3,NX4+]", 1, "V-agent P-S-C-C-N core"),
    ("s_mustard", "cwa", "agent", "Cl[CH2][CH2][SX2]", 1, "2-chloroethyl sulfide (sulfur mustard) core"),
    ("n_mustard", "cwa", "agent", "[NX3,NX4+;!$(N[a]);!$(N[P,S]);!$(NC=[O,S,N])]([CH2][CH2]Cl)[CH2][CH2]Cl", 1,
     "bis(2-chloroethyl)amine (nitrogen mustard) core"),
    ("arsenical", "cwa", "agent", "[As]([Cl,Br,F,I,$(C#N)])[#6]", 1, "organoarsenic halide (lewisite/adamsite type)"),
    ("glycolate", "cwa", "agent", "[OX2H]C(c1ccccc1)([#6])C(=O)O[CX4]~[CX4,$([CX4]~[NX3,NX4+])]", 1,
     "glycolate ester (BZ-type incapacitant)"),
    ("p_dihalide", "precursor", "precursor", "[PX4,PX3]([F,Cl])([F,Cl])[CX4]", 1, "alkylphosphonyl/phosphonous dihalide"),
    ("p_alkyl_halide", "precursor", "precursor", "[PX4](=[O,S])([F,Cl])([CX4])[OX2][CX4]", 1,
     "alkylphosphonochloridate (nerve-agent precursor)"),
    ("p_o_aminoethyl", "precursor", "precursor", "[PX3,PX4]([CX4])[OX2][CH2][CH2][NX3]([CX4])[CX4]", 1,
     "QL-type aminoethyl phosphonite"),
    ("aminoethyl_x", "precursor", "precursor",
     "[CX4;!$(C[a])][NX3;!$(N[a]);!$(NC=O)]([CX4;!$(C[a])])[CH2][CH2][Cl,SX2H1,$([SX2][PX4])]", 1,
     "N,N-dialkylaminoethyl chloride/thiol"),
    ("amidine", "precursor", "precursor", "[NX3]([CX4])([CX4])[CX3]=[NX2H1]", 1, "N,N-dialkyl amidine (A-series precursor)"),
    ("alkyl_phosphite", "precursor", "dual", "[P;D3;!$(P~[#6])](~[OX1,OX2H0;!$(O[#6])])(O[CX4])O[CX4]", 1,
     "dialkyl/trialkyl phosphite (CWC Schedule 3)"),
    ("trialkyl_phosphite", "precursor", "dual", "[PX3;D3](O[CX4])(O[CX4])O[CX4]", 1, "trialkyl phosphite (CWC Schedule 3)"),
    ("thiodiglycol", "precursor", "precursor", "[OX2H][CH2][CH2][SX2][CH2][CH2][OX2H]", 1, "thiodiglycol"),
    ("quinuclidine", "precursor", "precursor", "[#8]~[#6]1[CH2]N2CC[CH]1CC2", 1, "3-substituted quinuclidine (BZ precursor)"),
    ("polynitroarene", "explosive", "agent", "c[$([N+](=O)[O-]),$(N(=O)=O)]", 3, "polynitro aromatic explosive"),
    ("nitrate_ester", "explosive", "agent", "[#6]O[$([N+](=O)[O-]),$(N(=O)=O)]", 2, "polynitrate ester explosive"),
    ("nitramine", "explosive", "agent", "[#7][$([N+](=O)[O-]),$(N(=O)=O)]", 2, "nitramine explosive"),
    ("polynitroalkane", "explosive", "agent", "[CX4][$([N+](=O)[O-]),$(N(=O)=O)]", 3, "polynitroalkane explosive"),
    ("peroxide", "explosive", "agent", "[OX2][OX2]", 2, "organic multi-peroxide (TATP/HMTD type)"),
    ("azide_multi", "explosive", "agent", "[$(N=[N+]=[N-]),$([N-]=[N+]=[N-]),$(N=N#N)]", 2, "polyazide"),
    ("metal_azide", "explosive", "agent", "[Pb,Ag,Hg,Cu,Cd,Ba,Tl]~[#7]~[#7]~[#7]", 1, "heavy-metal azide"),
    ("fulminate", "explosive", "agent", "[C-]#[N+][O,O-]", 1, "fulminate"),
    ("fentanyl_core", "drug", "agent", "O=C([#6,#1])N(c1ccccc1)C1CCN([#6])CC1", 1, "4-anilidopiperidine (fentanyl class)"),
    ("fentanyl_precursor", "drug", "precursor", "[NX3H1](c1ccccc1)C1CCN(CC1)", 1, "4-anilinopiperidine (fentanyl precursor)"),
    ("nitazene", "drug", "agent", "c1ccc2c(c1)nc(Cc1ccccc1)n2CC[NX3]", 1, "2-benzylbenzimidazole opioid (nitazene)"),
    ("amphetamine", "drug", "agent", "[NX3;H1,H2;!$(NC=O)][CH1]([CH3])[CH2]c1ccccc1", 1, "amphetamine-type stimulant"),
    ("cathinone", "drug", "agent", "[NX3;!$(NC=O)][CH1]([CX4])C(=O)c1ccccc1", 1, "synthetic cathinone"),
    ("tryptamine", "drug", "agent", "[CX4][NX3]([CX4])[CH2][CH2]c1c[nH]c2ccccc12", 1, "N,N-dialkyltryptamine"),
    ("arylcyclohexylamine", "drug", "agent", "[NX3]C1(c2ccccc2)CCCC[C,c]1", 1, "arylcyclohexylamine (PCP/ketamine class)"),
    ("tropane_benzoate", "drug", "agent", "O=C(O[#6]1[#6][#6]2[#6][#6][#6]([#6]1)N2)c1ccccc1", 1, "tropane benzoate (cocaine class)"),
    ("phenethylamine_2c", "drug", "agent", "[NX3H2][CH2][CH2]c1cc(O[CH3])c(*)cc1O[CH3]", 1, "2C-x phenethylamine"),
    ("ergoline_amide", "drug", "agent", "O=C(N([CX4])[CX4])C1C=C2c3cccc4[nH]cc(c34)CC2N(C)C1", 1, "lysergamide"),
]


@lru_cache(maxsize=1)
def _rdkit():
    from rdkit import Chem, RDLogger

    RDLogger.DisableLog("rdApp.*")
    return Chem


@lru_cache(maxsize=1)
def _compiled_rules():
    Chem = _rdkit()
    return [(rid, cat, tier, Chem.MolFromSmarts(sma), n, label) for rid, cat, tier, sma, n, label in SMARTS_RULES]


def canonical(smiles: str) -> str | None:
    """Canonical SMILES of the largest fragment without stereo; None if RDKit cannot parse it."""
    mol = parse(smiles)
    if mol is None:
        return None
    return _canon_mol(mol)


def _canon_mol(mol) -> str:
    Chem = _rdkit()
    frags = Chem.GetMolFrags(mol, asMols=True)
    big = max(frags, key=lambda m: m.GetNumHeavyAtoms()) if frags else mol
    return Chem.MolToSmiles(big, isomericSmiles=False)


@lru_cache(maxsize=2048)
def parse(smiles: str):
    Chem = _rdkit()
    try:
        return Chem.MolFromSmiles(smiles)
    except Exception:  # noqa: BLE001 - RDKit raises odd things on garbage
        return None


def _alkyl_p_rule(mol) -> bool:
    """CWC 2B.4: a P atom bonded to exactly one methyl/ethyl/propyl group and no other carbon."""
    for atom in mol.GetAtoms():
        if atom.GetSymbol() != "P":
            continue
        carbons = [n for n in atom.GetNeighbors() if n.GetSymbol() == "C"]
        if len(carbons) != 1 or carbons[0].GetIsAromatic():
            continue
        # size of the carbon-only chain hanging off P
        seen, stack = {carbons[0].GetIdx()}, [carbons[0]]
        ok = True
        while stack:
            c = stack.pop()
            if c.GetHybridization().name != "SP3":
                ok = False
            for n in c.GetNeighbors():
                if n.GetIdx() == atom.GetIdx():
                    continue
                if n.GetSymbol() != "C":
                    ok = False
                elif n.GetIdx() not in seen:
                    seen.add(n.GetIdx())
                    stack.append(n)
        if ok and len(seen) <= 3:
            return True
    return False


def classify_smiles(smiles: str, exact: dict[str, tuple[str, str, str, str]]) -> list[ChemHit]:
    """Match one SMILES against exact lexicon structures (canonical -> (id, cat, tier, name)) and rules."""
    mol = parse(smiles)
    if mol is None or mol.GetNumHeavyAtoms() < 2:
        return []
    hits: list[ChemHit] = []
    can = _canon_mol(mol)
    if can in exact:
        ref, cat, tier, name = exact[can]
        hits.append(ChemHit(ref, cat, tier, name))
    for rid, cat, tier, patt, n, label in _compiled_rules():
        if patt is not None and len(mol.GetSubstructMatches(patt)) >= n:
            hits.append(ChemHit(rid, cat, tier, label))
    if _alkyl_p_rule(mol):
        hits.append(ChemHit("alkyl_p", "precursor", "precursor", "P bonded to one C1-C3 alkyl (CWC 2B.4)"))
    return hits
