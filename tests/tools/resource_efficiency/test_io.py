"""Importing resource logs from CSV, pasted text and XLSX: encodings, units, errors, row cap."""

import dataclasses
import datetime as dt

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from score_desktop.resources import templates_dir
from score_desktop.tools.resource_efficiency import (
    LogImportError,
    LogPeriod,
    ResourceLog,
    read_log,
    read_log_csv,
    read_log_text,
    write_log_csv,
)
from score_desktop.tools.resource_efficiency.io import MAX_ROWS

TEMPLATES = templates_dir()
HEADER = "period,production [t],Electricity [kWh],Natural gas [m3],water [m3]\n"


def test_csv_round_trip_of_the_example(example_log, tmp_path):
    path = tmp_path / "log.csv"
    write_log_csv(example_log, path)
    result = read_log_csv(path, base=dataclasses.replace(example_log, periods=()))
    assert result.log == example_log
    assert result.rows_read == 24
    assert result.issues == ()


@pytest.mark.parametrize("name", ["resource_log_template.csv", "resource_log_template.xlsx"])
def test_templates_import_cleanly(name):
    result = read_log(TEMPLATES / name)
    assert result.issues == ()
    assert result.rows_read == 2
    period = result.log.periods[0]
    assert period.period == "2024-01"
    assert period.energy["steam_tonne"] == 0.0
    assert period.waste_kg == {"scrap": 5200.0, "solid waste": 1500.0, "effluent": 4800.0}
    assert result.log.production_unit == "t" and result.log.currency == "EUR"


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("latin-1", b""),
        ("cp1252", b""),
        ("utf-16", b""),
    ],
)
def test_encodings(tmp_path, encoding, prefix):
    text = "period,production [t],material: fil teinté (Baumwolle grün) [kg],note\n"
    text += "2024-01,10,500,café\n"
    path = tmp_path / "log.csv"
    path.write_bytes(prefix + text.encode(encoding))
    period = read_log_csv(path).log.periods[0]
    assert period.materials_kg == {"fil teinté (Baumwolle grün)": 500.0}
    assert period.note == "café"


def test_semicolon_with_decimal_comma_and_tabs_pasted_from_excel():
    text = "period;production [t];Electricity [MWh]\n2024-01;12,5;1.234,5\n"
    period = read_log_text(text).log.periods[0]
    assert period.production == 12.5
    assert period.energy == {"electricity_kwh": pytest.approx(1_234_500.0)}
    pasted = "period\tproduction [t]\tNatural gas (m³)\r\n2024-W05\t7\t1 200\r\n"
    log = read_log_text(pasted).log
    assert log.frequency == "weekly"
    assert log.periods[0].energy == {"natural_gas_m3": 1200.0}


def test_units_are_converted():
    text = (
        "period,production [pieces],water [litre],material: yarn [t],waste: scrap [t],"
        "Steam [kg],LPG [litre],value added [GHS]\n2024-01,100,2500,1.5,0.25,800,30,99\n"
    )
    log = read_log_text(text).log
    p = log.periods[0]
    assert p.water_m3 == pytest.approx(2.5)
    assert p.materials_kg == {"yarn": pytest.approx(1500.0)}
    assert p.waste_kg == {"scrap": pytest.approx(250.0)}
    assert p.energy == {"steam_kg": 800.0, "lpg_litre": 30.0}
    assert log.production_unit == "pieces" and log.currency == "GHS"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            HEADER + "2024-01,10,100,50,5\n2024-02,abc,1,1,1\n",
            "row 3, column 'production [t]': 'abc' is not a number",
        ),
        (HEADER + "2024-01,10,100,50,5\n,10,1,1,1\n", "row 3: the period is empty"),
        (HEADER + "2024-1,10,100,50,5\n", "row 2: period '2024-1' is neither a month"),
        (
            HEADER + "2024-01,10,100,50,5\n2024-W03,1,1,1,1\n",
            "row 3: period '2024-W03' is not a month",
        ),
        (HEADER + '2024-01,10,"1,200",50,5\n', "'1,200' has a comma"),
        (
            "period,production [t],Steam\n",
            "column 'Steam' is not a column of the template; an "
            "energy column needs its unit in brackets, e.g. 'Steam [kWh]'",
        ),
        (
            "period,Electricity [kg]\n",
            "column 'Electricity [kg]': energy carrier 'Electricity' cannot be given in kg",
        ),
        ("period,water [kWh]\n", "column 'water [kWh]': the unit must be a volume unit"),
        ("period,material: yarn [bales]\n", "column 'material: yarn [bales]': unit 'bales'"),
        (
            "period,Electricity [kWh],electricity [MWh]\n",
            "columns 'Electricity [kWh]' and 'electricity [MWh]' give the same figure",
        ),
        ("production [t]\n10\n", "with a 'period' column"),
        ("\n\n", "the file is empty"),
        (HEADER, "has a header row but no periods"),
        (HEADER + "2024-01,10,inf,50,5\n", "'inf' is not a finite number"),
    ],
)
def test_errors_name_the_row_and_column(text, message):
    with pytest.raises(LogImportError, match=None) as caught:
        read_log_text(text)
    assert message in str(caught.value)


