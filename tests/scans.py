"""Scans made from a known text: a page printed with Pillow, then spoiled the way a
scanner spoils it (grey noise, a slight tilt), saved as PNG, multi-page TIFF or an
image-only PDF. What the OCR reads back is compared with the text that was printed."""

from __future__ import annotations

import textwrap
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

DPI = 200
A4_PIXELS = (1654, 2339)  # 210 × 297 mm at 200 dots per inch
_FONTS = ("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",)

KNOWN_TEXT = (
    "The board of the hospital met on 14 March 2025 to review the annual budget. "
    "Revenue rose to 4,215 million ringgit, up 12 percent on the year before, while "
    "operating costs stayed close to plan. The committee asked the finance office to "
    "report on overdue invoices by the end of June, and approved two new posts in the "
    "pharmacy. Laporan kewangan menunjukkan bahawa perbelanjaan kekal stabil, manakala "
    "pendapatan daripada perkhidmatan pesakit luar meningkat dengan ketara. Lembaga "
    "pengarah bersetuju untuk menyemak semula dasar perolehan pada mesyuarat akan datang."
)


def page_image(text: str = KNOWN_TEXT, *, tilt: float = 0.8, noise: float = 18.0,
               seed: int = 1, size: tuple[int, int] = A4_PIXELS) -> Image.Image:
    """A grey page with `text` printed at 11 points, tilted by `tilt` degrees, noisy."""
    page = Image.new("L", size, 255)
    draw = ImageDraw.Draw(page)
    font = _font(31)  # 11 points at 200 dots per inch
    y = 180
    for line in textwrap.wrap(text, 70):
        draw.text((150, y), line, font=font, fill=20)
        y += 52
    page = page.rotate(tilt, resample=Image.Resampling.BICUBIC, fillcolor=255)
    pixels = np.asarray(page, dtype=np.float32)
    grain = np.random.default_rng(seed).normal(0, noise, pixels.shape)
    return Image.fromarray(np.clip(pixels + grain, 0, 255).astype(np.uint8))


def save_scan(images: list[Image.Image], path: Path) -> Path:
    """PNG or JPEG (one page), TIFF or PDF (every page), by the name's suffix."""
    suffix = path.suffix.lower()
    if suffix in (".tif", ".tiff", ".pdf"):
        images[0].save(path, save_all=True, append_images=images[1:], resolution=DPI,
                       **({"compression": "tiff_lzw"} if suffix != ".pdf" else {}))
    else:
        images[0].save(path, dpi=(DPI, DPI))
    return path


def _font(size: int) -> ImageFont.FreeTypeFont:
    for candidate in _FONTS:
        if Path(candidate).exists():
            return ImageFont.truetype(candidate, size)
    return ImageFont.load_default(size)  # Pillow's own font, wherever DejaVu is missing


def character_error_rate(expected: str, read: str) -> float:
    """Edits (insert, delete, replace) from `read` to `expected` over expected's length;
    white space is made single first, since the lines are broken differently."""
    a, b = " ".join(expected.split()), " ".join(read.split())
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1,
                                           previous + (ca != cb))
    return row[-1] / max(len(a), 1)


def word_accuracy(expected: str, read: str) -> float:
    """The share of the expected words read exactly, in order."""
    from difflib import SequenceMatcher

    a, b = expected.split(), read.split()
    matched = sum(block.size for block in SequenceMatcher(None, a, b, autojunk=False)
                  .get_matching_blocks())
    return matched / max(len(a), 1)
