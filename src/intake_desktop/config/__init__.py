"""The configuration a municipality changes, read from ``resources/config`` at start-up.

One module per TOML file describes that file once, as frozen dataclasses (see
``schema.py``), and checks what the file says of itself; ``references.py`` checks what
one file names of another. ``load_config`` reads them all into one ``AppConfig``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from intake_desktop.config import (
    aanmelding,
    afsluiting,
    afspraken,
    ambitiegesprek,
    bewaartermijnen,
    domeinen,
    gemeenten,
    huisstijl,
    inburgering,
    klantgroepen,
    monitoring,
    producten,
    programma,
    references,
    routes,
    screening,
    toegang,
    toewijzing,
    verwerkingsregister,
)
from intake_desktop.config.aanmelding import Partner
from intake_desktop.config.afsluiting import AfsluitingConfig
from intake_desktop.config.afspraken import AppointmentType
from intake_desktop.config.ambitiegesprek import AmbitieConfig
from intake_desktop.config.bewaartermijnen import Bewaartermijnen
from intake_desktop.config.domeinen import Domain
from intake_desktop.config.gemeenten import Gemeente
from intake_desktop.config.huisstijl import Huisstijl
from intake_desktop.config.inburgering import InburgeringConfig
from intake_desktop.config.klantgroepen import Klantgroep
from intake_desktop.config.monitoring import Doel
from intake_desktop.config.producten import Product
from intake_desktop.config.routes import RouteRule
from intake_desktop.config.schema import ConfigError
from intake_desktop.config.screening import ScreeningQuestion
from intake_desktop.config.toegang import Toegang
from intake_desktop.config.toewijzing import ToewijzingConfig
from intake_desktop.config.verwerkingsregister import Verwerkingsregister
from intake_desktop.domain.klantgroep_voorstel import SuggestionRule

__all__ = ["AppConfig", "ConfigError", "load_config", "resources_dir"]


def resources_dir() -> Path:
    override = os.environ.get("INTAKE_RESOURCES")
    if override:
        return Path(override)
    # Inside the package, so a wheel or a bundle carries it; read as a real folder (the
    # package is installed unzipped), through importlib.resources.
    return Path(str(files("intake_desktop").joinpath("resources")))


@dataclass(frozen=True)
class AppConfig:
    idle_lock_minutes: int
    max_search_results: int
    gemeenten: tuple[Gemeente, ...]
    schuldhulp_meenemen: tuple[str, ...]
    aanmelding_teams: dict[str, str]  # aanmelding route -> the back office it goes to
    schuldhulp_afspraak: str  # the appointment type the counter books for debts only
    partners: tuple[Partner, ...]
    screening: tuple[ScreeningQuestion, ...]
    domains: tuple[Domain, ...]
    appointment_types: tuple[AppointmentType, ...]
    routes: tuple[RouteRule, ...]
    klantgroepen: tuple[Klantgroep, ...]
    suggestion_rules: tuple[SuggestionRule, ...]
    suggestion_default: str
    ambitie: AmbitieConfig
    toewijzing: ToewijzingConfig
    producten: tuple[Product, ...]
    huisstijl: Huisstijl
    afsluiting: AfsluitingConfig
    inburgering: InburgeringConfig
    doelen: tuple[Doel, ...]  # monitoring targets per klantgroep
    toegang: Toegang  # who may read and change what (need to know)
    verwerkingen: Verwerkingsregister  # processing activities (AVG art. 30)
    bewaartermijnen: Bewaartermijnen  # retention of closed dossiers (Selectielijst)

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


def load_config(resources: Path | None = None) -> AppConfig:
    """Every file checked, in this order (raises ConfigError naming the file and line)."""
    folder = (resources or resources_dir()) / "config"
    prog = programma.load(folder).data
    municipalities = gemeenten.load(folder).data
    read_counter = aanmelding.load(folder)
    counter = read_counter.data
    questions = screening.load(folder).data
    domains = domeinen.load(folder).data
    types = afspraken.load(folder).data
    references.aanmelding(read_counter, types)
    read_routes = routes.load(folder)
    references.routes(read_routes, types)
    groups = klantgroepen.load(folder).data
    read_ambitie = ambitiegesprek.load(folder)
    references.ambitiegesprek(read_ambitie, groups, types)
    read_toewijzing = toewijzing.load(folder)
    references.toewijzing(read_toewijzing, groups, domains, read_routes.data, read_ambitie.data)
    references.teams(read_toewijzing, read_routes, read_counter)
    read_producten = producten.load(folder)
    references.producten(read_producten, domains)
    style = huisstijl.load(folder, municipalities.gemeente[0].naam).data
    closing = afsluiting.load(folder).data
    read_terms = bewaartermijnen.load(folder)
    references.bewaartermijnen(read_terms, closing)
    duty = inburgering.load(folder).data
    read_monitoring = monitoring.load(folder)
    references.monitoring(read_monitoring, groups)
    access = toegang.load(folder).data
    register = verwerkingsregister.load(folder).data
    return AppConfig(
        idle_lock_minutes=prog.idle_lock_minutes,
        max_search_results=prog.max_search_results,
        gemeenten=municipalities.gemeente,
        schuldhulp_meenemen=counter.schuldhulp_meenemen,
        aanmelding_teams={"schuldhulpverlening": counter.schuldhulp_team, "bbz": counter.bbz_team},
        schuldhulp_afspraak=counter.schuldhulp_afspraak,
        partners=counter.partners,
        screening=questions.vraag,
        domains=domains.domein,
        appointment_types=types.afspraaktype,
        routes=read_routes.data.route,
        klantgroepen=groups.klantgroepen,
        suggestion_rules=tuple(r.rule() for r in groups.regels),
        suggestion_default=groups.suggestion_default,
        ambitie=read_ambitie.data,
        toewijzing=read_toewijzing.data,
        producten=read_producten.data.product,
        huisstijl=style,
        afsluiting=closing,
        inburgering=duty,
        doelen=read_monitoring.data.doel,
        toegang=access,
        verwerkingen=register,
        bewaartermijnen=read_terms.data,
    )