def test_validation_issues_are_returned_not_raised():
    text = HEADER + "2024-01,10,-100,50,5\n2024-03,10,100,50,5\n2024-03,1,1,1,1\n"
    result = read_log_text(text)
    messages = [i.message for i in result.issues]
    assert any(m.startswith("2024-01, Electricity [kWh]: negative use") for m in messages)
    assert any(m.startswith("2024-03 appears twice (rows 2 and 3)") for m in messages)
    assert any(m.startswith("1 missing month between 2024-01 and 2024-03") for m in messages)


def test_row_cap():
    rows = "".join(f"{2000 + i // 12}-{i % 12 + 1:02d},1,1,1,1\n" for i in range(6))
    with pytest.raises(LogImportError, match="row 7: the file has more than 5 data rows"):
        read_log_text(HEADER + rows, max_rows=5)
    assert read_log_text(HEADER + rows, max_rows=6).rows_read == 6
    assert MAX_ROWS >= 1000


def test_base_log_settings_are_kept(example_log):
    base = dataclasses.replace(example_log, periods=())
    log = read_log_text(HEADER + "2024-01,10,100,50,5\n", base=base).log
    assert log.site == example_log.site
    assert log.tariffs == example_log.tariffs
    assert len(log.periods) == 1


def _workbook(tmp_path, rows, sheet="Log"):
    book = openpyxl.Workbook()
    book.active.title = "Notes"
    ws = book.create_sheet(sheet)
    for row in rows:
        ws.append(row)
    path = tmp_path / "log.xlsx"
    book.save(path)
    return path


def test_xlsx_with_dates_and_numbers(tmp_path):
    path = _workbook(
        tmp_path,
        [
            ["period", "production [t]", "Electricity [kWh]", "note"],
            [dt.datetime(2024, 1, 1), 10, 1000.5, "start"],
            [dt.datetime(2024, 2, 1), 12, 1100, None],
            [None, None, None, None],
            ["2024-03", "13", 1200, None],
        ],
    )
    result = read_log(path)
    assert [p.period for p in result.log.periods] == ["2024-01", "2024-02", "2024-03"]
    assert result.log.periods[0].energy == {"electricity_kwh": 1000.5}
    assert result.log.periods[2].production == 13
    assert result.log.site == "log"


def test_xlsx_errors(tmp_path):
    path = _workbook(tmp_path, [["period", "production [t]"], ["2024-01", True]])
    with pytest.raises(LogImportError, match="row 2, column 'production \\[t\\]': True is not"):
        read_log(path)
    with pytest.raises(LogImportError, match="there is no sheet 'Data'"):
        from score_desktop.tools.resource_efficiency import read_log_xlsx

        read_log_xlsx(path, sheet="Data")
    fake = tmp_path / "fake.xlsx"
    fake.write_text("period,production\n")
    with pytest.raises(LogImportError, match=r"fake\.xlsx: not a readable Excel workbook"):
        read_log(fake)
    with pytest.raises(LogImportError, match=r"import a \.csv or \.xlsx file"):
        read_log(tmp_path / "log.ods")


def test_xlsx_row_cap(tmp_path):
    rows = [["period", "production [t]"]] + [
        [f"{2000 + i // 12}-{i % 12 + 1:02d}", 1] for i in range(30)
    ]
    path = _workbook(tmp_path, rows)
    from score_desktop.tools.resource_efficiency import read_log_xlsx

    with pytest.raises(LogImportError, match="more than 20 data rows"):
        read_log_xlsx(path, max_rows=20)


def test_failed_import_leaves_the_base_untouched():
    base = ResourceLog(site="Mill")
    with pytest.raises(LogImportError):
        read_log_text(HEADER + "2024-01,1,1,1,1\n2024-02,x,1,1,1\n", base=base)
    assert base == ResourceLog(site="Mill")


_amount = st.one_of(st.none(), st.floats(0, 1e9, allow_nan=False, allow_infinity=False))


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.tuples(_amount, _amount, _amount, _amount), min_size=1, max_size=30))
def test_csv_round_trip_keeps_every_number(tmp_path, values):
    periods = tuple(
        LogPeriod(
            f"{2000 + i // 12}-{i % 12 + 1:02d}",
            production=a,
            energy={"electricity_kwh": b} if b is not None else {},
            waste_kg={"scrap": c} if c is not None else {},
            heating_degree_days=d,
        )
        for i, (a, b, c, d) in enumerate(values)
    )
    log = ResourceLog(site="x", periods=periods)
    path = tmp_path / "round.csv"
    write_log_csv(log, path)
    assert read_log_csv(path, base=ResourceLog(site="x")).log == log
