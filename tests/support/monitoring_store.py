"""A prepared store with known counts for the Monitoring tests (service and screen).

Period 2025-K1 t/m 2025-K4. Clients (M matchen, G groeien, F faciliteren, Z zorgen):
  c1  M since 2024-11-10; closed 2025-02-15, werk, Bouw            (outflow M K1)
  c2  M from 2025-01-20 (inflow K1); closed 2025-05-05, werk, Zorg (outflow M K2)
  c3  G since 2024-06-01; to M on 2025-04-10                        (doorstroom G→M K2)
  c4  G from 2025-07-01 10:00 (inflow K3); closed 2025-08-01, overdracht_inkomen
  c5  F since 2024-12-01; closed 2025-03-01 opleiding, reopened 2025-06-01
  c6  Z from 2025-10-05 (inflow K4)
  c7  F from 2025-02-02 (inflow K1)
  c8  Z from 2026-01-15 (after the period)
  c9  in intake, no klantgroep yet
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time

from intake_desktop.db.models import (
    Afsluiting,
    Appointment,
    Assessment,
    Client,
    Inburgeringsplicht,
    InburgeringStap,
    IntakeRecord,
    KlantgroepKeuze,
    Trajectplan,
    TrajectplanActivity,
    TrajectplanGoal,
)
from intake_desktop.domain.quarters import Period, Quarter

PERIOD = Period(Quarter(2025, 1), Quarter(2025, 4))
QUARTERS = ["2025-K1", "2025-K2", "2025-K3", "2025-K4"]
SURNAMES = [f"Monitorklant{n}" for n in range(1, 10)]
BSNS = ["111222333", "123456782", "100000009", "999999990"]


def at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour)).astimezone()


def prepared_store(store) -> dict[str, uuid.UUID]:
    ids: dict[str, uuid.UUID] = {}
    with store.transaction() as s:
        gemeente = store.config.default_gemeente.code
        spec = {
            "c1": ("matchen", "afgesloten"),
            "c2": ("matchen", "afgesloten"),
            "c3": ("matchen", "in_traject"),
            "c4": ("groeien", "afgesloten"),
            "c5": ("faciliteren", "in_traject"),
            "c6": ("zorgen", "in_traject"),
            "c7": ("faciliteren", "in_traject"),
            "c8": ("zorgen", "in_traject"),
            "c9": (None, "in_intake"),
        }
        for n, (key, (group, status)) in enumerate(spec.items()):
            client = Client(
                first_names="Mona",
                surname=SURNAMES[n],
                search_name=SURNAMES[n].lower(),
                bsn=BSNS[n] if n < len(BSNS) else None,
                gemeente_code=gemeente,
                klantgroep=group,
                status=status,
            )
            s.add(client)
            s.flush()
            ids[key] = client.id

        def keuze(key, group, day, hour=10):
            s.add(KlantgroepKeuze(client_id=ids[key], klantgroep=group, decided_at=at(day, hour)))

        keuze("c1", "matchen", date(2024, 11, 10))
        keuze("c2", "matchen", date(2025, 1, 20))
        keuze("c3", "groeien", date(2024, 6, 1))
        keuze("c3", "matchen", date(2025, 4, 10))
        keuze("c4", "groeien", date(2025, 7, 1))
        keuze("c5", "faciliteren", date(2024, 12, 1))
        keuze("c6", "zorgen", date(2025, 10, 5))
        keuze("c7", "faciliteren", date(2025, 2, 2))
        keuze("c8", "zorgen", date(2026, 1, 15))

        def close(key, day, reason, group, sector=None, reopened=None):
            s.add(
                Afsluiting(
                    client_id=ids[key],
                    closed_on=day,
                    reason=reason,
                    klantgroep=group,
                    sector=sector,
                    hours_per_week=32 if sector else None,
                    reopened_at=at(reopened) if reopened else None,
                )
            )

        close("c1", date(2025, 2, 15), "werk", "matchen", "Bouw")
        close("c2", date(2025, 5, 5), "werk", "matchen", "Zorg")
        close("c4", date(2025, 8, 1), "overdracht_inkomen", "groeien")
        close("c5", date(2025, 3, 1), "opleiding", "faciliteren", reopened=date(2025, 6, 1))

        def activities(key, *days):
            plan = Trajectplan(client_id=ids[key], status="ondertekend")
            goal = TrajectplanGoal(domain_code="werk", description="Werk")
            plan.goals.append(goal)
            for day in days:
                goal.activities.append(
                    TrajectplanActivity(
                        service_code="sollicitatietraining", provider_kind="intern", starts_on=day
                    )
                )
            s.add(plan)

        activities("c1", date(2025, 1, 10))
        activities("c3", date(2025, 3, 1), date(2024, 12, 15))
        activities("c7", date(2025, 5, 1), date(2025, 11, 1))

        def duty(key):
            plicht = Inburgeringsplicht(
                client_id=ids[key], duty_since=date(2024, 1, 1), deadline=date(2027, 1, 1)
            )
            s.add(plicht)
            s.flush()
            return plicht

        def step(plicht, procedure, code, day, decision=None, cents=None):
            s.add(
                InburgeringStap(
                    plicht_id=plicht.id,
                    client_id=plicht.client_id,
                    procedure=procedure,
                    step=code,
                    occurred_on=day,
                    decision=decision,
                    amount_cents=cents,
                )
            )

        p7 = duty("c7")
        step(p7, "handhaven", "signaal", date(2025, 2, 10))
        step(p7, "handhaven", "besluit", date(2025, 3, 10), "Naar beboeten")
        step(p7, "beboeten", "beschikking", date(2025, 5, 10), "Boete opgelegd", 25000)
        p6 = duty("c6")
        step(p6, "ontheffen", "besluit", date(2025, 11, 1), "Ontheffing verleend")
        step(p6, "verlengen", "besluit", date(2024, 12, 1), "Termijn verlengd")

        kind = store.config.ambitie.progress_appointment_type

        def talk(key, day, status, kind=kind):
            s.add(Appointment(client_id=ids[key], kind=kind, starts_at=at(day), status=status))

        talk("c5", date(2025, 3, 10), "gehouden")
        talk("c5", date(2025, 9, 10), "gepland")
        talk("c5", date(2025, 6, 10), "geannuleerd")
        talk("c7", date(2025, 8, 10), "gehouden")
        talk("c3", date(2025, 5, 1), "niet_verschenen")
        talk("c3", date(2025, 5, 2), "gepland", kind="uitkeringsintake")

        def held(key, day, status="afgerond"):
            record = IntakeRecord(
                client_id=ids[key],
                kind="voortgangsgesprek",
                status=status,
                conducted_at=at(day),
                summary="Gesprek",
            )
            s.add(record)
            return record

        held("c5", date(2025, 3, 10))
        held("c7", date(2025, 8, 10))
        held("c7", date(2025, 8, 11), status="concept")

        def rung(key, day, value):
            s.add(Assessment(client_id=ids[key], assessed_at=at(day), ladder_rung=value))

        rung("c5", date(2024, 12, 1), 2)
        rung("c5", date(2025, 6, 15), 4)
        rung("c7", date(2025, 2, 2), 2)
        rung("c7", date(2025, 12, 1), None)
        rung("c7", date(2026, 2, 1), 5)  # after the period: not counted
    return ids
