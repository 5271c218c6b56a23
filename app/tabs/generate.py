"""Structure generator tab: CrystaLLM-style generation with validity checks, a 3D view and CIF download."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

TITLE = "Structure generator"
ORDER = 45

COLUMNS = ["#", "source", "formula", "space group", "valid", "cell", "formula ok", "multiplicity ok", "space group ok",
           "bond lengths ok", "bond score", "file"]
_CHECKS = ("sensible_cell", "formula_consistent", "multiplicity_consistent", "spacegroup_consistent", "bond_lengths")

# CPK-like colours for a few common elements; others get a stable fallback colour
_COLOURS = {"H": "#dddddd", "Li": "#cc80ff", "C": "#555555", "N": "#3050f8", "O": "#ff0d0d", "F": "#90e050",
            "Na": "#ab5cf2", "Mg": "#8aff00", "Al": "#bfa6a6", "Si": "#f0c8a0", "P": "#ff8000", "S": "#ffff30",
            "Cl": "#1ff01f", "K": "#8f40d4", "Ca": "#3dff00", "Ti": "#bfc2c7", "Fe": "#e06633", "Co": "#f090a0",
            "Ni": "#50d050", "Cu": "#c88033", "Zn": "#7d80b0", "Ga": "#c28f8f", "As": "#bd80e3", "Se": "#ffa100",
            "Sr": "#00ff00", "Ba": "#00c900", "Pb": "#575961", "Bi": "#9e4fb5", "Mn": "#9c7ac7", "Cr": "#8a99c7"}
_FALLBACK = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf"]


def _colour(el: str) -> str:
    return _COLOURS.get(el, _FALLBACK[sum(map(ord, el)) % len(_FALLBACK)])


def structure_figure(structure: Any, title: str = ""):
    """Plotly 3D figure: atoms of the conventional cell (incl. images on the cell faces) + cell edges."""
    import itertools

    import numpy as np
    import plotly.graph_objects as go

    lat = structure.lattice.matrix
    fig = go.Figure()
    by_el: dict[str, list[np.ndarray]] = {}
    for site in structure:
        f = np.mod(site.frac_coords, 1.0)
        shifts = [[0, 1] if abs(v) < 1e-3 else [0] for v in f]
        for sh in itertools.product(*shifts):
            by_el.setdefault(site.specie.symbol, []).append((f + np.array(sh)) @ lat)
    for el, pts in by_el.items():
        p = np.array(pts)
        fig.add_trace(go.Scatter3d(x=p[:, 0], y=p[:, 1], z=p[:, 2], mode="markers", name=el,
                                   marker={"size": 9, "color": _colour(el), "line": {"width": 1, "color": "#333"}}))
    corners = np.array(list(itertools.product([0, 1], repeat=3)))
    xs, ys, zs = [], [], []
    for i, j in itertools.combinations(range(8), 2):
        if np.abs(corners[i] - corners[j]).sum() == 1:
            a, b = corners[i] @ lat, corners[j] @ lat
            xs += [a[0], b[0], None]
            ys += [a[1], b[1], None]
            zs += [a[2], b[2], None]
    fig.add_trace(go.Scatter3d(x=xs, y=ys, z=zs, mode="lines", name="cell", line={"color": "#444", "width": 3},
                               hoverinfo="skip"))
    fig.update_layout(title=title, scene={"aspectmode": "data"}, margin={"l": 0, "r": 0, "t": 30, "b": 0}, height=460)
    return fig


def run_generate(formula: str, spacegroup: str, n: float, state_dir: str | None = None):
    """Generate; returns (rows, status markdown, structures list for the state, dropdown choices)."""
    from paperqa_mat.tools.generator import GenerationError, Request, get_generator

    formula = (formula or "").strip()
    if not formula:
        return [], "Enter a composition, e.g. `LiFePO4` or `GaN`.", [], []
    out_dir = Path(state_dir or tempfile.mkdtemp(prefix="pqm_gen_"))
    try:
        gen = get_generator()
        res = gen.generate([Request(formula, (spacegroup or "").strip() or None)], n=int(n), out_dir=out_dir)[0]
    except GenerationError as exc:
        return [], f"**Error:** {exc}", [], []
    if res["error"]:
        return [], f"**Error:** {res['error']}", [], []
    rows, keep = [], []
    for k, s in enumerate(res["structures"], 1):
        c = s["checks"]
        rows.append([k, s["source"], s["formula"], s["spacegroup"], s["valid"], *[c.get(x) for x in _CHECKS],
                     s["details"].get("bond_length_score"), Path(s["path"]).name if s["path"] else ""])
        keep.append({"label": f"{k}: {s['formula']} {s['spacegroup']} ({s['source']})", "path": s["path"], "structure": s["structure"]})
    msg = f"{res.get('n_model', len(rows))} valid structure(s) of {res['attempts']} sampled for **{formula}**."
    if res.get("n_prototype"):
        msg += (f" {res['n_prototype']} more from prototype substitution (source `prototype`: a known "
                "structure type with the elements swapped, not a model sample).")
    if len(rows) < int(n):
        msg += f" Fewer than {int(n)} passed the checks within the resampling limit."
    return rows, msg, keep, [k["label"] for k in keep]


def build(state) -> None:
    import gradio as gr

    gr.Markdown(
        "Generate crystal structures for a composition with a small CrystaLLM-style transformer trained on "
        "CIFs. Every sample is parsed with pymatgen and checked (cell, space group, multiplicities, formula, "
        "bond lengths); only valid ones are shown. If the model finds too few, prototype-substitution "
        "structures fill the rest, labelled `prototype` in the source column."
    )
    with gr.Row():
        formula = gr.Textbox(label="Composition", placeholder="LiFePO4", scale=3)
        spacegroup = gr.Textbox(label="Space group (optional)", placeholder="Pnma", scale=2)
        n = gr.Slider(1, 10, value=3, step=1, label="Structures", scale=2)
        button = gr.Button("Generate", variant="primary", scale=1)
    status = gr.Markdown()
    table = gr.Dataframe(headers=COLUMNS, label="Generated structures", interactive=False, wrap=True)
    structures = gr.State([])
    with gr.Row():
        choice = gr.Dropdown(label="Show structure", choices=[], interactive=True, scale=2)
        download = gr.File(label="CIF", scale=1)
    plot = gr.Plot(label="Unit cell")

    def _generate(f, sg, k):
        rows, msg, keep, labels = run_generate(f, sg, k)
        first = labels[0] if labels else None
        fig, path = _show(first, keep)
        return rows, msg, keep, gr.update(choices=labels, value=first), fig, path

    def _show(label, keep):
        for item in keep or []:
            if item["label"] == label:
                return structure_figure(item["structure"], label), item["path"]
        return None, None

    button.click(_generate, [formula, spacegroup, n], [table, status, structures, choice, plot, download])
    formula.submit(_generate, [formula, spacegroup, n], [table, status, structures, choice, plot, download])
    choice.change(_show, [choice, structures], [plot, download])
