"""Sizes and durations as the app says them, in one place so every screen and message
agrees ("4.1 GB", "3 min 05 s")."""

from __future__ import annotations


def format_bytes(count: float, point: str = ".") -> str:
    """Decimal units, as disk and memory sizes are sold: "812 B", "14 KB", "4.1 GB",
    "256 MB" (a tenth stops mattering past a hundred). `point`: the decimal separator of
    the reader's language (the window passes its locale's: "4,1 GB")."""
    for unit in ("B", "KB", "MB", "GB"):
        if count < 1000 or unit == "GB":
            whole = unit in ("B", "KB") or count >= 100
            return f"{count:.0f} {unit}" if whole else f"{count:.1f} {unit}".replace(".", point)
        count /= 1000
    return f"{count:.1f} GB".replace(".", point)


def format_duration(seconds: float) -> str:
    """"42 s", "3 min 05 s", "1 h 07 min": seconds stop mattering once it takes hours."""
    minutes, secs = divmod(int(seconds + 0.5), 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return f"{hours} h {minutes:02d} min"
    return f"{minutes} min {secs:02d} s" if minutes else f"{secs} s"
