"""The teamleider's decision on a Vernietigingslijst: approve (destroys at once, so
asked plainly, with Annuleren as the default) or reject, with a note."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class DecisionDialog(QDialog):
    def __init__(self, approve: bool, dossiers: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("retentionDecision")
        if approve:
            self.setWindowTitle(self.tr("Vernietigingslijst goedkeuren"))
            text = self.tr(
                "Met uw goedkeuring worden {n} dossier(s) nu vernietigd: alle gegevens, "
                "notities, concepten en ondertekende trajectplannen. Dit kan niet ongedaan "
                "worden gemaakt. Dossiers die intussen zijn heropend, worden overgeslagen."
            ).format(n=dossiers)
        else:
            self.setWindowTitle(self.tr("Vernietigingslijst afwijzen"))
            text = self.tr("De lijst wordt afgewezen; er wordt niets vernietigd.")
        layout = QVBoxLayout(self)
        self.explain = QLabel(text)
        self.explain.setObjectName("decisionText")
        self.explain.setWordWrap(True)
        layout.addWidget(self.explain)
        label = QLabel(self.tr("&Toelichting (bijvoorbeeld de steekproef die u deed)"))
        self.note_field = QLineEdit()
        self.note_field.setObjectName("decisionNote")
        self.note_field.setMaxLength(500)
        self.note_field.setAccessibleName(self.tr("Toelichting"))
        label.setBuddy(self.note_field)
        layout.addWidget(label)
        layout.addWidget(self.note_field)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(
            self.tr("&Vernietigen") if approve else self.tr("&Afwijzen"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.ok_button.setObjectName("decisionOk")
        cancel = buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setDefault(True)
        self.ok_button.setAutoDefault(False)
        self.ok_button.clicked.connect(self.accept)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def note(self) -> str:
        return self.note_field.text()
