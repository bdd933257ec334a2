"""Helpers shared by the extract tests: the real gazetteer, a budget, hand-built originals."""

from __future__ import annotations

from functools import lru_cache

from pipeline.analyze import Budget
from pipeline.extract import extract
from pipeline.extract.organisations import load_gazetteer
from pipeline.report import Original, Person, Reporter, Unwrapped
from pipeline.settings import CONFIG_DIR, LimitsSettings


@lru_cache(maxsize=1)
def gazetteer():
    return load_gazetteer(CONFIG_DIR / "organisations.toml")


def budget(**limits) -> Budget:
    return Budget.start(LimitsSettings(**limits))


def original(text: str = "", html: str | None = None, *, subject: str | None = None, sender_name: str | None = None,
             sender: str | None = None, style: str = "attachment", headers=None) -> Original:
    return Original(forward_style=style, sender=Person(sender, sender_name), subject=subject, text=text, html=html,
                    headers=list(headers or []))


def run(*originals: Original, comment: str = "", **limits):
    unwrapped = Unwrapped(reporter=Reporter("dr.martin@orange.fr", "Dr Martin", comment), originals=list(originals))
    return extract(unwrapped, gazetteer(), budget(**limits)), unwrapped


def urls_by_host(indicators) -> dict:
    return {u.host: u for u in indicators.urls}
