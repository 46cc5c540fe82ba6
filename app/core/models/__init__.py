from app.core.models.card import ModelCard
from app.core.models.files import (
    LibraryModel,
    choose_model,
    embedded_model_path,
    list_models,
)
from app.core.models.fit import MemoryEstimate, ModelFit, check_fit, estimate_memory
from app.core.models.gguf import GGUFHeader, ModelFileError, TensorInfo, read_header
from app.core.models.validate import validate_model

__all__ = [
    "GGUFHeader",
    "LibraryModel",
    "MemoryEstimate",
    "ModelCard",
    "ModelFileError",
    "ModelFit",
    "TensorInfo",
    "check_fit",
    "choose_model",
    "embedded_model_path",
    "estimate_memory",
    "list_models",
    "read_header",
    "validate_model",
]
