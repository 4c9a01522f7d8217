"""The standard legal texts as data: English msgids of the `legal` gettext domain.

Each module holds one table keyed by the code the notice model uses
(`noticekit.models.codes`). `pybabel`/`noticekit.i18n.tools.catalogs` extracts the
`N_()` calls from this package, and only this package, into `locale/legal.pot`.
"""

from __future__ import annotations
