"""Changing a staff member in tests as Beheer → Medewerkers does: the detail as a change
with some fields replaced, saved against the version it was read at."""

from __future__ import annotations

from dataclasses import replace

from intake_desktop.services.beheer import medewerkers


def change_of(store, actor, staff_id, **fields):
    detail = medewerkers.staff_detail(store, actor, staff_id)
    return replace(detail.as_change(), **fields), detail.version


def update(store, actor, staff_id, **fields):
    change, version = change_of(store, actor, staff_id, **fields)
    return medewerkers.update_staff(store, actor, staff_id, change, version)
