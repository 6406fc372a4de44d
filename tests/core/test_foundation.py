"""House rules and the small pieces: layering, logging without BSNs, configuration
errors, the command line without a screen, the meeneemblad PDF."""

from __future__ import annotations

import io
import logging
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from intake_desktop import __version__
from intake_desktop.config import ConfigError, load_config, resources_dir
from intake_desktop.documents.meeneemblad import render_meeneemblad
from intake_desktop.logging_setup import setup_logging

SRC = Path(__file__).parents[2] / "src" / "intake_desktop"
assert (SRC / "ui").is_dir(), SRC  # a moved test module must not scan nothing


# Which layer may import what (PySide6 only under ui/, ...) is checked by import-linter:
# tests/test_contracts.py. Calls are not imports, so this one stays a text check.
def test_widgets_do_not_touch_the_session():
    offenders = [
        str(path.relative_to(SRC))
        for path in (SRC / "ui").rglob("*.py")
        if re.search(
            r"session\.(add|commit|delete|execute)\(|store\.transaction\(", path.read_text()
        )
    ]
    assert offenders == []


def test_log_file_never_holds_a_full_bsn(tmp_path):
    log_file = tmp_path / "logs" / "test.log"
    setup_logging(log_file)
    log = logging.getLogger("test.bsn")
    log.warning("client %s not found", "999990019")
    try:
        raise ValueError("bad bsn 999990019")
    except ValueError:
        log.exception("failed")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text()
    assert "999990019" not in text
    assert text.count("*********") >= 2


def write_config(tmp_path, name, text):
    folder = tmp_path / "res" / "config"
    folder.mkdir(parents=True, exist_ok=True)
    for source in (resources_dir() / "config").glob("*.toml"):
        (folder / source.name).write_bytes(source.read_bytes())
    (folder / name).write_text(text, encoding="utf-8")
    return tmp_path / "res"


def test_config_error_names_the_file_and_the_line(tmp_path):
    res = write_config(
        tmp_path,
        "programma.toml",
        "[vergrendeling]\nminuten_inactief = 0\n\n[zoeken]\nmax_resultaten = 50\n",
    )
    with pytest.raises(ConfigError) as err:
        load_config(res)
    assert "programma.toml, regel 2" in str(err.value)
    assert "minstens 1" in str(err.value)


def test_config_error_for_a_wrong_type_in_a_list_of_tables(tmp_path):
    res = write_config(
        tmp_path,
        "gemeenten.toml",
        '[[gemeente]]\ncode = "GM1"\nnaam = "A"\n\n[[gemeente]]\ncode = 2\nnaam = "B"\n',
    )
    with pytest.raises(ConfigError) as err:
        load_config(res)
    assert "gemeenten.toml, regel 6" in str(err.value) and "tekst" in str(err.value)


def test_config_syntax_error_and_unknown_key(tmp_path):
    res = write_config(tmp_path, "aanmelding.toml", "[schuldhulpverlening\nmeenemen = []\n")
    with pytest.raises(ConfigError, match="aanmelding.toml, regel 1"):
        load_config(res)
    res = write_config(
        tmp_path,
        "programma.toml",
        "[vergrendeling]\nminuten_inactief = 5\nkleur = 'rood'\n[zoeken]\nmax_resultaten = 50\n",
    )
    with pytest.raises(ConfigError, match="regel 3: onbekende sleutel 'kleur'"):
        load_config(res)


def test_shipped_configuration_is_valid():
    config = load_config()
    assert config.idle_lock_minutes == 10
    assert not config.several_gemeenten


def _run_cli(*args):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run(
        [sys.executable, "-m", "intake_desktop", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_version_and_help_work_without_a_screen():
    version = _run_cli("--version")
    assert version.returncode == 0 and version.stdout.strip() == f"intake-desktop {__version__}"
    helptext = _run_cli("--help")
    assert helptext.returncode == 0
    assert "import" in helptext.stdout and "INTAKE_DB_URL" in helptext.stdout


def test_meeneemblad_pdf_has_the_name_with_diacritics_and_every_item():
    items = load_config().schuldhulp_meenemen
    pdf = render_meeneemblad("Anaïs Maës", items, "Gemeente Voorbeeld")
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "Anaïs Maës" in text
    assert "schuldhulpverlening" in text
    for item in items:
        assert item.split()[0] in text
    assert reader.metadata.title == "Wat neemt u mee?"


def test_production_password_hashing_uses_rfc_9106_parameters(monkeypatch):
    """The program hashes with argon2-cffi's default (RFC 9106 low memory); only the
    tests switch to a cheaper profile."""
    from argon2 import extract_parameters, profiles

    from intake_desktop.services.beheer import accounts

    monkeypatch.setattr(accounts, "HASH_PROFILE", None)
    params = extract_parameters(accounts.hash_password("een-wachtwoord"))
    expected = profiles.RFC_9106_LOW_MEMORY
    assert (params.memory_cost, params.time_cost, params.parallelism) == (
        expected.memory_cost,
        expected.time_cost,
        expected.parallelism,
    )
    assert params.memory_cost >= 64 * 1024
