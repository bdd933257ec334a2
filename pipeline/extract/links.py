"""Finding links in text and HTML, de-obfuscated, with the text a reader sees next to them.

Text: scheme URLs (http, https, ftp), www. addresses and bare domains ("agencedpc-
validation.com", checked against the Public Suffix List), after `text.refang` (hxxp,
[.], [dot], spaced dots, entities, zero-width characters, quoted-printable soft breaks);
URLs wrapped over several lines are joined again; trailing punctuation is dropped; a link
printed by a mail client as "label <url>" keeps its label as displayed text.

HTML (parsed once with lxml): a/area href with their displayed text, form actions and
button formactions, src of images, frames, scripts, embeds; link href, object data,
background attributes, CSS url(), <meta http-equiv="refresh">, resolved against
<base href>.

Links rewritten by the recipient's mail security (Safe Links, URL Defense, Google's
redirect) are taken back to the sender's link (`real_target`). Each candidate becomes a
`RawLink(target, display_text, found_in)`; the package judges them into `Url` values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, unquote, urljoin, urlsplit

from lxml import etree
from lxml import html as lxml_html

from .domains import host_parts
from .text import COMMON_TLDS, INVISIBLE_CHARS, refang, windows

_URL_CHARS = r"[^\s<>\"'`{}|\\^\[\]«»“”‘’\x00-\x1f]"
_LINK = re.compile(
    r"(?P<url>(?:https?|ftp)://" + _URL_CHARS + r"{1,2048})"
    r"|(?P<www>(?<![\w@.-])www\d{0,3}\.[a-z0-9-]{1,63}\." + _URL_CHARS + r"{1,2048})"
    r"|(?P<bare>(?<![\w@.\-/:=%])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,8}[a-z]{2,24}(?![\w@-]|\.[a-z0-9])"
    r"(?:/" + _URL_CHARS + r"{0,2048})?)",
    re.IGNORECASE,
)
# <https://example.fr/a/very/long\n  /path> (RFC 3986 appendix C): the brackets allow the line breaks
_BRACKETED = re.compile(r"<(?:URL:)?\s{0,4}((?:https?|ftp)://[^<>\s]{1,2048}(?:\s{1,8}[^<>\s]{1,2048}){1,8})\s{0,4}>", re.IGNORECASE)
_CONTINUATION = re.compile(r"\r?\n(?:> ?){0,4}([\w\-./?=&%#~+:;@!$,*]{1,2048})(?=\s|$)")
_TRAILING = ".,;:!?'\"»)]}>*"
# generic suffixes accepted on a bare domain (any two-letter country suffix is accepted too)
_BARE_SUFFIXES = frozenset(COMMON_TLDS.split("|")) | frozenset(
    "gov edu int mil mobi name asia travel jobs tel cloud digital email network solutions agency center company "
    "world today news media life health care clinic doctor dental academy training education expert consulting "
    "buzz work fun page dev bar rest run win bid loan men date review download stream trade science party racing "
    "cyou bond quest beauty hair skin makeup lol pics mom sbs monster".split()
)
# suffixes that are more often file extensions than domains in a sentence
_FILE_SUFFIXES = frozenset({"zip", "mov", "py", "md", "sh", "pl", "rs", "ps", "js", "cs", "ai", "so", "id", "am", "pm", "do", "sr", "tv", "mp"})
_BLOCK = frozenset(
    "address article aside blockquote br dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table tbody td tfoot th thead tr ul option title".split()
)
_SRC_TAGS = frozenset({"img", "script", "iframe", "frame", "embed", "source", "audio", "video", "track", "input"})
_SKIP_SCHEMES = ("cid:", "mid:", "about:", "#")
_URL_NOISE = re.compile(f"[\t\r\n{INVISIBLE_CHARS}]")
_CSS_URL = re.compile(r"url\(\s{0,4}['\"]?([^'\")\s]{1,2048})", re.IGNORECASE)
MAX_HTML_LINKS = 2000
_ANCHOR = re.compile(r"[.:][\w/]")
_BREAKS = (" ", "\n", "\t", "\r", "<", ">", '"', "\u00a0")
_BREAK = re.compile(r'[\s<>"]')
_SCHEME = re.compile(r"([a-z][a-z0-9+.-]{0,20}):", re.IGNORECASE)
_HOST = re.compile(r"[\w.\-\[\]:]{1,253}")
_URL_PUNCTUATION = re.compile(r"[/=&?%]")
_REFRESH_URL = re.compile(r"url\s{0,3}=\s{0,3}['\"]?([^'\"\s>]{1,2048})", re.IGNORECASE)
MAX_HTML_CHARS = 2_000_000


@dataclass
class RawLink:
    target: str  # as written, de-obfuscated
    display_text: str | None
    found_in: str  # text | href | src | form | refresh | header


def _strip_trailing(url: str) -> str:
    while url and url[-1] in _TRAILING:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url


def _looks_cut(url: str, line: str) -> bool:
    return url[-1] in "/-=?&_.%#" or len(line) >= 60


def _join_wrapped(text: str, end: int, url: str, line_start: int) -> tuple[str, int]:
    """A URL reaching the end of a line that was wrapped by the sender's mail client
    continues at the start of the next line."""
    for _ in range(8):
        if end >= len(text) or text[end] not in "\r\n" or not _looks_cut(url, text[line_start:end]):
            break
        m = _CONTINUATION.match(text, end)
        if not m:
            break
        token = m.group(1)
        ended_on_separator = url[-1] in "/-=?&_.%#"
        if not (ended_on_separator and not token[0].isupper()) and not _URL_PUNCTUATION.search(token):
            break
        if token.lower().startswith(("http://", "https://", "www.")):
            break
        url += token
        line_start = m.start(1)
        end = m.end(1)
    return url, end


def _bare_ok(candidate: str) -> bool:
    host = candidate.split("/", 1)[0]
    suffix = host.rsplit(".", 1)[-1]
    if not (suffix.islower() or suffix.isupper()):
        return False  # "M.Dupont", "Dr.Martin"
    if len(suffix) > 2 and suffix.lower() not in _BARE_SUFFIXES:
        return False  # "table.menu" in a style sheet: rarer suffixes need a scheme or www.
    if suffix.lower() in _FILE_SUFFIXES and "/" not in candidate:
        return False  # "script.py", "README.md"
    if not any(c.isalpha() for c in host.rsplit(".", 1)[0]):
        return False  # version numbers, "1.2.fr"
    return host_parts(host).known_suffix


def _matches(text: str):
    """_LINK's matches, looked for only in the 'words' that hold a dot or a colon followed by a
    letter, digit or slash: prose is skipped at the speed of a character-class search."""
    n = len(text)
    done = 0
    for anchor in _ANCHOR.finditer(text):
        at = anchor.start()
        if at < done:
            continue
        low = max(0, at - 2100)
        start = max(max(text.rfind(c, low, at) for c in _BREAKS) + 1, low)
        following = _BREAK.search(text, at)
        done = following.start() if following else n
        yield from _LINK.finditer(text, start, done)


@dataclass
class TextLink:
    url: str  # as it would be followed
    raw: str  # the words as found
    display_text: str | None  # "label <url>": the label a mail client printed before the link
    start: int = 0
    end: int = 0


def _label_before(clean: str, at: int, previous: TextLink | None) -> tuple[str | None, bool]:
    """The label printed before "<url>" on the same line (how mail clients write an HTML link
    as text), and whether it is the previous link itself ("https://www.agencedpc.fr <https://evil>")."""
    line_start = clean.rfind("\n", max(0, at - 200), at) + 1 or max(0, at - 200)  # a label is short
    label = clean[line_start:at].rstrip()
    if previous is not None and previous.end > line_start and clean[previous.start : at].rstrip() == previous.raw:
        return previous.raw, True
    if label and len(label) <= 60 and any(c.isalpha() for c in label):
        return " ".join(label.split()), False
    return None, False


def find_in_text(text: str, budget=None) -> list[TextLink]:
    """Links written in a text, with the label a mail client printed before "<url>"."""
    if not text:
        return []
    found: list[TextLink] = []
    for window in windows(text):
        if budget is not None:
            budget.check("extract links")
        clean = refang(window)
        if "<" in clean:
            clean = _BRACKETED.sub(lambda m: "<" + "".join(m.group(1).split()) + ">", clean)
        consumed = 0  # end of the last link, continuation lines included
        in_window: list[TextLink] = []
        for m in _matches(clean):
            raw = m.group()
            if m.start() < consumed:
                continue
            if m.lastgroup == "bare":
                glued = raw.lower().find("www.")
                if 0 < glued < raw.find(".") + 1:
                    raw = raw[glued:]  # "surwww.oncf-voyages.ma": the word before www. lost its space
                if not _bare_ok(_strip_trailing(raw)):
                    continue
            # only the line's length matters (a wrapped line is long): look back a bounded way
            line_start = clean.rfind("\n", max(0, m.start() - 200), m.start()) + 1 or max(0, m.start() - 200)
            url, consumed = _join_wrapped(clean, m.end(), raw, line_start)
            url = _strip_trailing(url)
            if not url:
                continue
            display = None
            if m.start() > 0 and clean[m.start() - 1] == "<":
                previous = in_window[-1] if in_window else None
                display, previous_is_label = _label_before(clean, m.start() - 1, previous)
                if previous_is_label:
                    in_window.pop()  # the URL shown is the label of this link, not a link
            in_window.append(TextLink(url, raw, display, m.start(), consumed))
        found.extend(in_window)
    return found


def _meta_refresh_target(content: str) -> str | None:
    m = _REFRESH_URL.search(content)
    return m.group(1) if m else None


def _resolve(value: str | None, base: str | None) -> str | None:
    if not value:
        return None
    value = _URL_NOISE.sub("", value.strip())  # browsers drop tabs and line breaks inside a URL
    if not value or value.lower().startswith(_SKIP_SCHEMES):
        return None
    if _SCHEME.match(value) or value.startswith("//"):
        return "http:" + value if value.startswith("//") else value
    if value.lower().startswith("www."):
        return value
    if base:
        try:
            return urljoin(base, value)
        except ValueError:
            return None
    return None  # a relative link with no base leads nowhere we can name


def _display(element) -> str | None:
    text = " ".join(element.text_content().split())
    if not text:
        alts = [img.get("alt", "") for img in element.iter("img")]
        text = " ".join(" ".join(alts).split())
    return text[:300] or None


_XML_DECLARATION = re.compile(r"^\s{0,100}<\?xml[^>]{0,200}\?>", re.IGNORECASE)


@dataclass
class HtmlContent:
    links: list[RawLink]
    text: str  # the visible text, blocks on their own lines
    truncated: bool = False


def parse_html(markup: str, budget=None) -> HtmlContent:
    """One lxml parse of a document: its links (with displayed text) and its visible text."""
    truncated = len(markup) > MAX_HTML_CHARS
    markup = _XML_DECLARATION.sub("", markup[:MAX_HTML_CHARS])
    if not markup.strip():
        return HtmlContent([], "", truncated)
    try:
        doc = lxml_html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return HtmlContent([], "", truncated)
    links: list[RawLink] = []
    base = None

    def add(value, display, found_in):
        target = _resolve(value, base)
        if target:
            links.append(RawLink(target, display, found_in))

    for count, el in enumerate(doc.iter()):
        if count % 2000 == 0 and budget is not None:
            budget.check("extract html")
        tag = el.tag
        if not isinstance(tag, str):
            continue  # comments, processing instructions
        tag = tag.lower()
        if tag in ("a", "area"):
            add(el.get("href"), _display(el), "href")
        elif tag == "form":
            add(el.get("action"), None, "form")
        elif tag == "base" and base is None and el.get("href", "").lower().startswith(("http://", "https://")):
            base = el.get("href").strip()
        elif tag == "meta" and el.get("http-equiv", "").lower() == "refresh":
            add(_meta_refresh_target(el.get("content", "")), None, "refresh")
        elif tag == "link":
            add(el.get("href"), None, "src")
        elif tag == "object":
            add(el.get("data"), None, "src")
        if tag in _SRC_TAGS:
            src = el.get("src")
            if src and not src.strip().lower().startswith("data:image/"):  # inline pictures are not links
                add(src, None, "src")
        if tag in ("button", "input") and el.get("formaction"):
            add(el.get("formaction"), None, "form")
        if el.get("background"):
            add(el.get("background"), None, "src")
        style = el.text if tag == "style" else el.get("style")
        if style and "url(" in style.lower():  # background images in CSS: remote loads too
            for url in _CSS_URL.findall(style):
                if not url.lower().startswith("data:"):
                    add(url, None, "src")
        if len(links) >= MAX_HTML_LINKS:
            truncated = True
            break
        if tag in _BLOCK:
            el.tail = "\n" + (el.tail or "")
    etree.strip_elements(doc, "script", "style", "head", with_tail=True)
    try:
        text = doc.text_content()
    except ValueError:
        text = ""
    return HtmlContent(links, text, truncated)


def url_scheme(target: str) -> str:
    m = _SCHEME.match(target)
    return m.group(1).lower() if m else ""


def _query_value(query: str, *names: str) -> str | None:
    values = parse_qs(query)
    return next((values[n][0] for n in names if values.get(n)), None)


def real_target(target: str) -> str:
    """The link as the sender wrote it when the recipient's mail security rewrote it
    (Microsoft Safe Links, Proofpoint URL Defense v2/v3, Google's redirect): the wrapper
    says nothing about the sender, the wrapped link does."""
    for _ in range(3):  # wrappers can be nested
        try:
            parts = urlsplit(target)
        except ValueError:
            return target
        host, path = parts.netloc.lower(), parts.path
        inner = None
        if host.endswith(".safelinks.protection.outlook.com"):
            inner = _query_value(parts.query, "url")
        elif host == "urldefense.proofpoint.com" and path.startswith("/v2/url"):
            encoded = _query_value(parts.query, "u")
            inner = unquote(encoded.replace("-", "%").replace("_", "/")) if encoded else None
        elif host == "urldefense.com" and path.startswith("/v3/__"):
            inner = target.split("/v3/__", 1)[1].split("__;", 1)[0]
        elif host in ("www.google.com", "google.com") and path == "/url":
            inner = _query_value(parts.query, "q", "url")
        if not inner or not inner.lower().startswith(("http://", "https://")):
            return target
        target = inner
    return target


def split_target(target: str) -> tuple[str, str, bool] | None:
    """(normalised url, host, has userinfo) of an http(s)/ftp link, or None if it names no host."""
    if not url_scheme(target):
        target = "http://" + target
    if "=3D" in target:  # quoted-printable left in the link
        target = target.replace("=3D", "=")
    try:
        parts = urlsplit(target)
        netloc = parts.netloc
    except ValueError:
        return None
    userinfo, at, hostport = netloc.rpartition("@")
    host = hostport
    if host.startswith("["):
        host = host[: host.find("]") + 1]
    elif ":" in host:
        host = host.split(":", 1)[0]
    host = host.lower().rstrip(".")
    if not host or not _HOST.fullmatch(host):
        return None
    rest = target.split("://", 1)[1][len(netloc) :] if "://" in target else ""
    if not rest.startswith("/"):
        rest = "/" + rest  # https://a.fr and https://a.fr/ are the same page
    normalised = f"{parts.scheme.lower()}://{userinfo + at}{hostport.lower()}{rest}"
    return normalised, host, bool(at)
