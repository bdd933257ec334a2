"""Local sources: a folder of .eml files (the embedded default, `make run`) and a Maildir.

The store remembers every file it filed by (path or Maildir unique name, SHA-256), so the
default `after = keep` leaves files exactly where they are, untouched (the repository's
sample reports stay as they are), and a file whose content changes is a new message.
`after = move` moves them into the processed / failed subfolders; a Maildir also accepts
`after = keyword`, which sets a Dovecot keyword flag (letter from the folder's
dovecot-keywords file) on the file name.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

from ..store import SourceKey
from . import Incoming, Item, Outcome, Pending, Source, SourceError

READ_CHUNK = 1 << 20


def read_capped(path: Path, max_bytes: int) -> tuple[bytes, bool]:
    """The first `max_bytes` of the file and whether there was more."""
    with path.open("rb") as f:
        data = f.read(max_bytes + 1)
    return data[:max_bytes], len(data) > max_bytes


class FileSource(Source):
    """What the directory and Maildir sources share: listing against the store, reading, moving."""

    def __init__(self, settings):
        super().__init__(settings)
        box = settings.mailbox
        self.root = settings.path(box.path).resolve()
        self.after = box.resolved_after
        self.mailbox = f"{self.kind}:{self.root}"

    def _files(self) -> Iterator[tuple[str, Path]]:
        """(file key, path) of every message waiting, in a stable order."""
        raise NotImplementedError

    def pending(self, store) -> Pending:
        known = store.known_file_keys(self.mailbox)
        found = Pending()
        for file_key, path in self._files():
            try:
                raw, _ = read_capped(path, self.max_bytes)
                size = path.stat().st_size
            except FileNotFoundError:
                continue  # taken away meanwhile
            sha256 = hashlib.sha256(raw).hexdigest()
            item = Item(SourceKey(self.kind, self.mailbox, file_key=file_key), size, str(path), sha256)
            delivery = known.get((file_key, sha256))
            if delivery is None:
                found.new.append(item)
            elif self.after != "keep":  # filed, but the process stopped before the move
                found.unfinished.append((item, delivery))
        return found

    def fetch(self, items: list[Item]) -> Iterator[Incoming]:
        for item in items:
            try:
                raw, truncated = read_capped(Path(item.locator), self.max_bytes)
            except FileNotFoundError:
                continue  # taken away between listing and reading: nothing to file
            yield Incoming(item, raw, truncated)

    def finish(self, outcomes: list[Outcome]) -> dict[int, str]:
        done = {}
        for outcome in outcomes:
            if self.after == "keep":
                done[outcome.delivery_id] = "kept"
            else:
                done[outcome.delivery_id] = self._finish_one(Path(outcome.item.locator), outcome.failed)
        return done

    def _finish_one(self, path: Path, failed: bool) -> str:
        raise NotImplementedError


def _free_name(target: Path) -> Path:
    """`target`, or `name-1.eml`, `name-2.eml`... when a file already has that name."""
    candidate, n = target, 0
    while candidate.exists():
        n += 1
        candidate = target.with_name(f"{target.stem}-{n}{target.suffix}")
    return candidate


class DirectorySource(FileSource):
    """A folder of .eml files, searched recursively (the processed/failed subfolders excepted)."""

    kind = "directory"

    def open(self) -> None:
        if not self.root.is_dir():
            raise SourceError(f"mailbox.path: the folder {self.root} does not exist")
        box = self.settings.mailbox
        self.processed = self.root / box.processed_folder
        self.failed = self.root / box.failed_folder

    def _files(self):
        for path in sorted(self.root.rglob("*.eml")):
            if path.is_file() and self.processed not in path.parents and self.failed not in path.parents:
                yield path.relative_to(self.root).as_posix(), path

    def _finish_one(self, path: Path, failed: bool) -> str:
        folder = self.failed if failed else self.processed
        target = _free_name(folder / path.relative_to(self.root))
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(path, target)
        return f"moved:{folder.name}"


class MaildirSource(FileSource):
    """A Maildir (new/ and cur/); processed and failed messages go to Maildir++ subfolders
    (`.Traites`, `.Echecs`) that any IMAP server serving this Maildir shows as folders."""

    kind = "maildir"

    def open(self) -> None:
        if not all((self.root / d).is_dir() for d in ("new", "cur", "tmp")):
            raise SourceError(f"mailbox.path: {self.root} is not a Maildir (new/, cur/ and tmp/ expected)")
        box = self.settings.mailbox
        self.processed = self.root / f".{box.processed_folder}"
        self.failed = self.root / f".{box.failed_folder}"
        self.keyword_letters = ""
        if self.after == "keyword":
            self.keyword_letters = _keyword_letter(self.root, box.keyword) + _keyword_letter(self.root, box.failed_keyword)

    def _files(self):
        entries = []
        for sub in ("new", "cur"):
            for entry in os.scandir(self.root / sub):
                if entry.is_file() and not entry.name.startswith("."):
                    unique, _, info = entry.name.partition(":")
                    flags = info[2:] if info.startswith("2,") else ""
                    if self.after == "keyword" and any(letter in flags for letter in self.keyword_letters):
                        continue  # already handled
                    entries.append((unique, Path(entry.path)))
        yield from sorted(entries)

    def _finish_one(self, path: Path, failed: bool) -> str:
        unique, _, info = path.name.partition(":")
        flags = info[2:] if info.startswith("2,") else ""
        if self.after == "keyword":
            letter = self.keyword_letters[1 if failed else 0]
            new_flags = "".join(sorted(set(flags + letter)))
            os.replace(path, self.root / "cur" / f"{unique}:2,{new_flags}")
            return f"keyword:{self.settings.mailbox.failed_keyword if failed else self.settings.mailbox.keyword}"
        folder = self.failed if failed else self.processed
        if not (folder / "cur").is_dir():
            self._create_folder(folder)
        os.replace(path, folder / "cur" / f"{unique}:2,{flags}")
        return f"moved:{folder.name[1:]}"


    def _create_folder(self, folder: Path) -> None:
        """A Maildir++ subfolder, owned like the Maildir itself so that the IMAP server
        serving it (running as the mailbox's owner) can use it when we run as root."""
        owner = self.root.stat()
        for path in (folder, folder / "new", folder / "cur", folder / "tmp", folder / "maildirfolder"):
            if path.name == "maildirfolder":
                path.touch()
            else:
                path.mkdir(mode=0o700, exist_ok=True)
            if os.geteuid() == 0:
                os.chown(path, owner.st_uid, owner.st_gid)


def _keyword_letter(root: Path, keyword: str) -> str:
    """The Maildir flag letter (a-z) of a keyword, in the format Dovecot reads
    (`dovecot-keywords`: lines "INDEX NAME"); the keyword is added when absent."""
    path = root / "dovecot-keywords"
    entries = {}
    if path.exists():
        for line in path.read_text("utf-8").splitlines():
            index, _, name = line.partition(" ")
            if index.isdigit():
                entries[name] = int(index)
    if keyword not in entries:
        free = next((i for i in range(26) if i not in entries.values()), None)
        if free is None:
            raise SourceError(f"{path}: no free keyword letter for {keyword!r} (26 in use)")
        entries[keyword] = free
        path.write_text("".join(f"{i} {name}\n" for name, i in sorted(entries.items(), key=lambda e: e[1])), "utf-8")
        if os.geteuid() == 0:  # Dovecot, running as the mailbox's owner, updates this file too
            owner = root.stat()
            os.chown(path, owner.st_uid, owner.st_gid)
    return chr(ord("a") + entries[keyword])
