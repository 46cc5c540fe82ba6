from app.core.models.catalog import (
    ModelFile,
    choose_model,
    default_model,
    embedded_model_path,
    find_models,
)
from app.core.models.gguf import GGUFHeader, ModelFileError, read_header

__all__ = [
    "GGUFHeader",
    "ModelFile",
    "ModelFileError",
    "choose_model",
    "default_model",
    "embedded_model_path",
    "find_models",
    "read_header",
]
