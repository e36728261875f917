"""Test helper: run the `oxigraph` server (PyPI package oxigraph) on a free loopback port."""
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request

import pytest

BINARY = shutil.which("oxigraph")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class OxigraphServer:
    """One `oxigraph serve` process; base, store (Graph Store), query and update URLs."""

    def __init__(self, location):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.store, self.query, self.update = (f"{self.base}/{p}" for p in ("store", "query", "update"))
        self.process = subprocess.Popen(
            [BINARY, "serve", "--location", str(location), "--bind", f"127.0.0.1:{self.port}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self._wait_ready()

    def _wait_ready(self, seconds=30):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"oxigraph serve exited: {self.process.stderr.read().decode()[:500]}")
            try:
                with urllib.request.urlopen(f"{self.query}?query=ASK%7B%7D", timeout=1):
                    return
            except (urllib.error.URLError, OSError):
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"oxigraph serve did not answer on {self.base} within {seconds}s")

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process.stderr.close()

    def kill(self):
        """Stop at once, as a crashed server would."""
        self.process.kill()
        self.process.wait()


def start_server(location):
    """A fresh server on location; skips the test when the oxigraph binary is missing."""
    if BINARY is None:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    return OxigraphServer(location)


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    server = start_server(tmp_path_factory.mktemp("oxigraph"))
    yield server
    server.stop()
