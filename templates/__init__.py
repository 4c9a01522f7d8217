"""Packaged default Jinja templates (this folder is installed as `noticekit.templates`)."""
