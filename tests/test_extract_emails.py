"""E-mail addresses in content: lower-cased, de-obfuscated, no content ids."""

from pipeline.extract.emails import find_emails, mailto_addresses


def test_emails_are_lower_cased_de_obfuscated_and_content_ids_are_ignored():
    text = ("Écrivez à Dossier.DPC@Gmail.com ou contact (at) agence-dpc (dot) fr. "
            "<img src=cid:image001.png@01DA12AB.34CD56EF> Merci, secretariat@cabinet.")
    assert find_emails(text) == ["dossier.dpc@gmail.com", "contact@agence-dpc.fr"]


def test_mailto_with_several_addresses_and_parameters():
    assert mailto_addresses("mailto:A@Exemple.fr,%20b@exemple.fr?subject=Bonjour&cc=c@exemple.fr") == ["a@exemple.fr", "b@exemple.fr"]


def test_no_address_without_a_known_suffix():
    assert find_emails("user@localhost, root@server.local, x@192.168.1.1") == []


def test_the_user_part_of_a_link_is_not_an_address():
    assert find_emails("Cliquez sur https://www.ameli.fr@evil.example.com/login ou écrivez à aide@ameli-aide.fr") == ["aide@ameli-aide.fr"]
