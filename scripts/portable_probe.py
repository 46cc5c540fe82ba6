"""Load a model in this very process and write a few tokens: the smallest proof that a
llama.cpp build runs on the CPU this process sees. scripts/check_portable.sh runs it under
QEMU's emulation of older CPUs (in-process on purpose: QEMU's user mode does not follow the
app's engine process, which would run on the real CPU).

    python scripts/portable_probe.py MODEL.gguf
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.engine.native import llama_cpp, open_model  # noqa: E402


def main(model: str) -> int:
    native = llama_cpp()
    features = native.llama_print_system_info().decode(errors="replace").strip()
    print(f"llama.cpp uses: {features}")
    llm = open_model(model, n_ctx=256, n_threads=1)
    start = time.perf_counter()
    out = llm.create_completion("The capital of France is", max_tokens=8, temperature=0.0)
    seconds = time.perf_counter() - start
    text = out["choices"][0]["text"]
    print(f"wrote {out['usage']['completion_tokens']} tokens in {seconds:.1f} s: {text!r}")
    return 0 if text.strip() else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
