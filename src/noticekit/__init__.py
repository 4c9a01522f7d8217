"""noticekit: a compiler for machine-readable GDPR privacy notices."""

from __future__ import annotations

__version__ = "0.1.0"
