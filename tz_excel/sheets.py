"""Conventions every workbook we write shares: names, safe text, stable bytes, CJK fonts.

    >>> safe_sheet_name("推进情况[2023]/第36周:汇总表*")
    '推进情况(2023)_第36周_汇总表_'
    >>> needs_guard("=HYPERLINK(\\"http://x\\")"), needs_guard("按计划推进")
    (True, False)

Clerk text is written with ``worksheet.write_string(row, col, as_text(value), fmt)`` where ``fmt``
includes ``TEXT_GUARD`` (``quote_prefix``): the words stay exactly as typed, the cell is a string,
and Excel, WPS and LibreOffice keep it text even when a reader edits it, so a narrative starting
with ``=``, ``+``, ``-`` or ``@`` never becomes a formula (or a DDE/hyperlink trigger).
"""

from __future__ import annotations

import re
from datetime import datetime

# xlsxwriter writes the current time into docProps/core.xml unless told otherwise; a fixed value
# keeps the bytes of a workbook identical for identical inputs.
FIXED_CREATED = datetime(2023, 1, 1, 0, 0, 0)

CJK_FONT = "宋体"          # SimSun: on every Chinese Windows, mapped by WPS and LibreOffice
TITLE_FONT = "方正小标宋简体"  # falls back to 宋体 where missing; what offices use for titles

_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
_FORMULA_START = ("=", "+", "-", "@")


def safe_sheet_name(name: str, taken: set[str] | None = None) -> str:
    """A legal, unique sheet name: at most 31 characters, none of ``[]:*?/\\``."""
    cleaned = _BAD_SHEET_CHARS.sub("_", str(name).replace("[", "(").replace("]", ")")).strip("'") or "Sheet"
    cleaned = cleaned[:31]
    if taken is None:
        return cleaned
    candidate, n = cleaned, 1
    while candidate.lower() in {t.lower() for t in taken}:
        n += 1
        suffix = f"({n})"
        candidate = cleaned[: 31 - len(suffix)] + suffix
    taken.add(candidate)
    return candidate


TEXT_GUARD = {"quote_prefix": True}


def needs_guard(text: object) -> bool:
    """True when ``text`` would start a formula if typed into a cell."""
    return str(text or "").lstrip().startswith(_FORMULA_START)


def as_text(value: object) -> str:
    """The string to write for a clerk's value (None → ""); pair it with a TEXT_GUARD format."""
    return "" if value is None else str(value)
