"""Test helper: small HTTP servers on 127.0.0.1 that misbehave on purpose (redirect, trickle, flood)."""
import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@contextmanager
def serve(respond):
    """Run a server whose every request is answered by respond(handler); yields (base URL, seen requests).

    seen holds (method, path, Authorization header) for each request.
    """
    seen = []

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"

        def handle_one(self):
            seen.append((self.command, self.path, self.headers.get("Authorization")))
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            try:
                respond(self)
            except (BrokenPipeError, ConnectionResetError, OSError):
                pass  # the client hung up, as it should on a stalled or flooding server

        do_GET = do_POST = do_PUT = do_DELETE = handle_one  # noqa: N815 (http.server names)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}", seen
    finally:
        server.shutdown()
        server.server_close()


def answer(handler, status=200, body=b"", headers=()):
    handler.send_response(status)
    for name, value in headers:
        handler.send_header(name, value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)
