"""Regenerate the golden expectations of tests/test_forms.py (run on purpose, then review the diff).

    .venv/bin/python tests/make_form_golden.py

Each case builds one template from the small hand-built notice of tests/_forms.py and writes what
openpyxl reads back to tests/data/forms/<case>.json.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from openpyxl import load_workbook

sys.path.insert(0, str(Path(__file__).parent))

from _forms import FIXED_NOW, dated_catalogue, small_catalogue, small_directory, snapshot  # noqa: E402

from tz_excel.config import Settings  # noqa: E402
from tz_excel.forms import build_form  # noqa: E402

GOLDEN = Path(__file__).parent / "data" / "forms"

# case name → (department, towns in the directory, 上期累计 prefill, period, catalogue with deadlines)
CASES = {
    "lead_with_prefill": ("市科技局", True, {"1.1": 1, "5.1": 0.6, "7": 3}, "2023-W36", False),
    "co_percent_and_cap": ("北辛街道", True, {"41.1": 88.5}, "2023-W36", False),
    "empty_group": ("各镇街", False, None, "2023-W36", False),
    "monthly_with_deadlines": ("市科技局", True, {"1.1": 1, "5.1": 0.6}, "2023-09", True),
    "quarterly_co_rows": ("北辛街道", True, {"41.1": 88.5}, "2023-Q3", True),
}
CADENCE_OF = {"2023-W36": "week", "2023-09": "month", "2023-Q3": "quarter"}


def build_case(name: str, folder: Path) -> Path:
    department, towns, prefill, period, dated = CASES[name]
    path = folder / f"{name}.xlsx"
    settings = Settings.from_dict({"office": {"cadence": CADENCE_OF[period]}})
    build_form(path, dated_catalogue() if dated else small_catalogue(), department, small_directory(towns),
               period, settings, prefill=prefill, now=FIXED_NOW)
    return path


def case_snapshot(name: str, folder: Path) -> dict:
    """The JSON-able snapshot of one case (round-tripped through JSON, as stored)."""
    data = snapshot(load_workbook(build_case(name, folder)))
    return json.loads(json.dumps(data, ensure_ascii=False))


def main() -> None:
    GOLDEN.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name in CASES:
            data = case_snapshot(name, Path(tmp))
            out = GOLDEN / f"{name}.json"
            text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
            out.write_text(text, encoding="utf-8")
            print(f"wrote {out}")


if __name__ == "__main__":
    main()
