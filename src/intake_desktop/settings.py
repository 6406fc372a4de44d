"""Where data, logs and configuration live, and which database to open.

Order of precedence for the database URL: ``INTAKE_DB_URL``, then ``database_url`` in
the user's ``instellingen.toml``, then a SQLite file in the user data directory.
``INTAKE_HOME`` puts data, logs and settings under one folder (development, tests).
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "intake-desktop"
SETTINGS_FILE = "instellingen.toml"
# Problems met while reading the user's settings file; logged and shown at start-up.
SETTINGS_PROBLEMS: list[str] = []


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    log_dir: Path
    config_dir: Path
    database_url: str
    language: str = "nl"
    # The store is the default file in the data folder (no INTAKE_DB_URL, no
    # database_url in instellingen.toml): encrypted by default (services/core/local_store).
    default_store: bool = False
    # Server mode: offer "Aanmelden met Windows-account" (Kerberos/SSPI) where the DBA
    # set it up (docs/server.md); ``eenmalig_aanmelden = true`` in instellingen.toml.
    single_sign_on: bool = False

    @property
    def settings_file(self) -> Path:
        return self.config_dir / SETTINGS_FILE

    @property
    def log_file(self) -> Path:
        return self.log_dir / "intake-desktop.log"


def _dirs() -> tuple[Path, Path, Path]:
    home = os.environ.get("INTAKE_HOME")
    if home:
        root = Path(home)
        return root / "data", root / "logs", root / "config"
    import platformdirs

    return (
        Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
    )


def user_settings() -> dict:
    """What the user's instellingen.toml says (empty when there is none or it is broken;
    a broken file is reported in SETTINGS_PROBLEMS)."""
    settings_path = _dirs()[2] / SETTINGS_FILE
    if not settings_path.exists():
        return {}
    try:
        with settings_path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        # Start with the defaults rather than not at all; the problem is reported.
        SETTINGS_PROBLEMS.append(f"{settings_path}: {exc}")
        return {}


def load_settings() -> Settings:
    data_dir, log_dir, config_dir = _dirs()
    user = user_settings()
    chosen = os.environ.get("INTAKE_DB_URL") or user.get("database_url")
    url = chosen or f"sqlite:///{(data_dir / 'intake.sqlite').as_posix()}"
    language = os.environ.get("INTAKE_LANG") or user.get("language") or "nl"
    return Settings(
        data_dir,
        log_dir,
        config_dir,
        url,
        language,
        default_store=not chosen,
        single_sign_on=user.get("eenmalig_aanmelden") is True,
    )
