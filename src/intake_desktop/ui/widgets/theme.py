"""The program's look: calm colours, clear error messages, readable tables."""

STYLESHEET = """
QWidget { font-size: 10pt; }
#headerBar { background: #1f4e79; }
#headerBar QLabel { color: white; }
#appTitle { font-size: 13pt; font-weight: bold; }
QListWidget#navigation { background: #eef2f6; border: none; padding-top: 8px; font-size: 11pt; }
QListWidget#navigation::item { padding: 8px 12px; }
QListWidget#navigation::item:selected { background: #1f4e79; color: white; }
QLabel[role="pageTitle"] { font-size: 15pt; font-weight: bold; color: #1f4e79; }
QLabel[role="fieldError"] { color: #b00020; }
QLabel[role="errorSummary"] { color: #b00020; background: #fdecee; border: 1px solid #f3b8c0;
                              padding: 6px; border-radius: 3px; }
QLabel[role="notice"] { color: #1f3b57; background: #e8f1fa; border: 1px solid #bcd4ec;
                        padding: 6px; border-radius: 3px; }
*[invalid="true"] { border: 2px solid #b00020; border-radius: 3px; }
QGroupBox { font-weight: bold; margin-top: 12px; }
QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; }
QGroupBox QLabel, QGroupBox QLineEdit, QGroupBox QPlainTextEdit, QGroupBox QComboBox,
QGroupBox QTableWidget, QGroupBox QTreeWidget, QGroupBox QPushButton { font-weight: normal; }
QTableView, QTableWidget, QTreeWidget { gridline-color: #d0d7de; }
QHeaderView::section { background: #eef2f6; padding: 4px; border: none;
                       border-bottom: 1px solid #c8d1da; font-weight: bold; }
#lockCover { background: #1f4e79; }
#lockCover QLabel { color: white; }
"""
