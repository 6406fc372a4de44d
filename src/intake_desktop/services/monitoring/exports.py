"""The monitoring's tables out of the program: one table as CSV for a Dutch spreadsheet,
or all of them as one Excel workbook. Written atomically and audited as an export (the
format and the number of tables and rows; like the figures, only counts)."""

from __future__ import annotations

import csv
import io

from intake_desktop.domain.roles import Actor
from intake_desktop.services.core import audit
from intake_desktop.services.core.store import Store
from intake_desktop.services.monitoring.figures import Overview, Table
from intake_desktop.services.monitoring.overview import check_allowed


def table_csv(table: Table) -> bytes:
    """A table as CSV for a Dutch spreadsheet: semicolons, decimal comma, UTF-8 with BOM."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(table.headers)
    for row in table.rows:
        writer.writerow(_csv_value(v) for v in row)
    return out.getvalue().encode("utf-8-sig")


def _csv_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")
    return str(value)


def export_csv(store: Store, actor: Actor, table: Table, path) -> None:
    """Write one table to ``path`` (atomically) and audit the export."""
    from intake_desktop.documents.output import write_atomically

    check_allowed(store, actor)
    write_atomically(path, table_csv(table))
    audit.record_standalone(
        store,
        actor,
        audit.EXPORT,
        entity="monitoring",
        details={"formaat": "csv", "tabellen": 1, "rijen": len(table.rows)},
    )


def overview_xlsx(overview_: Overview) -> bytes:
    """Every table on its own sheet: a title row, a header row, numbers as numbers."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)
    for table in overview_.tables():
        sheet = book.create_sheet(table.key[:31])
        sheet.append(table.headers)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append(row)
        sheet.freeze_panes = "A2"
        for column in sheet.columns:
            width = max(len(str(c.value or "")) for c in column)
            sheet.column_dimensions[column[0].column_letter].width = min(max(width + 2, 8), 40)
    info = book.create_sheet("periode")
    info.append(["Monitoring", overview_.period.label])
    info.append(["Berekend op", overview_.computed_at.astimezone().strftime("%d-%m-%Y %H:%M")])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def export_xlsx(store: Store, actor: Actor, overview_: Overview, path) -> None:
    """Write all tables to one Excel file (atomically) and audit the export."""
    from intake_desktop.documents.output import write_atomically

    check_allowed(store, actor)
    data = overview_xlsx(overview_)
    write_atomically(path, data)
    tables = overview_.tables()
    audit.record_standalone(
        store,
        actor,
        audit.EXPORT,
        entity="monitoring",
        details={
            "formaat": "xlsx",
            "tabellen": len(tables),
            "rijen": sum(len(t.rows) for t in tables),
        },
    )
