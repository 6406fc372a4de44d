"""Beheer → Database: which database this workstation uses, and switching to a shared
PostgreSQL server (or back to the local file). Takes effect at the next start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.roles import Actor
from intake_desktop.services.beheer import database_settings
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.core.store import Store
from intake_desktop.settings import load_settings, user_settings
from intake_desktop.ui.widgets.forms import FieldRow, FieldSet
from intake_desktop.ui.widgets.i18n import tr_domain, tr_error


class DatabaseView(QWidget):
    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.actor = store, actor
        layout = QVBoxLayout(self)
        self.now = QLabel()
        self.now.setObjectName("currentDatabase")
        self.now.setWordWrap(True)
        self.now.setProperty("role", "notice")
        layout.addWidget(self.now)
        box = QGroupBox(self.tr("Gedeelde PostgreSQL-server (15 of nieuwer)"))
        form = QFormLayout(box)
        self.fields = FieldSet()
        self.host, self.database, self.ca_file = QLineEdit(), QLineEdit("intake"), QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.ca_file.setPlaceholderText(self.tr("standaard: ~/.postgresql/root.crt"))
        for label, widget, name in (
            (self.tr("&Server"), self.host, "host"),
            (self.tr("&Poort"), self.port, "port"),
            (self.tr("&Database"), self.database, "database"),
        ):
            self.fields.add(FieldRow(label, widget, name)).add_to(form)
        # "Bladeren…" beside the file's field, not on a row of its own.
        ca_row = self.fields.add(FieldRow(self.tr("&CA-certificaat"), self.ca_file, "ca_file"))
        browse = QPushButton(self.tr("&Bladeren…"))
        browse.setObjectName("browseCa")
        browse.clicked.connect(self.choose_ca_file)
        holder = QWidget()
        line = QHBoxLayout(holder)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(ca_row.container, 1)
        line.addWidget(browse, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(ca_row.label, holder)
        hint = QLabel(
            self.tr(
                "Iedere medewerker meldt zich aan met een eigen account op de server; in de "
                "instellingen komen geen gebruikersnaam en geen wachtwoord. De verbinding is "
                "altijd versleuteld en de server wordt gecontroleerd met het certificaat van "
                "de uitgever (CA) van uw organisatie."
            )
        )
        hint.setWordWrap(True)
        form.addRow("", hint)
        layout.addWidget(box)
        self.result = QLabel()
        self.result.setObjectName("connectionResult")
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Verbinding &testen"))
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(self.test)
        self.save_button = QPushButton(self.tr("Deze server in gebruik &nemen (na herstart)"))
        self.save_button.setObjectName("useServer")
        self.save_button.clicked.connect(self.use_server)
        self.local_button = QPushButton(self.tr("Terug naar het &lokale bestand (na herstart)"))
        self.local_button.clicked.connect(self.use_local)
        for button in (self.test_button, self.save_button, self.local_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        settings = load_settings()
        info = database_settings.current(settings, user_settings().get("database_url"))
        sources = {
            "omgeving": self.tr("ingesteld met INTAKE_DB_URL"),
            "instellingen": self.tr("ingesteld in instellingen.toml"),
            "standaard": self.tr("standaard"),
        }
        self.now.setText(
            self.tr("Nu in gebruik: {kind}, {where} ({source}).").format(
                kind=info.kind, where=info.where, source=sources[info.source]
            )
        )

    def _address(self) -> database_settings.ServerAddress | None:
        address = database_settings.ServerAddress(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.ca_file.text().strip(),
        )
        errors = database_settings.check_address(address)
        first = self.fields.show_errors(errors)
        if first is not None:
            first.setFocus()
            return None
        return address

    def choose_ca_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("CA-certificaat kiezen"), "", self.tr("Certificaten (*.crt *.pem)")
        )
        if path:
            self.ca_file.setText(path)

    def test(self) -> bool:
        address = self._address()
        if address is None:
            return False
        ok, message, values = database_settings.test_connection(address)
        self.result.setText(tr_domain(message).format(**values))
        self.result.setProperty("role", "notice" if ok else "errorSummary")
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)
        return ok

    def use_server(self) -> None:
        if not self.test():
            return
        self._save(self._address().url)

    def use_local(self) -> None:
        self._save(None)

    def _save(self, url: str | None) -> None:
        try:
            database_settings.save(self.store, self.actor, load_settings(), url)
        except (ServiceError, OSError) as exc:
            text = tr_error(exc) if isinstance(exc, ServiceError) else str(exc)
            QMessageBox.warning(self, self.tr("Database"), text)
            return
        self.refresh()
        QMessageBox.information(
            self,
            self.tr("Database"),
            self.tr("Opgeslagen. Start het programma opnieuw om de nieuwe database te gebruiken."),
        )
