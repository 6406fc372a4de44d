"""The trajectplan PDF's layout: no header word broken in the activities table, and the
signatures never alone on the last page."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from intake_desktop.documents.trajectplan import (
    ACTIVITY_HEADS,
    activity_widths_mm,
    header_width_mm,
)
from intake_desktop.services.traject import trajectplan, trajectplan_document
from tests.support.journey import a_plan

HEADER = "Doel Activiteit of dienst Soort Wie Van Tot Status"


def pages_of(pdf: bytes) -> list[str]:
    """Each page's text with runs of white space as one space."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def _pdf(store, km, client_id, goals: int, activities: int) -> bytes:
    plan = trajectplan.open_plan(store, km, client_id)
    plan = trajectplan.save_plan(store, km, plan.id, a_plan(goals, activities), plan.row_version)
    return trajectplan_document.current_pdf(store, km, plan.id)


def test_no_header_word_of_the_activities_table_is_broken(store, km, client_id):
    pdf = _pdf(store, km, client_id, 2, 2)
    text = " ".join(pages_of(pdf))
    assert HEADER in text, text[text.find("Activiteiten en diensten") :][:200]
    # Every header word has room in its column, whatever the wished widths.
    for head, width in zip(ACTIVITY_HEADS, activity_widths_mm(), strict=True):
        if width is not None:
            assert header_width_mm(head) <= width, head


@pytest.mark.parametrize("goals", range(1, 9))
def test_the_signatures_never_stand_alone_on_the_last_page(store, km, client_id, goals):
    pages = pages_of(_pdf(store, km, client_id, goals, 2))
    last = pages[-1]
    assert "Ondertekening" in last and "Handtekening" in last
    assert "Volgend voortgangsgesprek" in last  # the last section came along
    assert f"pagina {len(pages)} van {len(pages)}" in last
