"""A small GPT over CIF tokens, in the spirit of nanoGPT (and CrystaLLM, which is nanoGPT on CIFs).

Pre-LayerNorm transformer decoder with learned position embeddings, tied input/output embeddings and a
key/value cache for fast sampling. Weights are stored as safetensors with a JSON config (no pickle).
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass
from pathlib import Path

import torch
import torch.nn as nn
from torch.nn import functional as F


@dataclass
class GPTConfig:
    vocab_size: int
    block_size: int = 640
    n_layer: int = 4
    n_head: int = 8
    n_embd: int = 256
    dropout: float = 0.0


class CausalSelfAttention(nn.Module):
    def __init__(self, cfg: GPTConfig):
        super().__init__()
        self.n_head = cfg.n_head
        self.c_attn = nn.Linear(cfg.n_embd, 3 * cfg.n_embd)
        self.c_proj = nn.Linear(cfg.n_embd, cfg.n_embd)

    def forward(self, x: torch.Tensor, cache: dict | None = None, key_mask: torch.Tensor | None = None) -> torch.Tensor:
        B, T, C = x.shape
        q, k, v = self.c_attn(x).split(C, dim=2)
        h = self.n_head
        q = q.view(B, T, h, C // h).transpose(1, 2)
        k = k.view(B, T, h, C // h).transpose(1, 2)
        v = v.view(B, T, h, C // h).transpose(1, 2)
        if cache is not None:  # append to the cache and attend over everything so far
            if "k" in cache:
                k = torch.cat([cache["k"], k], dim=2)
                v = torch.cat([cache["v"], v], dim=2)
            cache["k"], cache["v"] = k, v
        S = k.shape[2]
        if T == S:
            y = F.scaled_dot_product_attention(q, k, v, is_causal=True)
        elif T == 1:  # ``key_mask`` (B, S): cached keys a row may attend to (False = rolled back)
            am = None if key_mask is None else key_mask[:, None, None, :]
            y = F.scaled_dot_product_attention(q, k, v, attn_mask=am)
        else:  # chunk after a prefix: causal mask offset by the cached length
            mask = torch.ones(T, S, dtype=torch.bool).tril(diagonal=S - T)
            y = F.scaled_dot_product_attention(q, k, v, attn_mask=mask)
        y = y.transpose(1, 2).contiguous().view(B, T, C)
        return self.c_proj(y)


class Block(nn.Module):
    def __init__(self, cfg: GPTConfig):
        super().__init__()
        self.ln_1 = nn.LayerNorm(cfg.n_embd)
        self.attn = CausalSelfAttention(cfg)
        self.ln_2 = nn.LayerNorm(cfg.n_embd)
        self.mlp = nn.Sequential(
            nn.Linear(cfg.n_embd, 4 * cfg.n_embd), nn.GELU(), nn.Linear(4 * cfg.n_embd, cfg.n_embd)
        )

    def forward(self, x: torch.Tensor, cache: dict | None = None, key_mask: torch.Tensor | None = None) -> torch.Tensor:
        x = x + self.attn(self.ln_1(x), cache, key_mask)
        return x + self.mlp(self.ln_2(x))


class GPT(nn.Module):
    def __init__(self, cfg: GPTConfig):
        super().__init__()
        self.cfg = cfg
        self.wte = nn.Embedding(cfg.vocab_size, cfg.n_embd)
        self.wpe = nn.Embedding(cfg.block_size, cfg.n_embd)
        self.blocks = nn.ModuleList(Block(cfg) for _ in range(cfg.n_layer))
        self.ln_f = nn.LayerNorm(cfg.n_embd)
        self.lm_head = nn.Linear(cfg.n_embd, cfg.vocab_size, bias=False)
        self.lm_head.weight = self.wte.weight  # weight tying
        self.apply(self._init)
        for name, p in self.named_parameters():
            if name.endswith("c_proj.weight") or name.endswith("mlp.2.weight"):
                nn.init.normal_(p, mean=0.0, std=0.02 / math.sqrt(2 * cfg.n_layer))

    @staticmethod
    def _init(m: nn.Module) -> None:
        if isinstance(m, nn.Linear):
            nn.init.normal_(m.weight, mean=0.0, std=0.02)
            if m.bias is not None:
                nn.init.zeros_(m.bias)
        elif isinstance(m, nn.Embedding):
            nn.init.normal_(m.weight, mean=0.0, std=0.02)

    def num_params(self) -> int:
        return sum(p.numel() for p in self.parameters()) - self.wpe.weight.numel()

    def forward(
        self,
        idx: torch.Tensor,
        targets: torch.Tensor | None = None,
        caches: list | None = None,
        pos0: int = 0,
        pos: torch.Tensor | None = None,
        key_mask: torch.Tensor | None = None,
    ):
        """Logits for ``idx`` (B, T); with ``targets`` also the mean cross-entropy (ignore index -100).

        With ``caches`` (one dict per layer) only the new tokens at positions ``pos0..pos0+T-1`` are fed.
        For one-token steps, ``pos`` (B, 1) gives per-row positions and ``key_mask`` (B, cached + 1) the
        cache slots each row attends to (used by backtracking decoding).
        """
        B, T = idx.shape
        if pos is None:
            pos = torch.arange(pos0, pos0 + T, dtype=torch.long)
        x = self.wte(idx) + self.wpe(pos)
        for i, blk in enumerate(self.blocks):
            x = blk(x, None if caches is None else caches[i], key_mask)
        x = self.ln_f(x)
        if targets is None:
            return self.lm_head(x[:, -1:, :]), None
        logits = self.lm_head(x)
        loss = F.cross_entropy(logits.view(-1, logits.size(-1)), targets.reshape(-1), ignore_index=-100)
        return logits, loss


def save_model(model: GPT, tokenizer, out_dir: Path, extra: dict | None = None, half: bool = True) -> None:
    """Write ``model.safetensors`` (fp16 by default), ``config.json`` and ``vocab.json``."""
    from safetensors.torch import save_file

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    sd = {k: v.detach().clone().contiguous() for k, v in model.state_dict().items() if k != "lm_head.weight"}
    if half:
        sd = {k: v.half() for k, v in sd.items()}
    save_file(sd, str(out_dir / "model.safetensors"))
    meta = {"model": asdict(model.cfg), **(extra or {})}
    (out_dir / "config.json").write_text(json.dumps(meta, indent=1))
    tokenizer.save(out_dir / "vocab.json")


def load_model(model_dir: Path) -> tuple[GPT, dict]:
    """Load a GPT (float32, eval mode) and its config dict from ``model_dir``."""
    from safetensors.torch import load_file

    model_dir = Path(model_dir)
    meta = json.loads((model_dir / "config.json").read_text())
    model = GPT(GPTConfig(**meta["model"]))
    sd = {k: v.float() for k, v in load_file(str(model_dir / "model.safetensors")).items()}
    sd["lm_head.weight"] = sd["wte.weight"]
    model.load_state_dict(sd)
    model.eval()
    return model, meta
