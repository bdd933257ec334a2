"""Reports built by hand for the classifier's tests, with the real organisations file."""

from __future__ import annotations

from functools import lru_cache

from pipeline.extract.organisations import load_gazetteer
from pipeline.report import Attachment, Indicators, Original, Person, Phone, Report, Reporter, Url
from pipeline.settings import Settings

CONFIG_ORGANISATIONS = Settings.path("config/organisations.toml")
RULES_FILE = Settings.path("config/rules.toml")


@lru_cache(maxsize=1)
def gazetteer():
    return load_gazetteer(CONFIG_ORGANISATIONS)


def url(target: str, *flags: str, official: bool = False, display: str | None = None) -> Url:
    host = target.split("://", 1)[-1].split("/", 1)[0]
    return Url(url=target, host=host, registered_domain=".".join(host.split(".")[-2:]), display_text=display,
               official=official, flags=list(flags))


def report(text: str = "", *, subject: str = "", sender: str | None = None, name: str | None = None,
           reply_to: str | None = None, urls: tuple[Url, ...] = (), phones: tuple[str, ...] = (),
           verified: bool | None = None, style: str = "inline", headers: tuple[tuple[str, str], ...] = (),
           attachments: tuple[str, ...] = (), comment: str = "") -> Report:
    """One original in one report; its organisations are found by the real gazetteer, as extract does."""
    original = Original(
        forward_style=style, sender=Person(sender, name), reply_to=reply_to, subject=subject,
        sender_verified=verified, headers=list(headers), text=text,
        attachments=[Attachment(f, "application/octet-stream", 1000, "0" * 64) for f in attachments],
    )
    organisations = gazetteer().find(" ".join(filter(None, (name, subject, text))))
    return Report(
        source="test", message_id=None, reporter=Reporter("dr.martin@example.fr", "Dr Martin", comment),
        originals=[original],
        indicators=Indicators(urls=list(urls), phones=[Phone(p, p) for p in phones], organisations=organisations),
        verdict="legitimate", confidence=0.0, needs_review=True,
    )
