"""First start on an empty store: load demo data, or create the first beheerder."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.roles import BEHEERDER, TEAMLEIDER
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.beheer import accounts
from intake_desktop.services.core.store import Store
from intake_desktop.ui.widgets.forms import FieldRow, FieldSet


class FirstRunDialog(QDialog):
    DEMO, ADMIN = 1, 2

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.choice = 0
        self.setWindowTitle(self.tr("Welkom bij Intake Werkplein"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Dit is de eerste start: er staan nog geen medewerkers en klanten in de database. "
                "Probeer het programma met fictieve demogegevens, of richt het meteen in voor uw "
                "organisatie door de eerste beheerder aan te maken."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self._demo_box())
        layout.addWidget(self._admin_box())
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("&Afsluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.demo_button.setFocus()

    def _demo_box(self) -> QGroupBox:
        demo = QGroupBox(self.tr("Uitproberen"))
        demo_layout = QVBoxLayout(demo)
        demo_text = QLabel(
            self.tr(
                "Laadt 400 verzonnen klanten en {n} medewerkers. Alle BSN's komen uit de "
                "testreeks (beginnend met 9999). Aanmelden kan daarna als 'balie', "
                "'wisselwachter', 'km.jansen', 'teamleider' of 'beheerder' met wachtwoord "
                "'demo-werkplein'."
            ).format(n=len(demo_staff()))
        )
        demo_text.setWordWrap(True)
        demo_layout.addWidget(demo_text)
        self.demo_button = QPushButton(self.tr("&Demogegevens laden"))
        self.demo_button.setObjectName("loadDemo")
        self.demo_button.setDefault(True)
        self.demo_button.clicked.connect(self.load_demo)
        demo_layout.addWidget(self.demo_button)
        return demo

    def _admin_box(self) -> QGroupBox:
        admin = QGroupBox(self.tr("Inrichten: eerste beheerder"))
        form = QFormLayout(admin)
        self.fields = FieldSet()
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        for label, widget, name in (
            (self.tr("&Naam"), self.display_name, "display_name"),
            (self.tr("&Gebruikersnaam"), self.username, "username"),
            (self.tr("&Wachtwoord (min. 10 tekens)"), self.password, "password"),
            (self.tr("Wachtwoord &herhalen"), self.password_again, "password_again"),
        ):
            self.fields.add(FieldRow(label, widget, name)).add_to(form)
        self.admin_button = QPushButton(self.tr("&Beheerder aanmaken"))
        self.admin_button.setObjectName("createAdmin")
        self.admin_button.clicked.connect(self.create_admin)
        form.addRow("", self.admin_button)
        return admin

    def load_demo(self) -> None:
        from intake_desktop.demo.demo_data import seed_demo
        from intake_desktop.ui.widgets.background import run_with_progress

        run_with_progress(
            self,
            self.tr("Demogegevens laden…"),
            lambda progress, cancelled: seed_demo(self.store),
            cancellable=False,
        )
        self.choice = self.DEMO
        self.accept()

    def create_admin(self) -> None:
        if self.password.text() != self.password_again.text():
            self.fields.show_errors({"password_again": self.tr("De wachtwoorden verschillen.")})
            return
        try:
            accounts.create_staff(
                self.store,
                None,
                accounts.NewStaff(
                    username=self.username.text(),
                    display_name=self.display_name.text(),
                    password=self.password.text(),
                    roles={BEHEERDER, TEAMLEIDER},
                    gemeente_code=self.store.config.default_gemeente.code,
                ),
            )
        except ValidationFailed as exc:
            first = self.fields.show_errors(exc.errors)
            if first:
                first.setFocus()
            return
        self.choice = self.ADMIN
        self.accept()


def demo_staff():
    """Imported when the dialog is shown, not at every start (demo_data is heavy)."""
    from intake_desktop.demo.demo_data import DEMO_STAFF

    return DEMO_STAFF
