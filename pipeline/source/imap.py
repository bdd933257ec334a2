"""The reporting mailbox over IMAP (imapclient).

- TLS always: implicit (993) or STARTTLS (143); the certificate is checked unless
  verify_certificate = false; ca_file trusts a self-hosted server's CA.
- Login with a password read from an environment variable or a file (never from the
  settings, never logged), or XOAUTH2 with an access token printed by a command
  (Microsoft 365, Google).
- Messages are listed by UID under the folder's UIDVALIDITY and fetched in batches with
  BODY.PEEK[] (nothing is marked read). The store remembers (mailbox, UIDVALIDITY, UID);
  after a UIDVALIDITY change every message looks new, and the store recognises the ones
  it has by content (SHA-256 + Message-ID) and files none twice.
- After the commit: UID MOVE to the processed / failed folder (COPY + \\Deleted + UID
  EXPUNGE where MOVE is missing; folders created when absent), or a keyword.
"""

from __future__ import annotations

import ast
import contextlib
import imaplib
import logging
import shlex
import socket
import ssl
import subprocess
from collections.abc import Iterator

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError

from ..settings import read_secret
from ..store import SourceKey
from . import Incoming, Item, Outcome, Pending, Source, SourceError, SourceUnavailable, LoginRefused

log = logging.getLogger("triage.source.imap")
# imapclient's debug log holds whole messages (and the protocol exchange): never wanted,
# even with `triage -v`
logging.getLogger("imapclient").setLevel(logging.WARNING)

# errors after which a new connection may succeed
NETWORK_ERRORS = (OSError, socket.timeout, ssl.SSLError, imaplib.IMAP4.abort, IMAPClientAbortError, EOFError)


