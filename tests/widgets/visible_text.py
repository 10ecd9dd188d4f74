"""Every text a user can see in a window: labels, buttons, titles, tabs, headers, menus, items.

Used by the pseudo-translation walk: under a pseudo translation every piece of user-interface
text is wrapped in ``[!! !!]``, so text outside the wrappers did not pass through ``tr()``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabWidget,
    QWidget,
)

from score_desktop.devtools.translations import PSEUDO_CLOSE, PSEUDO_OPEN

_WRAPPED = re.compile(re.escape(PSEUDO_OPEN) + r".*?" + re.escape(PSEUDO_CLOSE), re.S)
_WORD = re.compile(r"[^\W\d_]{2,}")
_TAGS = re.compile(r"<[^>]+>")


def _where(widget: QWidget) -> str:
    names = []
    while widget is not None:
        names.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return "/".join(reversed(names[:4]))


def _menu_texts(menu: QMenu, where: str) -> Iterator[tuple[str, str]]:
    yield where, menu.title()
    for action in menu.actions():
        if action.menu():
            yield from _menu_texts(action.menu(), f"{where} > {menu.title()}")
        elif action.text():
            yield f"{where} > {menu.title()}", action.text()


def _view_texts(view: QAbstractItemView, where: str) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # list models keep columnCount private
        columns = 1
    for section in range(columns):
        text = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if text:
            yield f"{where} header", str(text)


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every visible piece of text under ``root``."""
    found: list[tuple[str, str]] = []
    if root.windowTitle():
        found.append((_where(root), root.windowTitle()))
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            if action.menu():
                found.extend(_menu_texts(action.menu(), "menu"))
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        where = _where(widget)
        if isinstance(widget, QLabel) and widget.text():
            found.append((where, _TAGS.sub(" ", widget.text())))
        elif isinstance(widget, QAbstractButton) and widget.text():
            found.append((where, widget.text()))
        elif isinstance(widget, QGroupBox) and widget.title():
            found.append((where, widget.title()))
        elif isinstance(widget, QTabWidget):
            found.extend((where, widget.tabText(i)) for i in range(widget.count()))
        elif isinstance(widget, QComboBox):
            found.extend((where, widget.itemText(i)) for i in range(widget.count()))
        elif isinstance(widget, QLineEdit) and widget.placeholderText():
            found.append((where, widget.placeholderText()))
        elif isinstance(widget, QAbstractItemView):
            found.extend(_view_texts(widget, where))
        if widget.toolTip():
            found.append((f"{where} tooltip", _TAGS.sub(" ", widget.toolTip())))
    return found


def untranslated(texts: Iterable[tuple[str, str]], allowed: set[str]) -> list[tuple[str, str]]:
    """The texts with a word outside every ``[!! !!]`` wrapper that is not user data."""
    bad = []
    for where, text in texts:
        rest = _WRAPPED.sub(" ", text)
        for name in sorted(allowed, key=len, reverse=True):
            if name:
                rest = rest.replace(name, " ")
        if _WORD.search(rest):
            bad.append((where, text))
    return bad
