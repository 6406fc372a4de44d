"""Every typed error with a fixed message has it translated in its own context, so the
English screen shows English (ui/widgets/i18n.tr_error looks the template up there)."""

from __future__ import annotations

import importlib
import pkgutil
import xml.etree.ElementTree as ET

import intake_desktop.services
from intake_desktop.config import resources_dir
from intake_desktop.domain.errors import IntakeError

TS = resources_dir() / "translations" / "intake_desktop_en.ts"


def _subclasses(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def test_every_error_template_is_translated_in_the_errors_context():
    for module in pkgutil.walk_packages(
        intake_desktop.services.__path__, "intake_desktop.services."
    ):
        importlib.import_module(module.name)
    known = {
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(TS).getroot().iter("context")
        for message in context.iter("message")
        if message.find("translation").get("type") is None
    }
    fixed = [c for c in _subclasses(IntakeError) if "template" in vars(c) and c.template]
    assert fixed, "no typed errors with a template found"
    missing = [
        f"{c.__module__}.{c.__name__} ({c.context})"
        for c in fixed
        if (c.context, c.template) not in known
    ]
    assert missing == []
