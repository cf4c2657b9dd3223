"""Fact extraction from Vietnamese provincial digital-transformation reports (pure Python, no Dagster)."""

from .cli import run_extract_cli
from .facts import FACT_COLUMNS, FACT_NUMBER_TYPES, DocumentResult, Fact, extract_document
from .normalise import DecodeError, decode_bytes, read_outlet, read_published, read_title

__all__ = [
    "FACT_COLUMNS",
    "FACT_NUMBER_TYPES",
    "Fact",
    "DocumentResult",
    "DecodeError",
    "decode_bytes",
    "read_published",
    "read_title",
    "read_outlet",
    "extract_document",
    "run_extract_cli",
]
