"""Item and user features: the :class:`FieldMap` (named fields -> rows of one embedding table) and
item text embeddings (:mod:`whyrec.features.text`, imported on demand: it loads sentence-transformers)."""

from whyrec.features.fieldmap import FORMAT, MISSING, SIDES, TEXT_FIELD, FieldInfo, FieldMap

__all__ = ["FORMAT", "MISSING", "SIDES", "TEXT_FIELD", "FieldInfo", "FieldMap"]
