"""Render the application icon from resources/icons/offline-assistant.svg into the formats the
installers need, with nothing but Qt (QtSvg, in the development venv) and the standard library:

    resources/icons/offline-assistant.png    256x256, Linux (.deb, .desktop, tarball)
    resources/icons/offline-assistant.ico    16, 24, 32, 48, 64, 256 px, Windows (Inno Setup)
    resources/icons/offline-assistant.icns   128, 256, 512, 1024 px, macOS (.app bundle)

    .venv/bin/python scripts/make_icons.py      (re-run after changing the SVG; commit the output)

ICO and ICNS both accept PNG-compressed images, so each is a small header plus PNG files.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SVG = ICONS / "offline-assistant.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 256)
ICNS_TYPES = ((128, b"ic07"), (256, b"ic08"), (512, b"ic09"), (1024, b"ic10"))


def render_png(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def ico(images: dict[int, bytes]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def icns(images: dict[bytes, bytes]) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(png)) + png for kind, png in images.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (kept alive)
    (ICONS / "offline-assistant.png").write_bytes(render_png(256))
    (ICONS / "offline-assistant.ico").write_bytes(ico({s: render_png(s) for s in ICO_SIZES}))
    (ICONS / "offline-assistant.icns").write_bytes(
        icns({kind: render_png(size) for size, kind in ICNS_TYPES}))
    for name in ("offline-assistant.png", "offline-assistant.ico", "offline-assistant.icns"):
        print(f"{ICONS / name}: {(ICONS / name).stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
