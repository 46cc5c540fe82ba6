"""A model file is checked completely before llama.cpp sees it: the demo model passes and is
described as llama.cpp describes it; damaged, truncated and hostile files end in a plain
ModelFileError, never in another exception."""

from __future__ import annotations

import ctypes
import os
import random
import shutil
import struct
import time

import pytest

from app.core.models import ModelFileError, read_header, validate_model
from app.core.models.ggml_types import FILE_TYPES, GGML_TYPES
from tests.core.gguf_files import (
    ARRAY,
    STRING,
    UINT16,
    UINT32,
    gguf_string,
    gguf_value,
    small_llama,
    write_gguf,
)

TINY_TENSORS = [("token_embd.weight", (256, 1000), 2), ("blk.0.attn_norm.weight", (256,), 0),
                ("blk.0.ffn_up.weight", (256, 512), 2)]


# -- the demo model ---------------------------------------------------------------------------
def test_the_demo_model_is_valid_and_checked_quickly(model_path):
    validate_model(model_path)  # warm the page cache: the first read of a file is the disk's
    started = time.perf_counter()
    card = validate_model(model_path)
    assert time.perf_counter() - started < 0.5
    assert card.architecture == "llama" and card.quantisation == "Q4_1"
    assert card.context_length == 8192 and card.layers == 30
    assert (card.attention_heads, card.kv_heads, card.head_dim) == (9, 3, 64)
    assert card.has_chat_template and card.licence == "apache-2.0"
    assert card.file_size == model_path.stat().st_size
    assert card.kv_bytes_per_token() == 2 * 30 * 3 * 64 * 2


@pytest.mark.slow
def test_the_card_says_what_llama_cpp_says_after_loading(model_path):
    llama_cpp = pytest.importorskip("llama_cpp")
    card = validate_model(model_path)
    llm = llama_cpp.Llama(str(model_path), n_ctx=512, verbose=False)
    try:
        model = llm._model
        assert card.context_length == model.n_ctx_train()
        assert card.parameter_count == model.n_params()
        assert card.weights_bytes == model.size()
        assert card.embedding_size == model.n_embd() == llm.n_embd()
        assert card.vocab_size == model.n_vocab()
        assert card.layers == llama_cpp.llama_model_n_layer(model.model)
        assert card.attention_heads == llama_cpp.llama_model_n_head(model.model)
        assert card.kv_heads == llama_cpp.llama_model_n_head_kv(model.model)
        assert model.desc().endswith(card.quantisation)  # "llama 256M Q4_1"
    finally:
        llm.close()


def test_the_ggml_type_table_is_the_one_llama_cpp_was_built_with():
    ggml = pytest.importorskip("llama_cpp._ggml").libggml
    ggml.ggml_type_name.restype = ctypes.c_char_p
    ggml.ggml_blck_size.restype = ctypes.c_int64
    ggml.ggml_type_size.restype = ctypes.c_size_t
    for type_id in range(64):
        name = ggml.ggml_type_name(type_id) if type_id < 43 else None
        if type_id in GGML_TYPES:
            kind = GGML_TYPES[type_id]
            assert name.decode().upper() == kind.name
            assert (ggml.ggml_blck_size(type_id), ggml.ggml_type_size(type_id)) == (
                kind.block_size, kind.type_size)
        elif name is not None:  # the ids ggml removed report a block size of 0
            assert ggml.ggml_blck_size(type_id) == 0, name


def test_the_file_type_names_are_llama_cpps():
    llama_cpp = pytest.importorskip("llama_cpp")
    for number, name in FILE_TYPES.items():
        constant = "LLAMA_FTYPE_ALL_F32" if name == "F32" else f"LLAMA_FTYPE_MOSTLY_{name}"
        assert getattr(llama_cpp, constant) == number


# -- damaged files ----------------------------------------------------------------------------
def test_a_truncated_copy_says_how_much_is_missing(tmp_path, model_path):
    copy = tmp_path / "copied.gguf"
    with open(model_path, "rb") as source, open(copy, "wb") as target:
        target.write(source.read(20_000_000))
    with pytest.raises(ModelFileError) as error:
        validate_model(copy)
    message = str(error.value)
    assert "incomplete" in message and "Copy it again" in message
    assert "20.0 MB" in message and "98.4 MB" in message


