"""Qt-style numbered placeholders, filled in one pass in any order."""

from score_desktop.tools.messages import arg


def test_placeholders_are_filled_in_any_order_and_once():
    assert arg("%1 of %2", 3, 7) == "3 of 7"
    assert arg("%2 sur %1", 7, 3) == "3 sur 7"
    assert arg("%1 and %1", "a") == "a and a"
    assert arg("%1", "%2", "x") == "%2"
    assert arg("%1%", 85) == "85%"
    assert arg("%3 is unknown", 1) == "%3 is unknown"
    assert arg("step %10", *range(1, 11)) == "step 10"
