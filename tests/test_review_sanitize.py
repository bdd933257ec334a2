"""The sanitiser that makes a suspicious message's HTML inert before staff see it."""

from __future__ import annotations

import email
import re
from email import policy

import pytest
from bs4 import BeautifulSoup

from pipeline.review.sanitize import LINK_CLASS, sanitise_html
from review_support import FIXTURES


def hostile_html() -> str:
    outer = email.message_from_bytes((FIXTURES / "hostile_html_attached.eml").read_bytes(), policy=policy.default)
    inner = next(p for p in outer.walk() if p.get_content_type() == "message/rfc822").get_payload()[0]
    part = inner.get_body(("html",))
    return part.get_payload(decode=True).decode("utf-8")


def tags_and_attributes(html: str) -> tuple[set[str], set[str]]:
    soup = BeautifulSoup(html, "html.parser")
    return {t.name for t in soup.find_all(True)}, {a for t in soup.find_all(True) for a in t.attrs}


def test_hostile_fixture_is_made_inert():
    clean = sanitise_html(hostile_html())
    tags, attributes = tags_and_attributes(clean)
    assert not tags & {"script", "style", "meta", "link", "form", "input", "button", "iframe", "object", "svg",
                       "video", "a", "title", "head", "base"}
    assert not {a for a in attributes if a.startswith("on")}
    assert "href" not in attributes
    assert not re.search(r"url\s*\(", clean, re.I)
    assert "https://" not in clean and "http://" not in clean  # every URL shown is defanged
    assert "hostileRan = true" not in clean and "document.title" not in clean
    # the words of the message survive, links are shown, not followed
    assert "Madame, Monsieur," in clean and "suspendu le 20 novembre 2026" in clean
    soup = BeautifulSoup(clean, "html.parser")
    links = [s.get_text() for s in soup.find_all("span", class_=LINK_CLASS)]
    assert "Valider mon compte [lien : hxxps://andpc-validation[.]com/connexion?u=claire]" in links
    assert any("javascript:" in text for text in links)  # shown as text, never as a link
    assert clean.count("[image bloquée") == 2


@pytest.mark.parametrize(
    "dirty, forbidden",
    [
        ("<p>a<script>alert(1)</script>b</p>", ["<script", "alert"]),
        ("<p onclick=\"alert(1)\" onmouseover='x()'>a</p>", ["onclick", "onmouseover"]),
        ("<body onload=alert(1)><p>a</p></body>", ["onload"]),
        ("<style>p{background:url(https://t.example/a.png)}</style><p>a</p>", ["<style", "url(", "t.example"]),
        ("<p style=\"background-image:url('https://t.example/a.png')\">a</p>", ["url(", "style="]),
        ("<p style=\"color:red;background:url(//t.example/a)\">a</p>", ["url("]),
        ("<p style=\"width:expression(alert(1))\">a</p>", ["expression"]),
        ("<p style=\"color:\\75 rl(x)\">a</p>", ["\\75"]),
        ("<div style=\"behavior:url(x.htc)\">a</div>", ["behavior", "url("]),
        ("<img src=\"https://t.example/pixel.gif\">", ["<img", "t.example/"]),
        ("<img srcset=\"https://t.example/a.png 2x\" src=\"data:image/png;base64,iVBORw0KGgo=\">", ["srcset", "t.example"]),
        ("<img src=\"data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=\">", ["<img", "PHN2"]),
        ("<table background=\"https://t.example/bg.png\"><tr><td>a</td></tr></table>", ["background=", "t.example/"]),
        ("<a href=\"javascript:alert(1)\">x</a>", ["<a", "href"]),
        ("<a href=\"https://evil.example/login\">x</a>", ["<a", "href", "https://"]),
        ("<area href=\"https://evil.example/\">", ["<area", "href"]),
        ("<form action=\"https://evil.example/\"><input name=p><button>ok</button></form>", ["<form", "<input", "<button"]),
        ("<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">a", ["<meta", "refresh"]),
        ("<base href=\"https://evil.example/\"><p>a</p>", ["<base", "evil"]),
        ("<link rel=stylesheet href=\"https://evil.example/s.css\">a", ["<link", "evil"]),
        ("<iframe src=\"https://evil.example/\"></iframe><frame src=x>", ["<iframe", "<frame", "evil"]),
        ("<object data=\"x.swf\"></object><embed src=\"x.swf\">", ["<object", "<embed"]),
        ("<svg><image href=\"https://t.example/a.png\"/><script>alert(1)</script></svg>", ["<svg", "<image", "alert"]),
        ("<math><mtext><script>alert(1)</script></mtext></math>", ["<math", "alert"]),
        ("<video src=\"https://t.example/v.mp4\" poster=\"https://t.example/p.png\"></video>", ["<video", "t.example/"]),
        ("<audio src=\"https://t.example/a.mp3\"></audio>", ["<audio", "t.example/"]),
        ("<!--[if IE]><img src=\"https://t.example/ie.gif\"><![endif]--><p>a</p>", ["<img", "t.example", "<!--"]),
        ("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>", ["onerror", "<img"]),
        ("<p>a</p><template><img src=\"https://t.example/t.gif\"></template>", ["<template", "t.example"]),
        ("<input type=image src=\"https://t.example/i.png\">", ["<input", "t.example"]),
        ("<p>a</p><textarea><img src=x></textarea>", ["<textarea", "<img"]),
    ],
)
def test_dangerous_markup_is_removed(dirty, forbidden):
    clean = sanitise_html(dirty)
    for fragment in forbidden:
        assert fragment not in clean, (fragment, clean)


def test_links_become_spans_with_the_defanged_target():
    clean = sanitise_html('<p>Cliquez <a href="https://ameli-secure.fr/login?x=1"><b>ici</b></a></p>')
    assert clean == (f'<p>Cliquez <span class="{LINK_CLASS}"><b>ici</b> [lien : hxxps://ameli-secure[.]fr/login?x=1]</span></p>')


def test_remote_images_become_placeholders_inline_pictures_stay():
    picture = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
    clean = sanitise_html(f'<img src="https://t.example/logo.png" alt="Logo"><img src="cid:logo@x"><img src="{picture}" alt="ok">')
    assert "[image bloquée : hxxps://t[.]example/logo[.]png]" in clean
    assert "[image bloquée : image jointe au message]" in clean
    kept = BeautifulSoup(clean, "html.parser").find_all("img")
    assert [(i["src"], i["alt"]) for i in kept] == [(picture, "ok")]


def test_text_and_harmless_layout_are_kept():
    clean = sanitise_html('<table width="600"><tr><td style="color:#333;font-weight:bold">Cher confrère,</td></tr></table>'
                          "<ul><li>un</li></ul><p>Voir www.ameli.fr &amp; d&eacute;tails</p>")
    assert '<td style="color:#333;font-weight:bold">Cher confrère,</td>' in clean
    assert 'width="600"' in clean and "<li>un</li>" in clean
    assert "www[.]ameli[.]fr &amp; détails" in clean


def test_text_is_escaped_not_interpreted():
    clean = sanitise_html("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>")
    assert clean == "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"
