"""Issue #20 §2: Present fills the screen and the presenter keys work whatever has focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

K = Qt.Key


def present_button(panel) -> QPushButton:
    return next(b for b in panel.findChildren(QPushButton) if b.text() == "Present")


@pytest.fixture
def shown(panel, qtbot):
    """The presentation opened the user's way: a click on Present."""
    qtbot.mouseClick(present_button(panel), Qt.MouseButton.LeftButton)
    window = panel.presentation
    assert window is not None
    qtbot.waitExposed(window)
    return window


def test_the_present_button_fills_the_screen_of_the_window(panel, shown):
    screen = panel.window().screen()
    assert shown.isFullScreen()
    assert shown.screen() is screen
    assert shown.geometry() == screen.geometry()


def test_a_fresh_presentation_starts_stepping_on_the_first_key(panel, shown, qtbot):
    controls = panel.classroom
    assert not controls.active
    for _ in range(3):
        qtbot.keyClick(shown, K.Key_Right)
    assert controls.active and controls.shown == 2
    assert shown.explanation.text() == controls.steps[1].reason
    assert "step 2 of" in shown.counter.text()


@pytest.mark.parametrize("focus", ["button", "graph", "yamazumi"])
def test_keys_step_whatever_has_focus(panel, shown, qtbot, focus):
    controls = panel.classroom
    next_button = next(b for b in shown.findChildren(QPushButton) if "Next" in b.text())
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)  # starts at step 0
    assert controls.active and controls.shown == 0
    target = {"button": next_button, "graph": shown.graph, "yamazumi": shown.yamazumi}[focus]
    target.setFocus()
    for key in (K.Key_Right, K.Key_Space, K.Key_PageDown):
        qtbot.keyClick(target, key)
    assert controls.shown == 3
    for key in (K.Key_Left, K.Key_PageUp):
        qtbot.keyClick(target, key)
    assert controls.shown == 1
    qtbot.keyClick(target, K.Key_End)
    assert controls.shown == len(controls.steps)
    qtbot.keyClick(target, K.Key_Home)
    assert controls.shown == 0
    with qtbot.waitSignal(shown.closed):
        qtbot.keyClick(target, K.Key_Escape)
    assert panel.presentation is None


def test_buttons_never_take_focus_so_space_cannot_press_them(shown):
    for button in shown.findChildren(QPushButton):
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus


@pytest.mark.parametrize("key", [K.Key_B, K.Key_Period])
def test_b_or_period_blanks_and_a_step_key_brings_the_screen_back(panel, shown, qtbot, key):
    qtbot.keyClick(shown, K.Key_Right)
    step = panel.classroom.shown
    qtbot.keyClick(shown.graph, key)
    assert shown.blank.isVisible() and shown.blank.geometry() == shown.rect()
    picture = shown.grab().toImage()
    assert picture.pixelColor(picture.width() // 2, picture.height() // 2).lightness() < 10
    qtbot.keyClick(shown, K.Key_Right)  # shows the screen again, does not step
    assert not shown.blank.isVisible() and panel.classroom.shown == step
    qtbot.keyClick(shown, key)
    qtbot.keyClick(shown, key)
    assert not shown.blank.isVisible()


def test_f1_or_question_mark_lists_every_key(shown, qtbot):
    qtbot.keyClick(shown, K.Key_F1)
    assert shown.help.isVisible()
    text = shown.help.text()
    for words in ("PageDown", "PageUp", "Space", "blank", "Esc", "play"):
        assert words in text
    qtbot.keyClick(shown, K.Key_Question, Qt.KeyboardModifier.ShiftModifier)
    assert not shown.help.isVisible()


def test_a_small_window_when_asked(panel, qtbot):
    window = panel.present(full_screen=False)
    qtbot.waitExposed(window)
    assert not window.isFullScreen()
    assert window.minimumSizeHint().width() <= 1024  # fits a 1024 x 768 projector
    assert window.minimumSizeHint().height() <= 768
