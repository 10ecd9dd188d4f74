"""The open document: one project, its file path, its undo stack and its session.

Every edit in any tool goes through :meth:`Document.edit`, which pushes one undo
command holding the project before and after (records are immutable, so the two
share everything that did not change). "Unsaved changes" is the stack's clean state.

After every edit, undo and redo the document says what changed: ``notice(Changes)`` (typed:
which record, added/removed/renamed/edited and which fields, see
:mod:`score_desktop.project.changes`), then ``changed()``. Views that can follow an edit
incrementally listen to ``notice``; records keep a stable id (:meth:`Document.record_id`)
while they are renamed, so selection and view state follow the record, not its name.

What the document knows beyond its file (simulation runs, panel view state) lives in its
``session`` (Qt-free, :mod:`score_desktop.project.session`); a tool's window objects that
must outlive its panels (a job runner) are the document's children via :meth:`tool_state`.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from score_desktop.project import Project, load_project, registry, save_project
from score_desktop.project.changes import RENAMED, Changes, RecordIds
from score_desktop.project.session import ProjectSession

_State = TypeVar("_State")


class ProjectEdit(QUndoCommand):
    """One undoable edit: the project before and after.

    Consecutive edits with the same non-empty ``merge_key`` (typing into one field)
    merge into a single undo step.
    """

    def __init__(
        self, document: Document, before: Project, after: Project, text: str, merge_key: str = ""
    ) -> None:
        super().__init__(text)
        # A weak reference: the stack (a child of the document) owns this command, and a
        # strong one would make a cycle that Python's collector cannot break safely.
        self._document = weakref.ref(document)
        self.before = before
        self.after = after
        self.merge_key = merge_key

    def id(self) -> int:
        return 1 if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ProjectEdit) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        document = self._document()
        if document is not None:
            document.set_project(self.after)

    def undo(self) -> None:
        document = self._document()
        if document is not None:
            document.set_project(self.before)


class Document(QObject):
    """A project being edited. ``notice(Changes)`` then ``changed()`` fire after every edit,
    undo and redo (and save, which stamps the "modified" time)."""

    changed = Signal()
    notice = Signal(object)  # Changes
    path_changed = Signal()

    def __init__(
        self,
        project: Project | None = None,
        path: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._project = project or Project()
        self._path = path
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(1000)
        self.session = ProjectSession()
        self.ids = RecordIds(self._project)
        self._tool_states: dict[str, object] = {}

    @classmethod
    def open(cls, path: Path, parent: QObject | None = None) -> Document:
        """Load ``path``; raises ProjectError without creating a document."""
        return cls(load_project(path), Path(path), parent)

    def tool_state(self, key: str, make: Callable[[Document], _State]) -> _State:
        """The window state of tool ``key`` for this document, made by ``make`` on first use."""
        if key not in self._tool_states:
            self._tool_states[key] = make(self)
        return self._tool_states[key]  # type: ignore[return-value]

    @property
    def project(self) -> Project:
        return self._project

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def set_project(self, project: Project) -> None:
        """Replace the live project without an undo step (used by the commands)."""
        changes = self.ids.follow(self._project, project)
        self._project = project
        for c in changes:
            if c.kind == RENAMED:  # a map's last run stays with the map
                self.session.rename_record(c.section, c.old_name, c.name)
        self.notice.emit(changes)
        self.changed.emit()

    # -- stable ids ------------------------------------------------------------------
    def record_id(self, section: str, name: str) -> str | None:
        """The stable id of the record called ``name`` now; None if there is none."""
        return self.ids.id_of(self._project, section, name)

    def record_name(self, section: str, record_id: str) -> str | None:
        """The current name of the record with id ``record_id``; None once it is removed."""
        return self.ids.name_of(self._project, section, record_id)

    def concerns(self, changes: Changes, section: str, record_id: str | None) -> bool:
        """Whether ``changes`` can change what a view of one record shows: the record
        itself, or a record of a section its tool takes links from."""
        if changes.touches(section, record_id):
            return True
        accepts = registry.tool(section).accepts if registry.is_tool(section) else ()
        return any(changes.touches(key) for key in accepts)

    def edit(self, text: str, change: Callable[[Project], Project], merge_key: str = "") -> bool:
        """Apply ``change`` as one undoable step named ``text``; False if nothing changed.

        ``change`` may raise ValueError to refuse the edit; the project is then unchanged.
        """
        before = self._project
        after = change(before)
        if after == before:
            return False
        self.undo_stack.push(ProjectEdit(self, before, after, text, merge_key))
        return True

    def save(self, path: Path | None = None) -> None:
        """Save atomically to ``path`` (or the current path); raises ProjectError on failure."""
        target = Path(path) if path is not None else self._path
        if target is None:
            raise ValueError("the project has no file name yet")
        saved = save_project(self._project, target)
        changes = self.ids.follow(self._project, saved)
        self._project = saved  # differs only in the "modified" time stamp: not an undo step
        self.undo_stack.setClean()
        if target != self._path:
            self._path = target
            self.path_changed.emit()
        self.notice.emit(changes)
        self.changed.emit()
