"""The field catalogue: each field of a record, said once (name, label, unit, bounds, help).

The loader's checks (:func:`read_fields`), the JSON Schema's field definitions
(:func:`schema_properties`), the file-format tables in docs/file-format.md
(:func:`doc_table`) and the window's forms (``widgets/forms.py``: ``FieldSpec.of``) are all
made from these entries, and tests keep the schema and the docs equal to what the catalogue
makes. Rules between fields (breaks shorter than the shift, good parts at most the total)
stay in the codec; their wording for the docs is an entry's ``rule``.

Labels, units and help are marked for translation with :func:`QT_TRANSLATE_NOOP` (context
``"catalogue"``) so that ``pyside6-lupdate`` collects them; the window translates them when
it shows them. This layer never imports Qt, so the marker is a function of its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from score_desktop.project.fields import MAX_NUMBER, Fields

MAX_NAME = 200  # characters of a record name, a machine, a reason...
MAX_TEXT = 100_000  # characters of notes and other free text
CONTEXT = "catalogue"  # the translation context of every label, unit and help text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation in ``context``; returns it unchanged."""
    return text


class _Required:
    def __repr__(self) -> str:
        return "REQUIRED"


#: The default of a field the file must give.
REQUIRED: Any = _Required()

_KINDS = ("text", "number", "integer", "choice", "list")


@dataclass(frozen=True)
class Field:
    """One field of a record.

    - ``kind``: "text", "number", "integer", "choice" or "list" (of sub-records).
    - ``label``, ``unit``, ``help``: what the window shows (translated there); ``unit`` is
      also the docs' unit column. ``description``: the sentence of the JSON Schema.
    - ``default``: the value when the file leaves the field out, or :data:`REQUIRED`.
    - ``minimum`` (``exclusive_minimum``: greater than, not at least), ``maximum``: bounds of
      a number; a number without a maximum is still at most ``MAX_NUMBER``.
    - ``nullable``: a number that may be ``null`` ("not set").
    - ``max_length``: of a text. ``choices``: (stored value, label) of a choice.
    - ``decimals``: shown in the window. ``rule``: extra wording for the docs (rules between
      fields). ``form``: whether the record's form edits it.
    """

    name: str
    kind: str
    label: str
    description: str
    unit: str = ""
    default: Any = None
    minimum: float | None = None
    exclusive_minimum: bool = False
    maximum: float | None = None
    nullable: bool = False
    max_length: int = MAX_TEXT
    choices: tuple[tuple[str, str], ...] = ()
    decimals: int = 2
    help: str = ""
    rule: str = ""
    pattern: str = ""
    items: str = ""  # for a list: the schema definition of an item
    form: bool = True

    def __post_init__(self) -> None:
        if self.kind not in _KINDS:
            raise ValueError(f'field "{self.name}": unknown kind "{self.kind}"')

    @property
    def required(self) -> bool:
        return self.default is REQUIRED

    @property
    def values(self) -> tuple[str, ...]:
        return tuple(v for v, _ in self.choices)

    # -- the loader's check ------------------------------------------------------------------
    def read(self, f: Fields) -> Any:
        """This field's value in the JSON object ``f``, checked; ProjectError names it."""
        default = None if self.required else self.default
        if self.kind == "text":
            return f.text(
                self.name, default or "", required=self.required, max_length=self.max_length
            )
        if self.kind == "choice":
            return f.choice(self.name, self.values, default)
        if self.kind == "integer":
            return f.integer(
                self.name,
                default,
                required=self.required,
                minimum=None if self.minimum is None else int(self.minimum),
            )
        if self.kind == "number":
            limits: dict[str, Any] = {
                "minimum": self.minimum,
                "maximum": self.maximum,
                "exclusive_minimum": self.exclusive_minimum,
            }
            if self.nullable:
                return f.optional_number(self.name, **limits)
            return f.number(self.name, default, required=self.required, **limits)
        raise ValueError(f'field "{self.name}": a list is read by its record\'s codec')

    # -- the JSON Schema ---------------------------------------------------------------------
    def schema(self) -> dict[str, Any]:
        """This field's definition in the JSON Schema."""
        out: dict[str, Any] = {}
        if self.kind == "list":
            out = {"type": "array", "items": {"$ref": f"#/$defs/{self.items}"}}
            out["description"] = self.description
            return out
        if self.kind != "choice":
            kind = {"text": "string", "number": "number", "integer": "integer"}[self.kind]
            out["type"] = [kind, "null"] if self.nullable else kind
        out["description"] = self.description
        if self.kind == "choice":
            out["enum"] = list(self.values)
        elif self.kind == "text":
            out["maxLength"] = self.max_length
            if self.pattern:
                out["pattern"] = self.pattern
        else:
            if self.minimum is not None:
                out["exclusiveMinimum" if self.exclusive_minimum else "minimum"] = _num(
                    self.minimum
                )
            out["maximum"] = MAX_NUMBER if self.maximum is None else _num(self.maximum)
        if not self.required:
            out["default"] = _num(self.default) if isinstance(self.default, float) else self.default
        return out

    # -- the docs ----------------------------------------------------------------------------
    def doc_row(self) -> str:
        """This field's row in the docs' table: key, type, unit, default, rule."""
        kind = {
            "text": "text",
            "choice": "text",
            "number": "number or `null`" if self.nullable else "number",
            "integer": "whole number",
            "list": f"list of [{self.items}s](#{self.items}s)",
        }[self.kind]
        if self.required:
            default = "**required**"
        elif self.kind == "list":
            default = "`[]`"
        else:
            default = "`" + _json(self.default) + "`"
        rules = [r for r in (self._bounds(), self.rule) if r]
        return f"| `{self.name}` | {kind} | {self.unit} | {default} | {'; '.join(rules)} |"

    def _bounds(self) -> str:
        if self.kind == "text":
            return f"at most {_words(self.max_length)} characters"
        if self.kind == "choice":
            return "one of " + ", ".join(f"`{v}`" for v in self.values)
        if self.kind == "list":
            return ""
        parts = []
        if self.minimum is not None:
            rule = "greater than" if self.exclusive_minimum else "at least"
            parts.append(f"{rule} {_words(self.minimum)}")
        if self.maximum is not None:
            parts.append(f"at most {_words(self.maximum)}")
        return ", ".join(parts)


def _num(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


def _json(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, str):
        return f'"{value}"'
    return f"{_num(value):g}" if isinstance(value, float) else str(value)


def _words(value: float) -> str:
    """A number as the docs write it: 100 000, 0.85."""
    if not float(value).is_integer():
        return f"{value:g}"
    return f"{_num(value):,}".replace(",", " ") if abs(value) >= 10_000 else f"{_num(value)}"


def read_fields(f: Fields, catalogue: Iterable[Field]) -> dict[str, Any]:
    """Every (non-list) field of ``catalogue`` read from ``f``, by name, in catalogue order."""
    return {c.name: c.read(f) for c in catalogue if c.kind != "list"}


def schema_properties(catalogue: Iterable[Field]) -> dict[str, Any]:
    return {c.name: c.schema() for c in catalogue}


def schema_required(catalogue: Iterable[Field]) -> list[str]:
    return [c.name for c in catalogue if c.required]


def doc_table(catalogue: Iterable[Field]) -> str:
    """The docs' table of a record's fields (Markdown)."""
    head = "| Key | Type | Unit | Default | Rule |\n|---|---|---|---|---|\n"
    return head + "\n".join(c.doc_row() for c in catalogue) + "\n"


def field(catalogue: Iterable[Field], name: str) -> Field:
    return next(c for c in catalogue if c.name == name)
