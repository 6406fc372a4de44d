"""The configuration a municipality changes, read from ``resources/config`` at start-up."""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

from intake_desktop.config_documents import (
    HUISSTIJL,
    PRODUCTEN,
    Huisstijl,
    Product,
    build_huisstijl,
    build_producten,
)
from intake_desktop.config_schema import (
    ArrayOf,
    ConfigError,
    Field,
    ListOf,
    Table,
    check,
    line_of,
    unique_codes,
)
from intake_desktop.config_toewijzing import TOEWIJZING, ToewijzingConfig, build_toewijzing
from intake_desktop.config_traject import (
    AFSLUITING,
    INBURGERING,
    MONITORING,
    AfsluitingConfig,
    Doel,
    InburgeringConfig,
    build_afsluiting,
    build_inburgering,
    build_monitoring,
)
from intake_desktop.domain.klantgroep_voorstel import SuggestionRule


def resources_dir() -> Path:
    override = os.environ.get("INTAKE_RESOURCES")
    if override:
        return Path(override)
    # Inside the package, so a wheel or a bundle carries it; read as a real folder (the
    # package is installed unzipped), through importlib.resources.
    return Path(str(files("intake_desktop").joinpath("resources")))


@dataclass(frozen=True)
class Gemeente:
    code: str
    naam: str


@dataclass(frozen=True)
class Partner:
    naam: str
    waarvoor: str
    contact: str


@dataclass(frozen=True)
class ScreeningQuestion:
    code: str
    tekst: str
    soort: str  # ja_nee, tekst
    acuut: bool = False


@dataclass(frozen=True)
class Domain:
    code: str
    naam: str
    groep: str


@dataclass(frozen=True)
class AppointmentType:
    code: str
    naam: str
    locatie: str
    duur_minuten: int
    meenemen: tuple[str, ...]


@dataclass(frozen=True)
class RouteTask:
    titel: str
    termijn_uren: int
    vanaf: str  # aanmelding, nu
    voor: str  # klantmanager, wisselwachter, or a back office


@dataclass(frozen=True)
class RouteRule:
    code: str
    naam: str
    afspraak: str | None
    taken: tuple[RouteTask, ...]


@dataclass(frozen=True)
class Klantgroep:
    code: str
    naam: str
    kleur: str
    wie: str
    dienstverlening: str
    verwachting: str
    voortgang_per_jaar: int
    rechtmatigheid_elke_jaren: int
    kickoff: bool
    werkcoach_afspraak: bool


@dataclass(frozen=True)
class AmbitieConfig:
    obstacles: tuple[str, ...]
    rights_duties: tuple[str, ...]
    kickoff_after_days: int
    income_after_days: int
    income_appointment_type: str
    werkcoach_after_kickoff_days: int
    werkcoach_appointment_type: str
    progress_appointment_type: str
    planning_priority: tuple[str, ...] = ()
    planning_appointment_type: str = ""
    planning_days: tuple[int, ...] = ()  # weekday numbers, Monday = 0
    planning_times: tuple[str, ...] = ()  # "09:00"


@dataclass(frozen=True)
class AppConfig:
    idle_lock_minutes: int
    max_search_results: int
    gemeenten: tuple[Gemeente, ...]
    schuldhulp_meenemen: tuple[str, ...]
    partners: tuple[Partner, ...]
    screening: tuple[ScreeningQuestion, ...] = ()
    domains: tuple[Domain, ...] = ()
    appointment_types: tuple[AppointmentType, ...] = ()
    routes: tuple[RouteRule, ...] = ()
    klantgroepen: tuple[Klantgroep, ...] = ()
    suggestion_rules: tuple[SuggestionRule, ...] = ()
    suggestion_default: str = ""
    ambitie: AmbitieConfig | None = None
    toewijzing: ToewijzingConfig | None = None
    producten: tuple[Product, ...] = ()
    huisstijl: Huisstijl | None = None
    afsluiting: AfsluitingConfig | None = None
    inburgering: InburgeringConfig | None = None
    doelen: tuple[Doel, ...] = ()  # monitoring targets per klantgroep

    def product(self, code: str) -> Product | None:
        return next((p for p in self.producten if p.code == code), None)

    def klantgroep(self, code: str) -> Klantgroep | None:
        return next((k for k in self.klantgroepen if k.code == code), None)

    def appointment_type(self, code: str) -> AppointmentType | None:
        return next((a for a in self.appointment_types if a.code == code), None)

    def route(self, code: str) -> RouteRule | None:
        return next((r for r in self.routes if r.code == code), None)

    def domain_name(self, code: str) -> str:
        return next((d.naam for d in self.domains if d.code == code), code)

    @property
    def default_gemeente(self) -> Gemeente:
        return self.gemeenten[0]

    @property
    def several_gemeenten(self) -> bool:
        return len(self.gemeenten) > 1

    def gemeente_naam(self, code: str) -> str:
        return next((g.naam for g in self.gemeenten if g.code == code), code)


