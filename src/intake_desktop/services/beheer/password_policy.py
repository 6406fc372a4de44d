"""What a new password must be: long enough and not one an attacker tries first.

By length and a list of common passwords (resources/passwords/veelgebruikt.txt), not
by composition rules, as NCSC and NIST SP 800-63B advise. Used wherever a password is
chosen: a new account, a changed own password, a reset by a beheerder.
"""

from __future__ import annotations

import re
from functools import cache

from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP

MIN_LENGTH = 10

MSG_TOO_SHORT = QT_TRANSLATE_NOOP(
    "accounts", "Een wachtwoord heeft minstens 10 tekens; een zin van een paar woorden kan ook."
)
MSG_COMMON = QT_TRANSLATE_NOOP(
    "accounts", "Dit wachtwoord is te bekend: het staat in de lijst die inbrekers eerst proberen."
)
MSG_NAME = QT_TRANSLATE_NOOP("accounts", "Gebruik niet uw gebruikersnaam of naam als wachtwoord.")
MSG_MONOTONOUS = QT_TRANSLATE_NOOP(
    "accounts", "Dit wachtwoord is te eenvoudig: gebruik meer verschillende tekens."
)


@cache
def common_passwords() -> frozenset[str]:
    from intake_desktop.config import resources_dir

    path = resources_dir() / "passwords" / "veelgebruikt.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(
        line.strip().lower() for line in lines if line.strip() and not line.startswith("#")
    )


def _core(text: str) -> str:
    """Lower case without the digits and punctuation tacked on at either end."""
    return re.sub(r"^[\W\d_]+|[\W\d_]+$", "", text.lower())


def problem(password: str, username: str = "", name: str = "") -> str | None:
    """The Dutch message for a password that may not be used, or None."""
    visible = password.strip()
    if len(visible) < MIN_LENGTH:
        return MSG_TOO_SHORT
    if len(set(visible)) < 4:
        return MSG_MONOTONOUS
    lowered = visible.lower()
    common = common_passwords()
    if lowered in common or _core(visible) in common or not _core(visible):
        return MSG_COMMON
    username = username.strip().lower()
    if len(username) >= 3 and username in lowered:
        return MSG_NAME
    if any(len(part) >= 4 and part in lowered for part in name.lower().split()):
        return MSG_NAME
    return None
