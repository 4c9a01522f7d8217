"""Jinja runtime pieces that give the same text with less work per call: escaping, macros, `_()`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from jinja2 import Environment
from jinja2 import Template
from jinja2 import nodes
from jinja2 import pass_eval_context
from jinja2.compiler import CodeGenerator
from jinja2.compiler import Frame
from jinja2.compiler import optimizeconst
from jinja2.nodes import EvalContext
from jinja2.runtime import Context
from jinja2.runtime import Macro
from jinja2.utils import internalcode
from markupsafe import Markup
from markupsafe import escape

from noticekit.render.text import as_markup

#: Names a plain dict answers as attributes (its methods); `item.x` looks these up as Jinja does.
DICT_ATTRIBUTES = frozenset(dir(dict))

try:
    from markupsafe import _escape_inner
except ImportError:  # pragma: no cover - another MarkupSafe

    def _escape_inner(text: str) -> str:
        return str(escape(text))


def output_escape(value: Any) -> str:
    """What autoescaped `{{ value }}` writes, as `markupsafe.escape` would, minus a `Markup` copy per value."""
    kind = type(value)
    if kind is str:
        return _escape_inner(value)
    if kind is Markup:
        return value
    return escape(value)


class QuickMacro(Macro):
    """A macro whose plain call (all arguments by position, no `caller`, no extra arguments) skips
    the general argument matching; any other call goes the usual way."""

    def __init__(
        self,
        environment: Environment,
        func: Callable[..., str],
        name: str,
        arguments: list[str],
        *rest: Any,
    ) -> None:
        super().__init__(environment, func, name, arguments, *rest)
        self._plain_call = (
            not self.catch_kwargs
            and not self.catch_varargs
            and not self.caller
            and not environment.is_async
        )

    def plain_call(self, eval_ctx: EvalContext, args: tuple[Any, ...]) -> str:
        """The macro's text for a call from a template without keyword arguments."""
        if self._plain_call and len(args) == self._argument_count:
            text = self._func(*args)
            return as_markup(text) if eval_ctx.autoescape else text
        return super().__call__(eval_ctx, *args)

    @internalcode
    @pass_eval_context
    def __call__(self, *args: Any, **kwargs: Any) -> str:
        if not kwargs and type(args[0]) is EvalContext:
            return self.plain_call(args[0], args[1:])
        return super().__call__(*args, **kwargs)


class PageCatalog:
    """The `ui` catalog of the page being rendered, switched by `use`; Jinja's gettext functions are
    installed over it once, so templates imported without context stay valid from page to page."""

    def __init__(self) -> None:
        self.translations: Any = None
        self.memo: dict[bool, dict[tuple[Any, ...], str]] = {}
        self._memos: dict[int, tuple[Any, dict[bool, dict[tuple[Any, ...], str]]]] = {}

    def use(self, translations: Any) -> None:
        """Translate with `translations` from now on (memoised texts are kept per catalog)."""
        self.translations = translations
        # the catalog is kept with its memo, so its id stays its own
        self.memo = self._memos.setdefault(id(translations), (translations, {False: {}, True: {}}))[
            1
        ]

    def gettext(self, message: str) -> str:
        return self.translations.gettext(message)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return self.translations.ngettext(singular, plural, count)

    def pgettext(self, context: str, message: str) -> str:
        return self.translations.pgettext(context, message)

    def npgettext(self, context: str, singular: str, plural: str, count: int) -> str:
        return self.translations.npgettext(context, singular, plural, count)


class CatalogGettext:
    """Jinja's new-style `gettext` (translated, `Markup` under autoescape, `%` formatted), memoised
    per catalog for calls without variables: they give the same text every time."""

    def __init__(self, catalog: PageCatalog) -> None:
        self.catalog = catalog

    def plain_call(self, eval_ctx: EvalContext, args: tuple[Any, ...]) -> str:
        """The translation of a message without variables (`args` is the message alone)."""
        memo = self.catalog.memo[eval_ctx.autoescape]
        if args not in memo:
            memo[args] = self(eval_ctx, *args)
        return memo[args]

    @pass_eval_context
    def __call__(self, eval_ctx: EvalContext, string: str, **variables: Any) -> str:
        text = self.catalog.gettext(string)
        if eval_ctx.autoescape:
            text = Markup(text)
        return text % variables