@pytest.mark.parametrize("content, words", [
    (b"", "not a GGUF model file"),
    (b"PK\x03\x04 a zip file", "not a GGUF model file"),
    (b"GGUF" + struct.pack(">IQQ", 3, 0, 0), "big-endian"),
    (b"GGUF" + struct.pack("<IQQ", 7, 0, 0), "version 7"),
    (b"GGUF" + struct.pack("<IQQ", 3, 0, 10**9), "claims 1000000000 metadata entries"),
    (b"GGUF" + struct.pack("<IQQ", 3, 10**9, 0), "claims 1000000000 tensors"),
    (b"GGUF" + struct.pack("<IQQ", 3, 0, 1) + struct.pack("<Q", 2**62) + bytes(32),
     "text field"),
])
def test_files_that_are_not_gguf_or_are_cut_short(tmp_path, content, words):
    path = tmp_path / "bad.gguf"
    path.write_bytes(content)
    with pytest.raises(ModelFileError, match=words):
        validate_model(path)


def _tensor(name: str, dims, type_id: int, offset: int = 0) -> bytes:
    return gguf_string(name) + struct.pack(f"<I{len(dims)}qIQ", len(dims), *dims, type_id, offset)


@pytest.mark.parametrize("metadata, tensor, words", [
    ({}, _tensor("t", (32,), 45), "number format 45"),
    ({}, _tensor("t", (32,) * 5, 0), "5 dimensions"),
    ({}, _tensor("t", (-32,), 0), "negative size"),
    ({}, _tensor("t", (2**40, 2**40), 0), "impossibly large"),
    ({}, _tensor("t", (33,), 2), "rows of 33 values"),
    ({}, _tensor("t" * 64, (32,), 0), "name is too long"),
    ({}, _tensor("t", (32,), 0, offset=64), "not where the file's table says"),
    ({"general.alignment": "32"}, _tensor("t", (32,), 0), "alignment"),
    ({"general.alignment": 48}, _tensor("t", (32,), 0), "alignment"),
    ({"general.architecture": 7}, _tensor("t", (32,), 0), "what kind of model"),
    ({"general.type": "adapter"}, _tensor("t", (32,), 0), "adapter"),
])
def test_a_damaged_tensor_table_is_refused(tmp_path, metadata, tensor, words):
    metadata = {"general.architecture": "llama", **metadata}
    body = b"".join(gguf_string(key) + gguf_value(value)
                    for key, value in metadata.items()) + tensor
    path = tmp_path / "bad.gguf"
    header = b"GGUF" + struct.pack("<IQQ", 3, 1, len(metadata)) + body
    path.write_bytes(header + b"\0" * 4096)
    with pytest.raises(ModelFileError, match=words):
        validate_model(path)


def test_duplicates_nested_lists_and_empty_models_are_refused(tmp_path):
    twice = b"GGUF" + struct.pack("<IQQ", 3, 0, 2) + (gguf_string("a") + gguf_value(1)) * 2
    nested = (b"GGUF" + struct.pack("<IQQ", 3, 0, 1) + gguf_string("a")
              + struct.pack("<IIQ", ARRAY, ARRAY, 1) + struct.pack("<IQ", UINT32, 0))
    for content, words in [(twice, "appears twice"), (nested, "holds values of type 9")]:
        (tmp_path / "bad.gguf").write_bytes(content + b"\0" * 64)
        with pytest.raises(ModelFileError, match=words):
            validate_model(tmp_path / "bad.gguf")
    write_gguf(tmp_path / "vocab.gguf", small_llama(), [])
    with pytest.raises(ModelFileError, match="holds no model weights"):
        validate_model(tmp_path / "vocab.gguf")


def test_a_small_written_model_is_described(tmp_path):
    path = write_gguf(tmp_path / "tiny.gguf", small_llama(**{
        "llama.attention.head_count_kv": (UINT32, 2), "tokenizer.ggml.tokens": ["a", "b"]}),
        TINY_TENSORS)
    card = validate_model(path)
    assert card.name == "Tiny" and card.quantisation == "Q4_0" and card.licence is None
    assert card.parameter_count == 256 * 1000 + 256 + 256 * 512
    assert card.weights_bytes == 256 * 1000 // 32 * 18 + 256 * 4 + 256 * 512 // 32 * 18
    assert (card.kv_heads, card.head_dim, card.vocab_size) == (2, 64, 2)
    assert not card.has_chat_template
    header = read_header(path)
    assert header.metadata["tokenizer.ggml.tokens"] == 2 and header.data_offset % 32 == 0


