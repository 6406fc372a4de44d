"""Marking texts for translation without importing Qt.

The domain and services produce Dutch texts (validation messages, labels). They are
marked with ``translatable(context, text)`` so ``pyside6-lupdate`` collects them (it
recognises the ``QT_TRANSLATE_NOOP`` name); the UI translates them when it shows them.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate knows
    return text


translatable = QT_TRANSLATE_NOOP