class ViewContext(Context):
    """A template context that calls macros and `_()` without keyword arguments directly, skipping
    Jinja's general check of what each callable wants passed (same call, a few microseconds less)."""

    @internalcode
    def call(
        self,
        obj: Any,
        /,
        *args: Any,
        _loop_vars: Any = None,
        _block_vars: Any = None,
        **kwargs: Any,
    ) -> Any:
        kind = type(obj)
        if not kwargs:
            if kind is CatalogGettext:  # the memoised text straight away, the commonest call of all
                text = obj.catalog.memo[self.eval_ctx.autoescape].get(args)
                return obj.plain_call(self.eval_ctx, args) if text is None else text
            if kind is QuickMacro:
                return obj.plain_call(self.eval_ctx, args)
        return super().call(obj, *args, _loop_vars=_loop_vars, _block_vars=_block_vars, **kwargs)


class ViewTemplate(Template):
    """A compiled template whose output escaping is `output_escape` and whose macros are `QuickMacro`s
    (same text, less work)."""

    @classmethod
    def _from_namespace(cls, environment: Environment, namespace: Any, globals: Any) -> Template:
        if namespace.get("escape") is escape:
            namespace["escape"] = output_escape
        namespace["escape_str"] = _escape_inner
        if namespace.get("Macro") is Macro:
            namespace["Macro"] = QuickMacro
        return super()._from_namespace(environment, namespace, globals)


class ViewCodeGenerator(CodeGenerator):
    """Compiles `x.name` to an item read when `x` is a plain dict holding `name`, else to Jinja's
    `environment.getattr`: the same value as before, without a method call per lookup in the view dicts."""

    @optimizeconst
    def visit_Getattr(self, node: nodes.Getattr, frame: Frame) -> None:
        if self.environment.is_async or node.attr in DICT_ATTRIBUTES:
            super().visit_Getattr(node, frame)
            return
        # `_v` is read only right after it is set, before any other part of the expression runs
        self.write(f"(_v[{node.attr!r}] if type(_v := ")
        self.visit(node.node, frame)
        self.write(
            f") is dict and {node.attr!r} in _v else environment.getattr(_v, {node.attr!r}))"
        )

    def visit_Include(self, node: nodes.Include, frame: Frame) -> None:
        named = isinstance(node.template, nodes.Const) and isinstance(node.template.value, str)
        if not named or not node.with_context or node.ignore_missing or self.environment.is_async:
            super().visit_Include(node, frame)
            return
        # Jinja's own code for this case, but the included text is handed on in one piece, not piece by piece
        self.writeline("template = environment.get_template(", node)
        self.visit(node.template, frame)
        self.write(f", {self.name!r})")
        self.writeline(
            "gen = template.root_render_func(template.new_context(context.get_all(), True,"
            f" {self.dump_local_context(frame)}))"
        )
        self.writeline("try:")
        self.indent()
        self.simple_write("environment.concat(gen)", frame)
        self.outdent()
        self.writeline("finally: gen.close()")

    def _output_child_pre(self, node: nodes.Expr, frame: Frame, finalize: Any) -> None:
        if not self._quick_output(frame, finalize):
            super()._output_child_pre(node, frame, finalize)
            return
        # `{{ value }}` as `output_escape(value)` would write it, with no call for markup or a string
        self.write("(_o if (_t := type(_o := ")

    def _output_child_post(self, node: nodes.Expr, frame: Frame, finalize: Any) -> None:
        if not self._quick_output(frame, finalize):
            super()._output_child_post(node, frame, finalize)
            return
        self.write(")) is Markup else escape_str(_o) if _t is str else escape(_o))")

    def _quick_output(self, frame: Frame, finalize: Any) -> bool:
        return frame.eval_ctx.autoescape and not frame.eval_ctx.volatile and finalize.src is None
