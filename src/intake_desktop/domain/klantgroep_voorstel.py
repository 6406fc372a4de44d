"""Suggesting a klantgroep from the ambitiegesprek, with the reasons in plain Dutch.

The rules come from resources/config/klantgroepen.toml; the first rule whose conditions
all hold gives the suggestion. The client chooses; this only advises.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SuggestionRule:
    """One ``[[voorstel.regel]]``: all its conditions must hold."""

    klantgroep: str
    conditions: tuple[tuple[str, float], ...]  # (name, limit), e.g. ("ladder_max", 2)


@dataclass(frozen=True)
class Facts:
    months_on_benefit: int | None
    ladder_rung: int | None  # participatieladder 1..6
    obstacles: int
    work_score: int | None  # self-reliance 1..5 in the work domain
    average_score: float | None  # over all scored domains


@dataclass(frozen=True)
class Suggestion:
    klantgroep: str
    reasons: tuple[str, ...]
    from_rule: bool

    def explanation(self, group_name: str) -> str:
        if not self.reasons:
            return f"Voorstel: {group_name} (geen regel paste; dit is het standaardvoorstel)."
        return f"Voorstel: {group_name}, omdat {_join(self.reasons)}."


def _join(parts: tuple[str, ...]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " en " + parts[-1]


def _value(facts: Facts, name: str):
    return {
        "maanden_uitkering": facts.months_on_benefit,
        "ladder": facts.ladder_rung,
        "belemmeringen": facts.obstacles,
        "score_werk": facts.work_score,
        "score_gemiddeld": facts.average_score,
    }[name]


def _reason(name: str, bound: str, limit: float, value) -> str:
    n = int(limit) if float(limit).is_integer() else limit
    shown = round(value, 1) if isinstance(value, float) else value
    texts = {
        (
            "maanden_uitkering",
            "max",
        ): f"de klant {shown} maanden een uitkering heeft (hoogstens {n})",
        (
            "maanden_uitkering",
            "min",
        ): f"de klant al {shown} maanden een uitkering heeft (minstens {n})",
        (
            "ladder",
            "max",
        ): f"de klant op trede {shown} van de participatieladder staat (hoogstens {n})",
        (
            "ladder",
            "min",
        ): f"de klant op trede {shown} van de participatieladder staat (minstens {n})",
        ("belemmeringen", "max"): f"er {shown} belemmering(en) zijn (hoogstens {n})",
        ("belemmeringen", "min"): f"er {shown} belemmeringen zijn (minstens {n})",
        ("score_werk", "min"): f"de zelfredzaamheid op werk {shown} van 5 is (minstens {n})",
        ("score_werk", "max"): f"de zelfredzaamheid op werk {shown} van 5 is (hoogstens {n})",
        (
            "score_gemiddeld",
            "min",
        ): f"de gemiddelde zelfredzaamheid {shown} van 5 is (minstens {n})",
        (
            "score_gemiddeld",
            "max",
        ): f"de gemiddelde zelfredzaamheid {shown} van 5 is (hoogstens {n})",
    }
    return texts[(name, bound)]


def _matches(rule: SuggestionRule, facts: Facts) -> tuple[str, ...] | None:
    reasons = []
    for condition, limit in rule.conditions:
        name, bound = condition.rsplit("_", 1)
        value = _value(facts, name)
        if value is None:
            return None  # not known: this rule cannot decide
        if (bound == "min" and value < limit) or (bound == "max" and value > limit):
            return None
        reasons.append(_reason(name, bound, limit, value))
    return tuple(reasons)


def suggest(facts: Facts, rules: tuple[SuggestionRule, ...], default: str) -> Suggestion:
    for rule in rules:
        reasons = _matches(rule, facts)
        if reasons is not None:
            return Suggestion(rule.klantgroep, reasons, True)
    return Suggestion(default, (), False)
