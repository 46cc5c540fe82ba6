"""Write resources/samples/sample-scan.pdf: the scanned page the installed app's self-test
reads with text recognition (app/cli/self_test.py), so a bundle that lacks the OCR models
or their engine fails its own test. A text written for this project (CC0, like the other
sample), printed with Pillow, tilted like a page fed a little askew, saved as an image-only
PDF at 200 dots per inch.

    python scripts/make_sample_scan.py
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.scans import page_image, save_scan  # noqa: E402

SAMPLE_SCAN_TEXT = (
    "Offline Assistant sample scan. The water board approved a budget of 2.4 million "
    "for new pumps on 3 June 2025, and asked for a report on leaks by September."
)


def main() -> None:
    page = page_image(SAMPLE_SCAN_TEXT, size=(1654, 520), noise=6.0)
    target = save_scan([page], REPO / "resources" / "samples" / "sample-scan.pdf")
    print(f"wrote {target} ({target.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
