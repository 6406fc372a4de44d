"""Looking at a document before it leaves the building: the pages in the program, then
"Afdrukken" (the system print dialog) or "Opslaan als PDF" (written atomically).

The caller passes the PDF bytes and a function that records the print or save in the
audit log (``on_output(kind)`` with kind "afdrukken" or "opslaan").
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSize
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.documents.output import write_atomically
from intake_desktop.ui.widgets.forms import fit_to_screen


def _document(data: bytes, parent):
    """A QPdfDocument reading from memory (the buffer must live as long as it)."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument(parent)
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    document._buffer = buffer  # keep it alive
    return document


def print_pdf(parent: QWidget, data: bytes, title: str) -> bool:
    """The system print dialog, then each page rendered at the printer's resolution."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("PdfViewDialog", "Afdrukken"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    document = _document(data, parent)
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        # Pages as images of at most 300 dpi, scaled onto the printer's page: sharp on
        # paper without a page image of hundreds of megabytes at 1200 dpi.
        dpi = min(printer.resolution(), 300)
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            scale = min(area.width() / points.width(), area.height() / points.height())
            target = QRect(0, 0, int(points.width() * scale), int(points.height() * scale))
            size = QSize(int(points.width() * dpi / 72), int(points.height() * dpi / 72))
            painter.drawImage(target, document.render(page, size))
    finally:
        painter.end()
    return True


def choose_target(
    parent: QWidget, title: str, suggested_name: str, file_filter: str, suffix: str
) -> Path | None:
    """The system's save dialog; the suffix added when left out, and then asked again
    when that file exists (the dialog only asked about the name without it)."""
    path, _ = QFileDialog.getSaveFileName(
        parent, title, str(Path.home() / suggested_name), file_filter
    )
    if not path:
        return None
    target = Path(path if path.lower().endswith(suffix) else f"{path}{suffix}")
    if target.name != Path(path).name and target.exists():
        answer = QMessageBox.question(
            parent,
            title,
            QCoreApplication.translate("PdfViewDialog", "{name} bestaat al. Vervangen?").format(
                name=target.name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
    return target


def save_pdf(parent: QWidget, data: bytes, suggested_name: str) -> Path | None:
    title = QCoreApplication.translate("PdfViewDialog", "Opslaan als PDF")
    target = choose_target(parent, title, suggested_name, "PDF (*.pdf)", ".pdf")
    if target is not None:
        write_atomically(target, data)
    return target


class PdfViewDialog(QDialog):
    """The pages of a document, with print and save."""

    def __init__(
        self,
        data: bytes,
        title: str,
        suggested_name: str,
        on_output: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ):
        from PySide6.QtPdfWidgets import QPdfView

        super().__init__(parent)
        self.data, self.suggested_name = data, suggested_name
        self.on_output = on_output or (lambda _kind: None)
        self.setWindowTitle(title)
        fit_to_screen(self, 820, 960)
        layout = QVBoxLayout(self)
        self.document = _document(data, self)
        self.pages_label = QLabel(self.tr("{n} pagina('s)").format(n=self.document.pageCount()))
        self.pages_label.setObjectName("pageCount")
        layout.addWidget(self.pages_label)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfPages")
        self.view.setAccessibleName(self.tr("Voorbeeld van het document"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox()
        self.print_button = buttons.addButton(
            self.tr("&Afdrukken… (Ctrl+P)"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button = buttons.addButton(
            self.tr("Opslaan als &PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        close = buttons.addButton(self.tr("&Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_document)
        self.view.setFocus()

    def print_document(self) -> None:
        # The print queue sees the file name (no client name), not the title.
        if print_pdf(self, self.data, Path(self.suggested_name).stem):
            self.on_output("afdrukken")

    def save_document(self) -> None:
        try:
            target = save_pdf(self, self.data, self.suggested_name)
        except OSError:
            QMessageBox.warning(
                self,
                self.tr("Opslaan als PDF"),
                self.tr("Het bestand kon niet worden opgeslagen. Kies een andere map."),
            )
            return
        if target is not None:
            self.on_output("opslaan")
            QMessageBox.information(
                self, self.tr("Opslaan als PDF"), self.tr("Opgeslagen: {path}").format(path=target)
            )


def page_image(data: bytes, page: int = 0, width: int = 600):
    """One page as an image (for a thumbnail or a test)."""
    from PySide6.QtWidgets import QApplication

    document = _document(data, QApplication.instance())
    points = document.pagePointSize(page)
    size = QSize(width, int(width * points.height() / points.width()))
    return document.render(page, size)
