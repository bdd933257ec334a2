"""HTML to text, and the original quoted in a reporter's HTML."""

from __future__ import annotations

from pipeline.unwrap.html import html_text, quoted_originals


def test_text_keeps_lines_drops_scripts_and_shows_link_targets():
    html = (
        "<html><head><style>p{color:red}</style><script>alert(1)</script></head><body>"
        "<p>Bonjour,</p>\n<p>Cliquez <a href='https://faux-ameli.fr/x'>sur ameli.fr</a>\n ici.</p>"
        "<div>Ligne 1<br>Ligne 2</div><img alt='logo ameli'></body></html>"
    )
    text = html_text(html, 10_000)
    assert "alert" not in text and "color" not in text
    assert "sur ameli.fr <https://faux-ameli.fr/x> ici." in text
    assert "Ligne 1\nLigne 2" in text
    assert "logo ameli" in text


def test_unreadable_html_gives_empty_text():
    assert html_text("", 100) == ""
    assert html_text("   ", 100) == ""


def test_quoted_original_of_thunderbird_and_apple():
    html = (
        "<p>Regardez.</p><div class='moz-forward-container'>-------- Message transféré --------"
        "<table><tr><th>De :</th><td>X &lt;x@faux.fr&gt;</td></tr></table><p>Payez ici</p></div>"
    )
    (fragment,) = quoted_originals(html, 10_000)
    assert "Payez ici" in fragment and "Regardez" not in fragment
    apple = "<div>Note</div><blockquote type='cite'><div>De: X</div><p>Texte</p></blockquote>"
    (fragment,) = quoted_originals(apple, 10_000)
    assert "Texte" in fragment and "Note" not in fragment


def test_outlook_desktop_header_block_wrapped_in_its_own_div():
    html = (
        "<div class=WordSection1><p>Pour info</p><div><div style='border:none;border-top:solid #E1E1E1 1.0pt'>"
        "<p><b>De :</b> ANDPC</p></div></div><p>Activez votre compte</p></div>"
    )
    (fragment,) = quoted_originals(html, 10_000)
    assert "Activez votre compte" in fragment
    assert "Pour info" not in fragment and "De :" not in fragment


def test_no_quote_gives_none():
    assert quoted_originals("<p>rien</p>", 1000) == []


GMAIL_ATTR = "<div class='gmail_attr'>---------- Forwarded message ---------<br>From: {0}</div>"


def test_sibling_gmail_quotes_are_several_originals_in_order():
    html = (
        "<div dir='ltr'><div>Pour info, les deux.</div>"
        f"<div class='gmail_quote'>{GMAIL_ATTR.format('URSSAF')}<p>Trop-perçu de 411 €</p></div>"
        f"<div class='gmail_quote'>{GMAIL_ATTR.format('Mon DPC')}<p>Vos droits DPC expirent</p></div></div>"
    )
    first, second = quoted_originals(html, 10_000)
    assert "Trop-perçu" in first and "droits DPC" not in first and "Forwarded message" not in first
    assert "droits DPC" in second and "Trop-perçu" not in second and "Pour info" not in second


def test_nested_gmail_quotes_give_the_innermost():
    html = (
        "<div>Transmis.</div><div class='gmail_quote'>"
        f"{GMAIL_ATTR.format('Dr Martin')}<div>Pour info</div>"
        f"<div class='gmail_quote'>{GMAIL_ATTR.format('ANDPC')}<p>Activez votre compte</p></div></div>"
    )
    (fragment,) = quoted_originals(html, 10_000)
    assert "Activez votre compte" in fragment and "Pour info" not in fragment


def test_several_apple_mail_quotes_side_by_side():
    html = (
        "<div>Reçus hier</div>"
        "<blockquote type='cite'><div>Début du message réexpédié :</div><p>Premier</p></blockquote>"
        "<blockquote type='cite'><div>Début du message réexpédié :</div><p>Second</p></blockquote>"
    )
    assert [("Premier" in f, "Second" in f) for f in quoted_originals(html, 10_000)] == [(True, False), (False, True)]
