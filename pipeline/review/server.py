"""The HTTP server of the review app: werkzeug's threaded WSGI server, meant to sit behind a
TLS reverse proxy (see README.md in this folder). Used by `triage serve`, the screenshot
script and the end-to-end tests."""

from __future__ import annotations

import contextlib
import threading

from werkzeug.serving import BaseWSGIServer, make_server


def review_server(app, host: str, port: int) -> BaseWSGIServer:
    """A server bound to host:port (port 0: a free one, see `server_port`), one thread per request."""
    return make_server(host.strip("[]"), port, app, threaded=True)


@contextlib.contextmanager
def serving_in_thread(app, host: str = "127.0.0.1"):
    """Serve `app` on a free port of `host` in a background thread; yields its base URL."""
    server = review_server(app, host, 0)
    thread = threading.Thread(target=server.serve_forever, name="review-server", daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
