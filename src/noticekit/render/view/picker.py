"""Pick a notice's text in the page's language, or its declared fallback, and record what is
missing."""

from __future__ import annotations

import dataclasses

from noticekit.errors import BuildError
from noticekit.load.source import DataPath
from noticekit.load.source import SourceDocument
from noticekit.load.source import dotted
from noticekit.problems import Problem


@dataclasses.dataclass(frozen=True)
class Text:
    """A notice text; `lang` is set when it is in the fallback language, not the page's."""

    value: str
    lang: str | None = None

    def __str__(self) -> str:
        return self.value


def _text(value: str, lang: str | None = None) -> Text:
    """`Text(value, lang)`, twice as fast: a frozen dataclass's `__init__` uses
    `object.__setattr__`."""
    text = object.__new__(Text)
    fields = text.__dict__
    fields["value"] = value
    fields["lang"] = lang
    return text


class MissingTextsError(BuildError):
    """Texts of a notice are missing in a requested language; one line per text, at
    file:line:col."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))

    def format_message(self) -> str:
        count = len(self.problems)
        noun = "text is" if count == 1 else "texts are"
        return f"{count} {noun} missing in a requested language\n" + "\n".join(
            map(str, self.problems)
        )


class TextPicker:
    """Chooses texts for one notice and one language; collects every missing text before failing."""

    def __init__(self, doc: SourceDocument, lang: str, fallback: str | None) -> None:
        self.doc = doc
        self.lang = lang
        self.fallback = fallback
        self.problems: list[Problem] = []

    def __call__(self, texts: dict[str, str] | None, *path: str | int) -> Text | None:
        """The text at `path` in the page's language, its fallback, or None if the field is
        absent."""
        if texts is None:
            return None
        value = texts.get(self.lang)
        if value is not None:
            return _text(value)
        return self._not_in_language(texts, path)

    def fields(self, item: object, at: DataPath, *names: str) -> list[Text | None]:
        """The texts `names` of `item` (found at `at`), each picked as `__call__` does, in one
        call."""
        lang = self.lang
        picked: list[Text | None] = []
        for name in names:
            texts = getattr(item, name)
            if texts is None:
                picked.append(None)
            elif lang in texts:
                picked.append(_text(texts[lang]))
            else:
                picked.append(self._not_in_language(texts, (*at, name)))
        return picked

    def _not_in_language(self, texts: dict[str, str], path: DataPath) -> Text:
        if self.fallback and self.fallback in texts:
            return _text(texts[self.fallback], self.fallback)
        self._missing(path, texts)
        return Text("")

    def _missing(self, path: DataPath, texts: dict[str, str]) -> None:
        line, col = self.doc.locate(path)
        present = ", ".join(f'"{tag}"' for tag in sorted(texts))
        where, lang = dotted(path, self.doc.data), self.lang
        message = f'text "{where}" is missing in "{lang}": expected a "{lang}" key, got {present}'
        if self.fallback:
            message += f' (and none in the fallback language "{self.fallback}")'
        self.problems.append(Problem(self.doc.display_path, line, col, message, path=tuple(path)))

    def raise_if_missing(self) -> None:
        """Fail the build with every missing text of this notice and language."""
        if self.problems:
            raise MissingTextsError(self.problems)
