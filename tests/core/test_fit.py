"""Will a model fit? The estimate is checked against what llama.cpp itself reserves for the
demo model, and the verdicts and advice against machines of every size, up to a model
larger than any laptop's memory."""

from __future__ import annotations

import json
import re
import struct
import subprocess
import sys
from dataclasses import replace

import pytest

from app.core.engine.native import cpu_features
from app.core.models import check_fit, estimate_memory, read_header, validate_model
from app.core.models import hardware as hardware_module
from app.core.models.fit import compute_buffer_bytes, gpu_layers_that_fit, kv_cache_bytes
from app.core.models.hardware import GpuInfo, Hardware, parse_system_info, probe
from app.core.models.options import LoadOptions
from app.core.models.plan import choose_options, context_candidates, with_sequences
from tests.core.gguf_files import gguf_string, small_llama, tensor_table, write_gguf

GB = 1000**3
MIB = 1024**2

# Loads the model as the engine host would, with llama.cpp's log on stderr.
LOAD_AND_LOG = """
import json, sys
from llama_cpp import Llama
path, runs = sys.argv[1], json.loads(sys.argv[2])
for options in runs:
    print("=== n_ctx", options["n_ctx"], file=sys.stderr, flush=True)
    llm = Llama(model_path=path, verbose=True, **options)
    llm.close()
"""


def machine(free: float, total: float = 32, *, cores: int = 4, gpus=()) -> Hardware:
    return Hardware(cpu="test CPU", physical_cores=cores, logical_cores=cores * 2,
                    ram_total=int(total * GB), ram_available=int(free * GB),
                    system="Test", gpus=list(gpus))


@pytest.fixture(scope="module")
def card(model_path):
    return validate_model(model_path)


@pytest.fixture(scope="module")
def llama_cpp_reports(model_path):
    return reports_of_llama_cpp(model_path, [1024, 4096, 8192])


