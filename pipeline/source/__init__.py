"""Where reports come from: an IMAP mailbox, a Maildir or a plain folder of .eml files.

Every source behaves the same way (`Source`):
1. `pending(store)` lists the messages waiting, split into new ones and ones the store
   already has but that were never marked at the source (the process died between the
   commit and the move: they are only marked, never filed again);
2. `fetch(items)` yields their bytes, in batches (never more than limits.max_message_bytes
   of one message: a larger one comes back truncated, to be filed as failed);
3. `finish(outcomes)` — called only after the store committed them — moves each message to
   the processed or failed folder, flags it, or leaves it where it is, and says what it did.
"""

from __future__ import annotations

import abc
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..settings import Settings
from ..store import Delivery, SourceKey


class SourceError(RuntimeError):
    """The source cannot be used as configured (folder missing, bad path...): a clear one-line reason."""


class LoginRefused(SourceError):
    """The server refused the credentials: retrying will not help, the worker stops."""


class SourceUnavailable(RuntimeError):
    """The network or the server went away: the poll reconnects with backoff."""


@dataclass(frozen=True)
class Item:
    """A message waiting in the source."""

    key: SourceKey
    size: int  # bytes, as the source reports it
    locator: str = ""  # where the source finds it again (file path); empty for IMAP (the UID)
    sha256: str | None = None  # known up front for files


@dataclass
class Incoming:
    item: Item
    raw: bytes  # at most limits.max_message_bytes
    truncated: bool = False


@dataclass
class Pending:
    new: list[Item] = field(default_factory=list)
    unfinished: list[tuple[Item, Delivery]] = field(default_factory=list)


@dataclass(frozen=True)
class Outcome:
    item: Item
    delivery_id: int
    failed: bool


class Source(abc.ABC):
    kind: str
    mailbox: str  # the identity under which the store remembers this source's messages

    def __init__(self, settings: Settings):
        self.settings = settings
        self.max_bytes = settings.limits.max_message_bytes

    def __enter__(self):
        self.open()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def open(self) -> None:
        """Connect / check the folder; raises SourceError, LoginRefused or SourceUnavailable."""

    def close(self) -> None:
        """Disconnect; never raises."""

    @abc.abstractmethod
    def pending(self, store) -> Pending: ...

    @abc.abstractmethod
    def fetch(self, items: list[Item]) -> Iterator[Incoming]: ...

    @abc.abstractmethod
    def finish(self, outcomes: list[Outcome]) -> dict[int, str]:
        """Mark each outcome's message at the source; returns {delivery_id: action done}."""


def open_source(settings: Settings) -> Source:
    """The source the [mailbox] section describes (not yet connected)."""
    kind = settings.mailbox.kind
    if kind == "imap":
        from .imap import ImapSource

        return ImapSource(settings)
    from .files import DirectorySource, MaildirSource

    return (MaildirSource if kind == "maildir" else DirectorySource)(settings)


def batches(items: list[Item], max_count: int, max_bytes: int) -> Iterator[list[Item]]:
    """Consecutive groups of at most `max_count` items and about `max_bytes` (one large
    message still makes a batch of its own)."""
    batch, total = [], 0
    for item in items:
        if batch and (len(batch) >= max_count or total + item.size > max_bytes):
            yield batch
            batch, total = [], 0
        batch.append(item)
        total += item.size
    if batch:
        yield batch