def test_without_a_file_type_the_quantisation_is_the_main_tensor_type(tmp_path):
    metadata = small_llama()
    del metadata["general.file_type"], metadata["general.name"]
    card = validate_model(write_gguf(tmp_path / "guess.gguf", metadata, TINY_TENSORS))
    assert card.quantisation == "Q4_0" and card.name == "guess"


def test_a_model_in_parts_is_read_from_every_part(tmp_path):
    def part(number: int) -> dict:
        return small_llama(**{"split.count": (UINT16, 2), "split.no": (UINT16, number)})

    first = write_gguf(tmp_path / "big-00001-of-00002.gguf", part(0), TINY_TENSORS[:2])
    with pytest.raises(ModelFileError, match="big-00002-of-00002.gguf is missing"):
        validate_model(first)
    second = write_gguf(tmp_path / "big-00002-of-00002.gguf", part(1), TINY_TENSORS[2:])
    card = validate_model(first)
    assert card.parameter_count == 256 * 1000 + 256 + 256 * 512
    assert card.file_size == first.stat().st_size + second.stat().st_size
    with pytest.raises(ModelFileError, match="choose the first part, big-00001-of-00002"):
        validate_model(second)


# -- hostile input ----------------------------------------------------------------------------
def test_a_header_cannot_make_the_check_hold_gigabytes(tmp_path):
    """Two 40 MB texts in a sparse file: each is allowed, together they are implausible."""
    length = 40 * 1024 * 1024
    path = tmp_path / "hostile.gguf"
    with open(path, "wb") as handle:
        handle.write(b"GGUF" + struct.pack("<IQQ", 3, 0, 2))
        for key in ("a", "b"):
            handle.write(gguf_string(key) + struct.pack("<IQ", STRING, length))
            handle.seek(length, os.SEEK_CUR)
        handle.write(bytes(64))
    with pytest.raises(ModelFileError, match="implausible amount of text"):
        read_header(path)


FUZZ_SECONDS = 6.0


def _check_never_crashes(path, original: bytes, mutate, rounds: int, seed: int) -> int:
    """Write mutated headers over `path`; every one gives a card or a ModelFileError."""
    rng, deadline, done = random.Random(seed), time.monotonic() + FUZZ_SECONDS / 2, 0
    fd = os.open(path, os.O_WRONLY)
    try:
        while done < rounds and time.monotonic() < deadline:
            mutated = mutate(bytearray(original), rng)
            os.pwrite(fd, bytes(mutated), 0)
            try:
                validate_model(path)
            except ModelFileError:
                pass
            except Exception as exc:  # noqa: BLE001 - the point of the test
                pytest.fail(f"seed {seed}, round {done}: {type(exc).__name__}: {exc}")
            done += 1
    finally:
        os.close(fd)
    return done


def _flip_bytes(limit: int):
    def mutate(data: bytearray, rng: random.Random) -> bytearray:
        for _ in range(rng.randint(1, 8)):
            at = rng.randrange(min(limit, len(data)))
            data[at] = rng.randrange(256) if rng.random() < 0.5 else data[at] ^ 0xFF
        return data
    return mutate


def test_random_damage_to_the_header_never_crashes_the_check(tmp_path, model_path):
    """A copy of the demo model's header over a hole as large as its data: flips in the
    first 64 KB (counts, types, the vocabulary) and anywhere in the header (the tensor table
    is at its end)."""
    header = read_header(model_path)
    with open(model_path, "rb") as source:
        original = source.read(header.data_offset)
    path = tmp_path / "fuzzed.gguf"
    path.write_bytes(original)
    os.truncate(path, header.file_size)
    assert validate_model(path).parameter_count > 0  # the undamaged copy is valid
    done = _check_never_crashes(path, original, _flip_bytes(64 * 1024), 200, seed=1)
    done += _check_never_crashes(path, original, _flip_bytes(len(original)), 200, seed=2)
    assert done >= 20


def test_any_truncation_of_a_small_model_is_refused(tmp_path):
    metadata = small_llama(**{"tokenizer.ggml.tokens": ["x"] * 50})
    source = write_gguf(tmp_path / "whole.gguf", metadata, TINY_TENSORS)
    size, data_offset = source.stat().st_size, read_header(source).data_offset
    validate_model(source)
    cut = tmp_path / "cut.gguf"
    for length in [*range(0, data_offset + 64, 7), size - 1]:
        shutil.copyfile(source, cut)
        os.truncate(cut, length)
        with pytest.raises(ModelFileError):
            validate_model(cut)
