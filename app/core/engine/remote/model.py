"""What the server says it runs, read by the app as the local engine's LoadedModel."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ServerOptions:
    """What `model.options` is for the local engine: recorded with each answer and job."""

    base_url: str
    model: str
    slots: int
    n_ctx: int

    def as_dict(self) -> dict:
        return {"server": self.base_url, "model": self.model, "slots": self.slots,
                "n_ctx": self.n_ctx}


@dataclass(frozen=True)
class ServerModel:
    """The model as the server describes it; read like the local engine's LoadedModel."""

    name: str  # as people read it: llama-server names its model by the file's whole path
    n_ctx: int  # of one slot: what one request may hold
    slots: int
    options: ServerOptions
    # whose /tokenize the server has (counting.py); "": none, chunks planned from an estimate
    tokenizer: str
    # llama.cpp's server (it answered /props): it can stream how far it has read a prompt
    # (`return_progress`) and takes its own names of sampling settings
    llama_cpp: bool = False
    path: None = None  # no file on this computer
    template: str = "server"
    n_ctx_train: int = 0
    system_info: str = ""
    card: None = None
    fit: None = None
    note: str = ""
    id: str = ""  # the server's own name of the model, as requests give it

    @property
    def counts_tokens(self) -> bool:
        return bool(self.tokenizer)

    def describe(self) -> str:
        slots = "1 parallel slot" if self.slots == 1 else f"{self.slots} parallel slots"
        return f"connected: model {self.name}, {slots}, context {self.n_ctx}"
