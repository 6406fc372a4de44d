"""Ranking klantmanagers for one client, and saying why in Dutch.

Pure: the service layer gathers the staff (with caseload and absence) and what is known
of the client; ``rank`` weighs them with the points from toewijzing.toml. Nobody above
their maximum comes before someone who is not, so an over-full klantmanager is only
proposed when no one else is left, and then with a warning.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP

# The kind of task "find another klantmanager" (after a klantgroep change).
REASSIGN_TASK = "toewijzen"


@dataclass(frozen=True)
class Functie:
    code: str
    naam: str
    klantgroepen: tuple[str, ...] = ()
    routes: tuple[str, ...] = ()  # quickscan routes that point to it before a klantgroep


@dataclass(frozen=True)
class Expertise:
    """An expertise, and what of the client asks for it."""

    code: str
    naam: str
    leefgebieden: tuple[str, ...] = ()
    routes: tuple[str, ...] = ()
    belemmeringen: tuple[str, ...] = ()
    aanmelding: tuple[str, ...] = ()
    leeftijd_tot: int | None = None


@dataclass(frozen=True)
class Weights:
    """The points of the suggestion."""

    functie: int
    expertise: int
    capaciteit: int
    eerdere_klantmanager: int
    huishouden: int
    afwezig: int
    afwezig_vooruit_dagen: int


@dataclass(frozen=True, kw_only=True)
class AssignmentRules:
    """What the ranking applies; toewijzing.toml's configuration is one of these."""

    functies: tuple[Functie, ...]
    expertise: tuple[Expertise, ...] = ()
    weights: Weights

    def functie_for(self, klantgroep: str | None) -> Functie | None:
        for functie in self.functies:
            if klantgroep in functie.klantgroepen:
                return functie
        return None

    def functie_for_routes(self, routes) -> Functie | None:
        """Before a klantgroep is chosen: the first function one of the routes points to."""
        chosen = set(routes)
        return next((f for f in self.functies if chosen.intersection(f.routes)), None)


@dataclass(frozen=True)
class StaffInfo:
    id: object
    name: str
    functie: str | None = None
    team: str | None = None
    expertise: frozenset[str] = frozenset()
    caseload: int = 0
    max_caseload: int | None = None
    absent_from: date | None = None  # first absent day in the coming days
    absent_until: date | None = None

    @property
    def full(self) -> bool:
        """No room left: at or above the maximum."""
        return self.max_caseload is not None and self.caseload >= self.max_caseload


@dataclass(frozen=True)
class ClientNeeds:
    """What is known of the client that makes one klantmanager fit better."""

    klantgroep: str | None = None
    klantgroep_naam: str = ""
    domains: frozenset[str] = frozenset()  # life domains where help is needed
    routes: frozenset[str] = frozenset()  # quickscan routes
    obstacles: frozenset[str] = frozenset()  # from the ambitiegesprek
    aanmelding_routes: frozenset[str] = frozenset()
    age: int | None = None
    household: object = None  # the household id, for keeping a household together
    earlier_klantmanagers: frozenset = frozenset()
    household_klantmanagers: frozenset = frozenset()


@dataclass(frozen=True)
class Reason:
    """One line of "why": a Dutch template (translated at display time) and its values."""

    text: str
    values: dict = field(default_factory=dict)
    points: int = 0
    warning: bool = False


@dataclass(frozen=True)
class Candidate:
    staff: StaffInfo
    score: int
    reasons: tuple[Reason, ...]
    fits_functie: bool
    over_max: bool  # no room: at or above the maximum
    absent: bool
    wanted: str = ""  # the function the client's group (or route) asks for

    @property
    def warning(self) -> bool:
        return any(r.warning for r in self.reasons)


def expertise_needed(needs: ClientNeeds, config: AssignmentRules) -> dict[str, str]:
    """Expertise code -> the Dutch name of what asks for it."""
    found: dict[str, str] = {}
    for item in config.expertise:
        if (
            needs.domains.intersection(item.leefgebieden)
            or needs.routes.intersection(item.routes)
            or needs.obstacles.intersection(item.belemmeringen)
            or needs.aanmelding_routes.intersection(item.aanmelding)
            or (
                item.leeftijd_tot is not None
                and needs.age is not None
                and needs.age < item.leeftijd_tot
            )
        ):
            found[item.code] = item.naam
    return found


