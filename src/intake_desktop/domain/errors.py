"""The root of every expected failure: a Dutch message fit to show a user.

``template`` is the Dutch text as marked for translation (``QT_TRANSLATE_NOOP``), in
the translation ``context`` of the class; ``params`` fill its {placeholders}.
``str(error)`` is the Dutch message; the UI translates the template in the error's
context first and then fills it in (``ui/widgets/i18n.tr_error``).

Subclasses name one condition each (``KickoffFull``, ``PlanFinished``, ...), so a caller
or a test can tell them apart without reading the text. A subclass may fix its
``template`` as a class attribute and be raised with only its parameters.
"""

from __future__ import annotations

from typing import ClassVar


class IntakeError(Exception):
    context: ClassVar[str] = "errors"
    template: str = ""

    def __init__(self, template: str = "", **params):
        template = template or type(self).template
        super().__init__(template.format(**params) if params else template)
        self.template = template
        self.params = params
