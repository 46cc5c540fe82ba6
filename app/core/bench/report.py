"""A bench report (BenchReport): what it says about the machine and the model, the JSON
file, and the table printed at the end."""

from __future__ import annotations

import json
import platform
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

import psutil

from app.core.bench.kv_cache import describe as describe_kv_cache
from app.core.bench.store_cost import describe as describe_store_cost
from app.core.bench.summary_run import describe as describe_summary
from app.core.models.hardware import probe
from app.core.units import format_bytes

# 2: llama-bench runs in turn with the others, ratios against it; 3: the store's cost of
# encryption (key "store", absent from older reports); 4: a whole summary job (key "summary":
# prefill amplification, ETA error), the KV cache f16 against q8_0 ("kv_cache"), the window
# at scale (gui.at_scale); each absent when not measured
REPORT_VERSION = 4
BUSY_CPU_PERCENT = 25  # above this before the start, the table warns that numbers will vary


@dataclass(kw_only=True)
class BenchReport:
    """One `offline-assistant bench` run. The JSON file has one key per field, in this
    order (version 1's keys all stay: readers of older files rely on them; version 2 adds
    keys inside llama_bench, ratios and each path's part; version 3 adds "store" and
    version 4 "summary" and "kv_cache" at the end, each written only when measured). The
    parts measured are filled in as the bench goes; the parts inside stay plain JSON-ready dicts."""

    version: int = REPORT_VERSION
    app_version: str
    created: str  # local time, ISO 8601 with its offset
    argv: list[str]
    machine: dict  # machine_info(), then llama.cpp's version and system info
    model: dict  # model_info()
    options: dict  # LoadOptions.as_dict()
    settings: dict  # prompt_tokens, gen_tokens, repeats, temperature, then order
    interleaved: bool | None = None
    raw: dict = field(default_factory=dict)  # method, runs, median, memory, load_s…
    app: dict = field(default_factory=dict)
    prompts: list[str] = field(default_factory=list)
    ratios: dict = field(default_factory=dict)  # from stats.summarise_paths
    # available, why_not, method, notes, commands, build, runs, median, spread (version 1:
    # None, or one run of a llama-bench found on PATH)
    llama_bench: dict | None = None
    gui: dict | None = None  # None: --no-gui
    memory: dict = field(default_factory=dict)
    store: dict | None = None  # store_cost(): plain vs encrypted medians, in seconds
    summary: dict | None = None  # summary_run.measure_summary(); None: --no-summary
    kv_cache: dict | None = None  # kv_cache.kv_cache_costs(); None: no llama-bench, --kv-depth 0

    def as_dict(self) -> dict:
        data = asdict(self)
        # an older report read back is written as it was
        for key in ("store", "summary", "kv_cache"):
            if data[key] is None:
                del data[key]
        return data


def machine_info() -> dict:
    info = asdict(probe())
    info.update(python=sys.version.split()[0], platform=platform.platform(),
                busy_at_start=busy_now())
    return info


def busy_now(sample_s: float = 0.5) -> dict:
    """How busy the CPU is before the bench starts: other work running at the same time
    (another llama.cpp above all) slows both paths, and the absolute numbers with them."""
    percent = psutil.cpu_percent(interval=sample_s)
    try:
        load = psutil.getloadavg()[0]
    except (AttributeError, OSError):
        load = None
    return {"cpu_percent": percent, "load_average_1min": load,
            "busy": percent > BUSY_CPU_PERCENT}


def model_info(card) -> dict:
    return {
        "path": str(card.path), "file_name": card.path.name if card.path else None,
        "name": card.name, "architecture": card.architecture,
        "parameter_count": card.parameter_count, "quantisation": card.quantisation,
        "file_size": card.file_size, "layers": card.layers,
        "embedding_size": card.embedding_size, "vocab_size": card.vocab_size,
        "context_length": card.context_length,
    }


