"""``intake-desktop audit verify`` from the command line, as an auditor runs it: the
whole chain checked, exit 1 and the first broken link named after a raw edit."""

from __future__ import annotations

import os
import subprocess
import sys

from sqlalchemy import select

from intake_desktop.db.models import AuditChain
from tests.support.journey import a_client
from tests.support.raw_sql import run_as_owner
from tests.support.staff import DEMO_PASSWORD


def _verify(store, username="beheer"):
    env = dict(os.environ, INTAKE_DB_URL=str(store.engine.url))
    return subprocess.run(
        [sys.executable, "-m", "intake_desktop", "audit", "verify", "--gebruiker", username],
        input=DEMO_PASSWORD + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_verify_says_intact_then_names_the_first_broken_link(store, beheerder, balie):
    a_client(store, balie)
    done = _verify(store)
    assert done.returncode == 0, done.stderr
    assert "De keten is heel." in done.stdout and "Laatste schakel:" in done.stdout
    with store.reading() as s:
        third = s.scalar(select(AuditChain.audit_id).where(AuditChain.seq == 3))
    run_as_owner(store, f"UPDATE audit_event SET action = 'x' WHERE id = '{third.hex}'")
    broken = _verify(store)
    assert broken.returncode == 1
    assert "De keten is gebroken bij schakel 3: de auditregel is na het vastleggen gewijzigd." in (
        broken.stdout
    )
    assert str(third) in broken.stdout


def test_only_a_beheerder_may_verify(store, beheerder, balie):
    refused = _verify(store, "balie")
    assert refused.returncode == 2
    assert "Alleen een beheerder controleert de keten." in refused.stderr
    assert "Traceback" not in refused.stderr


def test_the_logboek_is_exported_as_json_lines_from_a_record_number(
    store, beheerder, balie, tmp_path
):
    import json

    a_client(store, balie)
    env = dict(os.environ, INTAKE_DB_URL=str(store.engine.url))

    def export(target, *extra, username="beheer"):
        return subprocess.run(
            [sys.executable, "-m", "intake_desktop", "audit", "logboek", str(target),
             "--gebruiker", username, *extra],
            input=DEMO_PASSWORD + "\n", capture_output=True, text=True, env=env, timeout=120,
        )  # fmt: skip

    done = export(tmp_path / "logboek.jsonl")
    assert done.returncode == 0, done.stderr
    lines = (tmp_path / "logboek.jsonl").read_text(encoding="utf-8").splitlines()
    assert lines and all(json.loads(x)["status"] == "Ok" for x in lines)
    assert f"Regels geschreven: {len(lines)}" in done.stdout
    last = done.stdout.split("--na-regel ")[1].split(")")[0]
    again = export(tmp_path / "next.jsonl", "--na-regel", last)
    assert again.returncode == 0 and "Regels geschreven: 0" in again.stdout
    refused = export(tmp_path / "balie.jsonl", username="balie")
    assert refused.returncode == 2
    assert "Alleen een beheerder exporteert het logboek." in refused.stderr
    assert "Traceback" not in refused.stderr
