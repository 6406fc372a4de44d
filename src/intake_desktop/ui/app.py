"""Starting the program: configuration, store, first start, sign-in, main window."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import (
    QLibraryInfo,
    QLocale,
    QMessageLogContext,
    QTimer,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from intake_desktop import __version__
from intake_desktop.config import ConfigError, load_config, resources_dir
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.logging_setup import setup_logging
from intake_desktop.services.beheer import accounts, medewerkers
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.core.store import Store
from intake_desktop.settings import Settings, load_settings
from intake_desktop.ui.widgets.errors import install_exception_hook
from intake_desktop.ui.widgets.theme import STYLESHEET

log = logging.getLogger(__name__)
qt_log = logging.getLogger("intake_desktop.qt")

QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

MSG_NOTHING_OFFLINE = QT_TRANSLATE_NOOP(
    "laptop",
    "Op deze computer staan geen klanten voor een huisbezoek. Offline werken kan nadat u "
    "klanten hebt meegenomen (Mijn caseload, Meenemen voor huisbezoek).",
)


def create_application(language: str = "nl") -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Intake Werkplein")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("intake-desktop")
    icon = resources_dir() / "branding" / "logo.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    install_translators(app, language)
    app.setStyleSheet(STYLESHEET)
    return app


def install_qt_log():
    """Qt's own warnings (a font not found, a style it cannot apply) go to the program's
    log at their level, instead of a console nobody sees. Returns the handler before."""
    return qInstallMessageHandler(_qt_message)


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    # Qt's messages name classes, properties and object names, never what a user typed;
    # the log's filter masks any number that looks like a BSN all the same.
    category = context.category if context is not None else ""
    where = f"[{category}] " if category and category != "default" else ""
    qt_log.log(QT_LEVELS.get(kind, logging.WARNING), "%s%s", where, message)


def install_translators(app: QApplication, language: str) -> None:
    """Qt's own texts (buttons of standard dialogs) and ours, in the chosen language."""
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Dutch if language == "nl" else QLocale.Language.English,
            QLocale.Country.Netherlands,
        )
    )
    app._translators = []  # keep references alive
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        app._translators.append(qt)
    if language != "nl":
        ours = QTranslator(app)
        if ours.load(str(resources_dir() / "translations" / f"intake_desktop_{language}.qm")):
            app.installTranslator(ours)
            app._translators.append(ours)


def open_store(settings: Settings) -> Store:
    return Store.open(settings.database_url, load_config())


def open_workplace(settings: Settings, offline: bool):
    """The shared store; when it cannot be reached (or ``offline`` is asked) and this
    laptop holds clients taken along, the laptop's own encrypted store."""
    from intake_desktop.services.laptop.errors import ServerUnreachable
    from intake_desktop.services.laptop.workplace import (
        Workplace,
        has_clients,
        offline_candidates,
        open_online,
    )

    if not offline:
        try:
            return open_online(
                settings.database_url, load_config(), settings.data_dir, settings.default_store
            )
        except ServerUnreachable:  # anything else is no reason to go offline
            if not offline_candidates(settings.data_dir):
                raise
            log.warning("the store could not be reached; working offline on the laptop")
    from intake_desktop.services.laptop.laptop_key import open_laptop_store

    for path in offline_candidates(settings.data_dir):
        try:
            laptop = open_laptop_store(path, path.stem, load_config())
        except ServiceError as exc:
            log.warning("laptop store %s not opened: %s", path.name, type(exc).__name__)
            continue
        if has_clients(laptop):
            return Workplace.offline_on(laptop, settings.database_url, settings.data_dir)
        laptop.close()
    raise ServiceError(MSG_NOTHING_OFFLINE)