def tls_context(ca_file: str, verify: bool) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=ca_file or None)
    if not verify:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def oauth2_token(command: str, timeout: int) -> str:
    """The access token printed by the configured command (its first line)."""
    try:
        done = subprocess.run(shlex.split(command), capture_output=True, text=True, timeout=timeout, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SourceError(f"mailbox.oauth2_token_command failed: {exc.__class__.__name__}: {exc}") from None
    token = done.stdout.strip().splitlines()[0] if done.stdout.strip() else ""
    if done.returncode != 0 or not token:
        raise SourceError(f"mailbox.oauth2_token_command exited with status {done.returncode} without printing a token")
    return token


class ImapSource(Source):
    kind = "imap"

    def __init__(self, settings):
        super().__init__(settings)
        self.box = settings.mailbox
        self.after = self.box.resolved_after
        # no port or TLS mode in it: switching from 993 to STARTTLS on 143 is the same mailbox
        self.mailbox = f"imap://{self.box.username}@{self.box.host}/{self.box.folder}"
        self.client: IMAPClient | None = None
        self.uidvalidity: int | None = None

    def _call(self, what: str, func, *args):
        """Run one IMAP command. Network trouble becomes SourceUnavailable (the poll
        reconnects); a refusal by the server becomes SourceError (one line, no retry)."""
        try:
            return func(*args)
        except LoginError:
            raise
        except ssl.SSLCertVerificationError as exc:  # retrying cannot help
            raise SourceError(
                f"{self.box.host}: the server's certificate is not trusted ({exc.verify_message}); "
                "set mailbox.ca_file to its CA, or fix the server's certificate"
            ) from None
        except NETWORK_ERRORS as exc:
            raise SourceUnavailable(f"{what}: {exc.__class__.__name__}: {exc}") from None
        except IMAPClientError as exc:  # a NO or BAD answer
            raise SourceError(f"{self.box.host}: {what}: {_text(exc)}") from None

    def open(self) -> None:
        box = self.box
        context = tls_context(self.settings.path(box.ca_file) if box.ca_file else "", box.verify_certificate)
        secret = self._secret()  # before connecting: a missing secret is a configuration error
        implicit = box.tls == "implicit"
        self.client = self._call(
            f"connect {box.host}:{box.port}", IMAPClient, box.host, box.port, True, implicit, False,
            context if implicit else None, box.timeout_seconds,
        )
        try:
            if not implicit:
                self._call("STARTTLS", self.client.starttls, context)
            if box.auth == "xoauth2":
                # imapclient's signature is (user, access_token): its own example swaps them
                self._call("login", self.client.oauth2_login, box.username, secret)
            else:
                self._call("login", self.client.login, box.username, secret)
        except LoginError as exc:
            self.close()
            raise LoginRefused(f"{box.host}: login refused for {box.username} ({_text(exc)})") from None
        except SourceError:
            self.close()
            raise
        try:
            self._select()
            if self.after == "move":
                for folder in (box.processed_folder, box.failed_folder):
                    if not self._call("LIST", self.client.folder_exists, folder):
                        self._call(f"cannot create folder {folder!r}", self.client.create_folder, folder)
                        log.info("event=folder_created folder=%s", folder)
        except SourceError:
            self.close()
            raise
        log.info("event=connected host=%s folder=%s uidvalidity=%s", box.host, box.folder, self.uidvalidity)

    def _secret(self) -> str:
        if self.box.auth == "xoauth2":
            return oauth2_token(self.box.oauth2_token_command, self.box.timeout_seconds)
        return read_secret(self.box.password_env, self.box.password_file, "mailbox.password_env")

    def _select(self) -> None:
        selected = self._call(f"cannot open folder {self.box.folder!r}", self.client.select_folder, self.box.folder)
        self.uidvalidity = int(selected[b"UIDVALIDITY"])

    def close(self) -> None:
        if self.client is not None:
            try:
                self.client.logout()
            except Exception:  # the connection may already be gone; nothing to save
                try:
                    self.client.shutdown()
                except Exception:
                    pass
            self.client = None

    def _search_criteria(self) -> list:
        if self.after == "keyword":
            return ["UNKEYWORD", self.box.keyword, "UNKEYWORD", self.box.failed_keyword]
        return ["ALL"]

    def pending(self, store) -> Pending:
        uids = self._call("SEARCH", self.client.search, self._search_criteria())
        sizes = self._call("FETCH sizes", self.client.fetch, uids, ["RFC822.SIZE"]) if uids else {}
        known = store.known_uids(self.mailbox, self.uidvalidity)
        found = Pending()
        for uid in sorted(uids):
            size = int(sizes.get(uid, {}).get(b"RFC822.SIZE", 0))
            item = Item(SourceKey(self.kind, self.mailbox, self.uidvalidity, uid), size)
            if uid in known:
                found.unfinished.append((item, known[uid]))
            else:
                found.new.append(item)
        return found

    def fetch(self, items: list[Item]) -> Iterator[Incoming]:
        whole = [i.key.uid for i in items if i.size <= self.max_bytes]
        partial = [i.key.uid for i in items if i.size > self.max_bytes]
        fetched: dict[int, tuple[bytes, bool]] = {}
        if whole:
            for uid, data in self._call("FETCH", self.client.fetch, whole, ["BODY.PEEK[]"]).items():
                fetched[uid] = (data.get(b"BODY[]") or b"", False)
        if partial:
            part = f"BODY.PEEK[]<0.{self.max_bytes}>"
            for uid, data in self._call("FETCH partial", self.client.fetch, partial, [part]).items():
                fetched[uid] = (data.get(b"BODY[]<0>") or b"", True)
        for item in items:
            if item.key.uid in fetched:  # a message expunged meanwhile is simply gone
                raw, truncated = fetched.pop(item.key.uid)
                yield Incoming(item, raw, truncated)

    def finish(self, outcomes: list[Outcome]) -> dict[int, str]:
        done = {}
        for failed in (False, True):
            group = [o for o in outcomes if o.failed is failed]
            if not group:
                continue
            uids = [o.item.key.uid for o in group]
            if self.after == "keyword":
                keyword = self.box.failed_keyword if failed else self.box.keyword
                self._call("STORE", self.client.add_flags, uids, [keyword.encode()])
                action = f"keyword:{keyword}"
            else:
                folder = self.box.failed_folder if failed else self.box.processed_folder
                self._move(uids, folder)
                action = f"moved:{folder}"
            done.update((o.delivery_id, action) for o in group)
        return done

    def _move(self, uids: list[int], folder: str) -> None:
        if self.client.has_capability("MOVE"):
            self._call("MOVE", self.client.move, uids, folder)
            return
        self._call("COPY", self.client.copy, uids, folder)
        self._call("STORE", self.client.add_flags, uids, [b"\\Deleted"])
        if self.client.has_capability("UIDPLUS"):
            self._call("UID EXPUNGE", self.client.uid_expunge, uids)
        else:  # without UIDPLUS only a plain EXPUNGE exists; it also removes others' \Deleted messages
            self._call("EXPUNGE", self.client.expunge)


def _text(exc: Exception) -> str:
    """The server's words (imapclient passes them on as bytes, or as the repr of bytes)."""
    text = exc.args[0] if exc.args else exc
    if isinstance(text, str) and text[:2] in ("b'", 'b"') and text[-1:] == text[1]:
        with contextlib.suppress(ValueError, SyntaxError):
            text = ast.literal_eval(text)
    return text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
