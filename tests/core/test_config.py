"""The configuration package: one module per TOML file, each file described once by a
dataclass, errors that name the file and the line."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Literal

import pytest

from intake_desktop.config import ConfigError, load_config, resources_dir
from intake_desktop.config.schema import Key, key, read


def broken(tmp_path, name, change):
    """A copy of the shipped configuration with ``change(text)`` applied to one file."""
    folder = tmp_path / "res" / "config"
    folder.mkdir(parents=True, exist_ok=True)
    for source in (resources_dir() / "config").glob("*.toml"):
        (folder / source.name).write_bytes(source.read_bytes())
    (tmp_path / "res" / "branding").symlink_to(resources_dir() / "branding")
    target = folder / name
    target.write_text(change(target.read_text(encoding="utf-8")), encoding="utf-8")
    return tmp_path / "res"


def error_of(res) -> str:
    with pytest.raises(ConfigError) as err:
        load_config(res)
    return str(err.value)


def test_every_file_has_its_own_module():
    for path in sorted((resources_dir() / "config").glob("*.toml")):
        module = importlib.import_module(f"intake_desktop.config.{path.stem}")
        assert module.FILE == path.name
        assert callable(module.load)


def test_a_value_outside_the_literal_names_the_allowed_values(tmp_path):
    res = broken(
        tmp_path, "screening.toml", lambda t: t.replace('soort = "tekst"', 'soort = "keuze"', 1)
    )
    message = error_of(res)
    assert message.startswith("Fout in configuratiebestand screening.toml, regel 14: ")
    assert "'vraag.1.soort' moet een van deze waarden zijn: 'ja_nee', 'tekst'." in message


def test_a_code_twice_names_the_second(tmp_path):
    res = broken(tmp_path, "domeinen.toml", lambda t: t.replace('"educatie"', '"werk"', 1))
    assert error_of(res) == (
        "Fout in configuratiebestand domeinen.toml, regel 11: de code 'werk' komt twee keer voor."
    )


def test_a_table_of_a_dotted_key_must_be_there(tmp_path):
    res = broken(tmp_path, "programma.toml", lambda t: t[: t.index("[zoeken]")])
    assert error_of(res) == (
        "Fout in configuratiebestand programma.toml: "
        "de sleutel 'zoeken' ontbreekt in 'het bestand'."
    )


def test_what_the_program_fills_in_is_no_key_of_the_file(tmp_path):
    res = broken(tmp_path, "huisstijl.toml", lambda t: t + 'organisatie = "Elders"\n')
    message = error_of(res)
    assert "huisstijl.toml, regel 13: onbekende sleutel 'organisatie'." in message
    assert "Toegestaan: adres, afzender, kleur, logo, plaats, telefoon, website." in message


def test_left_out_keys_take_their_defaults(tmp_path):
    res = broken(tmp_path, "aanmelding.toml", lambda t: t.replace('contact = "0900 - 8020"\n', ""))
    config = load_config(res)
    assert [p.contact for p in config.partners][:2] == ["Balie 2, Werkplein", ""]
    assert config.route("work_first").taken[1].titel == "Contact opnemen met Work First"
    assert config.route("uitkeringsintake").taken == ()


def test_a_code_from_another_file_must_exist_there(tmp_path):
    res = broken(
        tmp_path,
        "toewijzing.toml",
        lambda t: t.replace('leefgebieden = ["educatie"]', 'leefgebieden = ["sport"]'),
    )
    assert error_of(res) == (
        "Fout in configuratiebestand toewijzing.toml, regel 103: leefgebied 'sport' is onbekend."
    )
    res = broken(tmp_path / "2", "monitoring.toml", lambda t: t.replace('"zorgen"', '"ouderen"'))
    assert "monitoring.toml, regel 25: klantgroep 'ouderen' staat niet in klantgroepen.toml." in (
        error_of(res)
    )


def test_no_task_goes_to_a_team_that_does_not_exist(tmp_path):
    """Work is handed only to a back office of toewijzing.toml: a route, an aanmelding
    and a team's teamleider name known teams (else nobody would ever get the task)."""
    res = broken(
        tmp_path, "routes.toml", lambda t: t.replace('voor = "inburgering"', 'voor = "duo"')
    )
    assert "routes.toml, regel 45: 'duo' is geen klantmanager, wisselwachter of back office" in (
        error_of(res)
    )
    res = broken(
        tmp_path / "2", "aanmelding.toml", lambda t: t.replace('bbz = "bbz"', 'bbz = "werk"')
    )
    assert "aanmelding.toml, regel 7: 'werk' is geen back office uit toewijzing.toml." in (
        error_of(res)
    )
    res = broken(
        tmp_path / "3", "toewijzing.toml", lambda t: t.replace('onder = "werk"', 'onder = "x"')
    )
    assert "toewijzing.toml, regel 79: team 'x' bestaat niet." in error_of(res)


