"""Fault injection for the tests: die or fail at a named point of a run, as a real fault would.

    TZ_EXCEL_CRASH_AFTER=rename:3 tz-excel merge …    # killed (os._exit) at the 3rd rename
    TZ_EXCEL_FAULT=report tz-excel merge …            # an exception at the report stage
    TZ_EXCEL_CRASH_READING=x.xlsx tz-excel merge …    # the process reading x.xlsx is killed

Points: ``copy`` (after a temporary archive copy), ``rename`` (after a rename into archive/),
``commit`` (just before the ledger commits), ``remove`` (after an inbox file is removed),
``report`` (before the consolidated workbook is written). Unset, both variables cost one
environment look-up per point; nothing else in the program reads them.
"""

from __future__ import annotations

import os

CRASH_ENV = "TZ_EXCEL_CRASH_AFTER"
FAULT_ENV = "TZ_EXCEL_FAULT"
READING_ENV = "TZ_EXCEL_CRASH_READING"
_counts: dict[str, int] = {}


class InjectedFault(RuntimeError):
    """Raised where ``TZ_EXCEL_FAULT`` names the point (a stand-in for a defect of ours)."""


def crash_point(stage: str) -> None:
    """With TZ_EXCEL_CRASH_AFTER=stage[:n], die like a killed process at the n-th pass; with
    TZ_EXCEL_FAULT=stage[:n], raise ``InjectedFault`` there instead."""
    for variable in (CRASH_ENV, FAULT_ENV):
        wanted = os.environ.get(variable)
        if not wanted:
            continue
        name, _, nth = wanted.partition(":")
        if name != stage:
            continue
        key = f"{variable}:{stage}"
        _counts[key] = _counts.get(key, 0) + 1
        if _counts[key] >= int(nth or 1):
            if variable == CRASH_ENV:
                os._exit(70)
            raise InjectedFault(f"injected fault at {stage}")


def reading(name: str) -> None:
    """With TZ_EXCEL_CRASH_READING=name, the process about to read the file ``name`` is killed
    (SIGKILL, as the kernel ends a process that crashed in native code)."""
    if os.environ.get(READING_ENV) == name:
        import signal

        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
