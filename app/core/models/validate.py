"""Check a model file completely before llama.cpp sees it, and describe it.

llama.cpp only finds a truncated copy or a misplaced tensor while loading, sometimes by
crashing; here the same checks run on the header alone (milliseconds, nothing loaded) and
end in a sentence a person can act on: "copy it again", "choose the first part".
"""

from __future__ import annotations

import re
from pathlib import Path

from app.core.models.card import ModelCard, card_from_header
from app.core.models.gguf import GGUFHeader, ModelFileError, padded, read_header
from app.core.units import format_bytes

MAX_PARTS = 1000
# llama.cpp's name for the parts of a split model: name-00001-of-00003.gguf
_PART_NAME = re.compile(r"^(?P<stem>.*)-(?P<no>\d{5})-of-(?P<count>\d{5})\.gguf$")


def validate_model(path: str | Path) -> ModelCard:
    """The card of a usable model file. Raises ModelFileError saying what is wrong."""
    path = Path(path)
    header = read_header(path)
    _check_is_language_model(header, path.name)
    parts = _read_parts(path, header)
    for part_path, part in parts:
        check_tensor_data(part, part_path.name)
    return card_from_header(
        header, path,
        tensors=tuple(tensor for _, part in parts for tensor in part.tensors),
        file_size=sum(part.file_size for _, part in parts),
    )


def model_part_paths(path: str | Path) -> list[Path]:
    """The files that make up a checked model: itself, or every part of a split model."""
    path = Path(path)
    return [part_path for part_path, _ in _read_parts(path, read_header(path))]


def is_later_part(path: Path) -> bool:
    """'name-00002-of-00003.gguf': loaded through its first part, never on its own."""
    match = _PART_NAME.match(path.name)
    return match is not None and int(match["no"]) > 1


def check_tensor_data(header: GGUFHeader, name: str) -> None:
    """Every tensor sits where llama.cpp expects it (one after the other, each aligned) and
    ends inside the file."""
    if not header.tensors:
        raise ModelFileError(f"{name} holds no model weights (only settings or a vocabulary)")
    expected = 0
    for tensor in header.tensors:
        if tensor.offset != expected:
            raise ModelFileError(
                f"in {name} the data of {tensor.name!r} is not where the file's table "
                "says: the file is damaged")
        expected += padded(tensor.nbytes, header.alignment)
    needed = header.data_offset + max(t.offset + t.nbytes for t in header.tensors)
    if needed > header.file_size:
        raise ModelFileError(
            f"{name} is incomplete: the file ends at {format_bytes(header.file_size)} but "
            f"its data needs {format_bytes(needed)}. Copy it again")


def _check_is_language_model(header: GGUFHeader, name: str) -> None:
    metadata = header.metadata
    if not isinstance(metadata.get("general.architecture"), str):
        raise ModelFileError(f"{name} does not say what kind of model it is")
    if metadata.get("general.type") == "adapter":
        raise ModelFileError(f"{name} is an adapter (LoRA) for another model, not a model")
    if header.architecture == "clip" or metadata.get("general.type") == "mmproj":
        raise ModelFileError(f"{name} is the image part of a vision model, not a language model")


def _read_parts(path: Path, header: GGUFHeader) -> list[tuple[Path, GGUFHeader]]:
    """This file alone, or every part of a model split over several files."""
    count = header.metadata.get("split.count", 1)
    if not isinstance(count, int) or count <= 1:
        return [(path, header)]
    if count > MAX_PARTS:
        raise ModelFileError(f"{path.name} claims {count} parts: it is damaged")
    match = _PART_NAME.match(path.name)
    if match is None:
        raise ModelFileError(
            f"{path.name} is one of {count} parts of a model, but its name lacks the "
            "'-00001-of-0000N' ending that llama.cpp needs to find the others")
    names = [f"{match['stem']}-{number:05d}-of-{count:05d}.gguf" for number in range(1, count + 1)]
    if header.metadata.get("split.no", 0) != 0:
        raise ModelFileError(
            f"{path.name} is a later part of a model split over {count} files: "
            f"choose the first part, {names[0]}")
    parts = [(path, header)]
    for part_name in names[1:]:
        part_path = path.with_name(part_name)
        if not part_path.is_file():
            raise ModelFileError(
                f"{part_name} is missing: copy all {count} parts of this model into one folder")
        parts.append((part_path, read_header(part_path)))
    return parts
