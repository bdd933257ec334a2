"""HTML of a message: its readable text, and the quoted original of an inline forward.

lxml's HTML parser (libxml2) is used directly rather than BeautifulSoup: it is the fastest
tolerant parser available, copes with broken markup, and its tree depth is bounded by
libxml2 itself (pathological nesting is flattened, not recursed into).
"""

from __future__ import annotations

import re

import lxml.etree
import lxml.html

_BLOCKS = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tr", "ul", "title",
}
_SKIP = {"script", "style", "head", "noscript", "template", "svg"}
_SPACES = re.compile(r"[ \t\r\n]+")
# Outlook's forward header block: web (divRplyFwdMsg) and desktop (a div with a top border;
# only a style with a "#" is copied without its spaces to be compared)
_OUTLOOK_HEADER = (
    "//div[starts-with(@id, 'divRplyFwdMsg') or @style[contains(., '#') and ("
    "contains(translate(., ' ', ''), 'border-top:solid#E1E1E1')"
    " or contains(translate(., ' ', ''), 'border-top:solid#B5C4DF'))]]"
)


def _divs_of_class(name: str, scope: str = "//") -> str:
    """XPath of the divs whose class list holds `name` (tested as a substring first: only
    those classes are split into words)."""
    return f"{scope}div[@class[contains(., '{name}') and contains(concat(' ', normalize-space(.), ' '), ' {name} ')]]"


# More quotes side by side than anyone forwards in one mail: pathological markup.
_MAX_SIDE_BY_SIDE = 50
# Where mail clients put the forwarded original in their HTML, most specific first;
# compiled once (an XPath given as a string is compiled again at each call).
_QUOTE_XPATHS = tuple(lxml.etree.XPath(xpath) for xpath in (
    _divs_of_class("gmail_quote"),
    _OUTLOOK_HEADER,
    "//blockquote[@type='cite']",
    _divs_of_class("moz-forward-container"),
    _divs_of_class("yahoo_quoted"),
    "//blockquote",
))
_OUTLOOK_QUOTE, _ANY_BLOCKQUOTE = _QUOTE_XPATHS[1], _QUOTE_XPATHS[-1]
_GMAIL_ATTR = lxml.etree.XPath(_divs_of_class("gmail_attr", ".//"))


def parse(html: str, max_chars: int):
    """The document tree, or None for markup lxml cannot read."""
    if not html or not html.strip():
        return None
    try:
        return lxml.html.document_fromstring(html[:max_chars])
    except (lxml.etree.ParserError, ValueError, lxml.etree.XMLSyntaxError):
        return None


def to_text(root, budget=None) -> str:
    """Readable text of a tree: block elements and <br> on their own lines, source line breaks
    collapsed as a browser would, links' targets kept beside their text when they differ (so
    that extract sees both). Scripts and styles must have been dropped (`html_text`)."""
    if root is None:
        return ""
    out: list[str] = []
    count = 0
    for event, el in lxml.etree.iterwalk(root, events=("start", "end")):
        count += 1
        if budget is not None and count % 2048 == 0:
            budget.check("unwrap html")
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in _BLOCKS:
                out.append("\n")
            if el.text and isinstance(el.tag, str):
                out.append(el.text if tag == "pre" else _SPACES.sub(" ", el.text))
            if tag == "img" and el.get("alt"):
                out.append(f" {el.get('alt')} ")
            continue
        if tag in _BLOCKS and tag != "br":
            out.append("\n")
        if tag == "a":
            href = (el.get("href") or "").strip()
            if href and not href.lower().startswith("mailto:") and href not in el.text_content():
                out.append(f" <{href}>")
        if el.tail and el is not root:
            out.append(_SPACES.sub(" ", el.tail))
    text = "".join(out).replace("\u00a0", " ")
    text = re.sub(r"[ \t]*\n[ \t]*", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def _strip_skipped(root) -> None:
    for el in list(root.iter(*_SKIP)):
        if el.getparent() is not None:
            el.drop_tree()


def html_text(html: str, max_chars: int, budget=None) -> str:
    root = parse(html, max_chars)
    if root is None:
        return ""
    _strip_skipped(root)
    return to_text(root, budget)


def quoted_originals(html: str, max_chars: int) -> list[str]:
    """The HTML of the forwarded original(s) in a reporter's HTML (without the forward
    header where the client marks it): the innermost container of nested forwards, or each
    of several containers side by side, in order (a client forwarding several messages in
    one mail quotes each apart). Empty when there is none."""
    root = parse(html, max_chars)
    if root is None:
        return []
    for xpath in _QUOTE_XPATHS:
        try:
            found = xpath(root)
        except lxml.etree.XPathError:
            continue
        if not found:
            continue
        if xpath is _OUTLOOK_QUOTE:
            # Outlook: the header is a block of its own; the original is what follows it
            header = found[-1]
            while next(header.itersiblings(), None) is None and header.getparent() is not None and header.getparent().tag != "body":
                header = header.getparent()  # the header block wrapped in a div of its own
            parts = [lxml.html.tostring(el, encoding="unicode") for el in header.itersiblings()]
            return ["".join(parts)] if parts else []
        if xpath is _ANY_BLOCKQUOTE:
            quotes = [found[0]]
        else:
            # the containers holding no other one: the innermost of nested forwards, or
            # each of several forwarded side by side
            holders = {ancestor for el in found for ancestor in el.iterancestors()}
            quotes = [el for el in found if el not in holders]
            if len(quotes) > _MAX_SIDE_BY_SIDE:
                quotes = quotes[-1:]  # markup, not a mail client's forward of a few messages
        for quote in quotes:
            for attr in _GMAIL_ATTR(quote):
                attr.drop_tree()
        return [lxml.html.tostring(quote, encoding="unicode") for quote in quotes]
    return []
