"""`triage serve`: the staff review app; `triage user add|remove|list`: its accounts."""

from __future__ import annotations

import getpass
import logging
import signal
import sys

from ..settings import load_settings

log = logging.getLogger(__name__)


def register(sub) -> None:
    p = sub.add_parser("serve", help="run the staff review web app (default 127.0.0.1:8080, behind a TLS reverse proxy)")
    p.add_argument("--config", metavar="FILE", help="settings file (default: the embedded defaults)")
    p.add_argument("--listen", metavar="HOST:PORT", help="overrides [web] listen")
    p.set_defaults(handler=serve)

    user = sub.add_parser("user", help="manage the staff accounts of the review app ([web] users_file)")
    actions = user.add_subparsers(dest="user_command", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="create an account or change its password")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--config", metavar="FILE", help="settings file (default: the embedded defaults)")
    add.add_argument("--password-stdin", action="store_true", help="read the password from standard input (one line)")
    add.set_defaults(handler=user_add)
    remove = actions.add_parser("remove", help="delete an account (its sessions end at their next request)")
    remove.add_argument("name", metavar="NAME")
    remove.add_argument("--config", metavar="FILE")
    remove.set_defaults(handler=user_remove)
    listing = actions.add_parser("list", help="list the accounts")
    listing.add_argument("--config", metavar="FILE")
    listing.set_defaults(handler=user_list)


def _stop(signum, frame):
    """SIGTERM (systemd) stops the server as Ctrl-C does."""
    raise KeyboardInterrupt


def serve(args) -> int:
    from ..review import create_app
    from ..review.server import review_server

    settings = load_settings(args.config)
    host, _, port = (args.listen or settings.web.listen).rpartition(":")
    app = create_app(settings)
    server = review_server(app, host, int(port))
    signal.signal(signal.SIGTERM, _stop)
    mode = f"user header {settings.web.trusted_user_header}" if settings.web.trusted_user_header else "accounts file"
    log.info("review app listening on http://%s:%s (%s)", host, server.server_port, mode)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        log.info("review app stopped")
    return 0


def _users_file(args):
    settings = load_settings(args.config)
    return settings.path(settings.web.users_file)


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Mot de passe : ")
    if getpass.getpass("Confirmez le mot de passe : ") != first:
        raise ValueError("les deux mots de passe ne sont pas identiques")
    return first


def user_add(args) -> int:
    from ..review.auth import set_password

    path = _users_file(args)
    try:
        created = set_password(path, args.name, _read_password(args.password_stdin))
    except ValueError as exc:
        print(f"triage user add: {exc}", file=sys.stderr)
        return 2
    print(f"{'compte créé' if created else 'mot de passe changé'} : {args.name} ({path})")
    return 0


def user_remove(args) -> int:
    from ..review.auth import remove_user

    path = _users_file(args)
    if not remove_user(path, args.name):
        print(f"triage user remove: pas de compte {args.name!r} dans {path}", file=sys.stderr)
        return 1
    print(f"compte supprimé : {args.name}")
    return 0


def user_list(args) -> int:
    from ..review.auth import load_users

    for name in sorted(load_users(_users_file(args))):
        print(name)
    return 0
