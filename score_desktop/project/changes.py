"""Typed change notices and stable record ids: what an edit changed, said so views can follow.

Records are immutable values, so an edit is a new project that shares every record it did
not change. :func:`diff` compares two projects record by record (by identity first, which
is cheap) and says what changed: a record added, removed, renamed or edited (and which of
its fields), the order of a section, the project details. :class:`RecordIds` gives every
record an id that stays while the user edits, renames and moves it, so that a view (the
navigator's selection, a panel's view settings) keeps following the same record when its
name changes. Ids live as long as the open document; the file stores names.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from score_desktop.project import registry
from score_desktop.project.records import Project

ADDED, REMOVED, RENAMED, EDITED, REORDERED, META = (
    "added",
    "removed",
    "renamed",
    "edited",
    "reordered",
    "meta",
)


@dataclass(frozen=True)
class Change:
    """One thing an edit changed.

    ``kind`` is one of ``added``, ``removed``, ``renamed``, ``edited`` (a record's fields,
    named in ``parts``; a rename that also changed fields is ``renamed`` with ``parts``),
    ``reordered`` (the order of ``section``) or ``meta`` (the project details, ``parts``).
    ``record`` is the record's stable id, ``name`` its name after the edit (before it, for a
    removed record) and ``old_name`` its name before a rename.
    """

    kind: str
    section: str = ""
    record: str = ""
    name: str = ""
    old_name: str = ""
    parts: tuple[str, ...] = ()


@dataclass(frozen=True)
class Changes:
    """Everything one edit (or undo, redo, load) changed, in section order."""

    items: tuple[Change, ...] = ()

    def __iter__(self) -> Iterator[Change]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __bool__(self) -> bool:
        return bool(self.items)

    def sections(self) -> set[str]:
        return {c.section for c in self.items if c.section}

    def touches(self, section: str, record: str | None = None) -> bool:
        """Whether a record of ``section`` (the record with id ``record`` when given) changed,
        or the section's order or membership did."""
        for c in self.items:
            if c.section != section:
                continue
            if record is None or c.record == record or c.kind == REORDERED:
                return True
        return False

    def only_renames_and_edits(self) -> bool:
        """No record was added or removed and no section reordered (a view's rows stay)."""
        return all(c.kind in (RENAMED, EDITED, META) for c in self.items)


def _parts(before: Any, after: Any) -> tuple[str, ...]:
    """The fields of a record that differ (identity first, then value)."""
    if not dataclasses.is_dataclass(before) or type(before) is not type(after):
        return ("record",)
    out = []
    for f in dataclasses.fields(before):
        x, y = getattr(before, f.name), getattr(after, f.name)
        if x is not y and x != y:
            out.append(f.name)
    return tuple(out)


def _renamed_only(before: Any, after: Any) -> bool:
    if not dataclasses.is_dataclass(before) or type(before) is not type(after):
        return False
    return all(
        getattr(before, f.name) == getattr(after, f.name)
        for f in dataclasses.fields(before)
        if f.name != "name"
    )


class RecordIds:
    """Stable ids of the records of one open document, following each edit."""

    def __init__(self, project: Project) -> None:
        self._counter = itertools.count(1)
        self._ids: dict[str, list[str]] = {
            key: [self._new() for _ in project.section(key)] for key in registry.tool_keys()
        }

    def _new(self) -> str:
        return f"r{next(self._counter)}"

    def ids(self, section: str) -> tuple[str, ...]:
        return tuple(self._ids.get(section, ()))

    def id_of(self, project: Project, section: str, name: str) -> str | None:
        """The id of the record called ``name`` in ``project`` (the current project)."""
        for rid, record in zip(self._ids.get(section, ()), project.section(section), strict=False):
            if record.name == name:
                return rid
        return None

    def name_of(self, project: Project, section: str, rid: str) -> str | None:
        """The current name of the record with id ``rid``, or None when it is gone."""
        ids = self._ids.get(section, [])
        if rid not in ids:
            return None
        return project.section(section)[ids.index(rid)].name

    def follow(self, before: Project, after: Project) -> Changes:
        """Move the ids from ``before`` to ``after`` and say what changed."""
        changes: list[Change] = []
        if before.meta is not after.meta and before.meta != after.meta:
            changes.append(Change(META, parts=_parts(before.meta, after.meta)))
        for key in registry.tool_keys():
            old, new = before.section(key), after.section(key)
            ids = self._ids.setdefault(key, [self._new() for _ in old])
            if old is new:
                continue
            new_ids, found = self._match(key, old, new, ids)
            changes.extend(found)
            self._ids[key] = new_ids
        return Changes(tuple(changes))

    def _match(
        self, key: str, old: tuple, new: tuple, ids: list[str]
    ) -> tuple[list[str], list[Change]]:
        by_identity = {id(r): i for i, r in enumerate(old)}
        taken: set[int] = set()
        matched: list[int | None] = []
        for r in new:  # the same object: unchanged (perhaps moved)
            i = by_identity.get(id(r))
            if i is not None and i not in taken:
                taken.add(i)
                matched.append(i)
            else:
                matched.append(None)
        free_by_name = {old[i].name: i for i in range(len(old)) if i not in taken}
        for j, r in enumerate(new):  # the same name: edited in place
            if matched[j] is None and r.name in free_by_name:
                i = free_by_name.pop(r.name)
                taken.add(i)
                matched[j] = i
        free_old = [i for i in range(len(old)) if i not in taken]
        free_new = [j for j, i in enumerate(matched) if i is None]
        if free_old and free_new and len(free_old) != len(free_new):
            for j in free_new:  # equal but for the name: renamed (among other edits)
                for i in free_old:
                    if _renamed_only(old[i], new[j]):
                        matched[j] = i
                        free_old.remove(i)
                        break
            free_new = [j for j in free_new if matched[j] is None]
        if len(free_old) == len(free_new):  # as many gone as came: renamed in place
            for i, j in zip(free_old, free_new, strict=True):
                matched[j] = i
        changes: list[Change] = []
        new_ids: list[str] = []
        for j, i in enumerate(matched):
            r = new[j]
            if i is None:
                new_ids.append(self._new())
                changes.append(Change(ADDED, key, new_ids[-1], r.name))
                continue
            new_ids.append(ids[i])
            if old[i] is r:
                continue
            parts = tuple(p for p in _parts(old[i], r) if p != "name")
            if old[i].name != r.name:
                changes.append(Change(RENAMED, key, ids[i], r.name, old[i].name, parts))
            elif parts:
                changes.append(Change(EDITED, key, ids[i], r.name, parts=parts))
        used = {i for i in matched if i is not None}
        for i in range(len(old)):
            if i not in used:
                changes.append(Change(REMOVED, key, ids[i], old[i].name))
        kept = [ids[i] for i in matched if i is not None]
        if kept != [rid for rid in ids if rid in set(kept)]:
            changes.append(Change(REORDERED, key))
        return new_ids, changes


def diff(before: Project, after: Project) -> Changes:
    """What changed from ``before`` to ``after`` (with ids that last for this call only)."""
    return RecordIds(before).follow(before, after)


def names(changes: Iterable[Change]) -> list[str]:
    """The changes in words, for tests and logs: "renamed oee_records A -> B"."""
    out = []
    for c in changes:
        what = f"{c.kind} {c.section}".strip()
        if c.kind == RENAMED:
            what += f" {c.old_name} -> {c.name}"
        elif c.name:
            what += f" {c.name}"
        if c.parts:
            what += f" ({', '.join(c.parts)})"
        out.append(what)
    return out
