"""Importers: notices that exist in another format, turned into noticekit YAML for review.

`tilt` reads the Transparency Information Language of TU Berlin (docs/import-tilt.md).
"""
