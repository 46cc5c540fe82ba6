"""Makes the password-protected test PDFs in tests/data/encrypted/ with pikepdf (issue #15).

One PDF (tests/data/office/letter.pdf, written by LibreOffice) encrypted with each kind of
standard PDF encryption that banks' and hospitals' systems use, by pikepdf (MPL-2.0, the
Python face of qpdf; a dev-only dependency): RC4 40-bit (revision 2), RC4 128-bit
(revision 3), AES-128 (revision 4), AES-256 (revision 5, Acrobat 9's, deprecated but still
met) and AES-256 (revision 6). The user password is "Riverside-2026", the owner password
"owner-only"; one more file has an owner password alone (opens without asking).

Run: PYTHONPATH=. python scripts/make_encrypted_pdfs.py
"""

from __future__ import annotations

from pathlib import Path

import pikepdf

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "tests" / "data" / "office" / "letter.pdf"
OUT = ROOT / "tests" / "data" / "encrypted"
USER, OWNER = "Riverside-2026", "owner-only"
# file name: pikepdf.Encryption settings (revisions 2 and 3 cannot encrypt the metadata)
KINDS = {
    "rc4-40.pdf": dict(R=2, aes=False, metadata=False),
    "rc4-128.pdf": dict(R=3, aes=False, metadata=False),
    "aes-128.pdf": dict(R=4, aes=True),
    "aes-256-r5.pdf": dict(R=5, aes=True),
    "aes-256-r6.pdf": dict(R=6, aes=True),
}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, kind in KINDS.items():
        with pikepdf.open(SOURCE) as pdf:
            # R5 is written only when asked for: it was withdrawn from the standard.
            pdf.save(OUT / name, encryption=pikepdf.Encryption(user=USER, owner=OWNER, **kind),
                     static_id=True, qdf=False)
    with pikepdf.open(SOURCE) as pdf:
        pdf.save(OUT / "owner-only.pdf", static_id=True,
                 encryption=pikepdf.Encryption(user="", owner=OWNER, R=6, aes=True))


if __name__ == "__main__":
    main()
