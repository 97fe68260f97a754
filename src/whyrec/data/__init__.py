"""Data: the Dataset, readers of common formats, cleaning, splits and the sample shop."""

from whyrec.data.dataset import Dataset, FieldSpec, Histories
from whyrec.data.split import Split, leave_one_out, random_split, temporal_split

__all__ = [
    "Dataset",
    "FieldSpec",
    "Histories",
    "Split",
    "leave_one_out",
    "random_split",
    "temporal_split",
]
