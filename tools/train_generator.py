"""Train the CrystaLLM-style generator on CPU (nanoGPT-style loop).

Two steps::

    python -m paperqa_mat.tools.train_generator prepare --out /tmp/pqm_gen/data.jsonl
    python -m paperqa_mat.tools.train_generator train --data /tmp/pqm_gen/data.jsonl --minutes 55
    python -m paperqa_mat.tools.train_generator prototypes --data /tmp/pqm_gen/data.jsonl  # fallback library
    python -m paperqa_mat.tools.train_generator volumes --data /tmp/pqm_gen/data.jsonl     # cell-volume mask

``prepare`` symmetrizes the CIFs of the training splits (mp20_biternary val, mpts_52 val, perov_5 val,
carbon_24 val; never the held-out mp20_biternary test) into the canonical dialect. ``train`` fits
:class:`paperqa_mat.tools.crystallm_model.GPT` with the loss on generated (non-prompt) tokens only and
writes ``model.safetensors`` + ``config.json`` + ``vocab.json`` + ``sg_multiplicities.json``.
"""

from __future__ import annotations

import json
import math
import random
import sys
import time
import warnings
from multiprocessing import Pool
from pathlib import Path

import click

TRAIN_FILES = [
    "mp20_biternary/val_biternary.csv.gz",
    "mpts_52/val.csv.gz",
    "perov_5/val.csv.gz",
    "carbon_24/val.csv.gz",
]
HELD_OUT = "test"  # any file whose name contains this is refused
ARTIFACTS = Path(__file__).resolve().parent / "artifacts" / "generator"


def _convert(args: tuple[str, str]) -> dict | None:
    source, cif = args
    warnings.filterwarnings("ignore")
    from paperqa_mat.tools.cif_tokenizer import cell_to_text, parse_p1_cif, structure_to_text

    try:
        try:
            text = cell_to_text(*parse_p1_cif(cif))
        except ValueError:  # not a simple P1 CIF: let pymatgen read it
            from pymatgen.core import Structure

            text = structure_to_text(Structure.from_str(cif, "cif"))
    except Exception:
        return None
    if text is None:
        return None
    return {"source": source, "text": text}


def _n_atoms(cif: str) -> int:
    """Atoms in a P1 CDVAE-style CIF (lines of the atom-site loop)."""
    head = cif.find("_atom_site_occupancy")
    return sum(1 for line in cif[head:].splitlines()[1:] if line.strip())


def prepare(shared: Path, out: Path, workers: int = 2, limit: int | None = None, files: list[str] | None = None,
            max_atoms: int = 0, append: bool = False) -> int:
    """Convert the training CIFs to dialect text (JSONL); ``max_atoms`` > 0 skips larger cells."""
    import pandas as pd
    from tqdm import tqdm

    jobs: list[tuple[str, str]] = []
    for rel in files or TRAIN_FILES:
        if HELD_OUT in Path(rel).name:
            raise click.ClickException(f"refusing held-out file {rel}")
        df = pd.read_csv(shared / "data" / "materials" / rel)
        cifs = df["cif"].tolist()[:limit] if limit else df["cif"].tolist()
        if max_atoms:
            cifs = [c for c in cifs if _n_atoms(c) <= max_atoms]
        jobs += [(rel, c) for c in cifs]
    out.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with Pool(workers) as pool, out.open("a" if append else "w") as fh:
        for rec in tqdm(pool.imap(_convert, jobs, chunksize=16), total=len(jobs), file=sys.stderr):
            if rec is not None:
                fh.write(json.dumps(rec) + "\n")
                n += 1
    return n


def _loss_mask(tok, ids: list[int]) -> list[int]:
    """1 for tokens the model must learn to generate (everything after the atom-type block)."""
    sg_key = tok.stoi["_symmetry_space_group_name_H-M "]
    start = ids.index(sg_key)
    return [0] * (start + 1) + [1] * (len(ids) - start - 1)


