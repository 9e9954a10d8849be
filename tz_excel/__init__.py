"""tz_excel: the weekly reporting cycle of a municipal key-task notice.

    >>> import tz_excel
    >>> catalogue = tz_excel.parse_notice(tz_excel.BUNDLED_NOTICE)
    >>> len(catalogue.tasks), len(catalogue.sections)
    (75, 11)
    >>> ws = tz_excel.Workspace("office")
    >>> tz_excel.init_workspace(ws)                                  # tz_excel.toml, catalogue.xlsx, departments.xlsx
    >>> period = tz_excel.Period.parse("2023-W36")
    >>> tz_excel.generate_forms(ws, period)                          # templates/2023-W36/<department>.xlsx
    >>> result = tz_excel.consolidate(ws, period)                    # inbox/ → archive/, history, report
    >>> result.to_dict()["indicators"][0]["status"]
    >>> tz_excel.history_frame(ws)                                   # every period's values (pandas)

One module per stage; the stages pass the frozen dataclasses exported here.
"""

from importlib import import_module as _import_module
from importlib.resources import files as _files

# Public name → module. Imported on first use (PEP 562), so `import tz_excel` and the CLI start
# fast and a command pulls in only its own stage (SQLAlchemy and pandas cost ~0.3 s to import).
_EXPORTS = {
    "assess": ("Assessment", "TaskAssessment", "STATUS_WORDS", "assess_period", "format_status_table"),
    "catalogue": ("Catalogue", "Indicator", "Row", "Section", "Task", "read_catalogue_xlsx",
                  "write_catalogue_xlsx"),
    "collect": ("collect_mail",),
    "config": ("Settings", "Workspace"),
    "cycle": ("consolidate",),
    "decide": ("Verdict", "judge_return"),
    "departments": ("Department", "Directory", "read_directory", "write_directory"),
    "errors": ("CatalogueError", "ConfigError", "DeliveryError", "NoticeParseError", "PeriodError",
               "StoreError", "TzExcelError", "WorkbookReadError", "WorkspaceError"),
    "frames": ("assessments_frame", "history_frame", "values_frame"),
    "forms": ("build_form", "generate_forms"),
    "intake": ("Return", "ReturnRow", "read_return"),
    "mailer": ("Mailer", "OutboxMailer", "SmtpMailer", "send_feedback", "send_reminders",
               "send_report", "send_templates"),
    "merge": ("MergeResult", "merge_inbox"),
    "records": ("FileOutcome", "Value"),
    "notice": ("NoticeWarning", "parse_notice", "read_notice"),
    "numbers": ("ParsedNumber", "parse_number"),
    "office": ("InitResult", "init_workspace", "load_catalogue", "load_directory"),
    "periods": ("Period", "year_share"),
    "report": ("write_report",),
    "store": ("HistoryStore",),
    "findings": ("Issue",),
    "validation": ("validate_return",),
    "weekly": ("run_schedule", "run_weekly"),
}
_MODULE_OF = {name: module for module, names in _EXPORTS.items() for name in names}

BUNDLED_NOTICE = _files("tz_excel") / "data" / "tengzhou-2023-key-tasks.txt"

__all__ = ["BUNDLED_NOTICE", *sorted(_MODULE_OF)]


def __getattr__(name: str):
    if name not in _MODULE_OF:
        raise AttributeError(f"module 'tz_excel' has no attribute {name!r}")
    value = getattr(_import_module(f".{_MODULE_OF[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
