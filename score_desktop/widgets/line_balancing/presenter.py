"""Presenter keys for the projector view: one table of keys, a blank screen, a help overlay.

The keys work whatever has focus in the presentation (a clicked button, the graph): the
window watches every key press sent to its widgets before they see it. A presenter clicker
sends PageDown/PageUp (some Right/Left, B or period to blank), so those step and blank too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QWidget

K = Qt.Key
#: action name -> the keys that trigger it
KEYS: dict[str, tuple[Qt.Key, ...]] = {
    "next": (K.Key_Right, K.Key_PageDown, K.Key_Space, K.Key_Down, K.Key_Return, K.Key_Enter),
    "previous": (K.Key_Left, K.Key_PageUp, K.Key_Up, K.Key_Backspace),
    "first": (K.Key_Home,),
    "last": (K.Key_End,),
    "play": (K.Key_P,),
    "fit": (K.Key_F,),
    "blank": (K.Key_B, K.Key_Period),
    "help": (K.Key_F1, K.Key_Question),
    "leave": (K.Key_Escape,),
}
ACTION_OF_KEY = {key: action for action, keys in KEYS.items() for key in keys}


def help_rows() -> list[tuple[str, str]]:
    """(keys, what they do) for the help overlay, translated."""
    translate = QCoreApplication.translate
    return [
        (translate("Presenter", "→  PageDown  Space  Enter"), translate("Presenter", "next step")),
        (translate("Presenter", "←  PageUp  Backspace"), translate("Presenter", "previous step")),
        (translate("Presenter", "Home  /  End"), translate("Presenter", "first / last step")),
        (translate("Presenter", "P"), translate("Presenter", "play / pause")),
        (translate("Presenter", "F"), translate("Presenter", "fit the graph")),
        (
            translate("Presenter", "B  or  ."),
            translate("Presenter", "blank the screen (again to show)"),
        ),
        (translate("Presenter", "F1  or  ?"), translate("Presenter", "show / hide this help")),
        (translate("Presenter", "Esc"), translate("Presenter", "leave the presentation")),
    ]


class KeyCatcher(QObject):
    """Sends the key presses of ``window``'s widgets to ``act`` (the action name) first."""

    def __init__(self, window: QWidget, act: Callable[[str], bool]) -> None:
        super().__init__(window)
        self.window, self.act = window, act

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self.window:
            return False
        assert isinstance(event, QKeyEvent)
        mods = event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        action = ACTION_OF_KEY.get(Qt.Key(event.key()))
        if action is None or mods != Qt.KeyboardModifier.NoModifier:
            return False
        if kind == QEvent.Type.ShortcutOverride:  # keep the key from any shortcut
            event.accept()
            return True
        if event.isAutoRepeat() and action not in ("next", "previous"):
            return True
        return self.act(action)


class Overlay(QLabel):
    """A label that covers its parent: the black blank screen or the key help."""

    def __init__(self, parent: QWidget, style: str) -> None:
        super().__init__(parent)
        self.setStyleSheet(style)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hide()

    def toggle(self) -> bool:
        self.setVisible(not self.isVisible())
        if self.isVisible():
            self.cover()
        return self.isVisible()

    def cover(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.raise_()


def blank_overlay(parent: QWidget) -> Overlay:
    overlay = Overlay(parent, "background: #000000; color: #000000;")
    overlay.setObjectName("presentation_blank")
    return overlay


def help_overlay(parent: QWidget) -> Overlay:
    overlay = Overlay(
        parent, "background: rgba(255, 255, 255, 240); color: #000000; font-size: 22pt;"
    )
    overlay.setObjectName("presentation_help")
    rows = "".join(
        f"<tr><td align='right'><b>{keys}</b>&nbsp;&nbsp;&nbsp;</td><td>{what}</td></tr>"
        for keys, what in help_rows()
    )
    title = QCoreApplication.translate("Presenter", "Presenter keys")
    overlay.setText(f"<h2>{title}</h2><table cellpadding='6'>{rows}</table>")
    overlay.setTextFormat(Qt.TextFormat.RichText)
    return overlay
