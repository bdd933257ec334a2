"""Turn the HTML of a suspicious message into something staff can look at safely.

Allow-list cleaning with nh3, in two passes around a rewrite of links and images:
1. nh3 keeps a known set of tags and attributes (no script, style element, form, iframe,
   meta, event handler) and normalises the markup, so the rewrite sees what a browser sees;
2. every link becomes a non-clickable span showing its defanged target, every image that
   is not an inline data: picture becomes a placeholder saying it was blocked (a remote
   image is a tracking pixel: loading it tells the scammer the mail was opened), every
   visible URL in the text is defanged;
3. nh3 again, without links at all and with images limited to data: URLs, as the last word.

The result is still served with a CSP forbidding every load and inside a sandboxed frame;
this module is the first of those three walls, not the only one.
"""

from __future__ import annotations

import re

import nh3
from bs4 import BeautifulSoup, NavigableString

from ..textutil import defang

_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "center", "code", "col", "colgroup", "dd", "del",
    "div", "dl", "dt", "em", "font", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd",
    "li", "mark", "ol", "p", "pre", "q", "s", "small", "span", "strike", "strong", "sub", "sup", "table",
    "tbody", "td", "tfoot", "th", "thead", "tr", "tt", "u", "ul",
}
# removed with everything inside them: their content is code or chrome, not the message's words
_DROPPED_WITH_CONTENT = {
    "script", "style", "title", "noscript", "template", "iframe", "frame", "frameset", "object", "embed",
    "applet", "svg", "math", "textarea", "select", "option", "button", "head",
}
_LAYOUT_ATTRIBUTES = {"align", "valign", "width", "height", "colspan", "rowspan", "bgcolor", "border", "cellpadding", "cellspacing"}
_ATTRIBUTES = {
    "*": {"style", "dir", "lang", "title"} | _LAYOUT_ATTRIBUTES,
    "a": {"href"},
    "img": {"src", "alt"},
    "font": {"color", "face", "size"},
    "ol": {"start"},
}
# CSS properties that change how text looks, none of which can name a URL
_STYLE_PROPERTIES = {
    "color", "background-color", "font", "font-family", "font-size", "font-style", "font-weight",
    "text-align", "text-decoration", "text-transform", "line-height", "letter-spacing", "white-space",
    "margin", "margin-top", "margin-right", "margin-bottom", "margin-left",
    "padding", "padding-top", "padding-right", "padding-bottom", "padding-left",
    "border", "border-top", "border-right", "border-bottom", "border-left", "border-color", "border-style",
    "border-width", "border-collapse", "border-spacing", "border-radius",
    "width", "max-width", "min-width", "height", "vertical-align", "display",
}
_DANGEROUS_CSS = re.compile(r"url\s*\(|expression\s*\(|@import|behavior|-moz-binding|javascript:|\\", re.IGNORECASE)
_INLINE_PICTURE = re.compile(r"^data:image/(png|gif|jpeg|webp);base64,[A-Za-z0-9+/=\s]+$", re.IGNORECASE)

BLOCKED_IMAGE_TEXT = "[image bloquée{where}]"
LINK_CLASS = "lien-neutralise"
BLOCKED_IMAGE_CLASS = "image-bloquee"


def _drop_dangerous_style(tag: str, attribute: str, value: str) -> str | None:
    if attribute == "style" and _DANGEROUS_CSS.search(value):
        return None
    return value


def _first_pass(html: str) -> str:
    return nh3.clean(
        html,
        tags=_TAGS,
        clean_content_tags=_DROPPED_WITH_CONTENT,
        attributes=_ATTRIBUTES,
        attribute_filter=_drop_dangerous_style,
        url_schemes={"http", "https", "ftp", "mailto", "tel", "sms", "data", "cid", "javascript", "file"},
        filter_style_properties=_STYLE_PROPERTIES,
        link_rel=None,
        strip_comments=True,
    )


def _final_pass(html: str) -> str:
    return nh3.clean(
        html,
        tags=_TAGS - {"a"},
        clean_content_tags=_DROPPED_WITH_CONTENT,
        attributes={k: v - {"href"} for k, v in _ATTRIBUTES.items() if k != "a"} | {"span": {"class"}},
        attribute_filter=_drop_dangerous_style,
        url_schemes={"data"},
        filter_style_properties=_STYLE_PROPERTIES,
        link_rel=None,
        strip_comments=True,
    )


def _neutralise(html: str) -> str:
    soup = BeautifulSoup(html, "html.parser")
    for link in soup.find_all("a"):
        target = link.get("href")
        span = soup.new_tag("span", attrs={"class": LINK_CLASS})
        span.extend(list(link.contents))
        if target:
            span.append(f" [lien : {defang(target)}]")
        link.replace_with(span)
    for image in soup.find_all("img"):
        source = (image.get("src") or "").strip()
        if _INLINE_PICTURE.match(source):
            continue
        scheme = source.split(":", 1)[0].lower()
        where = {"": "", "cid": " : image jointe au message", "data": " : image intégrée"}.get(scheme, f" : {defang(source[:300])}")
        placeholder = soup.new_tag("span", attrs={"class": BLOCKED_IMAGE_CLASS})
        placeholder.string = BLOCKED_IMAGE_TEXT.format(where=where)
        image.replace_with(placeholder)
    for text in soup.find_all(string=True):
        defanged = defang(str(text))
        if defanged != text:
            text.replace_with(NavigableString(defanged))
    return str(soup)


def sanitise_html(html: str) -> str:
    """The HTML of a message made inert: no script, form, remote load or clickable link."""
    return _final_pass(_neutralise(_first_pass(html)))