def test_a_missing_file_is_named(tmp_path):
    res = broken(tmp_path, "afsluiting.toml", lambda t: t)
    (res / "config" / "afsluiting.toml").unlink()
    assert error_of(res) == "Fout in configuratiebestand afsluiting.toml: het bestand ontbreekt."


@dataclass(frozen=True)
class Rule:  # stands for a rule type from domain/, which knows nothing of files
    code: str
    points: int


@dataclass(frozen=True, kw_only=True)
class Example:
    name: str = key(max_length=5)
    share: float = key(toml="limits.share")
    soort: Literal["a", "b"] = "a"
    tags: tuple[str, ...] = ()
    rules: tuple[Rule, ...] = key(toml="rule", min_items=1, unique="code")


KEYS = {Rule: {"points": Key(minimum=0, maximum=10)}}


def write(tmp_path, text):
    path = tmp_path / "example.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_checker_builds_the_dataclass_from_the_file(tmp_path):
    path = write(
        tmp_path,
        'name = "x"\n[limits]\nshare = 2\n[[rule]]\ncode = "r"\npoints = 3\n',
    )
    example, source = read(path, Example, KEYS)
    assert example == Example(name="x", share=2, rules=(Rule("r", 3),))
    assert source.path == path


@pytest.mark.parametrize(
    "text, message",
    [
        (
            'name = "toolong"\n[limits]\nshare = 1\n[[rule]]\ncode = "r"\npoints = 1\n',
            ", regel 1: 'name' mag hoogstens 5 tekens hebben.",
        ),
        (
            'name = "x"\n[limits]\nshare = "1"\n[[rule]]\ncode = "r"\npoints = 1\n',
            ", regel 3: 'limits.share' moet een geheel getal of een getal zijn.",
        ),
        (
            'name = "x"\n[limits]\nshare = 1\n[[rule]]\ncode = "r"\npoints = 11\n',
            ", regel 6: 'rule.0.points' mag hoogstens 10 zijn.",
        ),
        (
            'name = "x"\n[limits]\nshare = 1\n[[rule]]\ncode = "r"\npoints = 1\n'
            '[[rule]]\ncode = "r"\npoints = 2\n',
            ", regel 8: de code 'r' komt twee keer voor.",
        ),
        ('name = "x"\n[limits]\nshare = 1\n', ": de sleutel 'rule' ontbreekt in 'het bestand'."),
        (
            'name = "x"\ntags = [1]\n[limits]\nshare = 1\n[[rule]]\ncode = "r"\npoints = 1\n',
            ", regel 2: 'tags' moet een lijst met tekst zijn.",
        ),
    ],
)
def test_the_checker_names_the_line_and_what_is_wrong(tmp_path, text, message):
    with pytest.raises(ConfigError) as err:
        read(write(tmp_path, text), Example, KEYS)
    assert str(err.value) == f"Fout in configuratiebestand example.toml{message}"


