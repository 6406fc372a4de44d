"""Charts for the Monitoring area, painted by hand (like caseload_chart.py): bars per
quarter in the klantgroep colours, and each group's figure against its target band."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from intake_desktop.services.monitoring.figures import TargetResult

MET = QColor("#2e7d32")
NOT_MET = QColor("#b00020")
BAND = QColor(46, 125, 50, 45)
GRID = QColor("#d0d0d0")


def nice_max(value: float, parts: int = 4) -> float:
    """A round top for an axis of ``parts`` whole steps (1, 2, 5 × 10^n each) that
    reaches ``value``."""
    need = max(value / parts, 1)
    step = 1.0
    while step * 10 <= need:
        step *= 10
    for factor in (1, 2, 5, 10):
        if factor * step >= need:
            return factor * step * parts
    return 10 * step * parts


def number(value: float) -> str:
    """Dutch thousands separator for counts."""
    return f"{int(round(value)):,}".replace(",", ".")


def draw_title(painter: QPainter, widget: QWidget, title: str, text: QColor, line: int) -> None:
    """The chart's title in bold on the first line; the painter keeps the widget's font."""
    bold = painter.font()
    bold.setBold(True)
    painter.setFont(bold)
    painter.setPen(text)
    painter.drawText(QRectF(0, 0, widget.width(), line + 4), Qt.AlignmentFlag.AlignLeft, title)
    painter.setFont(widget.font())


class GroupedBarChart(QWidget):
    """Per category (quarter) one bar per series (klantgroep), with a legend and axis."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.categories: list[str] = []
        self.series: list[tuple[str, QColor, list[float]]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(title)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a screen reader can reach it

    def set_data(self, categories: list[str], series: list[tuple[str, str, list[float]]]) -> None:
        self.categories = categories
        self.series = [(name, QColor(colour), values) for name, colour, values in series]
        # What the chart shows, in words, for a screen reader.
        self.setAccessibleDescription(
            "; ".join(
                f"{cat}: "
                + ", ".join(f"{name} {number(values[i])}" for name, _c, values in self.series)
                for i, cat in enumerate(categories)
            )
        )
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(520, 260)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(360, 240)

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().text().color()
        metrics = painter.fontMetrics()
        line = metrics.height()
        draw_title(painter, self, self.title, text, line)
        y = self._legend(painter, text, metrics, line)
        top = y + 2 * line + 8  # room for the value above the highest bar
        bottom = self.height() - line - 6
        peak = max((v for _n, _c, values in self.series for v in values), default=0)
        scale = nice_max(peak)
        axis_w = metrics.horizontalAdvance(number(scale)) + 8
        left, right = axis_w, self.width() - 4
        height = max(bottom - top, 1)
        self._grid(painter, text, line, scale, axis_w, (left, right, bottom, height))
        if self.categories:
            self._bars(painter, text, metrics, scale, (left, right, bottom, height))
        painter.end()

    def _legend(self, painter: QPainter, text: QColor, metrics, line: int) -> float:
        """One colour and name per series, wrapped over lines; returns the last line's y."""
        x, y = 0.0, line + 6
        for name, colour, _values in self.series:
            width = 16 + metrics.horizontalAdvance(name) + 16
            if x + width > self.width() and x > 0:
                x, y = 0.0, y + line + 2
            painter.fillRect(QRectF(x, y + 2, 12, line - 4), colour)
            painter.setPen(text)
            painter.drawText(QRectF(x + 16, y, width, line), Qt.AlignmentFlag.AlignVCenter, name)
            x += width
        return y

    def _grid(self, painter: QPainter, text: QColor, line: int, scale, axis_w, area) -> None:
        """Five grid lines with their values; ``area`` is (left, right, bottom, height)."""
        left, right, bottom, height = area
        for part in range(5):
            value = scale * part / 4
            gy = bottom - height * part / 4
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(int(left), int(gy), int(right), int(gy))
            painter.setPen(text)
            painter.drawText(
                QRectF(0, gy - line / 2, axis_w - 4, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                number(value),
            )

    def _bars(self, painter: QPainter, text: QColor, metrics, scale, area) -> None:
        """Per category a bar per series, its value above it, the category under them."""
        left, right, bottom, height = area
        line = metrics.height()
        slot = (right - left) / len(self.categories)
        bars = max(len(self.series), 1)
        bar_w = min(max((slot - 12) / bars, 2), 48)
        for i, category in enumerate(self.categories):
            x0 = left + i * slot + (slot - bar_w * bars) / 2
            for j, (_name, colour, values) in enumerate(self.series):
                value = values[i] if i < len(values) else 0
                h = height * value / scale
                rect = QRectF(x0 + j * bar_w, bottom - h, bar_w - 2, h)
                painter.fillRect(rect, colour)
                if value and bar_w >= metrics.horizontalAdvance(number(value)) + 2:
                    painter.setPen(text)
                    painter.drawText(
                        QRectF(rect.left() - 4, rect.top() - line, bar_w + 6, line),
                        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                        number(value),
                    )
            painter.setPen(text)
            painter.drawText(
                QRectF(left + i * slot, bottom + 2, slot, line + 2),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                category,
            )


class TargetChart(QWidget):
    """Per target two lines: a 0–100 % track with the target band shaded and the figure
    as a bar (green: met, red: not met), the percentage next to it; under it the
    indicator, the target and the verdict in words."""

    ROW = 50

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.rows: list[tuple[str, str, TargetResult]] = []  # group name, verdict, target
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(title)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def set_rows(self, rows: list[tuple[str, str, TargetResult]]) -> None:
        self.rows = rows
        self.setAccessibleDescription("; ".join(f"{g}: {verdict}" for g, verdict, _t in rows))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(520, 30 + self.ROW * max(len(self.rows), 1))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(360, self.sizeHint().height())

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().text().color()
        metrics = painter.fontMetrics()
        line = metrics.height()
        draw_title(painter, self, self.title, text, line)
        names_w = max((metrics.horizontalAdvance(g) for g, _v, _t in self.rows), default=60) + 12
        pct_w = metrics.horizontalAdvance("100,0 %") + 12
        left, right = names_w, self.width() - pct_w
        track = max(right - left, 10)
        y = line + 10
        for group, verdict, target in self.rows:
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y, names_w - 8, line + 6),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                group,
            )
            box = QRectF(left, y, track, line + 6)
            band = QRectF(
                left + track * target.doel_min / 100,
                box.top(),
                max(track * (target.doel_max - target.doel_min) / 100, 2),
                box.height(),
            )
            painter.fillRect(band, BAND)
            painter.setPen(QPen(GRID, 1))
            painter.drawRect(box)
            pct = target.percentage
            colour = text
            if pct is not None:
                colour = MET if target.met else NOT_MET
                painter.fillRect(
                    QRectF(left, box.top() + 4, track * min(pct, 100) / 100, box.height() - 8),
                    colour,
                )
                painter.setPen(colour)
                painter.drawText(
                    QRectF(right + 6, y, pct_w - 6, line + 6),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    f"{pct:.1f} %".replace(".", ","),
                )
            painter.setPen(NOT_MET if target.met is False else text)
            painter.drawText(
                QRectF(left, y + line + 8, self.width() - left, line + 2),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(verdict, Qt.TextElideMode.ElideRight, self.width() - left),
            )
            y += self.ROW
        painter.end()
