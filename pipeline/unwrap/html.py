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
# Where mail clients put the forwarded original in their HTML, most specific first.
_QUOTE_XPATHS = (
    "//div[contains(concat(' ', normalize-space(@class), ' '), ' gmail_quote ')]",
    "//blockquote[@type='cite']",
    "//div[@id='divRplyFwdMsg' or starts-with(@id, 'divRplyFwdMsg')]/..",
    "//div[contains(@style, 'border-top:solid #E1E1E1') or contains(@style, 'border-top: solid #E1E1E1') or contains(@style, 'border-top:solid #B5C4DF')]",
    "//div[contains(concat(' ', normalize-space(@class), ' '), ' moz-forward-container ')]",
    "//div[contains(concat(' ', normalize-space(@class), ' '), ' yahoo_quoted ')]",
    "//blockquote",
)


def parse(html: str, max_chars: int):
    """The document tree, or None for markup lxml cannot read."""
    if not html or not html.strip():
        return None
    try:
        return lxml.html.document_fromstring(html[:max_chars])
    except (lxml.etree.ParserError, ValueError, lxml.etree.XMLSyntaxError):
        return None


def to_text(root, budget=None) -> str:
    """Readable text of a tree: block elements on their own lines, links' targets kept beside
    their text when they differ (so that extract sees both), scripts and styles dropped."""
    if root is None:
        return ""
    out: list[str] = []
    count = 0
    for event, el in lxml.etree.iterwalk(root, events=("start", "end")):
        count += 1
        if budget is not None and count % 2048 == 0:
            budget.check("unwrap html")
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.lower()
        if event == "start":
            if tag in _SKIP:
                # skip its text, keep its tail
                out.append("")
                continue
            if tag in _BLOCKS:
                out.append("\n")
            if el.text and tag not in _SKIP:
                out.append(el.text)
            if tag == "img" and el.get("alt"):
                out.append(f" {el.get('alt')} ")
        else:
            if tag in _BLOCKS:
                out.append("\n")
            if tag == "a":
                href = (el.get("href") or "").strip()
                label = el.text_content().strip()
                if href and not href.startswith("mailto:") and href not in label:
                    out.append(f" <{href}>")
            if el.tail and el is not root:
                out.append(el.tail)
    text = "".join(out).replace("\u00a0", " ")
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def _strip_skipped(root) -> None:
    for el in root.iter(*_SKIP):
        el.drop_tree() if el.getparent() is not None else None


def html_text(html: str, max_chars: int, budget=None) -> str:
    root = parse(html, max_chars)
    if root is None:
        return ""
    _strip_skipped(root)
    return to_text(root, budget)


def quoted_original(html: str, max_chars: int) -> str | None:
    """The HTML of the innermost forwarded original in a reporter's HTML, or None."""
    root = parse(html, max_chars)
    if root is None:
        return None
    for xpath in _QUOTE_XPATHS:
        try:
            found = root.xpath(xpath)
        except lxml.etree.XPathError:
            continue
        if found:
            innermost = found[-1] if xpath != "//blockquote" else found[0]
            return lxml.html.tostring(innermost, encoding="unicode")
    return None
