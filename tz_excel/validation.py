"""Checks on a returned workbook: each a small function yielding ``Issue`` records.

    >>> issues = validate_return(ret, catalogue, previous=...)
    >>> [(i.code, i.cell) for i in issues]
    [('not-a-number', 'J12')]

Findings are data. An ``Issue`` has a stable kebab-case ``code``, a ``severity`` ("error" makes the
indicator invalid; "warning" is shown but the value counts), a Chinese ``message`` a clerk can act on
(which file, which cell, what was typed, what is expected), and where it is (``file``, ``sheet``,
``cell`` in A1 form, the typed ``value``).
"""

from __future__ import annotations

from dataclasses import dataclass

ERROR, WARNING = "error", "warning"


@dataclass(frozen=True)
class Issue:
    """One finding about one file (or one cell of it)."""

    code: str
    severity: str
    message: str
    file: str = ""
    sheet: str = ""
    cell: str = ""
    value: str = ""

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def to_dict(self) -> dict:
        return {"cell": self.cell, "code": self.code, "message": self.message}
