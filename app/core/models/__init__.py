from app.core.models.card import ModelCard
from app.core.models.catalog import (
    ModelFile,
    choose_model,
    default_model,
    embedded_model_path,
    find_models,
)
from app.core.models.fit import MemoryEstimate, ModelFit, check_fit, estimate_memory
from app.core.models.gguf import GGUFHeader, ModelFileError, TensorInfo, read_header
from app.core.models.validate import validate_model

__all__ = [
    "GGUFHeader",
    "MemoryEstimate",
    "ModelCard",
    "ModelFile",
    "ModelFileError",
    "ModelFit",
    "TensorInfo",
    "check_fit",
    "choose_model",
    "default_model",
    "embedded_model_path",
    "estimate_memory",
    "find_models",
    "read_header",
    "validate_model",
]
