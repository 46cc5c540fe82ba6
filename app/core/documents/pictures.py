"""Scanned pages saved as pictures (PNG, JPEG, TIFF with one page per frame), read by
text recognition. Pillow (MIT-CMU) opens them; its decompression-bomb guard is set here
so a small file that unpacks to billions of pixels is refused, not decoded."""

from __future__ import annotations

from pathlib import Path

from .errors import DamagedDocument, DocumentTooLarge, NoTextLayer
from .model import Page
from .ocr import PAGE_PIXELS
from .scanned import recognise_pages
from .sizes import open_document

# A page scanned at 600 dots per inch on A3 paper is 70 million pixels; more is not a page.
_MAX_PIXELS = 100_000_000
_MAX_FRAMES = 2000  # pages in one TIFF


def read_picture_file(path: Path) -> tuple[Page, ...]:
    from PIL import Image, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = _MAX_PIXELS  # past it, DecompressionBombError
    with open_document(path, "image") as stream:
        try:
            with Image.open(stream) as picture:
                frames = getattr(picture, "n_frames", 1)
                if frames > _MAX_FRAMES:
                    raise DocumentTooLarge(path.name, limit=f"it has over {_MAX_FRAMES} pages")
                pages = recognise_pages(range(1, frames + 1),
                                        lambda number: _frame(picture, number))
        except Image.DecompressionBombError as error:
            limit = f"its pictures are bigger than {_MAX_PIXELS:,} pixels"
            raise DocumentTooLarge(path.name, limit=limit) from error
        except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as error:
            raise DamagedDocument(path.name) from error
    if not any(page.text for page in pages.values()):
        raise NoTextLayer(path.name)
    return tuple(pages[number] for number in sorted(pages))


def _frame(picture, number: int):
    """The picture's page `number` in grey, no larger than the recogniser reads."""
    from PIL import ImageOps

    picture.seek(number - 1)
    frame = ImageOps.exif_transpose(picture).convert("L")  # a phone photo's own rotation
    frame.thumbnail((PAGE_PIXELS, PAGE_PIXELS))
    return frame
