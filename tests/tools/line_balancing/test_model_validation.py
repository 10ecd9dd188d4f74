"""The user model (ids as written, decimal times) and every validation problem of issue 3 §1."""

import pytest

from score_desktop.tools.line_balancing import (
    Instance,
    Line,
    LineValidationError,
    Restrictions,
    Task,
    line_from_instance,
    stations_to_ids,
    stations_to_indices,
    validate_line,
)


def line(rows, cycle_time=1.0, **kwargs):
    return Line(
        tuple(Task(i, t, tuple(p), row=r) for r, (i, t, p) in enumerate(rows, start=2)),
        cycle_time=cycle_time,
        **kwargs,
    )


GOOD = [("A", 0.2, []), ("B", 0.45, ["A"]), ("C", 0.3, ["A"]), ("D", 0.5, ["B", "C"])]


def kinds(problems):
    return [p.kind for p in problems]


def test_valid_line_has_no_problems_and_converts_with_decimal_scaling():
    good = line(GOOD)
    assert validate_line(good) == []
    instance = good.to_instance()
    assert instance.time_scale == 100
    assert instance.times == (20, 45, 30, 50)
    assert instance.cycle_time == 100
    assert instance.predecessors == ((), (0,), (0,), (1, 2))


def test_integer_times_keep_scale_one_and_ids_round_trip():
    good = line([("10", 3, []), ("20", 4, ["10"])], cycle_time=7)
    instance = good.to_instance()
    assert instance.time_scale == 1 and instance.times == (3, 4)
    assert stations_to_ids(good, [[1], [0]]) == [["20"], ["10"]]
    assert stations_to_indices(good, [["20"], ["10"]]) == [[1], [0]]
    with pytest.raises(ValueError, match="no task '30'"):
        stations_to_indices(good, [["30"]])


def test_empty_table():
    problems = validate_line(Line(()))
    assert kinds(problems) == ["empty"]
    assert "empty" in problems[0].message


def test_duplicate_id_names_both_rows():
    problems = validate_line(line([("A", 0.2, []), ("A", 0.3, [])]))
    assert kinds(problems) == ["duplicate_id"]
    assert "row 3" in problems[0].message and "first used in row 2" in problems[0].message


def test_unknown_predecessor_names_task_and_row():
    problems = validate_line(line([("A", 0.2, []), ("B", 0.3, ["Z"])]))
    assert kinds(problems) == ["unknown_predecessor"]
    assert problems[0].row == 3 and problems[0].task == "B" and "'Z'" in problems[0].message


@pytest.mark.parametrize(
    ("time", "words"),
    [
        (None, "missing"),
        ("", "missing"),
        ("abc", "not a number"),
        (0, "greater than zero"),
        (-1.5, "greater than zero"),
        (float("nan"), "not a finite number"),
        (float("inf"), "not a finite number"),
    ],
)
def test_bad_times(time, words):
    problems = validate_line(line([("A", 0.2, []), ("B", time, ["A"])]))
    assert kinds(problems) == ["time"]
    assert words in problems[0].message and "row 3" in problems[0].message
    assert "'B'" in problems[0].message


def test_time_with_decimal_comma_text_is_accepted():
    assert validate_line(line([("A", "0,25", [])])) == []
    assert line([("A", "0,25", [])]).to_instance().times == (25,)


def test_task_longer_than_cycle_time():
    problems = validate_line(line([("A", 0.2, []), ("B", 1.2, ["A"])], cycle_time=1.0))
    assert kinds(problems) == ["too_long"]
    assert "longer than the cycle time 1" in problems[0].message


def test_cycle_names_the_tasks_on_it():
    rows = [("A", 0.1, []), ("B", 0.1, ["A", "D"]), ("C", 0.1, ["B"]), ("D", 0.1, ["C"])]
    problems = validate_line(line(rows))
    assert kinds(problems) == ["cycle"]
    message = problems[0].message
    assert "'B' -> 'C' -> 'D' -> 'B'" in message
    assert "'A'" not in message.split(":", 1)[1]