def write_report(report: BenchReport, path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report.as_dict(), indent=2, default=str) + "\n",
                    encoding="utf-8")
    return path


# -- the table --------------------------------------------------------------------------

def _num(value, digits: int = 1, unit: str = "") -> str:
    if value is None:
        return "—"
    return f"{value:.{digits}f}{unit}"


def _size(count: int | None) -> str:
    return "—" if not count else format_bytes(count)


def _ratio_of(ratios: dict | None, name: str) -> float | None:
    return ratios.get(name) if ratios else None


def _spread(part: dict | None, key: str) -> str:
    spread = (part or {}).get("spread", {}).get(key)
    if not spread or spread["min"] is None:
        return ""
    return f"{spread['min']:.0f}-{spread['max']:.0f}"


def _speed_table(report: BenchReport) -> list[str]:
    """Three columns (llama-bench, llama-cpp-python, the app's engine), their medians and the
    range of the runs, the ratios, and how each column was measured."""
    raw, app, ratios = report.raw, report.app, report.ratios
    bench = report.llama_bench if (report.llama_bench or {}).get("available") else None
    bm = bench["median"] if bench else {}
    rm, am = raw["median"], app["median"]
    vs_app = ratios.get("app_vs_llama_bench") if bench else None
    vs_raw = ratios.get("raw_vs_llama_bench") if bench else None
    lines = [
        "",
        f"{'':28}{'llama-bench':>12}{'llama-cpp-py':>14}{'app engine':>12}"
        f"{'app/lb':>9}{'lcp/lb':>9}{'app/lcp':>9}",
    ]
    for label, key, name in (("Prefill tok/s", "prefill_tps", "prefill"),
                             ("Decode tok/s", "decode_tps", "decode")):
        lines.append(f"{label:28}{_num(bm.get(key)):>12}{_num(rm[key]):>14}{_num(am[key]):>12}"
                     f"{_num(_ratio_of(vs_app, name), 3):>9}"
                     f"{_num(_ratio_of(vs_raw, name), 3):>9}{_num(ratios[name], 3):>9}")
        lines.append(f"{'  range of the runs':28}{_spread(bench, key):>12}"
                     f"{_spread(raw, key):>14}{_spread(app, key):>12}")
    lines += [
        f"{'First token s (engine)':28}{'':>12}{_num(rm['ttft_s'], 3):>14}"
        f"{_num(am['ttft_s'], 3):>12}",
        f"{'First token s (client wall)':28}{'':>12}{'':>14}{_num(am['wall_ttft_s'], 3):>12}",
        f"{'Output tokens':28}{_num(bm.get('output_tokens'), 0):>12}"
        f"{_num(rm['output_tokens'], 0):>14}{_num(am['output_tokens'], 0):>12}",
        f"{'Load s':28}{'':>12}{_num(raw['load_s'], 2):>14}{_num(app['load_s'], 2):>12}",
        "",
        "How each column was measured:",
    ]
    legacy = report.llama_bench or {}
    if bench:
        lines.append(f"  llama-bench: {bench['method']}.")
        lines += [f"    {test}: {' '.join(command)}"
                  for test, command in bench["commands"].items()]
        lines += [f"    note: {note}" for note in bench.get("notes", [])]
    elif legacy.get("why_not"):
        lines.append(f"  llama-bench: not measured; {legacy['why_not']}.")
    elif "prefill_tps" in legacy:  # a version 1 report: one run of a llama-bench on PATH
        lines.append(f"  llama-bench (on PATH, run after the others): prefill "
                     f"{_num(legacy['prefill_tps'])}, decode {_num(legacy['decode_tps'])} tok/s")
    else:
        lines.append("  llama-bench: not measured.")
    lines += [f"  llama-cpp-python (lcp): {raw['method']}.",
              f"  app engine: {app['method']}."]
    return lines


