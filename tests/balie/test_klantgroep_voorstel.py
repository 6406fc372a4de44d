"""The klantgroep suggestion over configured cases (rules from klantgroepen.toml)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from intake_desktop.config import load_config
from intake_desktop.domain.klantgroep_voorstel import Facts, SuggestionRule, suggest

CONFIG = load_config()


def advise(months=None, ladder=None, obstacles=0, work=None, average=None):
    facts = Facts(months, ladder, obstacles, work, average)
    return suggest(facts, CONFIG.suggestion_rules, CONFIG.suggestion_default)


@pytest.mark.parametrize(
    "case,expected",
    [
        (dict(months=3, ladder=5, obstacles=0, work=5, average=4.2), "matchen"),
        (dict(months=5, ladder=4, obstacles=1, work=4, average=3.5), "matchen"),
        (dict(months=5, ladder=4, obstacles=2, work=4, average=3.5), "groeien"),  # 2 obstacles
        (dict(months=20, ladder=3, obstacles=2, work=3, average=3.0), "groeien"),
        (dict(months=48, ladder=3, obstacles=2, work=3, average=3.0), "faciliteren"),
        (dict(months=48, ladder=2, obstacles=3, work=1, average=2.5), "faciliteren"),
        (dict(months=60, ladder=1, obstacles=3, work=1, average=1.5), "zorgen"),
        (dict(months=10, ladder=3, obstacles=5, work=3, average=3.0), "zorgen"),  # many obstacles
        (dict(months=80, ladder=1, obstacles=1, work=1, average=3.0), "groeien"),  # default
    ],
)
def test_configured_cases(case, expected):
    assert advise(**case).klantgroep == expected


def test_explanation_is_plain_dutch():
    result = advise(months=3, ladder=5, obstacles=0, work=5, average=4.2)
    text = result.explanation("Matchen")
    assert text.startswith("Voorstel: Matchen, omdat de klant 3 maanden een uitkering heeft")
    assert "trede 5 van de participatieladder" in text and text.endswith(".")
    assert (
        advise(months=80, ladder=1, obstacles=1, work=1, average=3.0).explanation("Groeien")
        == "Voorstel: Groeien (geen regel paste; dit is het standaardvoorstel)."
    )


def test_unknown_facts_never_satisfy_a_condition():
    assert advise(months=None, ladder=5, obstacles=0, work=5).klantgroep != "matchen"


@given(
    months=st.integers(0, 400),
    ladder=st.integers(1, 6),
    obstacles=st.integers(0, 9),
    work=st.integers(1, 5),
    average=st.floats(1, 5),
)
def test_always_a_known_group_and_the_first_matching_rule_wins(
    months, ladder, obstacles, work, average
):
    result = advise(months, ladder, obstacles, work, average)
    assert CONFIG.klantgroep(result.klantgroep) is not None
    rules = (SuggestionRule("zorgen", ()),) + CONFIG.suggestion_rules  # a rule with no conditions
    assert (
        suggest(Facts(months, ladder, obstacles, work, average), rules, "groeien").klantgroep
        == "zorgen"
    )
