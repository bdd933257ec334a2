"""Templates and texts staff may adapt (config/templates), and the digest rendered from them.

Jinja2 with autoescape on for the HTML templates; every value that comes from a message
goes through the `defang` filter as well, so that a subject of `<script>` stays text and a
link stays unclickable. The HTML loads nothing remote: inline styles only, no images.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

import jinja2

from ..settings import Settings, SettingsError, read_toml
from ..textutil import defang

VERDICT_LABELS = {"fraud": "Fraude", "spam": "Indésirable", "legitimate": "Légitime"}
STATUS_LABELS = {"new": "nouvelle", "growing": "en cours"}
_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre")


@dataclass(frozen=True)
class OfficialLink:
    label: str
    url: str


@dataclass(frozen=True)
class Texts:
    council_name: str
    signature: str
    advice_intro: str
    advice: tuple[str, ...]
    facts: tuple[str, ...]
    official_links: tuple[OfficialLink, ...]
    digest_subject: str
    digest_subject_empty: str
    reply_prefix: str


def load_texts(templates_dir: Path) -> Texts:
    path = Path(templates_dir) / "texts.toml"
    data = read_toml(path, named_by="digest.templates_dir")

    def get(section: str, key: str, kind=str):
        value = data.get(section, {}).get(key)
        if not isinstance(value, kind) or (kind is list and not all(isinstance(v, str) for v in value)):
            raise SettingsError(path, f"{section}.{key}", f"expected {'a list of texts' if kind is list else 'a text'}")
        return value

    links = []
    for i, item in enumerate(data.get("official_links", [])):
        if not (isinstance(item, dict) and isinstance(item.get("label"), str) and str(item.get("url", "")).startswith("https://")):
            raise SettingsError(path, f"official_links[{i}]", "needs a label and an https:// url")
        links.append(OfficialLink(item["label"], item["url"]))
    texts = Texts(
        council_name=get("council", "name"),
        signature=get("council", "signature"),
        advice_intro=get("advice", "intro"),
        advice=tuple(get("advice", "points", list)),
        facts=tuple(get("advice", "facts", list)),
        official_links=tuple(links),
        digest_subject=get("digest", "subject"),
        digest_subject_empty=get("digest", "subject_empty"),
        reply_prefix=get("acknowledgement", "subject_prefix"),
    )
    for key in ("subject", "subject_empty"):
        try:
            data["digest"][key].format(day="", total=0, fraud=0)
        except (KeyError, IndexError, ValueError) as exc:
            raise SettingsError(path, f"digest.{key}", f"bad placeholder {exc} (known: {{day}}, {{total}}, {{fraud}})") from None
    return texts


def french_date(value: date | datetime) -> str:
    return f"{_DAYS[value.weekday()]} {value.day} {_MONTHS[value.month - 1]} {value.year}"


def french_time(value: datetime) -> str:
    return f"{french_date(value)} à {value.strftime('%H:%M')}"


def _local(timezone_name: str):
    tz = ZoneInfo(timezone_name)

    def local(value: str | datetime | None) -> str:
        """A stored UTC time ('2026-11-22T07:05:00Z') as the council's local time, in French."""
        if not value:
            return ""
        moment = datetime.fromisoformat(value.replace("Z", "+00:00")) if isinstance(value, str) else value
        return french_time(moment.astimezone(tz))

    return local


@lru_cache(maxsize=8)
def environment(templates_dir: str, timezone_name: str = "Europe/Paris") -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2",), default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        defang=lambda v: defang(str(v)) if v is not None else "",
        verdict=lambda v: VERDICT_LABELS.get(v, v),
        status=lambda v: STATUS_LABELS.get(v, v),
        french_date=french_date,
        local=_local(timezone_name),
        percent=lambda v: f"{round(float(v) * 100)} %",
    )
    return env


TEMPLATE_NAMES = ("digest.html.j2", "digest.txt.j2", "acknowledgement_fraud.txt.j2", "acknowledgement_review.txt.j2")


def template(settings: Settings, name: str) -> jinja2.Template:
    templates_dir = settings.path(settings.digest.templates_dir)
    try:
        return environment(str(templates_dir), settings.schedule.timezone).get_template(name)
    except jinja2.TemplateNotFound as exc:
        raise SettingsError(templates_dir / name, None, f"template not found: {exc.name} (digest.templates_dir)") from None
    except jinja2.TemplateSyntaxError as exc:
        raise SettingsError(exc.filename or templates_dir / name, f"line {exc.lineno}", f"template error: {exc.message}") from None


def check_templates(settings: Settings) -> Texts:
    """Load the texts and compile every template once, at start-up: a mistake made while
    adapting them stops the program with the file and line, not the next morning's digest."""
    texts = load_texts(settings.path(settings.digest.templates_dir))
    for name in TEMPLATE_NAMES:
        template(settings, name)
    return texts


def render(settings: Settings, name: str, **context) -> str:
    try:
        return template(settings, name).render(**context)
    except jinja2.UndefinedError as exc:
        raise SettingsError(settings.path(settings.digest.templates_dir) / name, None, f"template error: {exc.message}") from None


@dataclass(frozen=True)
class RenderedDigest:
    subject: str
    text: str
    html: str


def render_digest(settings: Settings, digest) -> RenderedDigest:
    texts = load_texts(settings.path(settings.digest.templates_dir))
    day = french_date(digest.day)
    if digest.total:
        subject = texts.digest_subject.format(day=day, total=digest.total, fraud=digest.counts.get("fraud", 0))
    else:
        subject = texts.digest_subject_empty.format(day=day, total=0, fraud=0)
    context = {"digest": digest, "texts": texts, "subject": subject}
    return RenderedDigest(subject, render(settings, "digest.txt.j2", **context), render(settings, "digest.html.j2", **context))
