"""Push stage: the HTTP client behind `kg push`, bounded in time and size, careful with credentials.

Every request has a total deadline (a server that trickles one byte at a time is cut off), an
answer is read only up to a size kg expects, credentials never follow a redirect to another
origin, a redirect of a PUT or POST is refused rather than turned into a GET that drops the data,
and a password written into an endpoint URL is used for Basic auth and never printed.
"""
import base64
import re
import http.client
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

from ..errors import PushError

RETRY_STATUS = {408, 425, 429, 500, 502, 503, 504}
MAX_ANSWER = 1 << 20  # a SPARQL count or a server's reply to a PUT is small


def checked_url(url, what="endpoint"):
    """url when it is an http(s) URL with a host, else PushError at once (no retries on a typo).

    >>> checked_url("localhost:7878/store")
    Traceback (most recent call last):
    kg.errors.PushError: endpoint 'localhost:7878/store' is not an http:// or https:// URL; write it as http://localhost:7878/store
    """
    text = str(url)
    if any(c in _userinfo(text) for c in "#/?"):
        raise PushError(f"{what} {redact(text)!r} has a #, / or ? in its user name or password, which ends the "
                        "host part of a URL; write them percent-encoded (%23, %2F, %3F) or use --user/--password")
    parts = urllib.parse.urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise PushError(f"{what} {redact(url)!r} is not an http:// or https:// URL; "
                        f"write it as http://{redact(url).split('://')[-1]}")
    if parts.fragment or text.endswith("#"):
        raise PushError(f"{what} {redact(url)!r} ends in a #fragment, which is never sent to a server: kg would "
                        "lose the graph it names; give the endpoint without '#…'")
    return url


# query parameters that carry a secret: their values are never printed
_SECRETS = re.compile(r"(?i)([?&;](?:api[_-]?key|key|token|access[_-]?token|auth|password|passwd|pwd|secret|"
                      r"sig|signature|client[_-]?secret)=)[^&;#\s]*")


def _userinfo(text):
    """The user:password of a URL written as typed, up to its last @ (a password may hold #, / or ?)."""
    rest = text.split("://", 1)[1] if "://" in text else ""
    rest = re.split(r"\s", rest, maxsplit=1)[0]
    return rest.rpartition("@")[0] if "@" in rest else ""


def redact(text):
    """A URL, or any text holding URLs, with their secrets as ***: a password (user:***@), a user name alone (a
    token: ***@), and the values of secret query parameters (api_key=***); a password holding #, / or ? too.

    >>> redact("http://kg:s3cret@example.org:7878/store?graph=x")
    'http://kg:***@example.org:7878/store?graph=x'
    >>> redact("cannot reach http://admin:pa#s/s?@host/store and https://TOKEN@h/q?api_key=abc&graph=g")
    'cannot reach http://admin:***@host/store and https://***@h/q?api_key=***&graph=g'
    """
    def url(match):
        scheme, rest = match.group(1), match.group(2)
        if "@" in rest:
            userinfo, _, host = rest.rpartition("@")
            user, colon, _ = userinfo.partition(":")
            rest = (f"{user}:***@" if colon else "***@") + host
        return scheme + _SECRETS.sub(r"\1***", rest)

    return re.sub(r"(?i)\b([a-z][a-z0-9+.-]*://)(\S+)", url, str(text))


def split_credentials(url):
    """(url without user:password, (user, password) or None)."""
    parts = urllib.parse.urlsplit(str(url))
    if parts.username is None:
        return url, None
    bare = urllib.parse.urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))
    return bare, (urllib.parse.unquote(parts.username), urllib.parse.unquote(parts.password or ""))


def origin(url):
    parts = urllib.parse.urlsplit(url)
    return parts.scheme.lower(), (parts.hostname or "").lower(), parts.port or {"http": 80, "https": 443}.get(parts.scheme)


