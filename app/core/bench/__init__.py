"""The benchmark behind `offline-assistant bench`: the app's engine path against raw llama.cpp.

Both paths run on the same model with the same load options (context, batch, threads,
mmap, GPU layers: the app's own `choose_options`), one after the other, never at the same
time: on a small CPU two llama.cpp workloads at once slow each other down badly.

1. Raw baseline: llama-cpp-python's low-level path in a spawned process: `Llama.eval()` of
   the tokenised prompt (prefill), then a greedy decode loop of `llama_sampler_sample` with
   a bare greedy sampler and `Llama.eval([token])`. No chat template, no pipe, no detokenising.
2. The app's path: `EngineClient` (the engine host process) with the same prompt text as one
   user message, temperature 0; tokens per second from the engine's own `Timings` and the
   time to the first token as the client sees it.

The ratios app/raw hold on a noisy machine far better than the absolute numbers: both are
medians over the repeats. Nothing here imports Qt; the window part lives in app/bench_window.py.

Modules: runs (one measured answer, process memory), raw (the raw baseline and
llama-bench), app_path (the app's engine and the schedule of both paths), stats (medians,
ratios, event-loop gaps), report (what the report holds and the table).
"""
