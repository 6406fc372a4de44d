"""The English translation is complete and used when chosen."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from PySide6.QtCore import QCoreApplication, QLocale

from intake_desktop.config import resources_dir
from intake_desktop.ui.app import install_translators

TS = resources_dir() / "translations" / "intake_desktop_en.ts"


def test_every_text_has_an_english_translation_with_the_same_placeholders():
    messages = ET.parse(TS).getroot().iter("message")
    for message in messages:
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation.get("type") is None, f"unfinished: {source!r}"
        assert translation.text, f"empty: {source!r}"
        assert set(re.findall(r"{\w+}", source)) == set(re.findall(r"{\w+}", translation.text))


def test_english_is_loaded_when_chosen(qapp):
    locale = QLocale()
    install_translators(qapp, "en")
    try:
        assert QCoreApplication.translate("SearchPanel", "Klant zoeken") != "Klant zoeken"
        assert "BSN" in QCoreApplication.translate("validation", "Een BSN heeft 9 cijfers.")
    finally:
        for translator in qapp._translators:
            qapp.removeTranslator(translator)
        qapp._translators = []
        QLocale.setDefault(locale)


def test_texts_are_translated_in_the_context_they_are_looked_up_in():
    # `parent.tr(...)` would be collected under "parent" but looked up under the
    # parent's class name at run time, and so never translated. A local helper
    # `def tr(text)` lands in an empty context, looked up under none.
    contexts = {c.findtext("name") or "" for c in ET.parse(TS).getroot().iter("context")}
    assert not contexts & {"parent", "self", "widget", "dialog", ""}


def test_every_domain_context_is_looked_up_by_the_ui():
    from pathlib import Path

    from intake_desktop.ui.widgets.i18n import DOMAIN_CONTEXTS

    src = Path(__file__).parents[2] / "src" / "intake_desktop"
    assert (src / "services").is_dir(), src  # a moved test must not scan nothing
    used = set()
    for path in src.rglob("*.py"):
        if "ui" not in path.relative_to(src).parts:
            used |= set(re.findall(r'QT_TRANSLATE_NOOP\(\s*"(\w+)"', path.read_text()))
    assert used <= set(DOMAIN_CONTEXTS), used - set(DOMAIN_CONTEXTS)


def test_no_tr_inside_f_strings():
    # lupdate does not look inside f-strings: such texts would never be translated.
    from pathlib import Path

    ui = Path(__file__).parents[2] / "src" / "intake_desktop" / "ui"
    assert (ui / "widgets").is_dir(), ui
    offenders = [
        f"{p.relative_to(ui)}:{n}"
        for p in ui.rglob("*.py")  # the stage folders too
        for n, line in enumerate(p.read_text().splitlines(), 1)
        if re.search(r"""\bf["'][^"']*\{[^}]*\.tr\(""", line)
    ]
    assert offenders == []