def train(
    data: Path,
    out: Path,
    minutes: float,
    n_layer: int,
    n_embd: int,
    n_head: int,
    block_size: int,
    batch_size: int,
    lr: float,
    threads: int,
    seed: int,
    log_every: int,
    max_iters: int | None,
    bf16: bool = True,
    resume: Path | None = None,
    warmup: int = 200,
) -> None:
    import torch
    from paperqa_mat.tools.cif_tokenizer import CIFTokenizer, parse_sg_multiplicities
    from paperqa_mat.tools.crystallm_model import GPT, GPTConfig, save_model

    torch.set_num_threads(threads)
    torch.manual_seed(seed)
    random.seed(seed)
    tok = CIFTokenizer()
    texts = [json.loads(line)["text"] for line in data.open()]
    seqs, masks = [], []
    for t in texts:
        ids = tok.encode(t) + [tok.eos_id]
        if len(ids) > block_size + 1 or tok.unk_id in ids:
            continue
        seqs.append(ids)
        masks.append(_loss_mask(tok, ids))
    random.shuffle(idx := list(range(len(seqs))))
    n_val = min(200, max(20, len(seqs) // 20))
    val_idx, tr_idx = idx[:n_val], idx[n_val:]
    print(
        f"{len(seqs)} sequences ({len(texts) - len(seqs)} dropped), train {len(tr_idx)}, val {n_val}",
        flush=True,
    )
    if resume is not None:  # continue from a saved checkpoint (its architecture wins)
        from paperqa_mat.tools.crystallm_model import load_model

        model, prev = load_model(resume)
        model.train()
        print(f"resumed from {resume} ({prev.get('iters')} iters, val {prev.get('val_loss')})", flush=True)
    else:
        cfg = GPTConfig(vocab_size=len(tok), block_size=block_size, n_layer=n_layer, n_head=n_head, n_embd=n_embd)
        model = GPT(cfg)
    print(f"params {model.num_params() / 1e6:.2f}M", flush=True)
    opt = torch.optim.AdamW(model.parameters(), lr=lr, betas=(0.9, 0.95), weight_decay=0.1)

    # length-bucketed batches: sort a random pool by length to reduce padding
    def batches(pool_idx):
        while True:
            random.shuffle(pool_idx)
            for i in range(0, len(pool_idx), batch_size * 50):
                chunk = sorted(pool_idx[i : i + batch_size * 50], key=lambda j: len(seqs[j]))
                bs = [chunk[k : k + batch_size] for k in range(0, len(chunk), batch_size)]
                random.shuffle(bs)
                yield from bs

    def collate(b):
        L = max(len(seqs[j]) for j in b) - 1
        x = torch.full((len(b), L), tok.pad_id, dtype=torch.long)
        y = torch.full((len(b), L), -100, dtype=torch.long)
        for r, j in enumerate(b):
            s, m = seqs[j], masks[j]
            x[r, : len(s) - 1] = torch.tensor(s[:-1])
            tgt = torch.tensor(s[1:])
            tgt[torch.tensor(m[1:]) == 0] = -100
            y[r, : len(s) - 1] = tgt
        return x, y

    @torch.no_grad()
    def val_loss():
        model.eval()
        tot, n = 0.0, 0
        for k in range(0, len(val_idx), batch_size):
            x, y = collate(val_idx[k : k + batch_size])
            _, loss = model(x, y)
            tot += loss.item()
            n += 1
        model.train()
        return tot / max(n, 1)

    deadline = time.time() + minutes * 60
    t0 = time.time()
    est_total = max_iters or 10**9
    it = 0
    gen = batches(tr_idx)
    best = math.inf
    out.mkdir(parents=True, exist_ok=True)
    while time.time() < deadline and it < est_total:
        # cosine decay over the time budget
        frac = min(1.0, (time.time() - t0) / (minutes * 60))
        cur_lr = lr * min(1.0, (it + 1) / warmup) * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * frac)))
        for g in opt.param_groups:
            g["lr"] = cur_lr
        x, y = collate(next(gen))
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
            _, loss = model(x, y)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        it += 1
        if it % log_every == 0:
            vl = val_loss()
            el = time.time() - t0
            print(
                f"iter {it} loss {loss.item():.4f} val {vl:.4f} lr {cur_lr:.2e} {el / 60:.1f} min", flush=True
            )
            if vl < best:
                best = vl
                save_model(
                    model,
                    tok,
                    out,
                    extra={
                        "iters": it,
                        "val_loss": vl,
                        "minutes": el / 60,
                        "sg_multiplicities": parse_sg_multiplicities(texts),
                    },
                )
    vl = val_loss()
    print(f"done: {it} iters, final val {vl:.4f}, best {min(best, vl):.4f}", flush=True)
    if vl < best:
        save_model(
            model,
            tok,
            out,
            extra={
                "iters": it,
                "val_loss": vl,
                "minutes": (time.time() - t0) / 60,
                "sg_multiplicities": parse_sg_multiplicities(texts),
            },
        )


@click.group()
def main() -> None:
    """Prepare data for and train the structure generator."""


