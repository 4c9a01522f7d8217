"""The Markdown output: `notice.md` per language, inert under common renderers."""
