"""Data: the Dataset, readers of common formats, cleaning, splits and the sample shop."""

from whyrec.data.clean import CleanReport, clean, k_core_filter
from whyrec.data.dataset import Dataset, FieldSpec, Histories
from whyrec.data.readers import (
    FORMATS,
    detect_format,
    read_amazon_2018,
    read_dataset,
    read_movielens_100k,
    read_movielens_latest,
    read_recbole,
    read_s3rec,
    read_table,
    register_reader,
)
from whyrec.data.sample_shop import held_out_reasons, sample_shop
from whyrec.data.split import Split, leave_one_out, random_split, temporal_split

__all__ = [
    "FORMATS",
    "CleanReport",
    "clean",
    "k_core_filter",
    "detect_format",
    "read_amazon_2018",
    "read_dataset",
    "read_movielens_100k",
    "read_movielens_latest",
    "read_recbole",
    "read_s3rec",
    "register_reader",
    "read_table",
    "Dataset",
    "FieldSpec",
    "Histories",
    "Split",
    "leave_one_out",
    "random_split",
    "temporal_split",
    "sample_shop",
    "held_out_reasons",
]