def test_two_separate_cycles_are_two_problems_and_self_loop_is_one():
    rows = [("A", 0.1, ["B"]), ("B", 0.1, ["A"]), ("C", 0.1, ["D"]), ("D", 0.1, ["C"])]
    assert kinds(validate_line(line(rows))) == ["cycle", "cycle"]
    assert kinds(validate_line(line([("A", 0.1, ["A"])]))) == ["cycle"]


def test_long_chain_does_not_hit_the_recursion_limit():
    n = 20000
    rows = [(str(i), 1, [str(i - 1)] if i else []) for i in range(n)]
    rows[0] = ("0", 1, [str(n - 1)])
    problems = validate_line(line(rows, cycle_time=10))
    assert kinds(problems) == ["cycle"]


def test_bad_cycle_time_and_station_count():
    assert kinds(validate_line(line(GOOD, cycle_time=0))) == ["cycle_time"]
    assert kinds(validate_line(line(GOOD, cycle_time=None, station_count=0))) == ["station_count"]


@pytest.mark.parametrize(
    ("restrictions", "words"),
    [
        (Restrictions(must_share=(("B", "C"),), must_not_share=(("C", "B"),)), "must share"),
        (
            Restrictions(must_share=(("A", "B"), ("B", "C")), must_not_share=(("A", "C"),)),
            "must share",
        ),
        (Restrictions(must_share=(("B", "X"),)), "'X', which is not in the table"),
        (Restrictions(must_not_share=(("A", "A"),)), "apart from itself"),
        (Restrictions(fixed_station={"A": 0}), "numbered from 1"),
        (
            Restrictions(must_share=(("B", "C"),), fixed_station={"B": 1, "C": 2}),
            "fixed to stations 1, 2",
        ),
        (Restrictions(must_share=(("B", "C", "D"),)), "together take 1.25, more than"),
        (Restrictions(fixed_station={"A": 3, "D": 1}), "must come before task 'D'"),
    ],
)
def test_contradictory_restrictions(restrictions, words):
    problems = validate_line(line(GOOD, restrictions=restrictions))
    assert "restriction" in kinds(problems)
    assert any(words in p.message for p in problems), [p.message for p in problems]


def test_fixed_station_beyond_station_count():
    bad = line(
        GOOD, cycle_time=None, station_count=2, restrictions=Restrictions(fixed_station={"D": 3})
    )
    assert any("only 2 stations" in p.message for p in validate_line(bad))


def test_restrictions_convert_to_instance_indices_and_zero_based_stations():
    good = line(
        GOOD,
        restrictions=Restrictions(
            must_share=(("B", "C"),), must_not_share=(("A", "D"),), fixed_station={"D": 2}
        ),
    )
    instance = good.to_instance()
    assert instance.must_share == ((1, 2),)
    assert instance.must_not_share == ((0, 3),)
    assert instance.fixed_station == {3: 1}


def test_to_instance_raises_one_error_with_every_problem():
    bad = line([("A", "x", []), ("A", -1, ["Q"])])
    with pytest.raises(LineValidationError) as info:
        bad.to_instance()
    assert isinstance(info.value, ValueError)
    assert len(info.value.problems) == 4
    assert "and 3 more problems" in str(info.value)


def test_instance_back_to_line_round_trip():
    good = line(
        GOOD,
        restrictions=Restrictions(
            must_share=(("B", "C"),), must_not_share=(("A", "D"),), fixed_station={"D": 2}
        ),
    )
    instance = good.to_instance()
    back = line_from_instance(instance, good.task_ids)
    assert [t.time for t in back.tasks] == [0.2, 0.45, 0.3, 0.5]
    assert back.cycle_time == 1 and back.restrictions == good.restrictions
    assert back.to_instance() == instance
    plain = line_from_instance(Instance((3, 4), ((), (0,)), cycle_time=7))
    assert plain.task_ids == ("1", "2") and plain.tasks[1].predecessors == ("1",)
    with pytest.raises(ValueError, match="3 task ids for 2 tasks"):
        line_from_instance(plain.to_instance(), ["a", "b", "c"])
