"""The quickscan's first step: what was already discussed, then per life domain what
stands out, the client's question and the need; and, on finishing, which domains were
left empty. Its texts keep the dialog's translation context."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.intake import ELIGIBILITY, NEED
from intake_desktop.ui.widgets.i18n import tr_domain


class QuickscanDomainsStep(QScrollArea):
    def __init__(self, config, context, changed: Callable, parent: QWidget | None = None):
        super().__init__(parent)
        self.config = config
        self.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self._already_discussed(context))
        self.domain_widgets: dict[str, tuple[QPlainTextEdit, QLineEdit, QComboBox]] = {}
        for domain in config.domains:
            box = QGroupBox(
                f"{domain.groep} · {domain.naam}" if domain.groep != domain.naam else domain.naam
            )
            form = QFormLayout(box)
            observation = QPlainTextEdit()
            observation.setObjectName(f"obs_{domain.code}")
            observation.setTabChangesFocus(True)
            observation.setFixedHeight(54)
            question = QLineEdit()
            question.setObjectName(f"question_{domain.code}")
            need = QComboBox()
            need.setObjectName(f"need_{domain.code}")
            for code, label in NEED.items():
                need.addItem(tr_domain(label), code)
            for widget, label in (
                (observation, QCoreApplication.translate("QuickscanDialog", "Wat valt op")),
                (question, QCoreApplication.translate("QuickscanDialog", "Vraag van de klant")),
                (need, QCoreApplication.translate("QuickscanDialog", "Behoefte")),
            ):
                widget.setAccessibleName(f"{domain.naam}: {label}")
                caption = QLabel(label)
                caption.setBuddy(widget)
                form.addRow(caption, widget)
            observation.textChanged.connect(changed)
            question.textChanged.connect(changed)
            need.currentIndexChanged.connect(changed)
            self.domain_widgets[domain.code] = (observation, question, need)
            layout.addWidget(box)
        self.setWidget(body)
        # The life domains left empty that the user chose to finish without: asked once.
        self.empty_accepted: set[str] = set()

    @staticmethod
    def _already_discussed(c) -> QLabel:
        lines = [
            QCoreApplication.translate("QuickscanDialog", "Vraag bij de aanmelding: {q}").format(
                q=c.question
            )
        ]
        if c.eligibility:
            lines.append(
                QCoreApplication.translate("QuickscanDialog", "Screening: {e} ({why})").format(
                    e=tr_domain(ELIGIBILITY.get(c.eligibility, c.eligibility)),
                    why=c.eligibility_reason,
                )
            )
        if c.screening.get("acuut"):
            lines.append(
                QCoreApplication.translate("QuickscanDialog", "Acute nood gemeld bij de screening.")
            )
        if c.screening.get("verwijzingen"):
            lines.append(
                QCoreApplication.translate("QuickscanDialog", "Doorverwezen naar: {p}").format(
                    p=", ".join(c.screening["verwijzingen"])
                )
            )
        label = QLabel("\n".join(lines))
        label.setObjectName("alreadyDiscussed")
        label.setWordWrap(True)
        label.setProperty("role", "notice")
        return label

    def first_input(self) -> QWidget:
        return self.domain_widgets[self.config.domains[0].code][0]

    def empty_domains(self) -> list[str]:
        """Codes of the life domains with nothing noted: no observation, no question,
        the need still unknown (in the order of the screen)."""
        return [
            code
            for code, (observation, question, need) in self.domain_widgets.items()
            if not observation.toPlainText().strip()
            and not question.text().strip()
            and need.currentData() == "onbekend"
        ]

    def go_on_with_empty(self, parent: QWidget, show_step: Callable[[int], None]) -> bool:
        """Finishing with life domains left empty (perhaps never scrolled to): say which
        and ask once. Annuleren goes back to the first of them; after "Toch afronden"
        the same empty domains are not asked about again."""
        empty = self.empty_domains()
        if not empty or set(empty) <= self.empty_accepted:
            return True
        names = {d.code: d.naam for d in self.config.domains}
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("QuickscanDialog", "Leefgebieden leeg"))
        box.setText(
            QCoreApplication.translate(
                "QuickscanDialog",
                "Bij deze leefgebieden is niets ingevuld:\n\n{domains}\n\nToch afronden?",
            ).format(domains="\n".join(f"• {names[code]}" for code in empty))
        )
        go_on = box.addButton(
            QCoreApplication.translate("QuickscanDialog", "&Toch afronden"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        back = box.addButton(
            QCoreApplication.translate("QuickscanDialog", "&Annuleren"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(back)
        box.exec()
        if box.clickedButton() is go_on:
            self.empty_accepted = set(empty)
            return True
        show_step(0)
        first = self.domain_widgets[empty[0]][0]
        first.setFocus()
        self.ensureWidgetVisible(first)
        return False