def test_a_nested_table_is_named_by_its_own_line(tmp_path):
    def second_task(text):
        lines = text.split("\n")
        lines[26] = lines[26].replace("336", "-1")  # route work_first, its second taak
        return "\n".join(lines)

    res = broken(tmp_path, "routes.toml", second_task)
    assert "routes.toml, regel 27: 'route.0.taak.1.termijn_uren' moet minstens 0 zijn." in (
        error_of(res)
    )
    res = broken(
        tmp_path / "2",
        "klantgroepen.toml",
        lambda t: t.replace("ladder_min = 2", "ladder_min = 'x'"),
    )
    assert "klantgroepen.toml, regel 89: 'voorstel.regel.4.ladder_min'" in error_of(res)
    res = broken(
        tmp_path / "3",
        "inburgering.toml",
        lambda t: t.replace('{ code = "beschikking"', '{ kode = "beschikking"'),
    )
    assert "inburgering.toml, regel 24: onbekende sleutel 'kode'." in error_of(res)


@pytest.mark.parametrize(
    "change, message",
    [
        (
            lambda t: t.replace('code = "beheerder"', 'code = "portier"', 1),
            "rol 'portier' bestaat niet.",
        ),
        (
            lambda t: t.replace(
                'lezen = ["identiteit", "contact", "aanmeldingen"]\n', 'lezen = ["identiteit"]\n', 1
            ),
            "'contact' staat bij wijzigen maar niet bij lezen.",
        ),
        (
            lambda t: t.replace('klanten = "alle"', 'klanten = "iedereen"', 1),
            "'rol.0.klanten' moet een van deze waarden zijn:",
        ),
        (
            lambda t: t.replace(
                'lezen = ["identiteit", "contact", "aanmeldingen"]', 'lezen = ["bsn"]', 1
            ),
            "'bsn' is geen deel van het dossier. Bekend: identiteit, contact,",
        ),
    ],
)
def test_toegang_names_the_role_and_what_is_wrong(tmp_path, change, message):
    message_seen = error_of(broken(tmp_path, "toegang.toml", change))
    assert message_seen.startswith("Fout in configuratiebestand toegang.toml, regel ")
    assert message in message_seen


def test_toegang_must_name_every_role(tmp_path):
    def drop_last_role(text):
        return text[: text.rindex("[[rol]]")]

    assert error_of(broken(tmp_path, "toegang.toml", drop_last_role)).endswith(
        "deze rollen ontbreken: beleidsmedewerker."
    )


@pytest.mark.parametrize(
    "name, change, message",
    [
        (
            "bewaartermijnen.toml",
            lambda t: t.replace('afsluitredenen = ["geen_recht"]', 'afsluitredenen = ["weg"]'),
            "afsluitreden 'weg' staat niet in afsluiting.toml.",
        ),
        (
            "bewaartermijnen.toml",
            lambda t: t.replace('"overdracht_inkomen", ', ""),
            "geen bewaartermijn voor afsluitreden(en) overdracht_inkomen.",
        ),
        (
            "bewaartermijnen.toml",
            lambda t: t.replace('afsluitredenen = ["geen_recht"]', 'afsluitredenen = ["werk"]'),
            "afsluitreden 'werk' staat bij 'traject_beeindigd' en bij 'geen_recht'",
        ),
        (
            "bewaartermijnen.toml",
            lambda t: t.replace("jaren = 10\n", "", 1),
            "een termijn van 0 jaar en 0 weken",
        ),
        (
            "verwerkingsregister.toml",
            lambda t: t.replace('standaard = "begeleiding"', 'standaard = "iets"'),
            "standaard 'iets' is geen code van een activiteit",
        ),
        (
            "verwerkingsregister.toml",
            lambda t: t.replace('onderwerpen = ["trajectplan"]', 'onderwerpen = ["note"]'),
            "onderwerp 'note' staat bij 'begeleiding' en bij 'trajectplan'",
        ),
    ],
)
def test_retention_and_the_register_name_what_is_wrong(tmp_path, name, change, message):
    message_seen = error_of(broken(tmp_path, name, change))
    assert message_seen.startswith(f"Fout in configuratiebestand {name}")
    assert message in message_seen