PROGRAMMA = Table(
    {
        "vergrendeling": Table({"minuten_inactief": Field(int, minimum=1, maximum=240)}),
        "zoeken": Table({"max_resultaten": Field(int, minimum=10, maximum=500)}),
    }
)
GEMEENTEN = Table(
    {
        "gemeente": ArrayOf(Table({"code": Field(str), "naam": Field(str)}), min_items=1),
    }
)
AANMELDING = Table(
    {
        "schuldhulpverlening": Table({"meenemen": ListOf(str, min_items=1)}),
        "partner": ArrayOf(
            Table(
                {"naam": Field(str), "waarvoor": Field(str), "contact": Field(str, required=False)}
            )
        ),
    }
)
SCREENING = Table(
    {
        "vraag": ArrayOf(
            Table(
                {
                    "code": Field(str, max_length=64),
                    "tekst": Field(str, max_length=200),
                    "soort": Field(str, choices=("ja_nee", "tekst")),
                    "acuut": Field(bool, required=False),
                }
            ),
            min_items=1,
        ),
    }
)
DOMEINEN = Table(
    {
        "domein": ArrayOf(
            Table(
                {
                    "code": Field(str, max_length=64),
                    "naam": Field(str, max_length=100),
                    "groep": Field(str, max_length=100),
                }
            ),
            min_items=1,
        ),
    }
)
AFSPRAKEN = Table(
    {
        "afspraaktype": ArrayOf(
            Table(
                {
                    "code": Field(str, max_length=64),
                    "naam": Field(str, max_length=200),
                    "locatie": Field(str, max_length=200),
                    "duur_minuten": Field(int, minimum=5, maximum=480),
                    "meenemen": ListOf(str),
                }
            ),
            min_items=1,
        ),
    }
)
ROUTES = Table(
    {
        "route": ArrayOf(
            Table(
                {
                    "code": Field(str, max_length=40),
                    "naam": Field(str, max_length=200),
                    "afspraak": Field(str, required=False),
                    "taak": ArrayOf(
                        Table(
                            {
                                "titel": Field(str, max_length=200),
                                "termijn_uren": Field(int, minimum=0, maximum=24 * 365),
                                "vanaf": Field(str, choices=("aanmelding", "nu")),
                                # klantmanager, wisselwachter, or a back office
                                "voor": Field(str, max_length=32),
                            }
                        )
                    ),
                }
            ),
            min_items=1,
        ),
    }
)
CONDITIONS = (
    "maanden_uitkering_min",
    "maanden_uitkering_max",
    "ladder_min",
    "ladder_max",
    "belemmeringen_min",
    "belemmeringen_max",
    "score_werk_min",
    "score_werk_max",
    "score_gemiddeld_min",
    "score_gemiddeld_max",
)
KLANTGROEPEN = Table(
    {
        "klantgroep": ArrayOf(
            Table(
                {
                    "code": Field(str),
                    "naam": Field(str),
                    "kleur": Field(str),
                    "wie": Field(str),
                    "dienstverlening": Field(str),
                    "verwachting": Field(str),
                    "voortgang_per_jaar": Field(int, minimum=0, maximum=12),
                    "rechtmatigheid_elke_jaren": Field(int, minimum=0, maximum=10),
                    "kickoff": Field(bool),
                    "werkcoach_afspraak": Field(bool),
                }
            ),
            min_items=1,
        ),
        "voorstel": Table(
            {
                "standaard": Field(str),
                "regel": ArrayOf(
                    Table(
                        {
                            "klantgroep": Field(str),
                            **{c: Field((int, float), required=False) for c in CONDITIONS},
                        }
                    )
                ),
            }
        ),
    }
)
AMBITIE = Table(
    {
        "belemmeringen": ListOf(str, min_items=1),
        "rechten_plichten": ListOf(str, min_items=1),
        "kickoff": Table({"na_dagen": Field(int, minimum=0, maximum=90)}),
        "inkomensconsulent": Table(
            {"na_dagen": Field(int, minimum=0, maximum=90), "afspraaktype": Field(str)}
        ),
        "voortgang": Table({"afspraaktype": Field(str)}),
        "planning": Table(
            {
                "prioriteit": ListOf(str, min_items=1),
                "afspraaktype": Field(str),
                "dagen": ListOf(str, min_items=1),
                "tijden": ListOf(str, min_items=1),
            }
        ),
        "werkcoach": Table(
            {"na_kickoff_dagen": Field(int, minimum=0, maximum=90), "afspraaktype": Field(str)}
        ),
    }
)


