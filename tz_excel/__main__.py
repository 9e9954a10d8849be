"""``python -m tz_excel`` is the ``tz-excel`` command."""

from .cli import main

raise SystemExit(main())
