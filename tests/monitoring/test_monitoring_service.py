"""Monitoring figures against a prepared store with known counts (tests/monitoring_store),
the roles, the audit, and the CSV and Excel exports opened and read back."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from intake_desktop.db.models import AuditEvent
from intake_desktop.domain.quarters import (
    Quarter,
    choosable_quarters,
    default_period,
    make_period,
)
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.beheer import accounts
from intake_desktop.services.monitoring import exports as monitoring_exports
from intake_desktop.services.monitoring import overview as monitoring
from intake_desktop.services.monitoring.errors import MonitoringNotAllowed
from tests.support.monitoring_store import BSNS, PERIOD, QUARTERS, SURNAMES, prepared_store
from tests.support.staff import DEMO_PASSWORD, make_staff

pytestmark = pytest.mark.both_stores  # every test here runs on SQLite and PostgreSQL

M, G, F, Z = "matchen", "groeien", "faciliteren", "zorgen"


@pytest.fixture
def teamleider(store, beheerder):
    make_staff(store, "tineke", {"teamleider"}, actor=beheerder, name="Tineke Teamleider")
    return accounts.sign_in(store, "tineke", DEMO_PASSWORD)


@pytest.fixture
def figures(store, teamleider):
    prepared_store(store)
    return monitoring.overview(store, teamleider, PERIOD)


def per_group(data: dict, quarter: str) -> dict:
    return {g: n for g, n in data.get(quarter, {}).items() if n}


def test_caseload_now_at_the_start_and_at_each_quarter_end(figures):
    assert {g: n for g, n in figures.caseload_now.items() if n} == {M: 1, F: 2, Z: 2, "": 1}
    assert {g: n for g, n in figures.caseload_start.items() if n} == {M: 1, G: 1, F: 1}
    ends = {q: per_group(figures.caseload_end, q) for q in QUARTERS}
    assert ends == {
        "2025-K1": {M: 1, G: 1, F: 1},  # c5 closed on 1 March, not yet reopened
        "2025-K2": {M: 1, F: 2},  # c3 moved G→M, c2 closed, c5 reopened
        "2025-K3": {M: 1, F: 2},  # c4 came and went
        "2025-K4": {M: 1, F: 2, Z: 1},
    }
    assert all(n >= 0 for per in figures.caseload_end.values() for n in per.values())


def test_inflow_outflow_and_doorstroom_per_quarter(figures):
    assert {q: per_group(figures.inflow, q) for q in QUARTERS} == {
        "2025-K1": {M: 1, F: 1},
        "2025-K2": {},
        "2025-K3": {G: 1},
        "2025-K4": {Z: 1},
    }
    assert {q: per_group(figures.outflow, q) for q in QUARTERS} == {
        "2025-K1": {M: 1},
        "2025-K2": {M: 1},
        "2025-K3": {},
        "2025-K4": {},
    }  # c5's closure was reopened: no outflow
    assert per_group(figures.closed_other, "2025-K3") == {G: 1}
    assert sum(n for per in figures.closed_other.values() for n in per.values()) == 1
    assert per_group(figures.through_in, "2025-K2") == {M: 1}
    assert per_group(figures.through_out, "2025-K2") == {G: 1}
    assert figures.through == {(G, M): {"2025-K2": 1}}


def test_activities_enforcement_placements_and_talks(figures):
    assert {q: per_group(figures.activities, q) for q in QUARTERS} == {
        "2025-K1": {M: 2},
        "2025-K2": {F: 1},
        "2025-K3": {},
        "2025-K4": {F: 1},
    }
    assert {s: dict(g) for s, g in figures.activities_by_service.items()} == {
        "sollicitatietraining": {M: 2, F: 2}
    }
    assert figures.enforcement == {
        ("handhaven", "Dossiers met een stap"): {"2025-K1": 1},
        ("handhaven", "Naar beboeten"): {"2025-K1": 1},
        ("beboeten", "Dossiers met een stap"): {"2025-K2": 1},
        ("beboeten", "Boete opgelegd"): {"2025-K2": 1},
        ("ontheffen", "Dossiers met een stap"): {"2025-K4": 1},
        ("ontheffen", "Ontheffing verleend"): {"2025-K4": 1},
    }  # the verlenging of December 2024 lies before the period
    assert {q: n for q, n in figures.fines_cents.items() if n} == {"2025-K2": 25000}
    assert figures.placements == {"Bouw": {"2025-K1": 1}, "Zorg": {"2025-K2": 1}}
    assert {q: per_group(figures.talks_due, q) for q in QUARTERS} == {
        "2025-K1": {F: 1},
        "2025-K2": {M: 1},
        "2025-K3": {F: 2},
        "2025-K4": {},
    }
    assert {q: per_group(figures.talks_held, q) for q in QUARTERS} == {
        "2025-K1": {F: 1},
        "2025-K2": {},
        "2025-K3": {F: 1},
        "2025-K4": {},
    }


def test_targets_against_the_configured_range(figures):
    got = {(t.klantgroep, t.indicator): t for t in figures.targets}
    m = got[(M, "uitstroom")]
    assert (m.numerator, m.denominator, m.percentage, m.met) == (2, 3, 66.7, False)
    g = got[(G, "uitstroom")]
    assert (g.numerator, g.denominator, g.percentage, g.met) == (0, 2, 0.0, False)
    z = got[(Z, "uitstroom")]
    assert (z.numerator, z.denominator, z.percentage, z.met) == (0, 1, 0.0, True)
    f = got[(F, "participatie")]
    assert (f.numerator, f.denominator, f.percentage, f.met) == (1, 2, 50.0, True)
    assert (f.doel_min, f.doel_max) == (50, 100)


def test_tables_hold_the_figures_and_no_personal_data(figures):
    tables = {t.key: t for t in figures.tables()}
    assert list(tables) == [
        "bestand",
        "instroom_uitstroom",
        "doorstroom",
        "activiteiten",
        "activiteiten_per_dienst",
        "handhaving",
        "plaatsingen",
        "voortgangsgesprekken",
        "streefcijfers",
    ]
    bestand = tables["bestand"]
    assert bestand.headers[:3] == ["Klantgroep", "Begin periode", "2025-K1"]
    assert bestand.rows[0] == ["Matchen", 1, 1, 1, 1, 1, 1]
    assert bestand.rows[-2] == ["Nog geen klantgroep", 0, 0, 0, 0, 0, 1]
    assert bestand.rows[-1] == ["Totaal", 3, 3, 3, 3, 4, 6]
    plaatsingen = tables["plaatsingen"]
    assert plaatsingen.rows == [
        ["Bouw", 1, 0, 0, 0, 1],
        ["Zorg", 0, 1, 0, 0, 1],
        ["Totaal", 1, 1, 0, 0, 2],
    ]
    fines = tables["handhaving"].rows[-1]
    assert fines[1] == "Boetebedrag (euro)" and fines[2:] == [0.0, 250.0, 0.0, 0.0, 250.0]
    doelen = tables["streefcijfers"].rows
    assert doelen[0] == ["Matchen", "Uitstroom", 2, 3, 66.7, 80, 100, "Nee"]
    text = repr([t.rows for t in tables.values()])
    for secret in [*SURNAMES, *BSNS, "Mona"]:
        assert secret not in text


def test_only_teamleider_beleid_and_beheer_see_it_and_a_view_is_audited(
    store, figures, teamleider, balie, beheerder
):
    with pytest.raises(MonitoringNotAllowed, match="ziet de monitoring"):
        monitoring.overview(store, balie, PERIOD)
    make_staff(store, "bert", {"beleidsmedewerker"}, actor=beheerder, name="Bert Beleid")
    beleid = accounts.sign_in(store, "bert", DEMO_PASSWORD)
    assert monitoring.overview(store, beleid, PERIOD).caseload_now[M] == 1
    with store.reading() as s:
        views = list(s.scalars(select(AuditEvent).where(AuditEvent.entity == "monitoring")))
    assert [(e.username, e.action) for e in views] == [
        ("tineke", "bekijken"),
        ("bert", "bekijken"),
    ]
    assert all(e.client_id is None and e.entity_id is None for e in views)
    assert views[0].details == {"periode": ["2025-K1", "2025-K4"]}


def test_csv_export_opened_and_checked(store, figures, teamleider, tmp_path, balie):
    table = next(t for t in figures.tables() if t.key == "instroom_uitstroom")
    path = tmp_path / "stroom.csv"
    monitoring_exports.export_csv(store, teamleider, table, path)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows[0] == [
        "Kwartaal",
        "Klantgroep",
        "Instroom",
        "Doorstroom in",
        "Doorstroom uit",
        "Uitstroom",
        "Overig afgesloten",
    ]
    assert ["2025-K1", "Matchen", "1", "0", "0", "1", "0"] in rows
    assert ["2025-K2", "Groeien", "0", "0", "1", "0", "0"] in rows
    assert len(rows) == 1 + 4 * 4
    targets = next(t for t in figures.tables() if t.key == "streefcijfers")
    monitoring_exports.export_csv(store, teamleider, targets, tmp_path / "doelen.csv")
    text = (tmp_path / "doelen.csv").read_text(encoding="utf-8-sig")
    assert "Matchen;Uitstroom;2;3;66,7;80;100;Nee" in text
    with pytest.raises(
        MonitoringNotAllowed, match="Alleen een teamleider, beleidsmedewerker of beheerder ziet"
    ):
        monitoring_exports.export_csv(store, balie, table, tmp_path / "niet.csv")
    assert not (tmp_path / "niet.csv").exists()
    with store.reading() as s:
        exports = list(s.scalars(select(AuditEvent).where(AuditEvent.action == "exporteren")))
    assert [e.details for e in exports] == [
        {"formaat": "csv", "tabellen": 1, "rijen": 16},
        {"formaat": "csv", "tabellen": 1, "rijen": 4},
    ]


def test_excel_export_opened_and_checked(store, figures, teamleider, tmp_path):
    path = tmp_path / "monitoring.xlsx"
    monitoring_exports.export_xlsx(store, teamleider, figures, path)
    book = load_workbook(path)
    assert book.sheetnames == [
        "bestand",
        "instroom_uitstroom",
        "doorstroom",
        "activiteiten",
        "activiteiten_per_dienst",
        "handhaving",
        "plaatsingen",
        "voortgangsgesprekken",
        "streefcijfers",
        "periode",
    ]
    bestand = [list(r) for r in book["bestand"].iter_rows(values_only=True)]
    assert bestand[0][:2] == ["Klantgroep", "Begin periode"]
    assert bestand[1] == ["Matchen", 1, 1, 1, 1, 1, 1]
    assert isinstance(bestand[1][1], int)
    doorstroom = [list(r) for r in book["doorstroom"].iter_rows(values_only=True)]
    assert doorstroom[1] == ["Groeien", "Matchen", 0, 1, 0, 0, 1]
    doelen = [list(r) for r in book["streefcijfers"].iter_rows(values_only=True)]
    assert doelen[3] == ["Faciliteren", "Participatie (trede 3 of hoger)", 1, 2, 50, 50, 100, "Ja"]
    everything = repr([list(sheet.iter_rows(values_only=True)) for sheet in book.worksheets])
    for secret in [*SURNAMES, *BSNS, "Mona", "tineke"]:
        assert secret not in everything
    assert [] == list(tmp_path.glob(".monitoring.xlsx.*"))  # no temporary file left


def test_periods_quarters_and_bad_input():
    assert Quarter.of(date(2026, 8, 14)).label == "2026-K3"
    assert Quarter.parse("2026-K1").previous() == Quarter(2025, 4)
    assert Quarter(2025, 4).end == date(2026, 1, 1)
    period = default_period(date(2026, 8, 14))
    assert [q.label for q in period.quarters] == ["2025-K4", "2026-K1", "2026-K2", "2026-K3"]
    assert choosable_quarters(date(2026, 8, 14))[-1].label == "2026-K3"
    assert make_period("2025-K2", "2025-K3").quarters == [Quarter(2025, 2), Quarter(2025, 3)]
    with pytest.raises(ValidationFailed) as failed:
        make_period("2025-K3", "2025-K1")
    assert set(failed.value.errors) == {"tot"}
    with pytest.raises(ValidationFailed) as failed:
        make_period("2025", "2029-K1")
    assert set(failed.value.errors) == {"van"}


def test_an_empty_store_gives_zeros_not_errors(store, teamleider):
    figures = monitoring.overview(store, teamleider)
    assert len(figures.quarter_labels) == 4
    assert all(t.percentage is None and t.met is None for t in figures.targets)
    tables = figures.tables()
    assert tables[0].rows[-1][0] == "Totaal"