def format_table(report: BenchReport) -> str:
    model, options, settings = report.model, report.options, report.settings
    raw, app, ratios = report.raw, report.app, report.ratios
    machine = report.machine
    rm, am = raw["median"], app["median"]
    lines = [
        f"Model    {model['file_name']}: {model['architecture']}, "
        f"{model['parameter_count'] / 1e9:.2f} B parameters, {model['quantisation']}, "
        f"{_size(model['file_size'])}",
        f"Machine  {machine['cpu']}, {machine['physical_cores']} physical cores, "
        f"{format_bytes(machine['ram_total'])} RAM",
        f"Options  context {options['n_ctx']}, batch {options['n_batch']}/"
        f"{options['n_ubatch']}, threads {options['n_threads']}/{options['n_threads_batch']}, "
        f"GPU layers {options['n_gpu_layers']}, mmap {'on' if options['use_mmap'] else 'off'}, "
        f"flash attention {'on' if options['flash_attn'] else 'off'}",
        f"Prompt   {_num(rm['prompt_tokens'], 0)} tokens raw; {_num(am['prompt_tokens'], 0)} "
        f"with the chat template ({_num(am['cached_tokens'], 0)} of them reused from the "
        f"cache); {settings['gen_tokens']} generated; median of {settings['repeats']} run(s)",
        f"Order    {settings['order']}; ratios: {ratios['method']}",
    ]
    lines += _speed_table(report)
    busy = machine.get("busy_at_start") or {}
    if busy.get("busy"):
        lines.append(f"Warning: the CPU was {busy['cpu_percent']:.0f}% busy with other work "
                     "when the bench started: the absolute numbers vary with that load; "
                     "the ratios hold better.")
    gui = report.gui
    lines.append("")
    if gui is None:
        lines.append("Event loop  skipped (--no-gui)")
    else:
        lines += [
            f"Event loop  {gui['heartbeat_ms']} ms heartbeat in the real window "
            f"({gui['platform']} platform), gaps between beats:",
            f"{'':4}{'':30}{'max ms':>10}{'p99 ms':>10}{'beats':>8}",
        ]
        parts = [("while the prompt is prefilled", gui["prefill"]),
                 (f"while {gui['tokens_streamed']} tokens stream", gui["streaming"])]
        scale = gui.get("at_scale")  # version 4
        if scale:
            parts += [(f"streaming below {scale['history_messages']} messages", scale["history"]),
                      (f"a {scale['words']}-word answer streaming", scale["long"])]
        for label, part in parts:
            lines.append(f"{'':4}{label:30}{_num(part['max_gap_ms']):>10}"
                         f"{_num(part['p99_gap_ms']):>10}{part['gaps']:>8}")
        if scale:
            lines.append(f"    At scale: {scale['method']}.")
    memory = report.memory
    lines += [
        "",
        f"Memory{'':26}{'anonymous':>12}{'RSS':>12}{'mapped':>12}",
        f"{'  app process, no model':32}{_size(memory['app_process']['anonymous']):>12}"
        f"{_size(memory['app_process']['rss']):>12}",
    ]
    if memory.get("app_window"):
        lines.append(f"{'  app process with the window':32}"
                     f"{_size(memory['app_window']['anonymous']):>12}"
                     f"{_size(memory['app_window']['rss']):>12}")
    for label, key in (("  engine, model loaded", "engine_loaded"),
                       ("  engine, after the runs", "engine_after_runs"),
                       ("  raw process, after the runs", "raw_after_runs")):
        part = memory[key]
        lines.append(f"{label:32}{_size(part['anonymous']):>12}{_size(part['rss']):>12}"
                     f"{_size(part['mapped']):>12}")
    lines.append(f"  {memory['note']}")
    if report.store:
        lines += ["", *describe_store_cost(report.store)]
    if report.summary:
        lines += ["", *describe_summary(report.summary)]
    if report.kv_cache:
        lines += ["", *describe_kv_cache(report.kv_cache)]
    return "\n".join(lines)