def offer_encryption(app: QApplication, workplace) -> None:
    """The single-PC store: a plain file is offered a one-time encryption (where this
    computer has a keyring; without one the sign-in window says it is not encrypted)."""
    local = workplace.local
    if local is None:
        return
    if not local.may_encrypt:
        return
    answer = QMessageBox.question(
        None,
        app.translate("errors", "Gegevens versleutelen"),
        app.translate(
            "errors",
            "De gegevens op deze computer staan nog onversleuteld op de schijf. Nu eenmalig "
            "versleutelen? De sleutel komt in de beveiligde sleutelopslag van uw account op "
            "deze computer; onversleutelde kopieën worden verwijderd.",
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    from intake_desktop.ui.widgets.background import run_with_progress

    try:
        run_with_progress(
            None,
            app.translate("errors", "Gegevens versleutelen…"),
            lambda progress, _cancelled: workplace.encrypt_local(progress),
            cancellable=False,
        )
    except Exception:
        log.exception("encrypting the local store failed")
        QMessageBox.warning(
            None,
            app.translate("errors", "Gegevens versleutelen"),
            app.translate(
                "errors",
                "Versleutelen is niet gelukt; de gegevens staan nog zoals ze stonden. Zie "
                "het logboek.",
            ),
        )


def sign_in_flow(
    store: Store, parent=None, unencrypted: bool = False, single_sign_on: bool = False
):
    """First start (demo data or first beheerder), then sign-in. Returns an Actor or None.
    ``unencrypted``: the single-PC store could not be encrypted here (no keyring);
    ``single_sign_on``: server mode offers signing in with the Windows account."""
    from intake_desktop.ui.first_run_dialog import FirstRunDialog
    from intake_desktop.ui.sign_in_dialog import SignInDialog

    demo = False
    if store.staff_login:  # server mode: `server init` made the staff; no demo there
        dialog = SignInDialog(store, parent, single_sign_on=single_sign_on)
        QTimer.singleShot(50, preload_main_window)
        return dialog.actor if dialog.exec() else None
    if not accounts.has_staff(store):
        first = FirstRunDialog(store, parent)
        if not first.exec():
            return None
        demo = first.choice == FirstRunDialog.DEMO
    dialog = SignInDialog(
        store, parent, demo_hint=demo or _looks_like_demo(store), unencrypted=unencrypted
    )
    # While the user types the password, load what the main window needs, so the
    # sign-in window comes up fast and the main window follows at once.
    QTimer.singleShot(50, preload_main_window)
    return dialog.actor if dialog.exec() else None


def preload_main_window() -> None:
    from intake_desktop.services.core.warmup import warm_up
    from intake_desktop.ui.dossier import dossier_view  # noqa: F401

    warm_up()


def _say_store_not_opened(app: QApplication, settings: Settings, kind: str) -> None:
    """Called while the exception is handled: the log gets its traceback."""
    log.exception("could not open the store")
    QMessageBox.critical(
        None,
        app.translate("errors", "Database niet beschikbaar"),
        app.translate(
            "errors", "De database kon niet worden geopend ({kind}). Zie het logboek:\n{path}"
        ).format(kind=kind, path=settings.log_file),
    )


def _looks_like_demo(store: Store) -> bool:
    return any(s.username == "balie" for s in medewerkers.list_staff(store))


def run_gui(language: str | None = None, offline: bool = False) -> int:
    settings = load_settings()
    setup_logging(settings.log_file)
    install_qt_log()
    app = create_application(language or settings.language)
    install_exception_hook(settings.log_file)
    from intake_desktop.settings import SETTINGS_PROBLEMS

    for problem in SETTINGS_PROBLEMS:
        log.warning("settings file not read: %s", problem)
        QMessageBox.warning(
            None,
            app.translate("errors", "Instellingen niet gelezen"),
            app.translate(
                "errors",
                "Het instellingenbestand kon niet worden gelezen; het programma start met "
                "de standaardinstellingen.\n{problem}",
            ).format(problem=problem),
        )
    while True:
        # After a synchronisation the program starts again on the server.
        code, again = _run_once(app, settings, offline)
        if not again:
            return code
        offline = False


def _run_once(app: QApplication, settings: Settings, offline: bool) -> tuple[int, bool]:
    from intake_desktop.services.laptop.errors import ServerUnreachable
    from intake_desktop.ui.widgets.i18n import tr_error

    try:
        workplace = open_workplace(settings, offline)
    except ConfigError as exc:
        QMessageBox.critical(None, app.translate("errors", "Configuratie klopt niet"), str(exc))
        return 1, False
    except ServerUnreachable as exc:  # and nothing on this laptop to work on offline
        _say_store_not_opened(app, settings, exc.kind)
        return 1, False
    except ServiceError as exc:
        QMessageBox.critical(
            None, app.translate("errors", "Database niet beschikbaar"), tr_error(exc)
        )
        return 1, False
    except Exception as exc:
        _say_store_not_opened(app, settings, type(exc).__name__)
        return 1, False
    offer_encryption(app, workplace)
    store = workplace.store
    if workplace.offline:
        QMessageBox.information(
            None,
            app.translate("laptop", "Offline werken"),
            app.translate(
                "laptop",
                "U werkt offline, op de laptop, met de klanten die u hebt meegenomen. "
                "Wat u vastlegt, gaat bij Synchroniseren naar de server.",
            ),
        )
    plain = workplace.local is not None and workplace.local.no_keyring
    while True:  # until the program is closed; Afmelden and Wissel gebruiker go round
        actor = sign_in_flow(store, unencrypted=plain, single_sign_on=settings.single_sign_on)
        if actor is None:
            workplace.close()
            return 0, False
        code, ended_as, start_online = _work_as(app, workplace, actor)
        if ended_as is None:
            workplace.close()
            return code, start_online


def _work_as(app: QApplication, workplace, actor):
    """The main window for ``actor`` until it closes; then it is gone, with everything
    it showed, before the next person signs in."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from intake_desktop.ui.idle_lock import IdleLock
    from intake_desktop.ui.main_window import MainWindow

    store = workplace.store
    store.bind(actor)  # from now on the store works for her alone
    window = MainWindow(store, actor, workplace)
    window.attach_idle_lock(IdleLock(store, actor, store.config.idle_lock_minutes, window))
    window.session_ended.connect(lambda _how: app.exit(0))
    window.showMaximized()
    window.activateWindow()  # keyboard shortcuts work at once, also without a window manager
    QTimer.singleShot(300, window.offer_unfinished)
    code = app.exec()
    window.idle_lock.stop()
    outcome = code, window.ended_as, window.start_online
    if window.ended_as is not None:
        workplace.signed_out()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return outcome
