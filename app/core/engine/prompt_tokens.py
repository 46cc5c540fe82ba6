"""Token ids of a chat prompt, with control tokens only where the template put them.

Tokenising the whole prompt with `special=True` would turn `<|im_end|><|im_start|>system`
inside a document or a chat message into real chat markup: a prompt injection. Here the
template's markup is searched for control-token texts, which become their ids, and all
other text, the markup's plain words and the messages alike, is tokenised with
`special=False`. For a harmless prompt the ids are the same as llama.cpp's own
`special=True` tokenisation gives: its parser too cuts the text at each control token and
tokenises the runs between them one by one (which also keeps a SentencePiece model's
leading space where llama.cpp puts it).
"""

from __future__ import annotations

import re

from app.core.engine.chat_format import Piece


class PromptTokenizer:
    def __init__(self, llm):
        import llama_cpp  # set up by the caller, through app.core.engine.native

        vocab = llama_cpp.llama_model_get_vocab(llm._model.model)
        # The tokens llama.cpp parses only with special=True (user-defined ones it parses
        # in plain text as well, so they need nothing here).
        wanted = llama_cpp.LLAMA_TOKEN_ATTR_CONTROL | llama_cpp.LLAMA_TOKEN_ATTR_UNKNOWN
        self._ids: dict[str, int] = {}
        for token in range(llama_cpp.llama_vocab_n_tokens(vocab)):
            if llama_cpp.llama_vocab_get_attr(vocab, token) & wanted:
                text = llama_cpp.llama_vocab_get_text(vocab, token).decode(errors="replace")
                if text:
                    self._ids.setdefault(text, token)
        # Longest first, as llama.cpp matches them: "<|im_start|>" before "<|im".
        alternatives = sorted(self._ids, key=len, reverse=True)
        self._control = re.compile("|".join(map(re.escape, alternatives))) if alternatives \
            else None
        self._llm = llm
        self._bos = [llm.token_bos()] if llama_cpp.llama_vocab_get_add_bos(vocab) else []

    def tokens(self, pieces: tuple[Piece, ...]) -> list[int]:
        tokens, plain = list(self._bos), []
        for piece in pieces:
            start = 0
            if piece.markup and self._control is not None:
                for match in self._control.finditer(piece.text):
                    plain.append(piece.text[start : match.start()])
                    tokens += self._plain(plain) + [self._ids[match.group()]]
                    plain, start = [], match.end()
            plain.append(piece.text[start:])
        tokens += self._plain(plain)
        if len(tokens) > 1 and tokens[0] == tokens[1] == self._llm.token_bos():
            tokens = tokens[1:]  # the template wrote its own BOS as well
        return tokens

    def _plain(self, texts: list[str]) -> list[int]:
        text = "".join(texts)
        if not text:
            return []
        return self._llm.tokenize(text.encode(), add_bos=False, special=False)
