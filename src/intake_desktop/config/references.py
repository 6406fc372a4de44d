"""What one configuration file names of another, checked in one place.

Each file is checked on its own when it is read (its module's ``load``); here the codes
one file uses are looked up in the files that define them. ``load_config`` calls each
check right after reading the file that names the others.
"""

from __future__ import annotations

from intake_desktop.config.aanmelding import Aanmelding
from intake_desktop.config.afspraken import Afspraken
from intake_desktop.config.ambitiegesprek import AmbitieConfig
from intake_desktop.config.domeinen import Domeinen
from intake_desktop.config.klantgroepen import Klantgroepen
from intake_desktop.config.monitoring import Monitoring
from intake_desktop.config.producten import Producten
from intake_desktop.config.routes import Routes
from intake_desktop.config.schema import Loaded
from intake_desktop.config.toewijzing import ToewijzingConfig


def _codes(items) -> set[str]:
    return {item.code for item in items}


def routes(read: Loaded[Routes], afspraken: Afspraken) -> None:
    types = _codes(afspraken.afspraaktype)
    for index, route in enumerate(read.data.route):
        if route.afspraak and route.afspraak not in types:
            read.source.fail(
                ["route", index, "afspraak"],
                f"afspraaktype '{route.afspraak}' staat niet in afspraken.toml.",
            )
        for t, task in enumerate(route.taken):
            if task.plant and task.plant not in types:
                read.source.fail(
                    ["route", index, "taak", t, "plant"],
                    f"afspraaktype '{task.plant}' staat niet in afspraken.toml.",
                )


def ambitiegesprek(
    read: Loaded[AmbitieConfig], klantgroepen: Klantgroepen, afspraken: Afspraken
) -> None:
    ambitie, source = read
    groups, types = _codes(klantgroepen.klantgroepen), _codes(afspraken.afspraaktype)
    if not set(ambitie.planning_priority) <= groups:
        source.fail(
            ["planning", "prioriteit"],
            "prioriteit noemt alleen klantgroepen uit klantgroepen.toml.",
        )
    for table, kind in (
        ("planning", ambitie.planning_appointment_type),
        ("inkomensconsulent", ambitie.income_appointment_type),
        ("werkcoach", ambitie.werkcoach_appointment_type),
        ("voortgang", ambitie.progress_appointment_type),
    ):
        if kind not in types:
            source.fail(
                [table, "afspraaktype"], f"afspraaktype '{kind}' staat niet in afspraken.toml."
            )


def toewijzing(
    read: Loaded[ToewijzingConfig],
    klantgroepen: Klantgroepen,
    domeinen: Domeinen,
    quickscan_routes: Routes,
    ambitie: AmbitieConfig,
) -> None:
    config, source = read
    groups, domains = _codes(klantgroepen.klantgroepen), _codes(domeinen.domein)
    known_routes, obstacles = _codes(quickscan_routes.route), set(ambitie.obstacles)
    for index, functie in enumerate(config.functies):
        for group in functie.klantgroepen:
            if group not in groups:
                source.fail(
                    ["functie", index, "klantgroepen"], f"klantgroep '{group}' bestaat niet."
                )
        for route in functie.routes:
            if route not in known_routes:
                source.fail(
                    ["functie", index, "routes"], f"route '{route}' staat niet in routes.toml."
                )
    for index, item in enumerate(config.expertise):
        for name, known, what in (
            ("leefgebieden", domains, "leefgebied"),
            ("routes", known_routes, "route"),
            ("belemmeringen", obstacles, "belemmering"),
        ):
            for value in getattr(item, name):
                if value not in known:
                    source.fail(["expertise", index, name], f"{what} '{value}' is onbekend.")


# Who a route task of routes.toml can be for, besides a back office.
ROUTE_OWNERS = ("klantmanager", "wisselwachter")


def aanmelding(read: Loaded[Aanmelding], afspraken: Afspraken) -> None:
    kind = read.data.schuldhulp_afspraak
    if kind not in _codes(afspraken.afspraaktype):
        read.source.fail(
            ["schuldhulpverlening", "afspraak"],
            f"afspraaktype '{kind}' staat niet in afspraken.toml.",
        )


def teams(
    read: Loaded[ToewijzingConfig], read_routes: Loaded[Routes], read_counter: Loaded[Aanmelding]
) -> None:
    """No task addressed to nobody: every team a route or an aanmelding hands work to
    is a back office of toewijzing.toml, and every team is led by a known team."""
    config, source = read
    known = _codes(config.teams)
    offices = _codes(config.backoffices)
    for index, team in enumerate(config.teams):
        if team.onder is not None and (team.onder not in known or team.onder == team.code):
            source.fail(["team", index, "onder"], f"team '{team.onder}' bestaat niet.")
        if team.backoffice and not team.uitkomsten:
            source.fail(
                ["team", index, "uitkomsten"],
                "een back office noemt wat het kan terugmelden (uitkomsten).",
            )
    owners = ", ".join([*ROUTE_OWNERS, *sorted(offices)])
    functies = _codes(config.functies)
    for r, route in enumerate(read_routes.data.route):
        if route.met is not None and route.met not in functies | offices:
            read_routes.source.fail(
                ["route", r, "met"],
                f"'{route.met}' is geen functie of back office uit toewijzing.toml.",
            )
    for r, route in enumerate(read_routes.data.route):
        for t, task in enumerate(route.taken):
            if task.voor not in ROUTE_OWNERS and task.voor not in offices:
                read_routes.source.fail(
                    ["route", r, "taak", t, "voor"],
                    f"'{task.voor}' is geen klantmanager, wisselwachter of back office uit "
                    f"toewijzing.toml. Bekend: {owners}.",
                )
    for name, team in (
        ("schuldhulpverlening", read_counter.data.schuldhulp_team),
        ("bbz", read_counter.data.bbz_team),
    ):
        if team not in offices:
            read_counter.source.fail(
                ["backoffice", name],
                f"'{team}' is geen back office uit toewijzing.toml. Bekend: "
                f"{', '.join(sorted(offices))}.",
            )


def producten(read: Loaded[Producten], domeinen: Domeinen) -> None:
    domains = _codes(domeinen.domein)
    for index, product in enumerate(read.data.product):
        for code in product.leefgebieden:
            if code not in domains:
                read.source.fail(
                    ["product", index, "leefgebieden"],
                    f"leefgebied '{code}' staat niet in domeinen.toml.",
                )


def monitoring(read: Loaded[Monitoring], klantgroepen: Klantgroepen) -> None:
    groups = _codes(klantgroepen.klantgroepen)
    for index, doel in enumerate(read.data.doel):
        if doel.klantgroep not in groups:
            read.source.fail(
                ["doel", index, "klantgroep"],
                f"klantgroep '{doel.klantgroep}' staat niet in klantgroepen.toml.",
            )


def bewaartermijnen(read, afsluiting) -> None:
    """Every reason of afsluiting.toml has a term, and every term names known reasons."""
    reasons = _codes(afsluiting.redenen)
    for index, termijn in enumerate(read.data.termijnen):
        for reason in termijn.afsluitredenen:
            if reason not in reasons:
                read.source.fail(
                    ["termijn", index, "afsluitredenen"],
                    f"afsluitreden '{reason}' staat niet in afsluiting.toml.",
                )
    missing = sorted(reasons - {r for t in read.data.termijnen for r in t.afsluitredenen})
    if missing:
        read.source.fail(None, f"geen bewaartermijn voor afsluitreden(en) {', '.join(missing)}.")