def _capacity(staff: StaffInfo, points: int) -> tuple[int, Reason]:
    if staff.max_caseload is None:
        return points // 2, Reason(
            QT_TRANSLATE_NOOP("toewijzing", "Geen maximum ingesteld"), {}, points // 2
        )
    if staff.full:
        text = (
            QT_TRANSLATE_NOOP("toewijzing", "Vol ({n} van {max})")
            if staff.caseload == staff.max_caseload
            else QT_TRANSLATE_NOOP("toewijzing", "Boven het maximum ({n} van {max})")
        )
        return 0, Reason(text, {"n": staff.caseload, "max": staff.max_caseload}, 0, warning=True)
    free = (staff.max_caseload - staff.caseload) / staff.max_caseload
    gained = round(points * free)
    return gained, Reason(
        QT_TRANSLATE_NOOP("toewijzing", "Nog {free} plaatsen vrij"),
        {"free": staff.max_caseload - staff.caseload},
        gained,
    )


def score(staff: StaffInfo, needs: ClientNeeds, config: AssignmentRules, today: date) -> Candidate:
    w = config.weights
    reasons: list[Reason] = []
    total = 0
    wanted = config.functie_for(needs.klantgroep)
    by_route = wanted is None
    if by_route:  # no klantgroep yet (quickscan): the routes point to a function
        wanted = config.functie_for_routes(needs.routes)
    fits = wanted is not None and staff.functie == wanted.code
    group = needs.klantgroep_naam or needs.klantgroep or ""
    if fits:
        total += w.functie
        reasons.append(
            Reason(
                QT_TRANSLATE_NOOP("toewijzing", "{functie}: past bij de vervolgstappen")
                if by_route
                else QT_TRANSLATE_NOOP("toewijzing", "Begeleidt de klantgroep {groep}"),
                {"groep": group, "functie": wanted.naam},
                w.functie,
            )
        )
    elif wanted is not None:
        reasons.append(
            Reason(
                QT_TRANSLATE_NOOP("toewijzing", "Geen {functie}")
                if by_route
                else QT_TRANSLATE_NOOP("toewijzing", "Geen {functie} (die begeleidt {groep})"),
                {"functie": wanted.naam.lower(), "groep": group},
            )
        )
    for code, name in expertise_needed(needs, config).items():
        if code in staff.expertise:
            total += w.expertise
            reasons.append(
                Reason(
                    QT_TRANSLATE_NOOP("toewijzing", "Expertise {naam} past bij de vraag"),
                    {"naam": name.lower()},
                    w.expertise,
                )
            )
    if staff.id in needs.household_klantmanagers:
        total += w.huishouden
        reasons.append(
            Reason(
                QT_TRANSLATE_NOOP("toewijzing", "Klantmanager van iemand uit hetzelfde huishouden"),
                {},
                w.huishouden,
            )
        )
    if staff.id in needs.earlier_klantmanagers:
        total += w.eerdere_klantmanager
        reasons.append(
            Reason(
                QT_TRANSLATE_NOOP("toewijzing", "Was eerder de klantmanager van deze klant"),
                {},
                w.eerdere_klantmanager,
            )
        )
    gained, capacity = _capacity(staff, w.capaciteit)
    total += gained
    reasons.append(capacity)
    absent = staff.absent_from is not None
    if absent:
        total -= w.afwezig
        if staff.absent_from <= today:
            text = QT_TRANSLATE_NOOP("toewijzing", "Afwezig tot en met {tot}")
        else:
            text = QT_TRANSLATE_NOOP("toewijzing", "Afwezig van {van} tot en met {tot}")
        reasons.append(
            Reason(
                text,
                {
                    "van": staff.absent_from.strftime("%d-%m"),
                    "tot": staff.absent_until.strftime("%d-%m-%Y") if staff.absent_until else "",
                },
                -w.afwezig,
                warning=True,
            )
        )
    return Candidate(
        staff, total, tuple(reasons), fits, staff.full, absent, wanted.naam if wanted else ""
    )


def rank(
    staff: Iterable[StaffInfo],
    needs: ClientNeeds,
    config: AssignmentRules,
    today: date,
    exclude: Iterable = (),
) -> list[Candidate]:
    """Best first: not over the maximum, then points, then the smaller caseload, then name."""
    excluded = set(exclude)
    candidates = [score(s, needs, config, today) for s in staff if s.id not in excluded]
    candidates.sort(key=lambda c: (c.over_max, -c.score, c.staff.caseload, c.staff.name))
    return candidates


def age_on(birth_date: date | None, today: date) -> int | None:
    if birth_date is None:
        return None
    before_birthday = (today.month, today.day) < (birth_date.month, birth_date.day)
    return today.year - birth_date.year - before_birthday
