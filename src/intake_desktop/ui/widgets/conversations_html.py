"""Screening and quickscan as the next person in the chain reads them (the dossier's
Gesprekken tab, a back office's hand-over): the answers, the life domains, what
follows."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject

from intake_desktop.config import AppConfig
from intake_desktop.domain.intake import BENEFIT, ELIGIBILITY, NEED
from intake_desktop.domain.validation import format_moment
from intake_desktop.services.dossier.conversations import Conversation
from intake_desktop.ui.widgets.i18n import tr_domain


class ConversationsHtml(QObject):
    def __init__(self, config: AppConfig):
        super().__init__()
        self.config = config

    def render(self, conversations: list[Conversation]) -> str:
        """Screening and quickscan as HTML, newest first ("" when there are none)."""
        parts = []
        for c in [c for c in conversations if c.kind in ("screening", "quickscan")]:
            title = self.tr("Screening") if c.kind == "screening" else self.tr("Quickscan")
            parts.append(f"<h3>{escape(title)} · {format_moment(c.at)} · {escape(c.by)}</h3>")
            if c.kind == "screening":
                parts += self._screening(c)
            else:
                parts += self._quickscan(c)
        return "".join(parts)

    def _screening(self, c) -> list[str]:
        questions = {q.code: q.tekst for q in self.config.screening}
        answers = c.details.get("antwoorden", {})
        rows = "".join(
            f"<tr><td>{escape(questions.get(k, k))}</td><td>{escape(self._answer(v))}</td></tr>"
            for k, v in answers.items()
        )
        eligibility, referred = self.tr("Rechtmatigheid"), self.tr("Doorverwezen naar")
        parts = [
            f"<table cellpadding='3'>{rows}</table>",
            f"<p><b>{escape(eligibility)}:</b> "
            f"{escape(tr_domain(ELIGIBILITY.get(c.eligibility, c.eligibility)))}"
            f" – {escape(c.summary)}</p>",
        ]
        if c.details.get("verwijzingen"):
            parts.append(
                f"<p><b>{escape(referred)}:</b> {escape(', '.join(c.details['verwijzingen']))}</p>"
            )
        return parts

    def _quickscan(self, c) -> list[str]:
        config = self.config
        rows = "".join(
            f"<tr><td><b>{escape(config.domain_name(code))}</b></td>"
            f"<td>{escape(obs)}</td><td>{escape(question)}</td>"
            f"<td>{escape(tr_domain(NEED.get(need, need)))}</td></tr>"
            for code, obs, question, need in c.domains
        )
        header = "".join(
            f"<th align='left'>{escape(h)}</th>"
            for h in (
                self.tr("Leefgebied"),
                self.tr("Wat valt op"),
                self.tr("Vraag"),
                self.tr("Behoefte"),
            )
        )
        routes = ", ".join(
            config.route(r).naam if config.route(r) else r for r in c.details.get("routes", [])
        )
        whole_question, benefit, next_ = (
            self.tr("Hele klantvraag"),
            self.tr("Uitkering"),
            self.tr("Vervolg"),
        )
        return [
            f"<table cellpadding='3'><tr>{header}</tr>{rows}</table>",
            f"<p><b>{escape(whole_question)}:</b> {escape(c.summary)}</p>",
            f"<p><b>{escape(benefit)}:</b> "
            f"{escape(tr_domain(BENEFIT.get(c.benefit_may_be_due, '')))}"
            f" · <b>{escape(next_)}:</b> {escape(routes)}</p>",
        ]

    def _answer(self, value) -> str:
        if isinstance(value, bool):
            return self.tr("ja") if value else self.tr("nee")
        return str(value)
