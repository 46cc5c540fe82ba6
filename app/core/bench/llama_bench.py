"""llama.cpp's own `llama-bench`, the yardstick of `offline-assistant bench`.

It is built by `make llama-tools` (scripts/build_llama_tools.sh) from the llama.cpp sources the
pinned llama-cpp-python vendors and linked against the venv's own libllama/libggml, so it runs
the very kernels the app does: what it measures is the speed of the hardware with no Python
at all. The bench runs the copy in the source tree (build/llama.cpp/bin), never one found on
PATH, which may be any other version of llama.cpp; an installed (frozen) app has none.

One round is two invocations, each `-r 1` (its own warm-up run first, not timed), at the
settings the app loads the model with:
- prefill: `-p <prompt tokens> -n 0 -d 0`, the prompt from an empty context, as the raw
  path and the app prefill it;
- decode: `-p 0 -n <generated tokens> -d <prompt tokens>`, the tokens written after a prompt
  of that length, as in the other two paths (decode slows as the context fills up).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from app.core.bench.runs import BenchError
from app.core.engine.native import cpu_features, extra_buffers_safe
from app.core.models.options import LoadOptions

# The source tree's copy; app/core/bench/llama_bench.py -> the repository root
REPO_ROOT = Path(__file__).resolve().parents[3]
LLAMA_BENCH = REPO_ROOT / "build" / "llama.cpp" / "bin" / "llama-bench"
MISSING = ("llama-bench was not found at {path}: run `make llama-tools` (it builds llama.cpp's "
           "own benchmark from the sources llama-cpp-python vendors, against its libraries)")
FROZEN = "an installed app carries no llama-bench: run the bench from a source checkout"


def find_llama_bench() -> tuple[Path | None, str]:
    """The llama-bench to run and '' , or None and why there is none, in words."""
    if getattr(sys, "frozen", False):
        return None, FROZEN
    if LLAMA_BENCH.is_file():
        return LLAMA_BENCH, ""
    return None, MISSING.format(path=LLAMA_BENCH)


def settings_args(options: LoadOptions, *, repack: bool = True) -> list[str]:
    """The app's load options as llama-bench flags. llama-bench has one thread count for
    prefill and decode (`-t`); the app's n_threads is the one used for decode, and the
    report says when n_threads_batch differs. `repack`: whether the app lets llama.cpp
    repack the weights on this CPU (not where that crashes: native.extra_buffers_safe)."""
    return ["-t", str(options.n_threads), "-b", str(options.n_batch),
            "-ub", str(options.n_ubatch), "-ngl", str(options.n_gpu_layers),
            "-fa", "on" if options.flash_attn else "off",
            "-lm", "mmap" if options.use_mmap else "none",
            "-ctk", options.kv_cache_type, "-ctv", options.kv_cache_type,
            "--repack", "1" if repack else "0"]


def commands(exe: Path, model_path: str | Path, options: LoadOptions, *, prompt_tokens: int,
             gen_tokens: int, repack: bool = True) -> dict[str, list[str]]:
    common = [str(exe), "-m", str(model_path), *settings_args(options, repack=repack),
              "-r", "1", "-o", "json"]
    return {
        "prefill": [*common, "-p", str(prompt_tokens), "-n", "0", "-d", "0"],
        "decode": [*common, "-p", "0", "-n", str(gen_tokens), "-d", str(prompt_tokens)],
    }


class LlamaBench:
    """One round of llama-bench at the app's settings: prefill and decode tok/s."""

    def __init__(self, exe: Path, model_path: str | Path, options: LoadOptions, *,
                 prompt_tokens: int, gen_tokens: int, timeout_s: float = 3600):
        self.commands = commands(exe, model_path, options, prompt_tokens=prompt_tokens,
                                 gen_tokens=gen_tokens,
                                 repack=extra_buffers_safe(cpu_features()))
        self.prompt_tokens, self.gen_tokens, self.timeout_s = prompt_tokens, gen_tokens, timeout_s
        self.build: str | None = None

    def run(self) -> dict:
        prefill = self._one("prefill")
        decode = self._one("decode")
        self.build = prefill.get("build_commit")
        # llama-bench's rate is tokens / time of those tokens: for decode that is one token per
        # decode step, the same as the app's (output tokens - 1) / decode time.
        prefill_s = float(prefill["avg_ns"]) / 1e9
        decode_s = float(decode["avg_ns"]) / 1e9
        return {
            "prompt_tokens": int(prefill["n_prompt"]), "cached_tokens": 0,
            "output_tokens": int(decode["n_gen"]), "depth": int(decode.get("n_depth", 0)),
            "prefill_s": prefill_s, "decode_s": decode_s,
            "prefill_tps": float(prefill["avg_ts"]), "decode_tps": float(decode["avg_ts"]),
            "ttft_s": None, "wall_ttft_s": None,
        }

    def _one(self, test: str) -> dict:
        command = self.commands[test]
        try:
            done = subprocess.run(command, capture_output=True, text=True,
                                  timeout=self.timeout_s, check=False)
        except (OSError, subprocess.SubprocessError) as exc:
            raise BenchError(f"llama-bench could not run: {exc}") from exc
        if done.returncode != 0:
            raise BenchError(f"llama-bench failed (exit code {done.returncode}): "
                             f"{done.stderr.strip()[-500:]}")
        try:
            return pick_test(json.loads(done.stdout), test)
        except (ValueError, KeyError, TypeError) as exc:
            raise BenchError(f"llama-bench printed what the bench cannot read: {exc}") from exc


def pick_test(rows: list[dict], test: str) -> dict:
    """The one row of `llama-bench -o json` output for the prefill (n_gen 0) or the decode
    (n_prompt 0) test, with its numbers checked."""
    if test == "prefill":
        found = [r for r in rows if r.get("n_prompt", 0) > 0 and r.get("n_gen", 0) == 0]
    else:
        found = [r for r in rows if r.get("n_gen", 0) > 0 and r.get("n_prompt", 0) == 0]
    if len(found) != 1:
        raise ValueError(f"{len(found)} {test} tests instead of one")
    row = found[0]
    for key in ("avg_ns", "avg_ts"):
        if not float(row[key]) > 0:
            raise ValueError(f"{key} is {row[key]!r}")
    return row
