"""Retake the README's screenshots from the program as it is: a fresh demo store, the
real windows at 1366×768, each grabbed to docs/*.png (the trajectplan via pdftoppm).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [folder]

Only demo data (fictional people, BSNs from the 9999 test range) is ever shown.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from PySide6.QtCore import QDeadlineTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from sqlalchemy import select  # noqa: E402

from intake_desktop.config import load_config  # noqa: E402
from intake_desktop.db.models import Client, Trajectplan  # noqa: E402
from intake_desktop.demo.demo_data import DEMO_PASSWORD, seed_demo  # noqa: E402
from intake_desktop.services.beheer import accounts  # noqa: E402
from intake_desktop.services.core.store import Store  # noqa: E402
from intake_desktop.services.traject import trajectplan_document  # noqa: E402
from intake_desktop.ui.app import create_application  # noqa: E402

SIZE = (1366, 768)


def settle(ms: int = 400) -> None:
    """Let the window lay itself out and background reads arrive."""
    deadline = QDeadlineTimer(ms)
    while not deadline.hasExpired():
        QApplication.processEvents()


def shoot(widget: QWidget, path: Path, size=SIZE) -> None:
    widget.resize(*size)
    widget.show()
    settle()
    widget.grab().save(str(path))
    print("saved", path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def scanned(store, wissel, aanmelding_id, klantmanager_id):
    """The quickscan done as the wisselwachter would: work first, an intake tomorrow."""
    from datetime import timedelta

    from intake_desktop.db.models import Aanmelding
    from intake_desktop.domain.clock import utcnow
    from intake_desktop.services.balie import quickscan

    when = (utcnow() + timedelta(days=1)).replace(hour=9, minute=0, second=0, microsecond=0)
    quickscan.complete_quickscan(
        store,
        wissel,
        aanmelding_id,
        quickscan.QuickscanInput(
            domains=[quickscan.DomainNote("werk", "Ervaren magazijnmedewerker", "Snel werk", "ja")],
            summary="Wil snel aan het werk",
            benefit_may_be_due="ja",
            routes=["work_first"],
            klantmanager_id=klantmanager_id,
            appointments={"work_first": when},
        ),
    )
    with store.reading() as s:
        return s.get(Aanmelding, aanmelding_id).client_id


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="intake-shots-") as home:
        os.environ["INTAKE_HOME"] = home
        take(out)


def take(out: Path) -> None:
    create_application("nl")
    store = Store.open(f"sqlite:///{os.environ['INTAKE_HOME']}/demo.sqlite", load_config())
    seed_demo(store)
    from intake_desktop.ui.main_window import MainWindow

    wissel = accounts.sign_in(store, "wisselwachter", DEMO_PASSWORD)
    window = MainWindow(store, wissel)
    window.search.query.setText("Jan")
    window.search.run_search()
    shoot(window, out / "hoofdscherm.png")
    window._go_to(1)  # Wachtrij
    shoot(window, out / "wachtrij.png")
    window.close()

    # The first of the queue is screened by the poortwachter, then scanned.
    from intake_desktop.services.balie import queue, screening
    from intake_desktop.ui.balie.quickscan_dialog import QuickscanDialog

    first = queue.today_queue(store, wissel)[0]
    poort = accounts.sign_in(store, "poortwachter", DEMO_PASSWORD)
    queue.pick_up(store, poort, first.aanmelding_id)
    screening.complete_screening(
        store,
        poort,
        first.aanmelding_id,
        screening.ScreeningInput(
            answers={"inkomen": False, "geen_geld_eten": False, "woonsituatie": "huur"},
            eligibility="waarschijnlijk",
            eligibility_reason="Geen inkomen meer sinds de vorige maand",
            referrals=[],
            go_on=True,
            end_reason="",
        ),
    )
    queue.pick_up(store, wissel, first.aanmelding_id)
    waiting_id, name = first.aanmelding_id, first.client_name
    dialog = QuickscanDialog(store, wissel, waiting_id, name)
    shoot(dialog, out / "quickscan.png", (dialog.width(), dialog.height()))
    dialog.done(0)
    karin = accounts.sign_in(store, "km.jansen", DEMO_PASSWORD)
    scanned_client = scanned(store, wissel, waiting_id, karin.staff_id)

    with store.reading() as s:
        plan = s.scalars(
            select(Trajectplan)
            .join(Client, Client.id == Trajectplan.client_id)
            .where(
                Client.klantmanager_id == karin.staff_id,
                Client.status == "in_traject",
                Trajectplan.status == "ondertekend",
            )
        ).first()
    window = MainWindow(store, karin)
    window.open_dossier(plan.client_id)
    shoot(window, out / "dossier.png")
    window._go_to(window.nav.count() - 1)  # Mijn caseload
    shoot(window, out / "mijn-caseload.png")
    window.close()

    from intake_desktop.ui.balie.ambitiegesprek_dialog import AmbitiegesprekDialog

    dialog = AmbitiegesprekDialog(store, wissel, scanned_client)
    shoot(dialog, out / "ambitiegesprek.png", (dialog.width(), dialog.height()))
    dialog.done(0)

    leider = accounts.sign_in(store, "teamleider", DEMO_PASSWORD)
    window = MainWindow(store, leider)
    window._go_to(window.nav.count() - 1)  # Monitoring
    settle(2000)
    shoot(window, out / "monitoring.png")
    window.close()

    pdf = Path(os.environ["INTAKE_HOME"]) / "plan.pdf"
    pdf.write_bytes(trajectplan_document.current_pdf(store, karin, plan.id))
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "70",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(pdf),
            str(out / "trajectplan-voorbeeld"),
        ],
        check=True,
    )
    print("saved", out / "trajectplan-voorbeeld.png")
    store.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs")