class Client:
    """urllib with auth, a total deadline per request, bounded answers and retries of transient failures."""

    def __init__(self, auth=None, retries=3, delay=1.0, timeout=60.0):
        self.auth = _auth_header(auth)
        self.retries, self.delay, self.timeout = max(1, retries), delay, timeout
        self._watch = None
        self._opener = urllib.request.build_opener(_Redirects(), _Handler(self))

    def send(self, method, url, body, content_type, accept=None, missing_ok=False, tries=None,
             max_bytes=MAX_ANSWER, lines=False):
        """The answer's bytes (or, with lines=True, how many non-comment lines it has); PushError on failure."""
        url, in_url = split_credentials(checked_url(url))
        headers = {"User-Agent": "kg-push", **({"Content-Type": content_type} if content_type else {}),
                   **({"Accept": accept} if accept else {})}
        auth = self.auth or _auth_header(in_url)
        tries = tries or self.retries
        shown = f"{method} {redact(url)}"
        for attempt in range(1, tries + 1):
            request = urllib.request.Request(url, data=body, method=method, headers=headers)
            if auth:
                request.add_unredirected_header("Authorization", auth)  # never sent on after a redirect
            self._watch = _Watch(self.timeout)
            try:
                with self._opener.open(request) as response:
                    return _count_lines(response, self._watch) if lines else _read(response, max_bytes, shown)
            except urllib.error.HTTPError as exc:
                detail = _detail(exc)
                if missing_ok and exc.code == 404:
                    return 0 if lines else b""
                reason = f"{shown} answered HTTP {exc.code} {exc.reason}" + (f": {detail}" if detail else "")
                if exc.code in (401, 403):
                    reason += " (check the user, password or token)"
                if exc.code not in RETRY_STATUS:
                    raise PushError(reason) from None
            except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
                if self._watch.expired:
                    raise PushError(f"{shown} did not finish within {self.timeout:g}s; the server is too slow "
                                    "or stalled (raise --timeout if it is just slow)") from None
                reason = f"cannot reach {redact(url)}: {redact(str(getattr(exc, 'reason', exc)))}"
            finally:
                self._watch.cancel()
            if attempt < tries:
                time.sleep(self.delay * 2 ** (attempt - 1))
        raise PushError(f"{reason} (tried {tries} times)")


def _auth_header(auth):
    if isinstance(auth, (tuple, list)):
        token = base64.b64encode(f"{auth[0]}:{auth[1]}".encode("utf-8")).decode("ascii")
        return f"Basic {token}"
    return f"Bearer {auth}" if auth else None


def _read(response, max_bytes, shown):
    data = response.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise PushError(f"{shown} answered more than {max_bytes:,} bytes where a short answer was expected")
    return data


def _count_lines(response, watch):
    """Triples in an N-Triples answer, read as a stream: memory stays flat however big the graph."""
    count, tail = 0, b""
    while True:
        block = response.read(1 << 16)
        if not block:
            break
        if watch.expired:
            raise OSError("deadline passed")
        lines = (tail + block).split(b"\n")
        tail = lines.pop()
        count += sum(1 for line in lines if line.strip() and not line.lstrip().startswith(b"#"))
    return count + (1 if tail.strip() and not tail.lstrip().startswith(b"#") else 0)


def _detail(exc):
    try:
        lines = exc.read(300).decode("utf-8", "replace").strip().splitlines()
    except (OSError, http.client.HTTPException):
        lines = []
    finally:
        exc.close()
    # a server's page of errors is one line here: the message kg prints is one line
    return redact(" ".join(" ".join(lines).split())[:300]) if lines else ""


class _Watch:
    """A total deadline for one request: when it passes, the request's sockets are shut down."""

    def __init__(self, seconds):
        self.expired, self.sockets, self.lock = False, [], threading.Lock()
        self.timer = threading.Timer(seconds, self._expire)
        self.timer.daemon = True
        self.timer.start()

    def attach(self, sock):
        with self.lock:
            self.sockets.append(sock)
            if self.expired:
                _shutdown(sock)

    def _expire(self):
        with self.lock:
            self.expired = True
            for sock in self.sockets:
                _shutdown(sock)

    def cancel(self):
        self.timer.cancel()


def _shutdown(sock):
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


def _watched(base, client):
    class Connection(base):
        def connect(self):
            super().connect()
            client._watch.attach(self.sock)

    return Connection


class _Handler(urllib.request.HTTPHandler, urllib.request.HTTPSHandler):
    """Opens http and https connections whose sockets the client's deadline can shut down."""

    def __init__(self, client):
        super().__init__()
        self.client = client
        self.plain = _watched(http.client.HTTPConnection, client)
        self.secure = _watched(http.client.HTTPSConnection, client)

    def http_open(self, req):
        req.timeout = self.client.timeout
        return self.do_open(self.plain, req)

    def https_open(self, req):
        req.timeout = self.client.timeout
        return self.do_open(self.secure, req, context=self._context)


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects of reads only; credentials stay with their origin (they are unredirected headers)."""

    max_redirections = 5

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if req.get_method() not in ("GET", "HEAD"):
            raise PushError(f"{req.get_method()} {redact(req.full_url)} was redirected to {redact(newurl)}; "
                            "kg does not resend data to another address: give that URL as the endpoint")
        if urllib.parse.urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise PushError(f"{redact(req.full_url)} was redirected to {redact(newurl)}; kg follows http(s) only")
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None and origin(newurl) == origin(req.full_url):
            for name, value in req.unredirected_hdrs.items():
                if name.lower() == "authorization":
                    new.add_unredirected_header(name, value)  # same origin: the same server may see them
        return new
