"""The layers hold, checked by import-linter (contracts in pyproject.toml,
[tool.importlinter]): ui → services → documents | db → config → domain; PySide6 only
under ui/; ui/ imports neither SQLAlchemy nor db/; no import cycles between sibling
packages (the stages under services/ and ui/ among them)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_contracts_are_kept(capsys):
    from importlinter.cli import lint_imports

    code = lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True)
    assert code == 0, capsys.readouterr().out[-4000:]
