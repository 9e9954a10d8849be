"""Test helpers for merge: a small workspace and returns dropped into its inbox as clerks send them.

    >>> kit = MergeKit.create(tmp_path)
    >>> kit.drop("市科技局", "2023-W36", {"1.1": 1}, name="科技局.xlsx", received=datetime(2023, 9, 6, 10))
    PosixPath('.../inbox/科技局.xlsx')
    >>> result = merge_inbox(kit.ws, "2023-W36", now=kit.now)

Returns are real: templates from ``forms.build_form`` filled by ``clerks.fill_return``. Arrival
times are the files' mtimes (or a ``collect`` sidecar when asked).
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from tz_excel.catalogue import write_catalogue_xlsx
from tz_excel.clerks import fill_return
from tz_excel.config import Settings, Workspace
from tz_excel.departments import write_directory
from tz_excel.feedback import stamp_workbook
from tz_excel.forms import build_form

from _forms import FIXED_NOW, small_catalogue, small_directory

NOW = datetime(2023, 9, 8, 18, 0, 0)


@dataclass
class MergeKit:
    ws: Workspace
    catalogue: object
    directory: object
    templates: Path
    now: datetime = NOW
    _built: dict = field(default_factory=dict)

    @classmethod
    def create(cls, root: Path, catalogue=None, directory=None, templates: Path | None = None) -> "MergeKit":
        """A workspace at ``root`` with catalogue.xlsx, departments.xlsx and an empty inbox/."""
        root.mkdir(parents=True, exist_ok=True)
        catalogue = catalogue or small_catalogue()
        directory = directory or small_directory()
        write_catalogue_xlsx(root / Workspace.CATALOGUE, catalogue)
        write_directory(root / Workspace.DEPARTMENTS, directory)
        (root / "inbox").mkdir(exist_ok=True)
        templates = templates or root.parent / f"{root.name}-templates"
        templates.mkdir(parents=True, exist_ok=True)
        return cls(Workspace(root), catalogue, directory, templates)

    def template(self, department: str, period: str) -> Path:
        key = (department, period)
        if key not in self._built:
            path = self.templates / f"{department}_{period}.xlsx"
            if not path.exists():
                build_form(path, self.catalogue, department, self.directory, period, Settings(), now=FIXED_NOW)
            self._built[key] = path
        return self._built[key]

    def drop(self, department: str, period: str, values: dict, *, name: str | None = None,
             received: datetime = datetime(2023, 9, 6, 10, 0), modified: datetime | None = None,
             sidecar: dict | None = None, **fill) -> Path:
        """Fill the department's template and leave it in inbox/ (``name`` may hold folders)."""
        path = self.ws.inbox / (name or f"{department}_{period}.xlsx")
        modified = modified or datetime(2023, 9, 5, 9, 0)
        fill_return(self.template(department, period), path, values, modified=modified, **fill)
        stamp_workbook(path, modified)
        set_arrival(path, received)
        if sidecar is not None:
            Path(str(path) + ".meta.json").write_text(json.dumps(sidecar, ensure_ascii=False), encoding="utf-8")
        return path

    def put(self, name: str, data: bytes, received: datetime = datetime(2023, 9, 6, 10, 0)) -> Path:
        """Any bytes as an inbox file."""
        path = self.ws.inbox / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        set_arrival(path, received)
        return path

    def copy_to(self, root: Path) -> "MergeKit":
        """An identical workspace elsewhere (mtimes kept), sharing the template cache."""
        shutil.copytree(self.ws.root, root, symlinks=True)
        return MergeKit(Workspace(root), self.catalogue, self.directory, self.templates, self.now, dict(self._built))


def set_arrival(path: Path, moment: datetime) -> None:
    stamp = moment.timestamp()
    os.utime(path, (stamp, stamp))


def tree(root: Path) -> dict[str, bytes]:
    """Every regular file under ``root``: relative path → bytes."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}
