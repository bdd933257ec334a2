"""The gazetteer file: valid as shipped, errors with file/key/reason, and name matching."""

import shutil

import pytest

from pipeline.extract.organisations import load_gazetteer
from pipeline.settings import CONFIG_DIR, SettingsError
from tests.extract_support import gazetteer


def ids(text):
    return [m.id for m in gazetteer().find(text)]


def test_the_shipped_files_are_valid_and_complete():
    g = gazetteer()
    for org_id in ("andpc", "ans", "ordre-medecins", "assurance-maladie", "urssaf", "has", "ars", "ministere-sante",
                   "pro-sante-connect", "mondpc", "doctolib", "dgfip", "ants", "france-travail"):
        assert g.organisation(org_id) is not None, org_id
    fakes = [o for o in g.organisations if o.fake]
    assert fakes and all(not o.official_domains for o in fakes)
    assert g.is_freemail("orange.fr") and g.is_freemail("gmail.com") and g.is_freemail("wanadoo.fr")
    assert not g.is_freemail("agencedpc.fr")
    assert g.is_shortener("bit.ly") and not g.is_shortener("ameli.fr")
    assert g.is_shared_hosting("docs.google.com") and g.is_shared_hosting("arnaque.github.io")
    assert not g.is_shared_hosting("agencedpc.fr") and not g.is_shared_hosting("google.com.evil.fr")


def test_official_for_a_domain_and_its_subdomains():
    g = gazetteer()
    assert g.official_for("agencedpc.fr").id == "andpc"
    assert g.official_for("www.agencedpc.fr").id == "andpc"
    assert g.official_for("normandie.ars.sante.fr").id == "ars"
    assert g.official_for("ameli.fr.evil.com") is None
    assert g.official_for("agence-dpc.fr") is None
    assert g.official_domain_of("paca.ars.sante.fr") == "ars.sante.fr"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("L'Agence nationale du DPC vous informe", ["andpc"]),
        ("AGENCE NATIONALE DU DEVELOPPEMENT PROFESSIONNEL CONTINU", ["andpc"]),
        ("Message de l’ANDPC : votre compte", ["andpc"]),
        ("L'Agence du Numérique en Santé (ANS) gère les comptes", ["ans"]),
        ("Conseil départemental de l'Ordre des médecins de la Gironde", ["ordre-medecins"]),
        ("Le CDOM vous rappelle", ["ordre-medecins"]),
        ("votre compte ameli", ["assurance-maladie"]),
        ("La direction régionale de certification périodique vous informe", ["fake-direction-regionale-certification"]),
        ("DIRECTION REGIONALE DE CERTIFICATION PERIODIQUE", ["fake-direction-regionale-certification"]),
        ("le Service de validation du DPC", ["fake-service-validation-dpc"]),
        ("Connectez-vous avec Pro Santé Connect ou e-CPS", ["pro-sante-connect"]),
        ("La Haute Autorité de santé et l'URSSAF", ["has", "urssaf"]),
    ],
)
def test_organisations_are_found_by_aliases_acronyms_and_patterns(text, expected):
    assert ids(text) == expected


@pytest.mark.parametrize("text", ["Depuis 10 ans je soigne mes patients", "he has a cat", "les ars poetica",
                                  "DEPUIS 10 ANS DE PRATIQUE", "Amélie est venue", "la sante de mes patients",
                                  "un ordre de mission"])
def test_ordinary_words_name_no_organisation(text):
    assert ids(text) == []


def test_matched_gives_the_words_as_written():
    (match,) = gazetteer().find("Objet : la Direction Régionale de Certification Périodique !")
    assert match.matched == "Direction Régionale de Certification Périodique" and match.fake and match.official_domain is None


def _copy_config(tmp_path):
    shutil.copy(CONFIG_DIR / "organisations.toml", tmp_path / "organisations.toml")
    shutil.copy(CONFIG_DIR / "domains.toml", tmp_path / "domains.toml")
    return tmp_path / "organisations.toml"


def test_staff_can_add_an_organisation_without_code(tmp_path):
    path = _copy_config(tmp_path)
    with path.open("a", encoding="utf-8") as f:
        f.write('\n[[organisation]]\nid = "cdom33"\nname = "CDOM de la Gironde"\naliases = ["Ordre de la Gironde"]\n'
                'official_domains = ["cdom33.example.fr"]\n')
    g = load_gazetteer(path)
    assert g.official_for("www.cdom33.example.fr").id == "cdom33"
    assert [m.id for m in g.find("l'Ordre de la Gironde")] == ["cdom33"]


@pytest.mark.parametrize(
    "addition, key, reason",
    [
        ('[[organisation]]\nid = "x"\nname = "X"\naliases = ["X"]\nofficial_domains = ["https://x.fr/"]\n',
         "official_domains", "is not a domain name"),
        ('[[organisation]]\nid = "y"\nname = "Y"\naliases = ["Y"]\nfake = true\nofficial_domains = ["y.fr"]\n',
         "official_domains", "fake body"),
        ('[[organisation]]\nid = "z"\nname = "Z"\naliases = ["Z"]\ncolour = "red"\n', "colour", "unknown key"),
        ('[[organisation]]\nid = "w"\nname = "W"\npatterns = ["(unclosed"]\n', "patterns", "not a valid regular expression"),
        ('[[organisation]]\nid = "andpc"\nname = "Dup"\naliases = ["Dup"]\n', "id", "duplicate id"),
        ('[[organisation]]\nid = "v"\nname = "V"\n', "organisation[", "needs at least one"),
        ('[[organisation]]\nid = "u"\nname = "U"\naliases = ["U"]\nkind = "private"\n', "kind", "must be one of"),
        ('[[organisation]]\nid = "t"\nname = "T"\naliases = ["Agence Nationale du DPC"]\n', "aliases", "already names 'andpc'"),
        ('[[organisation]]\nid = "s"\nname = "S"\nacronyms = ["ANDPC"]\n', "acronyms", "already names 'andpc'"),
    ],
)
def test_an_invalid_organisations_file_names_file_key_and_reason(tmp_path, addition, key, reason):
    path = _copy_config(tmp_path)
    with path.open("a", encoding="utf-8") as f:
        f.write("\n" + addition)
    with pytest.raises(SettingsError) as error:
        load_gazetteer(path)
    assert error.value.file == str(path) and key in error.value.key and reason in error.value.reason


@pytest.mark.parametrize("key", ["freemail", "shared_hosting"])
def test_an_invalid_domains_file_names_file_key_and_reason(tmp_path, key):
    path = _copy_config(tmp_path)
    (tmp_path / "domains.toml").write_text(f'{key} = ["gmail.com", "not a domain"]\n', encoding="utf-8")
    with pytest.raises(SettingsError) as error:
        load_gazetteer(path)
    assert error.value.file == str(tmp_path / "domains.toml") and error.value.key == key


def test_broken_toml_and_missing_file(tmp_path):
    (tmp_path / "organisations.toml").write_text("[[organisation]\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="not valid TOML"):
        load_gazetteer(tmp_path / "organisations.toml")
    with pytest.raises(SettingsError, match="file not found"):
        load_gazetteer(tmp_path / "missing.toml")


def test_a_name_written_with_cyrillic_letters_is_still_found():
    (match,) = gazetteer().find("L'\u0410gence du num\u00e9rique en s\u0430nt\u00e9 vous informe")  # Cyrillic А and а
    assert match.id == "ans" and "\u0410gence" in match.matched
