"""The window refuses to start with one clear line, before Qt's xcb plugin can abort."""

import subprocess
import sys

import pytest

from score_desktop.display_check import HEADLESS_NOTE, XCB_CURSOR, window_problem


def _loads_all(name: str) -> bool:
    return True


def _loads_none(name: str) -> bool:
    return False


def test_a_linux_desktop_with_the_library_starts():
    assert window_problem({"DISPLAY": ":0"}, "linux", _loads_all) is None


def test_a_missing_xcb_cursor_library_names_it_and_how_to_install_it():
    problem = window_problem({"DISPLAY": ":0"}, "linux", _loads_none)
    assert problem is not None and "\n" not in problem
    assert XCB_CURSOR in problem and "apt install libxcb-cursor0" in problem
    assert HEADLESS_NOTE in problem


def test_no_display_says_so():
    problem = window_problem({}, "linux", _loads_all)
    assert problem is not None and "DISPLAY is not set" in problem


@pytest.mark.parametrize(
    ("env", "system"),
    [
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux"),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux"),
        ({}, "win32"),
        ({}, "darwin"),
    ],
)
def test_other_platforms_are_not_checked_for_xcb(env, system):
    assert window_problem(env, system, _loads_none) is None


def test_the_entry_point_prints_one_line_and_exits_non_zero_without_a_display():
    env = {"PATH": "/usr/bin:/bin", "HOME": "/tmp"}
    done = subprocess.run(
        [sys.executable, "-m", "score_desktop"], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode != 0
    assert done.stderr.strip().count("\n") == 0
    assert "cannot open the window" in done.stderr
