"""Materials tools tab: featurise formulas/structures and predict properties (tables + clear errors)."""

from __future__ import annotations

from typing import Any

TITLE = "Materials tools"
ORDER = 40

PREDICT_COLUMNS = ["formula", "property", "value", "uncertainty (±)", "unit", "warnings / error"]
FEATURE_COLUMNS = ["input", "feature", "value"]
KEY_FEATURES = (
    "formula", "spacegroup_symbol", "spacegroup_number", "crystal_system", "density", "volume_per_atom",
    "coord_mean", "nn_dist_mean", "magpie_mean_Electronegativity", "magpie_range_Electronegativity",
    "magpie_mean_NValence", "stoich_n_elements", "oxi_balanced",
)  # fmt: skip


def _split_inputs(text: str | None, files: list[Any] | None = None) -> list[str]:
    items = [t.strip() for chunk in (text or "").splitlines() for t in chunk.replace(",", " ").split()]
    for f in files or []:
        items.append(str(getattr(f, "name", f)))
    return [i for i in items if i]


def run_predict(text: str, files: list[Any] | None, properties: list[str]) -> tuple[list[list[Any]], str]:
    """Rows for the prediction table and a status message."""
    from paperqa_mat.tools.predict import PredictError, get_predictor

    items = _split_inputs(text, files)
    if not items:
        return [], "Enter one or more formulas (e.g. `Fe2O3 GaAs`) or upload CIF files."
    if not properties:
        return [], "Choose at least one property."
    rows: list[list[Any]] = []
    n_err = 0
    for prop in properties:
        try:
            predictor = get_predictor(prop)
        except PredictError as exc:
            return [], f"**Error:** {exc}"
        for p in predictor.predict(items):
            if p.error:
                n_err += 1
                rows.append([p.formula, prop, "", "", p.unit, f"error: {p.error}"])
                continue
            value = ("metal" if p.value else "non-metal") if isinstance(p.value, bool) else p.value
            rows.append([p.formula, prop, value, p.uncertainty, p.unit, "; ".join(p.warnings)])
    msg = f"{len(rows) - n_err} prediction(s)"
    if n_err:
        msg += f", **{n_err} failed** (see the last column)"
    note = (
        "Uncertainty: half-width of the calibrated 68 % interval (regression) or the probability that the "
        "metal/non-metal label is wrong."
    )
    return rows, f"{msg}. {note}"


def run_featurise(text: str, files: list[Any] | None, show_all: bool) -> tuple[list[list[Any]], str]:
    """Long-format rows (input, feature, value) and a status message."""
    from paperqa_mat.tools.featurise import featurise

    items = _split_inputs(text, files)
    if not items:
        return [], "Enter one or more formulas or upload structure files (CIF, POSCAR, pymatgen JSON)."
    rows: list[list[Any]] = []
    errors = []
    n_feat = 0
    for rec in featurise(items):
        if "error" in rec:
            errors.append(f"- `{rec['input']}`: {rec['error']}")
            continue
        feats = rec["features"]
        n_feat = max(n_feat, len(feats))
        names = list(feats) if show_all else [k for k in KEY_FEATURES if k in feats]
        rows += [[rec["input"], k, feats[k]] for k in names]
    msg = f"{len(items) - len(errors)} input(s) featurised ({n_feat} features each"
    msg += ")" if show_all else "; key features shown, tick 'all features' for the full vector)"
    if errors:
        msg += "\n\n**Errors:**\n" + "\n".join(errors)
    return rows, msg


def build(state) -> None:
    """Featurise and Predict forms (called inside ``with gr.Tab(TITLE):``)."""
    import gradio as gr
    from paperqa_mat.tools.predict import PROPERTIES

    with gr.Tab("Predict"):
        gr.Markdown(
            "Predict **band gap** (eV, experimental), **metal / non-metal** and **formation energy** "
            "(eV/atom, DFT) from formulas or structure files. Each value has an uncertainty and "
            "applicability warnings."
        )
        with gr.Row():
            p_text = gr.Textbox(
                label="Formulas (space, comma or newline separated)", placeholder="Fe2O3 GaAs NaCl"
            )
            p_files = gr.File(label="Structure files (optional)", file_count="multiple")
        p_props = gr.CheckboxGroup(choices=list(PROPERTIES), value=["band_gap"], label="Properties")
        p_btn = gr.Button("Predict", variant="primary")
        p_msg = gr.Markdown()
        p_table = gr.Dataframe(headers=PREDICT_COLUMNS, label="Predictions", interactive=False, wrap=True)
        p_btn.click(run_predict, [p_text, p_files, p_props], [p_table, p_msg])
    with gr.Tab("Featurise"):
        gr.Markdown(
            "Magpie statistics, pooled element embeddings (mat2vec, SkipAtom, MEGNet16, Oliynyk) and "
            "stoichiometry/oxidation features; structures add space group, density, coordination, RDF "
            "and sine-matrix eigenvalues."
        )
        with gr.Row():
            f_text = gr.Textbox(label="Formulas", placeholder="Fe2O3 LiFePO4")
            f_files = gr.File(label="Structure files (CIF, POSCAR, JSON)", file_count="multiple")
        f_all = gr.Checkbox(label="all features", value=False)
        f_btn = gr.Button("Featurise", variant="primary")
        f_msg = gr.Markdown()
        f_table = gr.Dataframe(headers=FEATURE_COLUMNS, label="Features", interactive=False)
        f_btn.click(run_featurise, [f_text, f_files, f_all], [f_table, f_msg])
