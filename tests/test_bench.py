"""`offline-assistant bench` on the demo model with tiny sizes, and the 7B fixture script on a
tiny shape. A benchmark: these tests check that every number is measured and reported
consistently, never how fast anything is. llama.cpp's own llama-bench is part of the bench:
`make test` builds it first (`make llama-tools`), and a test fails without it."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys

import pytest

from app.core.bench.llama_bench import find_llama_bench, pick_test
from app.core.bench.raw import prompt_texts
from app.core.bench.stats import gap_stats, summarise_paths
from app.core.bench.store_cost import MEASURES as STORE_MEASURES
from tests.conftest import REPO

BENCH_TIMEOUT_S = 600
# A report the bench wrote before it had a BenchReport type: the keys must stay the same.
REPORT_V1 = REPO / "tests" / "data" / "bench" / "report-v1.json"


def key_shape(value):
    """The keys of a report at every level (the first item standing for a list)."""
    if isinstance(value, dict):
        return {key: key_shape(item) for key, item in value.items()}
    if isinstance(value, list) and value and isinstance(value[0], (dict, list)):
        return [key_shape(value[0])]
    return None


def missing_keys(old, new, where: str = "") -> list[str]:
    """The keys of the `old` shape that the `new` one lacks, as paths. Version 2 only adds
    keys: every reader of a version 1 report finds what it read. What depends on the
    machine or on llama-bench (measured on PATH in version 1) is left out."""
    if not isinstance(old, dict):
        return []
    if not isinstance(new, dict):
        return [where or "(top)"]
    missing = []
    for key, value in old.items():
        path = f"{where}.{key}" if where else key
        if path in ("llama_bench", "machine.gpus"):
            continue
        if key not in new:
            missing.append(path)
        else:
            missing += missing_keys(value, new[key], path)
    return missing


def _bench(tmp_path, *args: str, ctx=2048, prompt=64, gen=16, repeats=1) -> tuple[
        subprocess.CompletedProcess, dict]:
    report = tmp_path / "report.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "app", "bench", "--ctx", str(ctx), "--prompt-tokens", str(prompt),
         "--gen-tokens", str(gen), "--repeats", str(repeats), "--json", str(report), *args],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=BENCH_TIMEOUT_S)
    assert done.returncode == 0, done.stdout + done.stderr
    return done, json.loads(report.read_text(encoding="utf-8"))


def _paired_or_median_ratio(report: dict, key: str, path="app", base="raw") -> float:
    runs, base_runs = report[path]["runs"], report[base]["runs"]
    if report["interleaved"]:
        return statistics.median(a[key] / r[key] for a, r in zip(runs, base_runs))
    return (statistics.median(a[key] for a in runs)
            / statistics.median(r[key] for r in base_runs))


@pytest.mark.slow
def test_bench_reports_every_path_the_window_and_memory(tmp_path, model_path):
    # a small context for the whole summary: the sample report in several chunks; the map
    # step's decoding compared on a model of its own (the demo model under another name)
    other = tmp_path / "map-decode-copy.gguf"
    other.symlink_to(model_path)
    done, report = _bench(tmp_path, "--model", str(model_path), "--threads", "1",
                          "--summary-ctx", "1024", "--scale-words", "1500",
                          "--kv-depth", "128", "--map-tokens", "48",
                          "--map-decode-model", str(other))
    v1 = json.loads(REPORT_V1.read_text(encoding="utf-8"))
    assert list(report) == [*v1, "store", "summary", "kv_cache"]
    assert missing_keys(key_shape(v1), key_shape(report)) == []
    assert report["version"] == 4

    assert report["model"]["file_name"] == model_path.name
    assert report["model"]["file_size"] > 0
    assert report["machine"]["physical_cores"] >= 1 and report["machine"]["system_info"]
    assert report["options"]["n_ctx"] == 2048
    assert report["app"]["options_match"] is True  # same context, threads and batches
    assert report["app"]["options"] == report["options"]

    assert report["llama_bench"]["available"] is True  # `make llama-tools` built it
    assert len(report["llama_bench"]["runs"]) == 1
    for path in ("raw", "app"):
        [run] = report[path]["runs"]
        assert run["prefill_tps"] > 0 and run["decode_tps"] > 0
        assert run["output_tokens"] >= 2
        # the reported speeds are the tokens over the times, as defined in Timings
        fresh = run["prompt_tokens"] - run["cached_tokens"]
        assert run["prefill_tps"] == pytest.approx(fresh / run["prefill_s"])
        assert run["decode_tps"] == pytest.approx((run["output_tokens"] - 1) / run["decode_s"])
        assert report[path]["median"]["prefill_tps"] == run["prefill_tps"]
    raw_run, app_run = report["raw"]["runs"][0], report["app"]["runs"][0]
    assert 56 <= raw_run["prompt_tokens"] <= 64  # the synthetic prompt, cut to the tokenizer
    assert raw_run["output_tokens"] == 16
    assert app_run["prompt_tokens"] > raw_run["prompt_tokens"]  # the chat template's tokens
    assert app_run["wall_ttft_s"] > 0 and app_run["ttft_s"] > 0

    for key, name in (("prefill_tps", "prefill"), ("decode_tps", "decode")):
        assert report["ratios"][name] == pytest.approx(_paired_or_median_ratio(report, key))

    gui = report["gui"]
    assert gui["platform"] == "offscreen"
    # The window samples at its own temperature: a short answer may end before the bench
    # presses Stop after 16 tokens.
    assert gui["tokens_streamed"] >= 1
    assert gui["finish_reason"] in ("cancelled", "stop")
    if gui["finish_reason"] == "cancelled":
        assert gui["tokens_streamed"] >= 16 and gui["stop_to_shown_s"] >= 0
    for phase in ("prefill", "streaming"):
        assert gui[phase]["gaps"] > 0
        assert gui[phase]["max_gap_ms"] >= gui[phase]["p99_gap_ms"] >= 0
    scale = gui["at_scale"]  # #13 point 6: below 200 messages, and a long answer
    assert scale["history_messages"] == 200 and scale["words"] == 1500
    for phase in ("history", "long"):
        assert scale[phase]["gaps"] > 10  # beats went on while it streamed
        assert scale[phase]["max_gap_ms"] >= scale[phase]["p99_gap_ms"] > 0

    memory = report["memory"]
    for key in ("app_process", "app_window", "engine_loaded", "engine_after_runs",
                "raw_after_runs"):
        assert memory[key]["anonymous"] > 0 and memory[key]["rss"] > 0, key
    assert memory["use_mmap"] is True and "mmap" in memory["note"]

    for side in ("plain", "encrypted"):  # the data file's cost of encryption (#11)
        assert set(report["store"][side]) == set(STORE_MEASURES)
        assert all(0 < seconds < 5 for seconds in report["store"][side].values())

    kv = report["kv_cache"]  # f16 against q8_0 through llama-bench (#13 point 7)
    assert (kv["depth"], kv["chosen"]) == (128, "f16")
    assert all(kv[way]["prefill_tps"] > 0 and kv[way]["decode_tps"] > 0
               for way in ("f16", "q8_0"))
    assert kv["ratios"]["memory"] == pytest.approx(34 / 64, rel=0.01)
    assert kv["ratios"]["decode"] == pytest.approx(
        kv["q8_0"]["decode_tps"] / kv["f16"]["decode_tps"])

    summary = report["summary"]  # a whole job of the sample report (#13 points 5 and 8)
    assert summary["document"] == "sample-report.md" and summary["chunks"] >= 2
    assert summary["combines"] >= 1 and summary["document_tokens"] > 500
    assert summary["amplification"] == pytest.approx(
        summary["prefilled_tokens"] / summary["document_tokens"])
    # instructions around every chunk and the partial summaries combined are read too
    assert summary["amplification"] > 1
    assert summary["wall_s"] >= summary["prefill_s"] + summary["decode_s"] > 0
    eta = summary["eta"]
    assert eta["estimates"] >= 1 and eta["first_at_s"] >= 0.1 * summary["wall_s"]
    assert eta["max_error"] >= eta["first_error"] >= 0
    change = summary["style_change"]  # a second style takes the first's notes (#13 point 3)
    assert (change["first"], change["second"]) == ("brief", "key_points")
    assert change["second_calls"] == 1 < change["first_calls"]
    assert change["share"] == pytest.approx(change["second_wall_s"] / change["first_wall_s"])
    assert change["share"] < 1
    decode = summary["map_decode"]  # the map step's parts one by one, then at once (point 2)
    assert decode["sequences"] >= 2 and decode["tokens"]["parallel"] > 0
    assert decode["ratio"] == pytest.approx(decode["parallel_tps"] / decode["sequential_tps"])
    assert "at most 48 tokens each" in decode["method"]  # --map-tokens (the test's time)
    assert decode["model"] == "map-decode-copy"  # --map-decode-model
    assert f"Map decode  {decode['sequences']} parts, map-decode-copy:" in done.stdout
    # Fast reading needs a model a quarter of the demo's size at most: there is none to read
    # for it, and the report says so (a 7B model beside the demo measures it: point 4)
    assert "at most a quarter of the parameters" in summary["fast_reading"]["skipped"]

    for label in ("Prefill tok/s", "Decode tok/s", "app/lb", "app/lcp", "Event loop", "Memory",
                  "store cost of encryption", "finish_chunk (commit)", "prefill amplification",
                  "ETA error after 10%", "streaming below 200 messages", "q8_0 / f16",
                  "a 1500-word answer streaming", "a second style (key_points)", "Map decode",
                  "Fast        not measured"):
        assert label in done.stdout


@pytest.mark.slow
def test_bench_runs_llama_bench_in_turn_at_the_apps_settings(tmp_path, model_path):
    exe, why_not = find_llama_bench()
    assert exe is not None, why_not  # `make test` builds it: `make llama-tools`
    # one thread: on a 2-core machine shared with other work, two threads wait on each
    # other at every step, and llama-bench, raw and app each get a different share of that
    done, report = _bench(tmp_path, "--model", str(model_path), "--no-gui", "--no-summary",
                          "--kv-depth", "0", "--threads", "1",
                          ctx=512, prompt=32, gen=8, repeats=2)
    assert report["options"]["n_threads"] == report["app"]["options"]["n_threads"] == 1
    assert report["gui"] is None and "skipped (--no-gui)" in done.stdout

    bench, options = report["llama_bench"], report["options"]
    assert bench["available"] is True and bench["why_not"] is None
    assert str(exe) in bench["method"]
    for test, command in bench["commands"].items():
        assert command[0] == str(exe)
        flags = dict(zip(command[1::2], command[2::2]))
        assert flags["-m"] == str(model_path)
        assert flags["-t"] == str(options["n_threads"])
        assert (flags["-b"], flags["-ub"]) == (str(options["n_batch"]), str(options["n_ubatch"]))
        assert flags["-fa"] == ("on" if options["flash_attn"] else "off")
        assert flags["-lm"] == ("mmap" if options["use_mmap"] else "none")
        assert flags["-ctk"] == flags["-ctv"] == "f16"  # the cache the app chose here
        assert flags["-r"] == "1" and flags["-o"] == "json"
        # prefill from an empty context; decode after a prompt as long as the others' own
        expected = {"prefill": ("32", "0", "0"), "decode": ("0", "8", "32")}[test]
        assert (flags["-p"], flags["-n"], flags["-d"]) == expected

    # one run of each path per round, on the same sizes
    assert [len(report[p]["runs"]) for p in ("llama_bench", "raw", "app")] == [2, 2, 2]
    assert report["settings"]["order"].startswith("interleaved (llama-bench, raw, app")
    for run in bench["runs"]:
        assert (run["prompt_tokens"], run["output_tokens"], run["depth"]) == (32, 8, 32)
        assert run["prefill_tps"] == pytest.approx(32 / run["prefill_s"], rel=1e-3)
        assert run["decode_tps"] == pytest.approx(8 / run["decode_s"], rel=1e-3)

    ratios = report["ratios"]
    for path, name in (("app", "app_vs_llama_bench"), ("raw", "raw_vs_llama_bench")):
        for key, speed in (("prefill_tps", "prefill"), ("decode_tps", "decode")):
            value = ratios[name][speed]
            assert value == pytest.approx(
                _paired_or_median_ratio(report, key, path, "llama_bench"))
            # the same kernels on the same machine: a ratio far from 1 is a unit or a
            # matching mistake (a 2-core machine shared with other work varies a lot)
            assert 0.1 < value < 10, (name, speed, value)
    for label in ("llama-bench", "llama-cpp-py", "app/lb", "lcp/lb", "How each column"):
        assert label in done.stdout


def test_bench_refuses_a_context_too_small_for_the_prompt(tmp_path, model_path):
    done = subprocess.run(
        [sys.executable, "-m", "app", "bench", "--model", str(model_path), "--ctx", "512",
         "--prompt-tokens", "600", "--json", str(tmp_path / "r.json"), "--no-gui"],
        cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 3
    assert "--ctx" in done.stderr
    assert not (tmp_path / "r.json").exists()


def test_prompt_texts_fit_the_budget_and_differ_from_the_start():
    def tokenize(text: str) -> list[str]:
        return text.split()

    def detokenize(tokens: list[str]) -> str:
        return " ".join(tokens)

    texts = prompt_texts(tokenize, detokenize, 50, 3)
    assert [len(tokenize(t)) for t in texts] == [50, 50, 50]
    assert len({t.split()[1] for t in texts}) == 3  # the prefix cache cannot skip a repeat


def test_gap_stats_count_gaps_that_touch_the_window():
    beats = [0.00, 0.01, 0.02, 0.05, 0.06, 0.07, 0.20]
    stats = gap_stats(beats, start=0.015, end=0.065)
    # gaps 0.01-0.02 (ends inside), 0.02-0.05, 0.05-0.06, 0.06-0.07 (starts inside)
    assert stats["gaps"] == 4
    assert stats["max_gap_ms"] == pytest.approx(30)
    assert stats["p99_gap_ms"] == pytest.approx(30)
    assert gap_stats([], 0, 1)["max_gap_ms"] is None


def test_ratios_pair_interleaved_runs_and_compare_medians_otherwise():
    raw = [{"prefill_tps": 100.0, "decode_tps": 10.0}, {"prefill_tps": 50.0, "decode_tps": 5.0},
           {"prefill_tps": 100.0, "decode_tps": 10.0}]
    app = [{"prefill_tps": 90.0, "decode_tps": 9.0}, {"prefill_tps": 45.0, "decode_tps": 4.5},
           {"prefill_tps": 80.0, "decode_tps": 9.5}]
    lb = [{"prefill_tps": 100.0, "decode_tps": 20.0}, {"prefill_tps": 90.0, "decode_tps": 5.0},
          {"prefill_tps": 100.0, "decode_tps": 10.0}]
    paired = summarise_paths({"runs": raw}, {"runs": app}, True, {"runs": lb})
    assert paired["prefill"] == pytest.approx(0.9)  # median of 0.9, 0.9, 0.8
    assert paired["decode"] == pytest.approx(0.9)  # median of 0.9, 0.9, 0.95
    assert paired["app_vs_llama_bench"]["prefill"] == pytest.approx(0.8)  # .9, .5, .8
    assert paired["app_vs_llama_bench"]["decode"] == pytest.approx(0.9)  # .45, .9, .95
    assert paired["raw_vs_llama_bench"]["decode"] == pytest.approx(1.0)  # .5, 1, 1
    blocks = summarise_paths({"runs": raw}, {"runs": app}, False, {"runs": lb})
    assert blocks["prefill"] == pytest.approx(80.0 / 100.0)
    assert blocks["decode"] == pytest.approx(9.0 / 10.0)
    assert blocks["app_vs_llama_bench"]["decode"] == pytest.approx(9.0 / 10.0)
    without = summarise_paths({"runs": raw}, {"runs": app}, True)
    assert without["app_vs_llama_bench"] is None and without["decode"] == pytest.approx(0.9)


def test_the_spread_of_the_runs_is_reported():
    raw = {"runs": [{"prefill_tps": 100.0, "decode_tps": 10.0},
                    {"prefill_tps": 80.0, "decode_tps": 12.0},
                    {"prefill_tps": 90.0, "decode_tps": 11.0}]}
    summarise_paths(raw, {"runs": raw["runs"]}, True)
    assert raw["spread"]["prefill_tps"] == {"min": 80.0, "max": 100.0,
                                            "relative": pytest.approx(20 / 90)}
    assert raw["spread"]["decode_tps"]["relative"] == pytest.approx(2 / 11)


def test_llama_bench_json_is_read():
    rows = [
        {"build_commit": "abc", "n_prompt": 512, "n_gen": 0, "n_depth": 0, "avg_ns": 1.3e9,
         "avg_ts": 390.0},
        {"build_commit": "abc", "n_prompt": 0, "n_gen": 128, "n_depth": 512, "avg_ns": 0.9e9,
         "avg_ts": 140.0},
    ]
    assert pick_test(rows, "prefill") is rows[0]
    assert pick_test(rows, "decode") is rows[1]
    with pytest.raises(ValueError):
        pick_test(rows[:1], "decode")
    with pytest.raises(ValueError):  # a test that measured nothing
        pick_test([{**rows[0], "avg_ts": 0}], "prefill")


@pytest.mark.slow
def test_fixture_script_writes_a_model_llama_cpp_loads(tmp_path, model_path):
    from app.core.engine import EngineClient, Finished
    from app.core.models import validate_model

    out = tmp_path / "tiny.gguf"
    done = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "make_7b_fixture.py"), str(out),
         "--layers", "2", "--width", "256", "--tokenizer-from", str(model_path)],
        capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "noise" in done.stdout.lower()
    assert not (tmp_path / "tiny.f16.gguf").exists()  # the intermediate is removed

    card = validate_model(out)
    assert (card.layers, card.embedding_size, card.quantisation) == (2, 256, "Q4_K_M")
    assert card.vocab_size == validate_model(model_path).vocab_size
    assert card.has_chat_template

    client = EngineClient()
    try:
        client.load(out, n_ctx=512)
        events = list(client.generate([{"role": "user", "content": "Hello"}],
                                      max_tokens=3, temperature=0))
    finally:
        client.close()
    assert isinstance(events[-1], Finished)
    assert events[-1].timings.prompt_tokens > 1
