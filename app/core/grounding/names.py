"""Names in a sentence and whether a text names them: "Bank Negara Malaysia", "IMDA",
"Google", "GPT-5.5", "Dr. Tan Ah Kow".

A name is a run of capitalised words (joined by "of", "and", "bin"…), an acronym or a
model-style code. Possessives ("Singapore's") and leading articles ("The Infocomm…") are
not part of it. A single capitalised word that opens a sentence is taken for an ordinary
word, unless it is an acronym, a code, CamelCase or possessive ("Google's"): the language
capitalises it, not the writer. An acronym the document defines ("Infocomm Media Development
Authority (IMDA)") or whose letters are the initials of a name the document uses stands
for that name, and the reverse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Names are read in Latin script only (Chinese and Thai have no capitals), so a Chinese
# character next to "AI" does not hide it.
_L = "A-Za-z\u00c0-\u024f\u1e00-\u1eff"
_WORD = re.compile(rf"[{_L}][{_L}0-9’'&]*(?:[-.][{_L}0-9]+)*|\d[{_L}0-9]*(?:[-.][{_L}0-9]+)*")
_CONNECTORS = {"of", "and", "for", "the", "de", "bin", "binti", "van", "von", "la", "del", "&",
               "da", "al", "on"}
_TITLES = {"dr", "mr", "mrs", "ms", "prof", "st"}
NOT_NAME_WORDS = _CONNECTORS | _TITLES  # inside a name, but not what tells names apart
# Words that open a sentence or a name as grammar, not as part of a name.
_LEADING = set("""the a an this that these those its their our his her in on at by for from
under according both all each every meanwhile however overall also since after before during
while when most many some nearly about almost more less only over as with without to if
although though despite yet so thus there here it they we he she""".split())
# The pronoun "I" and its contractions are capitalised by the language, never a name.
_PRONOUN = re.compile(r"I(?:['’](?:m|ve|d|ll))?$")
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
_APOSTROPHE = str.maketrans({"’": "'", "-": " ", "–": " ", "\u00a0": " "})


@dataclass(frozen=True)
class Name:
    text: str  # as written, without possessive or leading article
    kind: str  # "name" or "acronym"
    opening: bool = False  # it opens the sentence, so its first capital may be grammar


def name_kind(text: str) -> str:
    return "acronym" if _acronym(text) else "name"


# Title case that is typography, not naming: a Markdown heading, a table's header row, a
# label before a colon ("**Key Points:**", "- Parties:"). Figures and dates there are
# still checked, and so is any name in the rest of the line.
_TYPOGRAPHY = re.compile(
    r"^[ \t]*#{1,6}[ \t][^\n]*"
    r"|^[ \t]*\|[^\n]*\|[ \t]*(?=\n[ \t]*\|?[ \t]*:?-{3,})"
    r"|^[ \t]*(?:[-*•][ \t]+)?(?:\*\*|__)?[^\W\d_][\w ]{0,40}?(?:\*\*|__)?[ \t]*:(?:\*\*|__)?",
    re.MULTILINE)


def find_names(sentence: str) -> list[Name]:
    """The names `sentence` states, in order."""
    typography = [m.span() for m in _TYPOGRAPHY.finditer(sentence)]
    words = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(sentence)
             if not any(start <= m.start() < end for start, end in typography)]
    names, run = [], []
    for i, word in enumerate(words):
        after = words[i + 1] if i + 1 < len(words) else None
        if run and (_joins(sentence, run[-1], word, after)
                    or _capitalised(word[2]) and _joins_directly(sentence, run[-1], word)):
            run.append(word)
            continue
        names.extend(_name(sentence, run))
        run = [word] if _capitalised(word[2]) and not _PRONOUN.match(word[2]) else []
    names.extend(_name(sentence, run))
    return names


def _capitalised(word: str) -> bool:
    return word[0].isupper() or (word[0].isdigit() and any(c.isupper() for c in word))


def _joins_directly(sentence: str, before, word) -> bool:
    if _POSSESSIVE.search(before[2]):
        return False  # "Singapore's IMDA" is two names
    gap = sentence[before[1] : word[0]]
    if "\n" in gap:
        return False  # a line ends a name: "The Crazy Ones" above "Here's to…" are two
    return gap.strip() == "" or (gap.strip() == "." and before[2].lower() in _TITLES)


def _joins(sentence: str, before, word, after) -> bool:
    """A connector ("of") joins two capitalised words into one name."""
    return (word[2].lower() in _CONNECTORS and not word[2][0].isupper() and after is not None
            and _capitalised(after[2]) and _joins_directly(sentence, before, word)
            and _joins_directly(sentence, word, after))


def _name(sentence: str, run: list) -> list[Name]:
    while run and run[-1][2].lower() in _CONNECTORS:
        run = run[:-1]
    opening = bool(run) and _opens_sentence(sentence, run[0][0])
    while run and run[0][2].lower() in _LEADING:
        run = run[1:]  # "The Infocomm …", "In Jakarta": grammar; what follows still opens
    if not run:
        return []
    whole = sentence[run[0][0] : run[-1][1]]
    text = _POSSESSIVE.sub("", whole)
    if len(run) == 1 and opening and text == whole and not _distinctive(text):
        return []  # a capital the language put there
    return [Name(text, name_kind(text), opening)]


def _opens_sentence(sentence: str, start: int) -> bool:
    # Only the few characters before the word matter (a document is read whole: no slicing
    # of all that precedes it, which made a long document's acronyms take seconds).
    window = sentence[max(0, start - 40) : start]
    before = window.rstrip(" \"'“‘(*_#-•\t")
    if not before:
        return True  # the text's start, or a long run of blanks and bullets
    return before[-1] in ".!?:;|\n" or (start <= 40 and re.fullmatch(r"\s*\d+[.)]", before))


def _distinctive(word: str) -> bool:
    return _acronym(word) or any(c.isdigit() for c in word) or any(c.isupper() for c in word[1:])


def _acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and " " not in text


def normalised(text: str) -> str:
    text = text.translate(_APOSTROPHE)
    text = re.sub(r"'s\b|(?<=s)'(?=\s|$)", "", text)
    return re.sub(r"\s+", " ", text).strip().lower()


def mentions(text_normalised: str, name: str) -> bool:
    """`name` (normalised) occurs in the normalised text as whole words: "GPT 5" is not in
    "GPT 5.5", "IMDA" is not in "IMDAS"; a one-word name also in its plural or singular
    ("LLM" in "LLMs")."""
    if " " not in name and len(name) > 1:
        other = name[:-1] if name.endswith("s") else name + "s"
        return _mentions(text_normalised, name) or _mentions(text_normalised, other)
    return _mentions(text_normalised, name)


def _mentions(text_normalised: str, name: str) -> bool:
    if name not in text_normalised:
        return False  # the quick answer for most names of a long document
    pattern = rf"(?<![{_L}0-9.])" + re.escape(name) + rf"(?![{_L}0-9]|\.\d)"
    return re.search(pattern, text_normalised) is not None


@dataclass(frozen=True)
class Acronyms:
    """The acronyms of one document and the names they stand for."""

    long_forms: dict[str, set[str]]  # normalised acronym -> normalised names

    @classmethod
    def of(cls, document: str) -> Acronyms:
        found: dict[str, set[str]] = {}
        for long, short in re.findall(r"((?:[A-Z][\w’'&-]*\s+(?:(?:of|and|for|the|on)\s+)?)+)"
                                      r"\(([A-Z][A-Za-z&]{1,9})\)", document):
            found.setdefault(short.lower(), set()).add(normalised(_tail(long, short)))
        for short, long in re.findall(r"\b([A-Z][A-Z&]{1,9})\s+\(([A-Z][^()]{3,80})\)", document):
            found.setdefault(short.lower(), set()).add(normalised(long))
        for name in find_names(document):
            if name.kind != "name" or " " not in name.text:
                continue
            words = name.text.split()
            # "Bank of Thailand" is "BT" and "BoT"
            for initials in ("".join(w[0] for w in words if w[0].isupper()),
                             "".join(w[0] for w in words)):
                if len(initials) >= 2:
                    found.setdefault(initials.lower(), set()).add(normalised(name.text))
        return cls(found)

    def other_forms(self, name: str) -> set[str]:
        """The forms that stand for `name` (normalised) in this document."""
        forms = set(self.long_forms.get(name, ()))
        forms.update(short for short, longs in self.long_forms.items() if name in longs)
        return forms


def _tail(long: str, short: str) -> str:
    """The last words of `long` that the letters of `short` stand for: "the Infocomm Media
    Development Authority (IMDA)" defines IMDA as "Infocomm Media Development Authority"."""
    words = long.split()
    capitals = [i for i, w in enumerate(words) if w[0].isupper()]
    letters = sum(1 for c in short if c.isupper())
    start = capitals[-letters] if letters <= len(capitals) else capitals[0]
    return " ".join(words[start:])
