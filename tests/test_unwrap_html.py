"""HTML to text, and the original quoted in a reporter's HTML."""

from __future__ import annotations

from pipeline.unwrap.html import html_text, quoted_original


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
    fragment = quoted_original(html, 10_000)
    assert "Payez ici" in fragment and "Regardez" not in fragment
    apple = "<div>Note</div><blockquote type='cite'><div>De: X</div><p>Texte</p></blockquote>"
    assert "Texte" in quoted_original(apple, 10_000) and "Note" not in quoted_original(apple, 10_000)


def test_outlook_desktop_header_block_wrapped_in_its_own_div():
    html = (
        "<div class=WordSection1><p>Pour info</p><div><div style='border:none;border-top:solid #E1E1E1 1.0pt'>"
        "<p><b>De :</b> ANDPC</p></div></div><p>Activez votre compte</p></div>"
    )
    fragment = quoted_original(html, 10_000)
    assert "Activez votre compte" in fragment
    assert "Pour info" not in fragment and "De :" not in fragment


def test_no_quote_gives_none():
    assert quoted_original("<p>rien</p>", 1000) is None
