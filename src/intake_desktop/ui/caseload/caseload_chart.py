"""A horizontal stacked bar per klantmanager: clients per klantgroep, with the maximum
marked. Painted by hand (no chart module to load), readable at a glance."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from intake_desktop.services.caseload.caseloads import CaseloadRow
from intake_desktop.ui.widgets.i18n import tr_domain

NO_GROUP = QColor("#9e9e9e")
ROW_HEIGHT = 22
LEGEND_HEIGHT = 26


class CaseloadChart(QWidget):
    def __init__(self, groups: list[tuple[str, str, str]], parent: QWidget | None = None):
        """``groups``: (code, name, colour) per klantgroep, in order."""
        super().__init__(parent)
        self.groups = groups
        self.rows: list[CaseloadRow] = []
        self.no_group_label = self.tr("Nog geen klantgroep")
        self.gone_label = self.tr("vertrokken")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Caseload per klantmanager, per klantgroep"))

    def set_rows(self, rows: list[CaseloadRow]) -> None:
        self.rows = rows
        self.setAccessibleDescription(
            "; ".join(
                f"{r.name}: {r.total}" + (f" / {r.max_caseload}" if r.max_caseload else "")
                for r in rows
            )
        )
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(600, LEGEND_HEIGHT + 8 + ROW_HEIGHT * max(len(self.rows), 1))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        names_width = min(
            max((metrics.horizontalAdvance(r.name) for r in self.rows), default=80) + 12, 260
        )
        counts_width = metrics.horizontalAdvance("000 / 000") + 12
        left, right = names_width, self.width() - counts_width
        scale_max = max(
            [r.total for r in self.rows] + [r.max_caseload or 0 for r in self.rows] + [1]
        )
        per_unit = (right - left) / scale_max
        self._legend(painter, metrics, left)
        y = LEGEND_HEIGHT + 4
        for row in self.rows:
            self._row(painter, metrics, row, y, (names_width, counts_width, left, right), per_unit)
            y += ROW_HEIGHT
        painter.end()

    def _legend(self, painter: QPainter, metrics, x: float) -> None:
        legend = [(name, QColor(colour)) for _c, name, colour in self.groups]
        legend.append((self.no_group_label, NO_GROUP))
        for name, colour in legend:
            painter.fillRect(QRectF(x, 6, 12, 12), colour)
            painter.setPen(self.palette().text().color())
            painter.drawText(int(x + 16), 17, name)
            x += 16 + metrics.horizontalAdvance(name) + 18

    def _row(self, painter: QPainter, metrics, row: CaseloadRow, y: float, widths, per_unit):
        """One klantmanager: the name, the stacked bar, the maximum, the count.
        ``widths``: names and counts columns, and the bar's left and right."""
        names_width, counts_width, left, right = widths
        painter.setPen(self.palette().text().color())
        if row.staff_id is None:
            label = tr_domain(row.name)
        elif row.gone:
            label = f"{row.name} ({self.gone_label})"
        else:
            label = row.name
        name = metrics.elidedText(label, Qt.TextElideMode.ElideRight, names_width - 8)
        painter.drawText(
            QRectF(0, y, names_width - 8, ROW_HEIGHT),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            name,
        )
        x = left
        parts = [(row.per_group.get(code, 0), QColor(colour)) for code, _n, colour in self.groups]
        parts.append((row.per_group.get("", 0), NO_GROUP))
        for count, colour in parts:
            if count:
                width = count * per_unit
                painter.fillRect(QRectF(x, y + 3, width, ROW_HEIGHT - 6), colour)
                x += width
        over = row.full
        if row.max_caseload:
            mx = left + row.max_caseload * per_unit
            painter.setPen(QPen(QColor("#b00020"), 2))
            painter.drawLine(int(mx), int(y + 1), int(mx), int(y + ROW_HEIGHT - 1))
        painter.setPen(QColor("#b00020") if over else self.palette().text().color())
        text = f"{row.total}" + (f" / {row.max_caseload}" if row.max_caseload else "")
        painter.drawText(
            QRectF(right + 6, y, counts_width, ROW_HEIGHT),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            text,
        )
