"""The KV cache both ways (issue #13 point 7): llama.cpp's f16 cache against a q8_0 one,
which the load planner chooses where it lets a longer context fit (models/plan.py).

Both run with flash attention (llama.cpp quantises the V cache only with it), at the
app's other settings, through llama-bench: prefill of `depth` tokens, then decode at that
depth, where the cache is read at every token. The bytes are the cache at the app's
context, from the fit check's estimate (tests/core/test_fit.py holds it to llama.cpp's own
report of its KV buffer, both ways).
"""

from __future__ import annotations

from dataclasses import replace

from app.core.bench.llama_bench import LlamaBench
from app.core.models.fit import kv_cache_bytes

METHOD = ("llama-bench with -fa on, -ctk/-ctv f16 then q8_0, the app's threads and batches: "
          "-p <depth> for prefill and -n <gen tokens> -d <depth> for decode, one run each; "
          "bytes: the KV cache at the app's context, as the fit check estimates it")


def kv_cache_costs(exe, model_path, card, options, *, depth: int, gen_tokens: int) -> dict:
    ways = {"f16": replace(options, flash_attn=True, type_k=None, type_v=None),
            "q8_0": options.with_q8_0_cache()}
    result: dict = {"method": METHOD, "depth": depth, "n_ctx": options.n_ctx,
                    "chosen": options.kv_cache_type}
    for name, variant in ways.items():
        run = LlamaBench(exe, model_path, variant, prompt_tokens=depth,
                         gen_tokens=gen_tokens).run()
        result[name] = {"prefill_tps": run["prefill_tps"], "decode_tps": run["decode_tps"],
                        "kv_bytes": kv_cache_bytes(card, options.n_ctx, name)}
    f16, q8 = result["f16"], result["q8_0"]
    result["ratios"] = {"prefill": q8["prefill_tps"] / f16["prefill_tps"],
                        "decode": q8["decode_tps"] / f16["decode_tps"],
                        "memory": q8["kv_bytes"] / f16["kv_bytes"]}
    return result


def describe(kv: dict) -> list[str]:
    from app.core.units import format_bytes

    f16, q8, ratios = kv["f16"], kv["q8_0"], kv["ratios"]
    return [
        f"KV cache    f16 against q8_0 at a depth of {kv['depth']} tokens (the app chose "
        f"{kv['chosen']} for its context of {kv['n_ctx']}):",
        f"    {'':12}{'prefill tok/s':>15}{'decode tok/s':>15}{'cache':>12}",
        f"    {'f16':12}{f16['prefill_tps']:>15.1f}{f16['decode_tps']:>15.1f}"
        f"{format_bytes(f16['kv_bytes']):>12}",
        f"    {'q8_0':12}{q8['prefill_tps']:>15.1f}{q8['decode_tps']:>15.1f}"
        f"{format_bytes(q8['kv_bytes']):>12}",
        f"    q8_0 / f16: prefill {ratios['prefill']:.2f}, decode {ratios['decode']:.2f}, "
        f"memory {ratios['memory']:.2f}",
        f"    How: {kv['method']}",
    ]
