"""Before a closure is saved, in plain words what it will set in motion: the status and
the caseload, the plan, the aftercare tasks with their dates, the hand-over, the
appointments cancelled and the tasks that lapse."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from intake_desktop.domain.validation import format_date, format_moment
from intake_desktop.services.core.store import Store
from intake_desktop.services.traject import afsluiting_effects
from intake_desktop.services.traject.afsluiting import AfsluitingContext


class WhatHappens(QGroupBox):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Wat er gebeurt bij afsluiten"))
        inner = QVBoxLayout(self)
        self.label = QLabel()
        self.label.setObjectName("whatHappens")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        inner.addWidget(self.label)

    def text(self) -> str:
        return self.label.text()

    def show_for(
        self,
        store: Store,
        context: AfsluitingContext,
        reden,
        start: date | None,
        aftercare_by: str,
        handover_to: str,
    ) -> None:
        """``reden``: the chosen reason (None: none yet); ``start``: the date of closure
        when it reads well; ``aftercare_by``: who gets the aftercare tasks;
        ``handover_to``: the consultant chosen ("" : the teamleiders choose)."""
        c = context
        lines = [
            self.tr(
                "De klant krijgt de status Afgesloten en telt niet meer mee in de caseload"
                " van {name}."
            ).format(name=c.klantmanager or self.tr("de klantmanager"))
        ]
        if c.plan_id:
            lines.append(self.tr("Het trajectplan wordt afgerond, met de uitkomst per doel."))
        if reden is not None and reden.werk:
            lines.append(self.tr("Nazorgtaken voor {name}:").format(name=aftercare_by))
            if start is None:
                lines.append(self.tr("• (de datums volgen uit de datum van afsluiting)"))
            for title, due in (
                afsluiting_effects.nazorg_dates(store, reden.code, start) if start else []
            ):
                lines.append(f"• {format_date(due)}  {title}")
        if reden is not None and reden.overdracht:
            lines.append(
                self.tr("Een overdrachtstaak voor {name}, en een notitie in het dossier.").format(
                    name=handover_to
                    or self.tr("de teamleiders (zij wijzen een inkomensconsulent aan)")
                )
            )
        lines += self._cancelled(c)
        if reden is None:
            lines.insert(0, self.tr("Kies eerst de reden."))
        self.label.setText("\n".join(lines))

    def _cancelled(self, c: AfsluitingContext) -> list[str]:
        if c.appointments:
            lines = [
                self.tr("Geplande afspraken die worden geannuleerd ({n}):").format(
                    n=len(c.appointments)
                )
            ]
            lines += [f"• {format_moment(a.at)}  {a.title}" for a in c.appointments]
        else:
            lines = [self.tr("Er zijn geen geplande afspraken om te annuleren.")]
        if c.open_tasks:
            lines.append(self.tr("Open taken die vervallen ({n}):").format(n=len(c.open_tasks)))
            lines += [f"• {t.title}" for t in c.open_tasks]
        return lines
