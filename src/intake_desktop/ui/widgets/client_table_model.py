"""Search hits as a table model (name, BSN masked, birth date, address)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from intake_desktop.domain.validation import format_date, format_postcode
from intake_desktop.services.balie.search import ClientHit


class ClientTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._hits: list[ClientHit] = []
        self._headers = [
            self.tr("Naam"),
            self.tr("BSN"),
            self.tr("Geboortedatum"),
            self.tr("Postcode"),
            self.tr("Huisnr."),
            self.tr("Woonplaats"),
        ]

    def set_hits(self, hits: list[ClientHit]) -> None:
        self.beginResetModel()
        self._hits = hits
        self.endResetModel()

    def hit(self, row: int) -> ClientHit:
        return self._hits[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        hit = self._hits[index.row()]
        column = index.column()
        if column == 0:
            return hit.sort_name
        if column == 1:
            return hit.bsn_masked
        if column == 2:
            return format_date(hit.birth_date)
        if column == 3:
            return format_postcode(hit.postcode)
        if column == 4:
            return hit.house_number or ""
        return hit.city or ""
