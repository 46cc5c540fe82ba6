"""Where the summary prompts are: versioned templates in resources/prompts/<version>/, so a
job records exactly which wording produced it (app/core/summarize/prompts.py reads them).

The style names are the keys of the set's styles.json, read here without the core: the
command-line parser lists them on every launch, and importing the summary code to ask it
would cost a second each time."""

from __future__ import annotations

import json
from pathlib import Path

from app.paths import resources_dir

PROMPT_VERSION = "v4"  # v2: the reduce prompt tells the model not to echo part labels;
# v3: the map prompt names its pages last, so that every part of a job shares the prompt up
# to its text and the engine reads those tokens once (its prefix cache);
# v4: a document of several parts is read into notes, and notes combined into notes, with
# no style or language (notes.txt, merge.txt): only the last step writes the style, so a
# second style of the same document reuses the rest (summarize/notes.py)
DEFAULT_STYLE = "brief"


def prompts_folder(version: str = PROMPT_VERSION) -> Path:
    return resources_dir() / "prompts" / version


def style_names(version: str = PROMPT_VERSION) -> list[str]:
    """The styles a summary can be written in, in the order of the set's file."""
    text = (prompts_folder(version) / "styles.json").read_text(encoding="utf-8")
    return list(json.loads(text))