def _load_text(path: Path) -> str:
    if not path.exists():
        raise ConfigError(path, None, "het bestand ontbreekt.")
    return path.read_text(encoding="utf-8")


def _load(path: Path, spec: Table) -> dict[str, Any]:
    text = _load_text(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"line (\d+)", str(exc))
        line = getattr(exc, "lineno", None) or (int(found.group(1)) if found else None)
        raise ConfigError(path, line, f"de opmaak klopt niet ({exc}).") from None
    check(data, spec, path, text)
    return data


def load_config(resources: Path | None = None) -> AppConfig:
    folder = (resources or resources_dir()) / "config"
    programma = _load(folder / "programma.toml", PROGRAMMA)
    gemeenten = _load(folder / "gemeenten.toml", GEMEENTEN)
    aanmelding = _load(folder / "aanmelding.toml", AANMELDING)
    codes = [g["code"] for g in gemeenten["gemeente"]]
    if len(set(codes)) != len(codes):
        path = folder / "gemeenten.toml"
        raise ConfigError(path, None, "elke gemeente moet een eigen code hebben.")
    screening = _load(folder / "screening.toml", SCREENING)
    domeinen = _load(folder / "domeinen.toml", DOMEINEN)
    afspraken = _load(folder / "afspraken.toml", AFSPRAKEN)
    routes = _load(folder / "routes.toml", ROUTES)
    for name, data, table in (
        ("screening.toml", screening, "vraag"),
        ("domeinen.toml", domeinen, "domein"),
        ("afspraken.toml", afspraken, "afspraaktype"),
        ("routes.toml", routes, "route"),
    ):
        path = folder / name
        unique_codes(data[table], path, _load_text(path), table)
    for index, question in enumerate(screening["vraag"]):
        if question.get("acuut") and question["soort"] != "ja_nee":
            path = folder / "screening.toml"
            raise ConfigError(
                path,
                line_of(_load_text(path), ["vraag", index, "acuut"]),
                "acuut = true kan alleen bij een vraag met soort 'ja_nee'.",
            )
    known_types = {a["code"] for a in afspraken["afspraaktype"]}
    for index, route in enumerate(routes["route"]):
        if route.get("afspraak") and route["afspraak"] not in known_types:
            path = folder / "routes.toml"
            raise ConfigError(
                path,
                line_of(_load_text(path), ["route", index, "afspraak"]),
                f"afspraaktype '{route['afspraak']}' staat niet in afspraken.toml.",
            )
    groups = _load(folder / "klantgroepen.toml", KLANTGROEPEN)
    path = folder / "klantgroepen.toml"
    unique_codes(groups["klantgroep"], path, _load_text(path), "klantgroep")
    group_codes = {g["code"] for g in groups["klantgroep"]}
    if groups["voorstel"]["standaard"] not in group_codes:
        raise ConfigError(
            path,
            line_of(_load_text(path), ["voorstel", "standaard"]),
            f"klantgroep '{groups['voorstel']['standaard']}' bestaat niet.",
        )
    for index, rule in enumerate(groups["voorstel"].get("regel", [])):
        if rule["klantgroep"] not in group_codes:
            raise ConfigError(
                path,
                line_of(_load_text(path), ["voorstel.regel", index, "klantgroep"]),
                f"klantgroep '{rule['klantgroep']}' bestaat niet.",
            )
    ambitie = _load(folder / "ambitiegesprek.toml", AMBITIE)
    apath = folder / "ambitiegesprek.toml"
    weekdays = ("ma", "di", "wo", "do", "vr", "za", "zo")
    planning = ambitie["planning"]
    if not set(planning["dagen"]) <= set(weekdays):
        raise ConfigError(
            apath,
            line_of(_load_text(apath), ["planning", "dagen"]),
            "dagen zijn ma, di, wo, do, vr, za of zo.",
        )
    if not all(re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", t) for t in planning["tijden"]):
        raise ConfigError(
            apath,
            line_of(_load_text(apath), ["planning", "tijden"]),
            "tijden schrijft u als uu:mm, bijvoorbeeld 09:00.",
        )
    if not set(planning["prioriteit"]) <= group_codes:
        raise ConfigError(
            apath,
            line_of(_load_text(apath), ["planning", "prioriteit"]),
            "prioriteit noemt alleen klantgroepen uit klantgroepen.toml.",
        )
    if planning["afspraaktype"] not in known_types:
        raise ConfigError(
            apath,
            line_of(_load_text(apath), ["planning", "afspraaktype"]),
            f"afspraaktype '{planning['afspraaktype']}' staat niet in afspraken.toml.",
        )
    for key in ("inkomensconsulent", "werkcoach", "voortgang"):
        if ambitie[key]["afspraaktype"] not in known_types:
            apath = folder / "ambitiegesprek.toml"
            raise ConfigError(
                apath,
                line_of(_load_text(apath), [key, "afspraaktype"]),
                f"afspraaktype '{ambitie[key]['afspraaktype']}' staat niet in afspraken.toml.",
            )
    tpath = folder / "toewijzing.toml"
    toewijzing = build_toewijzing(
        _load(tpath, TOEWIJZING),
        tpath,
        _load_text(tpath),
        group_codes=group_codes,
        domain_codes={d["code"] for d in domeinen["domein"]},
        route_codes={r["code"] for r in routes["route"]},
        obstacles=set(ambitie["belemmeringen"]),
    )
    ppath, hpath = folder / "producten.toml", folder / "huisstijl.toml"
    producten = build_producten(
        _load(ppath, PRODUCTEN), ppath, _load_text(ppath), {d["code"] for d in domeinen["domein"]}
    )
    huisstijl = build_huisstijl(
        _load(hpath, HUISSTIJL), hpath, _load_text(hpath), gemeenten["gemeente"][0]["naam"]
    )
    apath, ipath, mpath = (
        folder / "afsluiting.toml",
        folder / "inburgering.toml",
        folder / "monitoring.toml",
    )
    afsluiting = build_afsluiting(_load(apath, AFSLUITING), apath, _load_text(apath))
    inburgering = build_inburgering(_load(ipath, INBURGERING), ipath, _load_text(ipath))
    doelen = build_monitoring(_load(mpath, MONITORING), mpath, _load_text(mpath), group_codes)
    return AppConfig(
        idle_lock_minutes=programma["vergrendeling"]["minuten_inactief"],
        max_search_results=programma["zoeken"]["max_resultaten"],
        gemeenten=tuple(Gemeente(g["code"], g["naam"]) for g in gemeenten["gemeente"]),
        schuldhulp_meenemen=tuple(aanmelding["schuldhulpverlening"]["meenemen"]),
        partners=tuple(
            Partner(p["naam"], p["waarvoor"], p.get("contact", ""))
            for p in aanmelding.get("partner", [])
        ),
        screening=tuple(
            ScreeningQuestion(q["code"], q["tekst"], q["soort"], q.get("acuut", False))
            for q in screening["vraag"]
        ),
        domains=tuple(Domain(d["code"], d["naam"], d["groep"]) for d in domeinen["domein"]),
        appointment_types=tuple(
            AppointmentType(
                a["code"], a["naam"], a["locatie"], a["duur_minuten"], tuple(a.get("meenemen", []))
            )
            for a in afspraken["afspraaktype"]
        ),
        routes=tuple(
            RouteRule(
                r["code"],
                r["naam"],
                r.get("afspraak"),
                tuple(
                    RouteTask(t["titel"], t["termijn_uren"], t["vanaf"], t["voor"])
                    for t in r.get("taak", [])
                ),
            )
            for r in routes["route"]
        ),
        klantgroepen=tuple(Klantgroep(**g) for g in groups["klantgroep"]),
        suggestion_rules=tuple(
            SuggestionRule(r["klantgroep"], tuple((c, float(r[c])) for c in CONDITIONS if c in r))
            for r in groups["voorstel"].get("regel", [])
        ),
        suggestion_default=groups["voorstel"]["standaard"],
        ambitie=AmbitieConfig(
            obstacles=tuple(ambitie["belemmeringen"]),
            rights_duties=tuple(ambitie["rechten_plichten"]),
            kickoff_after_days=ambitie["kickoff"]["na_dagen"],
            income_after_days=ambitie["inkomensconsulent"]["na_dagen"],
            income_appointment_type=ambitie["inkomensconsulent"]["afspraaktype"],
            werkcoach_after_kickoff_days=ambitie["werkcoach"]["na_kickoff_dagen"],
            werkcoach_appointment_type=ambitie["werkcoach"]["afspraaktype"],
            progress_appointment_type=ambitie["voortgang"]["afspraaktype"],
            planning_priority=tuple(planning["prioriteit"]),
            planning_appointment_type=planning["afspraaktype"],
            planning_days=tuple(weekdays.index(d) for d in planning["dagen"]),
            planning_times=tuple(planning["tijden"]),
        ),
        toewijzing=toewijzing,
        producten=producten,
        huisstijl=huisstijl,
        afsluiting=afsluiting,
        inburgering=inburgering,
        doelen=doelen,
    )
