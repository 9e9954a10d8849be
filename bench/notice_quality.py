"""How well ``parse_notice`` finds the numeric targets of the bundled notice.

    .venv/bin/python bench/notice_quality.py            # figures against the hand-labelled list
    .venv/bin/python bench/notice_quality.py --misses   # also every miss and false find

The labels (tests/data/notice/tengzhou_targets.json) were written by reading the notice, before
the parser was tuned. A found indicator matches a label when task, target value and unit agree.
"""

from __future__ import annotations

import json
import sys
import warnings
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "tests" / "data" / "notice" / "tengzhou_targets.json"


@dataclass
class Quality:
    """Matched pairs, misses (labels not found) and false finds (found, not labelled)."""

    labelled: int
    found: int
    pairs: list = field(default_factory=list)      # (label dict, Indicator)
    misses: list = field(default_factory=list)
    false_finds: list = field(default_factory=list)

    def _share(self, ok: int, total: int) -> float:
        return ok / total if total else 1.0

    recall = property(lambda self: self._share(len(self.pairs), self.labelled))
    precision = property(lambda self: self._share(len(self.pairs), self.found))
    comparator = property(lambda self: self._share(sum(l["comparator"] == i.comparator for l, i in self.pairs),
                                                   len(self.pairs)))
    kind = property(lambda self: self._share(sum(l["kind"] == i.kind for l, i in self.pairs), len(self.pairs)))
    aspirational = property(lambda self: self._share(
        sum(l["aspirational"] == i.aspirational for l, i in self.pairs), len(self.pairs)))


def load_labels(path: Path = LABELS) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["targets"]


def measure(catalogue, labels: list[dict]) -> Quality:
    """Match found indicators to labels on (task, target, unit), each used once."""
    found = list(catalogue.indicators())
    quality = Quality(labelled=len(labels), found=len(found))
    free = list(found)
    for label in labels:
        match = next((i for i in free if i.task_no == label["task"] and i.unit == label["unit"]
                      and abs(float(i.target) - float(label["target"])) < 1e-9), None)
        if match is None:
            quality.misses.append(label)
        else:
            free.remove(match)
            quality.pairs.append((label, match))
    quality.false_finds = free
    return quality


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    from tz_excel import BUNDLED_NOTICE
    from tz_excel.notice import parse_notice

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        catalogue = parse_notice(BUNDLED_NOTICE)
    q = measure(catalogue, load_labels())
    print(f"notice: {len(catalogue.sections)} sections, {len(catalogue.tasks)} tasks, "
          f"{q.found} indicators found, {q.labelled} labelled")
    print(f"recall      {q.recall:.3f}  ({len(q.pairs)}/{q.labelled})")
    print(f"precision   {q.precision:.3f}  ({len(q.pairs)}/{q.found})")
    print(f"comparator  {q.comparator:.3f}  (of matched)")
    print(f"kind        {q.kind:.3f}  (of matched)")
    print(f"aspirational {q.aspirational:.3f}  (of matched; not a gate)")
    review = sum(i.needs_review for i in catalogue.indicators())
    print(f"needs_review {review} of {q.found} indicators")
    if "--misses" in argv:
        for label in q.misses:
            print("MISS ", label)
        for ind in q.false_finds:
            print("FALSE", ind.id, ind.target, ind.unit, ind.source)
        for label, ind in q.pairs:
            for key in ("comparator", "kind", "aspirational"):
                if label[key] != getattr(ind, key):
                    print(f"WRONG {key:12} {ind.id} labelled {label[key]!r}, found {getattr(ind, key)!r}: {ind.source}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