@main.command("prepare")
@click.option(
    "--shared", type=click.Path(path_type=Path), default=Path(__file__).resolve().parents[2] / "shared"
)
@click.option("--out", type=click.Path(path_type=Path), required=True)
@click.option("--workers", default=2, show_default=True)
@click.option("--limit", type=int, default=None, help="Rows per file (for a quick run).")
@click.option("--file", "files", multiple=True, help="Training files (relative to data/materials); default all.")
@click.option("--max-atoms", default=0, show_default=True, help="Skip cells with more atoms (0 = keep all).")
@click.option("--append", is_flag=True, help="Append to --out.")
def prepare_cmd(shared: Path, out: Path, workers: int, limit: int | None, files: tuple[str, ...], max_atoms: int,
                append: bool) -> None:
    n = prepare(shared, out, workers, limit, list(files), max_atoms, append)
    click.echo(f"wrote {n} structures to {out}")


@main.command("prototypes")
@click.option("--data", type=click.Path(path_type=Path, exists=True), required=True, help="JSONL from prepare.")
def prototypes_cmd(data: Path) -> None:
    """Build the shipped prototype library (fallback generator) from prepared training texts."""
    from paperqa_mat.tools.prototype_baseline import LIBRARY, build_library

    n = build_library([json.loads(line)["text"] for line in data.open()])
    click.echo(f"wrote {n} prototypes to {LIBRARY}")


def fit_volumes(texts: list[str], lo_q: float = 2.5, hi_q: float = 97.5) -> dict:
    """Additive element volumes (least squares: volume per atom = sum of atom fraction x element volume)
    and the ``lo_q``-``hi_q`` percentile band of true/predicted volume over the training texts."""
    import numpy as np
    from paperqa_mat.tools.cif_checks import parse_dialect
    from paperqa_mat.tools.generator import cell_volume

    parsed = [parse_dialect(t) for t in texts]
    els = sorted({e for p in parsed for e in p.formula_sum})
    col = {e: i for i, e in enumerate(els)}
    x = np.zeros((len(parsed), len(els)))
    y = np.zeros(len(parsed))
    for i, p in enumerate(parsed):
        n = sum(p.formula_sum.values())
        for e, c in p.formula_sum.items():
            x[i, col[e]] += c / n
        y[i] = cell_volume(p.cell) / n
    vols, *_ = np.linalg.lstsq(x, y, rcond=None)
    ratio = y / (x @ vols)
    return {
        "element_volumes": {e: round(float(v), 3) for e, v in zip(els, vols, strict=True)},
        "ratio_band": [round(float(np.percentile(ratio, q)), 3) for q in (lo_q, hi_q)],
        "percentiles": [lo_q, hi_q],
        "n_structures": len(parsed),
    }


@main.command("volumes")
@click.option("--data", type=click.Path(path_type=Path, exists=True), required=True, help="JSONL from prepare.")
@click.option("--out", type=click.Path(path_type=Path), default=ARTIFACTS / "volumes.json", show_default=True)
def volumes_cmd(data: Path, out: Path) -> None:
    """Fit the element volumes behind the decode-time cell-volume mask (training texts only)."""
    res = fit_volumes([json.loads(line)["text"] for line in data.open()])
    out.write_text(json.dumps(res, indent=1))
    click.echo(f"{len(res['element_volumes'])} element volumes, ratio band {res['ratio_band']} -> {out}")


@main.command("train")
@click.option("--data", type=click.Path(path_type=Path, exists=True), required=True)
@click.option("--out", type=click.Path(path_type=Path), default=ARTIFACTS, show_default=True)
@click.option("--minutes", default=55.0, show_default=True, help="Wall-clock training budget.")
@click.option("--n-layer", default=4, show_default=True)
@click.option("--n-embd", default=192, show_default=True)
@click.option("--n-head", default=6, show_default=True)
@click.option("--block-size", default=512, show_default=True)
@click.option("--batch-size", default=12, show_default=True)
@click.option("--lr", default=1e-3, show_default=True)
@click.option("--threads", default=1, show_default=True, help="Torch threads (1 is fastest on a shared CPU).")
@click.option("--seed", default=0, show_default=True)
@click.option("--log-every", default=100, show_default=True)
@click.option("--max-iters", type=int, default=None)
@click.option("--bf16/--no-bf16", default=True, show_default=True, help="bfloat16 autocast (faster on AVX512-BF16 CPUs).")
@click.option("--resume", type=click.Path(path_type=Path, exists=True), default=None,
              help="Continue from this model directory (same data split by --seed).")
@click.option("--warmup", default=200, show_default=True, help="Linear LR warm-up iterations.")
def train_cmd(**kw) -> None:
    train(**kw)


if __name__ == "__main__":
    main()
