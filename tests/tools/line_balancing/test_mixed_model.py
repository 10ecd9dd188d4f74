"""Mixed-model lines: reading time:MODEL and long-form tables, the model mix, the balance on
the weighted average with a cap per model, against brute force on small random lines."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from score_desktop.tools.line_balancing.importers import LineValidationError
from score_desktop.tools.line_balancing.mixed_import import MixedLine, mixed_from_rows, read_mixed
from score_desktop.tools.line_balancing.mixed_model import (
    MixError,
    balance_mixed,
    mix_from_demands,
    mix_from_shares,
    parse_mix,
)
from score_desktop.tools.line_balancing.model import Line, Task

WIDE = (
    'task,predecessors,time:A (min),time:B (min)\n1,,4,6\n2,1,3,\n3,1,5,3\n4,"2,3",2,4\n5,4,3,3\n'
)
LONG = (
    "task,model,time (min),predecessors\n1,A,4,\n1,B,6,\n2,A,3,1\n3,A,5,1\n3,B,3,1\n"
    '4,A,2,"2,3"\n4,B,4,"2,3"\n5,A,3,4\n5,B,3,4\n'
)


def _rows(text: str):
    return [(i, line.split(",")) for i, line in enumerate(text.splitlines(), 1)]


def test_wide_and_long_tables_read_the_same(tmp_path):
    wide = tmp_path / "wide.csv"
    wide.write_text(WIDE, encoding="utf-8")
    long = tmp_path / "long.csv"
    long.write_text(LONG, encoding="utf-8")
    a, b = read_mixed(wide), read_mixed(long)
    assert a.models == b.models == ("A", "B")
    assert a.model_times == b.model_times == ((4, 3, 5, 2, 3), (6, 0, 3, 4, 3))
    assert a.line.time_unit == b.line.time_unit == "min"
    assert [t.predecessors for t in a.line.tasks] == [t.predecessors for t in b.line.tasks]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("task,time\n1,2\n", "one time column per model"),
        ("task,time:A\n1,2\n1,3\n", "task '1' appears twice"),
        ("task,time:A,time:B\n1,,\n", "task '1' has no time for any model"),
        ("task,time:A\n1,-2\n", "not a time"),
        ("task,model,time\n1,A,2\n1,A,3\n", "two times for model 'A'"),
    ],
)
def test_bad_tables_are_refused_with_the_task_named(text, words):
    with pytest.raises(LineValidationError, match=words):
        mixed_from_rows(_rows(text))


def test_mix_must_sum_to_100_percent_and_name_the_models():
    models = ("A", "B", "C")
    with pytest.raises(MixError, match=r"sums to 90 % \(A 50 %, B 30 %, C 10 %\)"):
        mix_from_shares(models, parse_mix("A=0.5,B=30%,C=0.1"))
    with pytest.raises(MixError, match="no share for model C"):
        mix_from_shares(models, parse_mix("A=0.5,B=0.5"))
    with pytest.raises(MixError, match="names model D, not in the task table"):
        mix_from_shares(models, parse_mix("A=0.5,B=0.3,C=0.1,D=0.1"))
    with pytest.raises(MixError, match="MODEL=VALUE"):
        parse_mix("A0.5")
    mix = mix_from_demands(models, parse_mix("A=120,B=60,C=20"))
    assert mix.shares == {"A": 0.6, "B": 0.3, "C": 0.1}


def test_average_balance_reports_each_models_overload(tmp_path):
    # a chain 1 -> 2 -> 3; model A takes 4, 1, 2 and model B 2, 5, 2; mix 50 / 50
    mixed = _mixed([[4, 1, 2], [2, 5, 2]], [(), (0,), (1,)])
    mix = mix_from_shares(("A", "B"), {"A": 0.5, "B": 0.5})
    # averages 3, 3, 2; c = 5: {1} {2, 3} -> B's station 2 takes 7, 2 over the cycle time
    result = balance_mixed(mixed, mix, 5)
    assert result.station_count == 2 and result.proven_optimal
    assert result.stations == [[0], [1, 2]]
    assert result.average_station_times == [3.0, 5.0]
    assert result.model_station_times == {"A": [4.0, 3.0], "B": [2.0, 7.0]}
    assert result.overloads["B"] == [0.0, 2.0]
    assert "Model B overloads a station by 2" in result.message
    capped = balance_mixed(mixed, mix, 5, cap=6)  # B may not exceed 6: tasks 2 and 3 apart
    assert capped.station_count == 3 and capped.proven_optimal
    assert all(t <= 6 for times in capped.model_station_times.values() for t in times)


def _mixed(times: list[list[float]], preds) -> MixedLine:
    n = len(times[0])
    tasks = tuple(
        Task(str(j + 1), max(row[j] for row in times), tuple(str(p + 1) for p in preds[j]))
        for j in range(n)
    )
    models = tuple("ABC"[: len(times)])
    return MixedLine(Line(tasks), models, tuple(tuple(float(t) for t in row) for row in times))


def _brute(times, preds, shares, c, cap) -> int:
    n = len(times[0])
    full = (1 << n) - 1

    def ok(load: list[int]) -> bool:
        avg = sum(sum(s * times[m][j] for m, s in enumerate(shares)) for j in load)
        if avg > c + 1e-9:
            return False
        return cap is None or all(sum(row[j] for j in load) <= cap + 1e-9 for row in times)

    level = {0}
    for k in range(1, n + 1):
        nxt = set()
        for done in level:
            todo = [j for j in range(n) if not done >> j & 1]
            for bits in range(1, 1 << len(todo)):
                load = [todo[i] for i in range(len(todo)) if bits >> i & 1]
                lm = sum(1 << j for j in load)
                if all((done | lm) >> p & 1 for j in load for p in preds[j]) and ok(load):
                    nxt.add(done | lm)
        if full in nxt:
            return k
        level = nxt
    raise AssertionError("no balance")


@st.composite
def mixed_cases(draw):
    n = draw(st.integers(1, 6))
    times = [[draw(st.integers(0, 6)) for _ in range(n)] for _ in range(2)]
    for j in range(n):
        if times[0][j] == times[1][j] == 0:
            times[0][j] = 1
    preds = [
        tuple(i for i in range(j) if draw(st.booleans()) and draw(st.booleans())) for j in range(n)
    ]
    share = draw(st.sampled_from([0.25, 0.5, 0.6, 0.75]))
    c = draw(st.integers(6, 14))
    cap = draw(st.one_of(st.none(), st.integers(6, 14)))
    return times, preds, (share, 1 - share), c, cap


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mixed_cases())
def test_mixed_balance_matches_brute_force(case):
    times, preds, shares, c, cap = case
    mixed = _mixed(times, preds)
    mix = mix_from_shares(("A", "B"), {"A": shares[0], "B": shares[1]})
    result = balance_mixed(mixed, mix, c, cap=cap, time_limit=None)
    assert result.proven_optimal
    assert result.station_count == _brute(times, preds, shares, c, cap)
    where = {j: k for k, s in enumerate(result.stations) for j in s}
    assert sorted(where) == list(range(len(times[0])))
    assert all(where[p] <= where[j] for j in where for p in preds[j])
    assert all(t <= c + 1e-9 for t in result.average_station_times)
    if cap is not None:
        assert all(t <= cap for ts in result.model_station_times.values() for t in ts)


def test_an_excel_table_reads_like_the_csv(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for row in WIDE.splitlines():
        import csv

        sheet.append(
            [float(x) if x.replace(".", "").isdigit() else x for x in next(csv.reader([row]))]
        )
    path = tmp_path / "mixed.xlsx"
    book.save(path)
    mixed = read_mixed(path)
    assert mixed.models == ("A", "B")
    assert mixed.model_times == ((4, 3, 5, 2, 3), (6, 0, 3, 4, 3))
    assert mixed.line.tasks[3].predecessors == ("2", "3")
