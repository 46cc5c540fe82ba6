"""The benchmark behind `offline-assistant bench`: the app's engine against llama.cpp's own
llama-bench, with llama-cpp-python in between.

All paths run on the same model with the same load options (context, batch, threads,
mmap, GPU layers, flash attention: the app's own `choose_options`), in turn, never at the
same time: on a small CPU two llama.cpp workloads at once slow each other down badly.

0. llama-bench (llama_bench.py), from the source tree's build/llama.cpp (`make llama-tools`):
   the same kernels with no Python at all; the prompt from an empty context, then the
   generated tokens at the depth of that prompt.
1. Raw baseline: llama-cpp-python's low-level path in a spawned process: `Llama.eval()` of
   the tokenised prompt (prefill), then a greedy decode loop of `llama_sampler_sample` with
   a bare greedy sampler and `Llama.eval([token])`. No chat template, no pipe, no detokenising.
2. The app's path: `EngineClient` (the engine host process) with the same prompt text as one
   user message, temperature 0; tokens per second from the engine's own `Timings` and the
   time to the first token as the client sees it.

The ratios (app / llama-bench, raw / llama-bench, app / raw) hold on a noisy machine far
better than the absolute numbers: each is the median of the rounds' ratios. Nothing here
imports Qt; the window part lives in app/bench_window.py.

Modules: runs (one measured answer, process memory), llama_bench, raw (the raw baseline),
app_path (the app's engine and the schedule of the three paths), stats (medians, spreads,
ratios, event-loop gaps), report (what the report holds and the table).
"""
