"""The figures of the monitoring (Deventer, Inzet op maat §5): counts per klantgroep and
quarter in an ``Overview``, its tables (``Table``, as shown and exported) and the
targets (``TargetResult``). Filled by services/monitoring/queries.py (and tallied.py),
read by the screen and services/monitoring/exports.py.

Definitions (what each figure counts; the screen and the exports show the same):

- **Bestand** (caseload) *now*: clients in care (``client_status.IN_CARE``) per current
  ``client.klantgroep``. *At a moment t* (start of the period, end of each quarter): the
  klantgroep history says which group a client was in at t (the latest
  ``KlantgroepKeuze`` before t; two at the same moment in id order); clients whose traject was closed before t and not
  reopened before t are left out (a ``Afsluiting`` covers [closed_on, reopened_at)).
  For the running quarter the "end" is now.
- **Instroom**: a client's first ``KlantgroepKeuze`` (decided_at in the quarter), in that
  group. **Doorstroom**: a later choice of another group moves the client from the old
  to the new group; it is counted apart from real in- and outflow (doorstroom in/uit).
  A choice of the same group again is neither.
- **Uitstroom**: ``Afsluiting`` rows with closed_on in the quarter and a reason with
  ``uitstroom = true`` (afsluiting.toml), in the klantgroep at closure. A closure that was
  reopened later does **not** count (the client did not leave); other closures are
  "overig afgesloten". **Plaatsingen per sector**: the same rows with a ``werk = true``
  reason, by sector.
- **Activiteiten**: ``TrajectplanActivity`` rows starting in the quarter (of a goal and a
  plan not deleted), by the client's current klantgroep, and per service over the period.
- **Handhaving**: ``InburgeringStap`` rows in the quarter: duties with a step per
  procedure, each decision, and the total of the fines.
- **Voortgangsgesprekken**: *gepland* = progress-talk appointments (ambitiegesprek.toml)
  in the quarter that were not cancelled; *gehouden* = intake records of kind
  "voortgangsgesprek", status afgerond, conducted in the quarter; by current klantgroep.
- **Streefcijfers** (monitoring.toml): *uitstroom* = outflow of the group in the period /
  (bestand at the start of the period + instroom + doorstroom into the group during the
  period), i.e. the share of everyone who was in the group during the period that flowed
  out. *participatie* = of the group's clients in care now with a ladder measurement
  before the end of the period, the share whose latest rung (latest by assessed_at, then
  id) before the end is 3 or higher. Met when
  doel_min <= figure <= doel_max.

Only counts leave this module: no names, BSNs or ids, in the overview or the exports.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.quarters import Period

PROGRESS_KIND = "voortgangsgesprek"
NO_GROUP = ""
PARTICIPATION_RUNG = 3

T = {  # Dutch texts of the tables (translated by the screen; exports are Dutch)
    "bestand": QT_TRANSLATE_NOOP(
        "monitoring", "Bestand per klantgroep (aan het begin, aan het eind van elk kwartaal, nu)"
    ),
    "stroom": QT_TRANSLATE_NOOP("monitoring", "Instroom en uitstroom per kwartaal"),
    "doorstroom": QT_TRANSLATE_NOOP("monitoring", "Doorstroom tussen klantgroepen"),
    "activiteiten": QT_TRANSLATE_NOOP("monitoring", "Activiteiten per klantgroep"),
    "diensten": QT_TRANSLATE_NOOP("monitoring", "Activiteiten per dienst"),
    "handhaving": QT_TRANSLATE_NOOP("monitoring", "Handhaving inburgering"),
    "plaatsingen": QT_TRANSLATE_NOOP("monitoring", "Plaatsingen per sector"),
    "gesprekken": QT_TRANSLATE_NOOP("monitoring", "Voortgangsgesprekken gehouden en gepland"),
    "doelen": QT_TRANSLATE_NOOP("monitoring", "Streefcijfers per klantgroep"),
}
H = {
    "klantgroep": QT_TRANSLATE_NOOP("monitoring", "Klantgroep"),
    "kwartaal": QT_TRANSLATE_NOOP("monitoring", "Kwartaal"),
    "begin": QT_TRANSLATE_NOOP("monitoring", "Begin periode"),
    "nu": QT_TRANSLATE_NOOP("monitoring", "Nu"),
    "totaal": QT_TRANSLATE_NOOP("monitoring", "Totaal"),
    "instroom": QT_TRANSLATE_NOOP("monitoring", "Instroom"),
    "door_in": QT_TRANSLATE_NOOP("monitoring", "Doorstroom in"),
    "door_uit": QT_TRANSLATE_NOOP("monitoring", "Doorstroom uit"),
    "uitstroom": QT_TRANSLATE_NOOP("monitoring", "Uitstroom"),
    "overig": QT_TRANSLATE_NOOP("monitoring", "Overig afgesloten"),
    "van": QT_TRANSLATE_NOOP("monitoring", "Van"),
    "naar": QT_TRANSLATE_NOOP("monitoring", "Naar"),
    "dienst": QT_TRANSLATE_NOOP("monitoring", "Dienst"),
    "procedure": QT_TRANSLATE_NOOP("monitoring", "Procedure"),
    "uitkomst": QT_TRANSLATE_NOOP("monitoring", "Uitkomst"),
    "sector": QT_TRANSLATE_NOOP("monitoring", "Sector"),
    "gepland": QT_TRANSLATE_NOOP("monitoring", "Gepland"),
    "gehouden": QT_TRANSLATE_NOOP("monitoring", "Gehouden"),
    "pct_gehouden": QT_TRANSLATE_NOOP("monitoring", "Gehouden (%)"),
    "indicator": QT_TRANSLATE_NOOP("monitoring", "Indicator"),
    "teller": QT_TRANSLATE_NOOP("monitoring", "Teller"),
    "noemer": QT_TRANSLATE_NOOP("monitoring", "Noemer"),
    "cijfer": QT_TRANSLATE_NOOP("monitoring", "Cijfer (%)"),
    "doel_min": QT_TRANSLATE_NOOP("monitoring", "Doel vanaf (%)"),
    "doel_max": QT_TRANSLATE_NOOP("monitoring", "Doel tot en met (%)"),
    "gehaald": QT_TRANSLATE_NOOP("monitoring", "Gehaald"),
}
WORDS = {
    "geen_groep": QT_TRANSLATE_NOOP("monitoring", "Nog geen klantgroep"),
    "dossiers": QT_TRANSLATE_NOOP("monitoring", "Dossiers met een stap"),
    "boetebedrag": QT_TRANSLATE_NOOP("monitoring", "Boetebedrag (euro)"),
    "zonder_besluit": QT_TRANSLATE_NOOP("monitoring", "Stappen zonder besluit"),
    "uitstroom": QT_TRANSLATE_NOOP("monitoring", "Uitstroom"),
    "participatie": QT_TRANSLATE_NOOP("monitoring", "Participatie (trede 3 of hoger)"),
    "ja": QT_TRANSLATE_NOOP("monitoring", "Ja"),
    "nee": QT_TRANSLATE_NOOP("monitoring", "Nee"),
    "onbekend": QT_TRANSLATE_NOOP("monitoring", "Geen gegevens"),
    "onbekende_sector": QT_TRANSLATE_NOOP("monitoring", "Sector onbekend"),
}

Number = int | float | None


@dataclass(frozen=True)
class Table:
    """One table as shown and exported: a file-name key, a Dutch title, headers and rows
    of a label (or two) followed by numbers. Never a name, BSN or id."""

    key: str
    title: str
    headers: list[str]
    rows: list[list[str | Number]]


@dataclass(frozen=True)
class TargetResult:
    klantgroep: str
    indicator: str  # uitstroom, participatie
    numerator: int
    denominator: int
    doel_min: int
    doel_max: int

    @property
    def percentage(self) -> float | None:
        if not self.denominator:
            return None
        return round(100 * self.numerator / self.denominator, 1)

    @property
    def met(self) -> bool | None:
        pct = self.percentage
        return None if pct is None else self.doel_min <= pct <= self.doel_max


def _zero() -> defaultdict:
    return defaultdict(int)


@dataclass
class Overview:
    period: Period
    computed_at: datetime
    groups: list[tuple[str, str, str]]  # (code, naam, kleur) in configuration order
    caseload_now: dict[str, int] = field(default_factory=_zero)
    caseload_start: dict[str, int] = field(default_factory=_zero)
    caseload_end: dict[str, dict[str, int]] = field(default_factory=dict)  # quarter → group
    inflow: dict[str, dict[str, int]] = field(default_factory=dict)
    outflow: dict[str, dict[str, int]] = field(default_factory=dict)
    closed_other: dict[str, dict[str, int]] = field(default_factory=dict)
    through_in: dict[str, dict[str, int]] = field(default_factory=dict)
    through_out: dict[str, dict[str, int]] = field(default_factory=dict)
    through: dict[tuple[str, str], dict[str, int]] = field(default_factory=dict)  # (van, naar)
    activities: dict[str, dict[str, int]] = field(default_factory=dict)
    activities_by_service: dict[str, dict[str, int]] = field(default_factory=dict)  # svc → grp
    enforcement: dict[tuple[str, str], dict[str, int]] = field(default_factory=dict)
    fines_cents: dict[str, int] = field(default_factory=_zero)
    placements: dict[str, dict[str, int]] = field(default_factory=dict)  # sector → quarter
    talks_due: dict[str, dict[str, int]] = field(default_factory=dict)
    talks_held: dict[str, dict[str, int]] = field(default_factory=dict)
    targets: list[TargetResult] = field(default_factory=list)
    # Labels of codes (services, procedures) for the tables.
    labels: dict[str, str] = field(default_factory=dict)

    @property
    def quarter_labels(self) -> list[str]:
        return [q.label for q in self.period.quarters]

    def group_name(self, code: str) -> str:
        if code == NO_GROUP:
            return WORDS["geen_groep"]
        return next((name for c, name, _k in self.groups if c == code), code)

    def group_codes(self) -> list[str]:
        """Configured groups, then any other code found in the data."""
        codes = [c for c, _n, _k in self.groups]
        seen = set(self.caseload_now)
        for per in (self.caseload_end, self.inflow, self.outflow, self.activities):
            for counts in per.values():
                seen.update(counts)
        return codes + sorted(seen - set(codes) - {NO_GROUP, None})

    def per_quarter(self, data: dict[str, dict[str, int]], group: str) -> list[int]:
        return [data.get(q, {}).get(group, 0) for q in self.quarter_labels]

    def tables(self) -> list[Table]:
        return [
            self._caseload_table(),
            self._flow_table(),
            self._through_table(),
            self._activities_table(),
            self._services_table(),
            self._enforcement_table(),
            self._placements_table(),
            self._talks_table(),
            self._targets_table(),
        ]

    def _caseload_table(self) -> Table:
        headers = [H["klantgroep"], H["begin"]]
        headers += [*self.quarter_labels, H["nu"]]
        rows = []
        codes = self.group_codes()
        if self.caseload_now.get(NO_GROUP):
            codes = [*codes, NO_GROUP]
        for code in codes:
            rows.append(
                [self.group_name(code), self.caseload_start.get(code, 0)]
                + self.per_quarter(self.caseload_end, code)
                + [self.caseload_now.get(code, 0)]
            )
        return Table("bestand", T["bestand"], headers, _with_total(rows, 1))

    def _flow_table(self) -> Table:
        headers = [H["kwartaal"], H["klantgroep"], H["instroom"], H["door_in"]]
        headers += [H["door_uit"], H["uitstroom"], H["overig"]]
        rows: list[list] = []
        for q in self.quarter_labels:
            for code in self.group_codes():
                rows.append(
                    [
                        q,
                        self.group_name(code),
                        *(
                            d.get(q, {}).get(code, 0)
                            for d in (
                                self.inflow,
                                self.through_in,
                                self.through_out,
                                self.outflow,
                                self.closed_other,
                            )
                        ),
                    ]
                )
        return Table("instroom_uitstroom", T["stroom"], headers, rows)

    def _through_table(self) -> Table:
        headers = [H["van"], H["naar"], *self.quarter_labels, H["totaal"]]
        order = {c: i for i, c in enumerate(self.group_codes())}
        rows = []
        for (van, naar), per in sorted(
            self.through.items(),
            key=lambda kv: (order.get(kv[0][0], 99), order.get(kv[0][1], 99)),
        ):
            counts = [per.get(q, 0) for q in self.quarter_labels]
            rows.append([self.group_name(van), self.group_name(naar), *counts, sum(counts)])
        return Table("doorstroom", T["doorstroom"], headers, rows)

    def _activities_table(self) -> Table:
        headers = [H["klantgroep"], *self.quarter_labels, H["totaal"]]
        rows = []
        for code in self.group_codes():
            counts = self.per_quarter(self.activities, code)
            rows.append([self.group_name(code), *counts, sum(counts)])
        return Table("activiteiten", T["activiteiten"], headers, _with_total(rows, 1))

    def _services_table(self) -> Table:
        codes = self.group_codes()
        headers = [H["dienst"], *(self.group_name(c) for c in codes), H["totaal"]]
        rows = []
        for service in sorted(
            self.activities_by_service, key=lambda s: self.labels.get(s, s).lower()
        ):
            counts = [self.activities_by_service[service].get(c, 0) for c in codes]
            rows.append([self.labels.get(service, service), *counts, sum(counts)])
        return Table("activiteiten_per_dienst", T["diensten"], headers, _with_total(rows, 1))

    def _enforcement_table(self) -> Table:
        headers = [H["procedure"], H["uitkomst"], *self.quarter_labels, H["totaal"]]
        rows = []
        for (procedure, outcome), per in self.enforcement.items():
            counts = [per.get(q, 0) for q in self.quarter_labels]
            name = self.labels.get(f"procedure:{procedure}", procedure)
            rows.append([name, outcome, *counts, sum(counts)])
        euros = [round(self.fines_cents.get(q, 0) / 100, 2) for q in self.quarter_labels]
        beboeten = self.labels.get("procedure:beboeten", "beboeten")
        rows.append([beboeten, WORDS["boetebedrag"], *euros, round(sum(euros), 2)])
        return Table("handhaving", T["handhaving"], headers, rows)

    def _placements_table(self) -> Table:
        headers = [H["sector"], *self.quarter_labels, H["totaal"]]
        rows = []
        for sector in self.labels.get("sectoren_volgorde", "").split("\n"):
            if sector and sector in self.placements:
                counts = [self.placements[sector].get(q, 0) for q in self.quarter_labels]
                rows.append([sector, *counts, sum(counts)])
        for sector, per in self.placements.items():
            if sector not in {r[0] for r in rows}:
                counts = [per.get(q, 0) for q in self.quarter_labels]
                rows.append([sector, *counts, sum(counts)])
        return Table("plaatsingen", T["plaatsingen"], headers, _with_total(rows, 1))

    def _talks_table(self) -> Table:
        headers = [H["kwartaal"], H["klantgroep"], H["gepland"], H["gehouden"]]
        headers.append(H["pct_gehouden"])
        rows: list[list] = []
        for q in [*self.quarter_labels, None]:
            for code in self.group_codes():
                if q is None:
                    due = sum(self.per_quarter(self.talks_due, code))
                    held = sum(self.per_quarter(self.talks_held, code))
                else:
                    due = self.talks_due.get(q, {}).get(code, 0)
                    held = self.talks_held.get(q, {}).get(code, 0)
                pct = round(100 * held / due, 1) if due else None
                rows.append([q or H["totaal"], self.group_name(code), due, held, pct])
        return Table("voortgangsgesprekken", T["gesprekken"], headers, rows)

    def _targets_table(self) -> Table:
        headers = [H["klantgroep"], H["indicator"], H["teller"], H["noemer"], H["cijfer"]]
        headers += [H["doel_min"], H["doel_max"], H["gehaald"]]
        rows = []
        for t in self.targets:
            met = WORDS["onbekend"] if t.met is None else WORDS["ja" if t.met else "nee"]
            rows.append(
                [
                    self.group_name(t.klantgroep),
                    WORDS[t.indicator],
                    t.numerator,
                    t.denominator,
                    t.percentage,
                    t.doel_min,
                    t.doel_max,
                    met,
                ]
            )
        return Table("streefcijfers", T["doelen"], headers, rows)


def _with_total(rows: list[list], labels: int) -> list[list]:
    if not rows:
        return rows
    total: list = [H["totaal"]] + [""] * (labels - 1)
    for col in range(labels, len(rows[0])):
        values = [r[col] for r in rows if isinstance(r[col], int | float)]
        total.append(sum(values))
    return [*rows, total]