def reports_of_llama_cpp(path, contexts: list[int]) -> dict[int, dict[str, int]]:
    """KV cache and compute buffer (with the output buffer) in bytes, per n_ctx, as
    llama.cpp logs them while loading the model with LoadOptions' defaults."""
    runs = [{**LoadOptions(n_ctx=n_ctx).as_dict(), "n_threads": 1, "n_threads_batch": 1}
            for n_ctx in contexts]
    done = subprocess.run([sys.executable, "-c", LOAD_AND_LOG, str(path), json.dumps(runs)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    reports = {}
    for section in done.stderr.split("=== n_ctx ")[1:]:
        reports[int(section.split()[0])] = {
            "kv": _mib_sum(r"KV buffer size =\s*([\d.]+) MiB", section),
            "compute": _mib_sum(r"compute buffer size =\s*([\d.]+) MiB", section)
            + _mib_sum(r"output buffer size =\s*([\d.]+) MiB", section),
        }
    return reports


def _mib_sum(pattern: str, text: str) -> int:
    found = [float(size) for size in re.findall(pattern, text)]
    assert found, f"llama.cpp no longer logs {pattern!r}"
    return int(sum(found) * MIB)


# -- the estimate against llama.cpp -----------------------------------------------------------
@pytest.mark.slow
@pytest.mark.parametrize("n_ctx", [1024, 4096])
def test_kv_cache_and_compute_buffer_match_llama_cpp_within_10_percent(card, llama_cpp_reports,
                                                                       n_ctx):
    reported = llama_cpp_reports[n_ctx]
    options = LoadOptions(n_ctx=n_ctx)
    estimate = estimate_memory(card, options)
    assert estimate.kv_cache == pytest.approx(reported["kv"], rel=0.10)
    assert estimate.compute_buffer == pytest.approx(reported["compute"], rel=0.10)
    assert estimate.weights == card.weights_bytes


@pytest.mark.slow
def test_at_8192_tokens_the_attention_scores_are_the_largest_buffer(card, llama_cpp_reports):
    reported = llama_cpp_reports[8192]
    estimate = estimate_memory(card, LoadOptions(n_ctx=8192))
    assert estimate.kv_cache == pytest.approx(reported["kv"], rel=0.10)
    assert estimate.compute_buffer == pytest.approx(reported["compute"], rel=0.10)
    assert reported["compute"] > 1.5 * llama_cpp_reports[4096]["compute"]


@pytest.mark.slow
def test_the_estimate_holds_for_a_7b_wide_model(tmp_path, model_path):
    """One layer as wide as an 8B model's (4096, 32 heads, 8 KV heads, feed-forward 14336),
    the demo model's vocabulary, zero weights in a sparse file: llama.cpp sizes its buffers
    from the shape alone."""
    path = _reshaped_demo_model(tmp_path, model_path, width=4096, heads=32, kv_heads=8,
                                feed_forward=14336)
    card = validate_model(path)
    for n_ctx, reported in reports_of_llama_cpp(path, [512, 4096]).items():
        estimate = estimate_memory(card, LoadOptions(n_ctx=n_ctx))
        assert estimate.kv_cache == pytest.approx(reported["kv"], rel=0.10)
        assert estimate.compute_buffer == pytest.approx(reported["compute"], rel=0.10)


def _reshaped_demo_model(tmp_path, model_path, *, width, heads, kv_heads, feed_forward):
    header = read_header(model_path)
    with open(model_path, "rb") as source:
        raw = source.read(header.data_offset)
    settings = bytearray(raw[24:raw.find(gguf_string("token_embd.weight"))])  # tokenizer & co
    for key, value in {"llama.embedding_length": width, "llama.attention.head_count": heads,
                       "llama.attention.head_count_kv": kv_heads, "llama.block_count": 1,
                       "llama.feed_forward_length": feed_forward,
                       "llama.rope.dimension_count": width // heads}.items():
        at = settings.index(gguf_string(key) + struct.pack("<I", 4)) + len(gguf_string(key)) + 4
        settings[at:at + 4] = struct.pack("<I", value)
    kv_width, f16 = kv_heads * width // heads, 1
    tensors = [("token_embd.weight", (width, header.metadata["llama.vocab_size"]), f16),
               ("output_norm.weight", (width,), 0), ("blk.0.attn_norm.weight", (width,), 0),
               ("blk.0.attn_q.weight", (width, width), f16),
               ("blk.0.attn_k.weight", (width, kv_width), f16),
               ("blk.0.attn_v.weight", (width, kv_width), f16),
               ("blk.0.attn_output.weight", (width, width), f16),
               ("blk.0.ffn_norm.weight", (width,), 0),
               ("blk.0.ffn_gate.weight", (width, feed_forward), f16),
               ("blk.0.ffn_up.weight", (width, feed_forward), f16),
               ("blk.0.ffn_down.weight", (feed_forward, width), f16)]
    kv_count = struct.unpack_from("<Q", raw, 16)[0]
    table, size = tensor_table(tensors)
    start = b"GGUF" + struct.pack("<IQQ", 3, len(tensors), kv_count) + bytes(settings) + table
    start += bytes(-len(start) % 32)
    path = tmp_path / "wide.gguf"
    with open(path, "wb") as handle:
        handle.write(start)
        handle.truncate(len(start) + size)
    return path


def test_the_compute_buffer_grows_with_the_attention_scores_of_long_contexts(card):
    # Measured for the demo model: 98-99 MiB up to 4096 tokens (the logits of a 512-token
    # batch are the largest buffer), 166.4 MiB at 8192 (the attention scores are).
    assert compute_buffer_bytes(card, LoadOptions(n_ctx=8192)) == pytest.approx(
        (166.38 + 0.19) * MIB, rel=0.10)
    assert compute_buffer_bytes(card, LoadOptions(n_ctx=4096, n_ubatch=256)) == pytest.approx(
        (49.69 + 0.19) * MIB, rel=0.10)
    flash = compute_buffer_bytes(card, LoadOptions(n_ctx=8192, flash_attn=True))
    assert flash < compute_buffer_bytes(card, LoadOptions(n_ctx=8192))


def test_kv_cache_follows_the_context(card):
    assert kv_cache_bytes(card, 4096) == 4 * kv_cache_bytes(card, 1024) == 90 * MIB
    assert kv_cache_bytes(card, 1000) == kv_cache_bytes(card, 1024)  # llama.cpp pads to 256


def test_weights_count_in_both_load_modes_and_mmap_says_they_are_file_pages(card):
    mapped = estimate_memory(card, LoadOptions(n_ctx=2048), use_mmap=True)
    read = estimate_memory(card, LoadOptions(n_ctx=2048), use_mmap=False)
    assert mapped.total == read.total
    assert (mapped.file_pages, read.file_pages) == (card.weights_bytes, 0)
    parts = mapped.weights + mapped.kv_cache + mapped.compute_buffer + mapped.margin
    assert mapped.total == parts


# -- verdicts and advice ----------------------------------------------------------------------
def test_the_demo_model_fits_a_small_machine(card):
    fit = check_fit(card, machine(free=4), LoadOptions(n_ctx=4096))
    assert fit.verdict == "fits" and fit.fits
    assert fit.message.startswith("This model needs about") and "4.0 GB is free" in fit.message


def test_tight_and_will_not_fit_with_what_to_do(card):
    options = LoadOptions(n_ctx=8192)
    needed = estimate_memory(card, options).total
    tight = check_fit(card, machine(free=needed / 0.9 / GB), options)
    assert tight.verdict == "tight" and tight.fits and "may become slow" in tight.message
    short = check_fit(card, machine(free=needed / 1.2 / GB), options)
    assert short.verdict == "will not fit" and not short.fits
    assert short.needed_bytes == needed and short.available_bytes < needed
    assert "a shorter context" in short.message and "Close other programs" in short.message
    assert "quantisation" not in short.message  # Q4_1 is already small


def test_a_big_unquantised_model_is_told_to_take_q4_k_m(tmp_path):
    card = validate_model(_write_large_model(tmp_path, layers=32, width=4096, file_type=1))
    fit = check_fit(card, machine(free=4, total=16), LoadOptions(n_ctx=4096))  # 5.6 GB
    assert fit.verdict == "will not fit"
    assert "choose a smaller quantisation (Q4_K_M)" in fit.message
    larger = validate_model(_write_large_model(tmp_path, layers=96, width=4096, file_type=1))
    fit = check_fit(larger, machine(free=12, total=16), LoadOptions(n_ctx=4096))  # 17 GB
    assert fit.message.endswith("16.0 GB of memory in all: choose a smaller quantisation "
                                "(Q4_K_M).")


def test_a_model_larger_than_the_computer_is_refused_with_both_numbers(tmp_path):
    """A 200+ GB model: the file is sparse, as large as its header claims, on no disk."""
    try:
        path = _write_large_model(tmp_path, layers=80, width=16384, file_type=1)
    except OSError as exc:
        pytest.skip(f"this file system cannot hold a sparse 200 GB file: {exc}")
    card = validate_model(path)  # structurally valid
    assert card.file_size > 200 * GB and card.weights_bytes > 200 * GB
    fit = check_fit(card, machine(free=10, total=16), LoadOptions(n_ctx=2048))
    assert fit.verdict == "will not fit" and fit.needed_bytes > 200 * GB
    needed = re.search(r"needs ([\d.]+) GB; ([\d.]+) GB is free", fit.message)
    assert needed and float(needed[1]) > 200 and needed[2] == "10.0"
    assert "16.0 GB of memory in all: choose a smaller model." in fit.message  # even as Q4_K_M
    assert "Close other programs" not in fit.message  # closing programs cannot free 200 GB
    options = choose_options(card, hardware=machine(free=10, total=16))
    assert check_fit(card, machine(free=10, total=16), options).verdict == "will not fit"


def _write_large_model(tmp_path, *, layers: int, width: int, file_type: int):
    metadata = small_llama(**{"llama.block_count": layers, "llama.embedding_length": width,
                              "llama.attention.head_count": width // 128,
                              "llama.attention.head_count_kv": 8,
                              "llama.feed_forward_length": width * 5,
                              "llama.context_length": 32768, "llama.vocab_size": 32000,
                              "general.file_type": file_type})
    tensors = [("token_embd.weight", (width, 32000), 1)]
    for layer in range(layers):
        tensors += [(f"blk.{layer}.attn_norm.weight", (width,), 0),
                    (f"blk.{layer}.ffn_up.weight", (width, width * 5), 1)]
    return write_gguf(tmp_path / f"large-{layers}x{width}.gguf", metadata, tensors)


# -- the options chosen from the card ---------------------------------------------------------
def test_the_longest_context_that_fits_is_chosen(card):
    roomy = choose_options(card, hardware=machine(free=16, cores=6))
    assert roomy.n_ctx == 8192 and roomy.n_threads == roomy.n_threads_batch == 6
    assert roomy.n_gpu_layers == 0
    at_4096 = estimate_memory(card, LoadOptions(n_ctx=4096)).total
    modest = choose_options(card, hardware=machine(free=at_4096 / 0.8 / GB))
    small = machine(free=at_4096 / 0.8 / GB)
    # f16 fits 4096 tokens here, not 6144; a q8_0 cache with flash attention (no attention
    # scores to hold) fits all 8192
    assert check_fit(card, small, LoadOptions(n_ctx=6144)).verdict != "fits"
    assert check_fit(card, small, LoadOptions(n_ctx=8192).with_q8_0_cache()).verdict == "fits"
    assert (modest.n_ctx, modest.kv_cache_type) == (8192, "q8_0")
    assert choose_options(card, hardware=machine(free=16), n_ctx=1536).n_ctx == 1536


def test_several_answers_at_once_only_where_a_cache_for_each_plainly_fits(card):
    one = LoadOptions(n_ctx=8192)
    needed = {n: estimate_memory(card, replace(one, n_seq=n)).total for n in (1, 2, 4)}
    kv = {n: estimate_memory(card, replace(one, n_seq=n)).kv_cache for n in (1, 4)}
    assert kv[4] == 4 * kv[1]  # a KV cache per sequence, counted in the memory check
    assert with_sequences(card, machine(free=64), one).n_seq == 4
    # room for two caches with the margin, not for four: two
    between = (needed[2] + needed[4]) / 2 / 0.85 / GB
    assert with_sequences(card, machine(free=between), one).n_seq == 2
    # tight already with one: one
    assert with_sequences(card, machine(free=needed[1] / 0.9 / GB), one).n_seq == 1
    # layers on a GPU were placed for one cache: one
    on_gpu = replace(one, n_gpu_layers=-1)
    assert with_sequences(card, machine(free=64), on_gpu).n_seq == 1


def test_context_candidates_stay_within_the_trained_context(card):
    assert context_candidates(card)[0] == 8192 and context_candidates(card)[-1] == 512
    trained_2500 = replace(card, context_length=2500)
    assert context_candidates(trained_2500)[:2] == [2304, 2048]
    assert context_candidates(replace(card, context_length=100)) == [512]


def test_gpu_layers_fill_the_graphics_card_only_when_offload_is_possible(card):
    big = GpuInfo("Big GPU", 24 * GB, 20 * GB)
    small = GpuInfo("Small GPU", 1 * GB, int(0.25 * GB))
    options = LoadOptions(n_ctx=4096)
    assert gpu_layers_that_fit(card, big, options) == -1
    partly = gpu_layers_that_fit(card, small, options)
    assert 0 < partly < card.layers
    assert gpu_layers_that_fit(card, GpuInfo("Tiny", GB, 10 * MIB), options) == 0
    with_gpu = machine(free=16, gpus=[big])
    assert choose_options(card, hardware=with_gpu).n_gpu_layers == 0  # a CPU build
    offloaded = choose_options(card, hardware=with_gpu, gpu_offload=True)
    assert offloaded.n_gpu_layers == -1
    estimate = estimate_memory(card, offloaded)
    assert estimate.gpu > card.weights_bytes and estimate.weights == 0


# -- hardware ---------------------------------------------------------------------------------
def test_apple_silicon_has_a_metal_gpu_in_the_main_memory(monkeypatch):
    monkeypatch.setattr(hardware_module.platform, "system", lambda: "Darwin")
    monkeypatch.setattr(hardware_module.platform, "machine", lambda: "arm64")
    monkeypatch.setattr(hardware_module, "_sysctl", lambda name: "Apple M2 Pro")
    gpus = hardware_module.apple_gpus(16 * 1024**3, 10 * 1024**3)
    assert [gpu.name for gpu in gpus] == ["Apple M2 Pro GPU (Metal)"]
    assert gpus[0].unified and gpus[0].vram_total == int(16 * 1024**3 * 2 / 3)
    assert gpus[0].vram_free == 10 * 1024**3
    assert hardware_module.apple_gpus(64 * 1024**3, GB)[0].vram_total == 48 * 1024**3
    assert hardware_module.cpu_name() == "Apple M2 Pro"


def test_unified_memory_is_counted_once(card):
    mac = machine(free=8, total=16, gpus=[GpuInfo("M2 (Metal)", 10 * GB, 8 * GB, unified=True)])
    options = choose_options(card, hardware=mac, gpu_offload=True)
    assert options.n_gpu_layers == -1
    fit = check_fit(card, mac, options)
    assert fit.estimate.gpu == 0 and fit.needed_bytes == estimate_memory(
        card, replace(options, n_gpu_layers=0)).total


def test_elsewhere_the_probe_is_quiet_about_apple():
    if hardware_module.is_apple_silicon():
        pytest.skip("this is a Mac")
    assert hardware_module.apple_gpus(16 * GB, 8 * GB) == []
    assert not hardware_module.probe().unified_memory


def test_nvml_is_asked_once_and_no_driver_means_no_gpu():
    # nvidia-ml-py is installed with the app; the driver only on NVIDIA machines
    import pynvml

    first, again = hardware_module.nvidia_gpus(), hardware_module.nvidia_gpus()
    assert hardware_module._nvml.cache_info().misses == 1  # one init for the process
    try:
        pynvml.nvmlDeviceGetCount()
        has_driver = True
    except pynvml.NVMLError:
        has_driver = False
    assert bool(first) == has_driver and [g.name for g in again] == [g.name for g in first]


def test_system_info_is_parsed_per_feature():
    text = "Metal : EMBED_LIBRARY = 1 | BF16 = 1 | CPU : NEON = 1 | ARM_FMA = 1 | "
    assert parse_system_info(text) == {"Metal": "backend", "EMBED_LIBRARY": "1", "BF16": "1",
                                       "CPU": "backend", "NEON": "1", "ARM_FMA": "1"}
    features = cpu_features()
    assert features.get("CPU") == "backend"


def test_engine_refuses_a_model_larger_than_memory_before_starting(tmp_path):
    from app.core.engine import EngineClient, EngineError

    huge = _write_large_model(tmp_path, layers=80, width=16384, file_type=1)
    client = EngineClient()
    with pytest.raises(EngineError, match="will not fit|needs") as caught:
        client.load(huge)
    assert caught.value.kind == "memory"
    assert "GB" in str(caught.value) and "free" in str(caught.value)
    assert client.model is None
    # refused before llama.cpp could try and crash; with a GPU the engine process was only
    # asked whether its build can offload
    try:
        assert not client.alive or probe().gpus
    finally:
        client.close()


# -- a q8_0 KV cache where it lets a longer context fit (#13 point 7) ------------------------
@pytest.mark.slow
def test_a_q8_0_cache_is_estimated_as_llama_cpp_reserves_it(card, model_path):
    options = LoadOptions(n_ctx=8192).with_q8_0_cache()
    runs = [{**options.as_dict(), "n_threads": 1, "n_threads_batch": 1}]
    done = subprocess.run([sys.executable, "-c", LOAD_AND_LOG, str(model_path), json.dumps(runs)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "q8_0" in done.stderr  # llama.cpp took the cache type (it logs K (q8_0) …)
    reported_kv = _mib_sum(r"KV buffer size =\s*([\d.]+) MiB", done.stderr)
    estimate = estimate_memory(card, options)
    assert estimate.kv_cache == pytest.approx(reported_kv, rel=0.10)
    assert estimate.kv_cache < 0.6 * estimate_memory(card, LoadOptions(n_ctx=8192)).kv_cache
    # flash attention keeps no attention scores: the compute buffer stays small
    reported_compute = (_mib_sum(r"compute buffer size =\s*([\d.]+) MiB", done.stderr)
                        + _mib_sum(r"output buffer size =\s*([\d.]+) MiB", done.stderr))
    assert estimate.compute_buffer == pytest.approx(reported_compute, rel=0.10)


def test_a_q8_0_cache_is_chosen_only_where_the_longer_context_needs_it(card):
    plain = estimate_memory(card, LoadOptions(n_ctx=8192)).total
    quantised = estimate_memory(card, LoadOptions(n_ctx=8192).with_q8_0_cache()).total
    assert quantised < plain
    roomy = choose_options(card, hardware=machine(free=16))
    assert (roomy.n_ctx, roomy.kv_cache_type, roomy.flash_attn) == (8192, "f16", False)
    # room for 8192 tokens with a q8_0 cache, not with f16: the longer context wins
    between = machine(free=(quantised + plain) / 2 / 0.85 / GB)
    assert check_fit(card, between, LoadOptions(n_ctx=8192)).verdict != "fits"
    chosen = choose_options(card, hardware=between)
    assert (chosen.n_ctx, chosen.kv_cache_type, chosen.flash_attn) == (8192, "q8_0", True)
    fit = check_fit(card, between, chosen)
    assert fit.verdict == "fits" and "KV cache is kept as q8_0" in fit.message
    assert "q8_0" not in check_fit(card, between, LoadOptions(n_ctx=2048)).message
    # a context the user asked for: q8_0 only when f16 does not fit it
    assert choose_options(card, hardware=between, n_ctx=8192).kv_cache_type == "q8_0"
    assert choose_options(card, hardware=between, n_ctx=2048).kv_cache_type == "f16"
