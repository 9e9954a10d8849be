"""The office's copy of the notice: ``init`` a workspace, load its catalogue and directory.

    >>> result = init_workspace(Workspace("office"))            # the bundled 2023 notice
    >>> catalogue = load_catalogue(Workspace("office"))          # catalogue.xlsx, with the office's edits
    >>> directory = load_directory(Workspace("office"))

(Implementation in progress.)
"""

from __future__ import annotations

from .catalogue import Catalogue
from .config import Workspace
from .departments import Directory, read_directory


def load_catalogue(ws: Workspace) -> Catalogue:
    """The workspace's catalogue: ``catalogue.xlsx`` as the office left it."""
    from .catalogue import read_catalogue_xlsx

    ws.require()
    return read_catalogue_xlsx(ws.catalogue_path)


def load_directory(ws: Workspace) -> Directory:
    """The workspace's department directory, ``departments.xlsx``."""
    return read_directory(ws.departments_path)
