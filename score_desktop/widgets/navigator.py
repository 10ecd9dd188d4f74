"""The project navigator: records grouped by tool, with add, rename, duplicate and delete."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QInputDialog,
    QMenu,
    QMessageBox,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from score_desktop.project import SECTIONS
from score_desktop.project.edits import (
    duplicate_record,
    insert_record,
    new_record,
    remove_record,
    rename_record,
)
from score_desktop.widgets.document import Document
from score_desktop.widgets.tool_views import view

SECTION_ROLE = Qt.ItemDataRole.UserRole
NAME_ROLE = Qt.ItemDataRole.UserRole + 1
PROJECT_KEY = "project"


class Navigator(QWidget):
    """Tree of sections and their records. ``selected(section, name)`` opens a record;
    the section is ``"project"`` (name empty) for the project's own details."""

    selected = Signal(str, str)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.tree = QTreeWidget()
        self.tree.setObjectName("navigator")
        self.tree.setHeaderHidden(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.currentItemChanged.connect(self._on_current)
        self.tree.itemDoubleClicked.connect(lambda item, col: self.rename_current())
        toolbar = QToolBar()
        self.add_action = QAction(self.tr("Add"), self, triggered=self.add_record)
        self.add_action.setToolTip(self.tr("Add a record to the selected tool"))
        self.rename_action = QAction(self.tr("Rename"), self, triggered=self.rename_current)
        self.duplicate_action = QAction(
            self.tr("Duplicate"), self, triggered=self.duplicate_current
        )
        self.delete_action = QAction(self.tr("Delete"), self, triggered=self.delete_current)
        for action in (
            self.add_action,
            self.rename_action,
            self.duplicate_action,
            self.delete_action,
        ):
            toolbar.addAction(action)
        self.setMinimumWidth(280)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(toolbar)
        layout.addWidget(self.tree)
        document.changed.connect(self.rebuild)
        self.rebuild()

    # -- tree --------------------------------------------------------------
    def rebuild(self) -> None:
        section, name = self.current()
        project = self.document.project
        self.tree.blockSignals(True)
        self.tree.clear()
        root = QTreeWidgetItem([project.meta.name or self.tr("Project")])
        root.setData(0, SECTION_ROLE, PROJECT_KEY)
        root.setData(0, NAME_ROLE, "")
        font = root.font(0)
        font.setBold(True)
        root.setFont(0, font)
        self.tree.addTopLevelItem(root)
        for key, title in SECTIONS.items():
            records = project.section(key)
            group = QTreeWidgetItem([f"{self.tr(title)} ({len(records)})"])
            group.setData(0, SECTION_ROLE, key)
            group.setData(0, NAME_ROLE, "")
            group.setFont(0, font)
            tool_view = view(key)
            if tool_view is not None and tool_view.icon is not None:
                group.setIcon(0, tool_view.icon())
            for record in records:
                child = QTreeWidgetItem([record.name])
                child.setData(0, SECTION_ROLE, key)
                child.setData(0, NAME_ROLE, record.name)
                group.addChild(child)
            self.tree.addTopLevelItem(group)
        self.tree.expandAll()
        self.tree.blockSignals(False)
        if not self.select(section, name):
            self.select(section, "") or self.select(PROJECT_KEY, "")
        self._update_actions()

    def current(self) -> tuple[str, str]:
        item = self.tree.currentItem()
        if item is None:
            return PROJECT_KEY, ""
        return item.data(0, SECTION_ROLE), item.data(0, NAME_ROLE)

    def select(self, section: str, name: str) -> bool:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            items = [top] + [top.child(j) for j in range(top.childCount())]
            for item in items:
                if item.data(0, SECTION_ROLE) == section and item.data(0, NAME_ROLE) == name:
                    self.tree.setCurrentItem(
                        item, 0, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    )
                    return True
        return False

    def _on_current(self, item: QTreeWidgetItem | None, previous: object) -> None:
        self._update_actions()
        section, name = self.current()
        self.selected.emit(section, name)

    def _update_actions(self) -> None:
        section, name = self.current()
        self.add_action.setEnabled(section in SECTIONS)
        has_record = section in SECTIONS and bool(name)
        for action in (self.rename_action, self.duplicate_action, self.delete_action):
            action.setEnabled(has_record)

    def _context_menu(self, pos) -> None:
        item = self.tree.itemAt(pos)
        if item is not None:
            self.tree.setCurrentItem(item)
        menu = QMenu(self)
        for action in (
            self.add_action,
            self.rename_action,
            self.duplicate_action,
            self.delete_action,
        ):
            menu.addAction(action)
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    # -- record actions ------------------------------------------------------
    def _index(self, section: str, name: str) -> int:
        names = [r.name for r in self.document.project.section(section)]
        return names.index(name)

    def add_record(self) -> None:
        section, _ = self.current()
        if section not in SECTIONS:
            return
        record = new_record(section, self.document.project)
        title = self.tr(SECTIONS[section])
        self.document.edit(
            self.tr("Add %s record") % title, lambda p: insert_record(p, section, record)
        )
        self.select(section, record.name)

    def rename_current(self) -> None:
        section, name = self.current()
        if section not in SECTIONS or not name:
            return
        new_name, ok = QInputDialog.getText(
            self, self.tr("Rename"), self.tr("New name:"), text=name
        )
        if ok:
            self.rename(section, name, new_name)

    def rename(self, section: str, name: str, new_name: str) -> bool:
        new_name = new_name.strip()
        if not new_name or new_name == name:
            return False
        if self.document.project.find(section, new_name) is not None:
            QMessageBox.warning(
                self, self.tr("Rename"), self.tr('A record called "%s" already exists.') % new_name
            )
            return False
        index = self._index(section, name)
        try:
            self.document.edit(
                self.tr('Rename "%s"') % name, lambda p: rename_record(p, section, index, new_name)
            )
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Rename"), str(exc))
            return False
        self.select(section, new_name)
        return True

    def duplicate_current(self) -> None:
        section, name = self.current()
        if section not in SECTIONS or not name:
            return
        index = self._index(section, name)
        self.document.edit(
            self.tr('Duplicate "%s"') % name, lambda p: duplicate_record(p, section, index)
        )
        self.select(section, self.document.project.section(section)[index + 1].name)

    def delete_current(self) -> None:
        section, name = self.current()
        if section not in SECTIONS or not name:
            return
        index = self._index(section, name)
        self.document.edit(
            self.tr('Delete "%s"') % name, lambda p: remove_record(p, section, index)
        )
        self.select(section, "")
