"""Test helpers for the viz stage: small kg graphs, and headless Chromium driven over the DevTools pipe.

The DevTools client speaks CDP over --remote-debugging-pipe (fd 3 in, fd 4 out, NUL-framed
JSON), so driving a real browser needs no pip package.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from decimal import Decimal

from rdflib import RDF, RDFS, Graph, Literal
from rdflib.namespace import DCTERMS, SKOS, XSD

from kg.vocab import CURRENCY, ID, KG, bind_prefixes

_WIRE = ("import os, sys; a, b = os.dup(int(sys.argv[1])), os.dup(int(sys.argv[2])); "
         "os.dup2(a, 3); os.dup2(b, 4); os.set_inheritable(3, True); os.set_inheritable(4, True); "
         "[os.close(int(f)) for f in sys.argv[1:3] if int(f) > 4]; "
         "os.execv(sys.argv[3], sys.argv[3:])")
XSS_IMG = "<img src=x onerror=alert(1)>"
XSS_SCRIPT = "<script>alert(1)</script>"
XSS_BREAKOUT = "</script><script>window.__pwned=1</script>"


def _dec(text):
    return Literal(Decimal(text), datatype=XSD.decimal)


def sample_graph():
    """A small report graph in the shape of docs/graph-shape.md, with hostile text in its evidence."""
    g = bind_prefixes(Graph())
    report, t = ID["report/shanxi-2024"], ID["unit/t"]
    g.add((report, RDF.type, KG.Report))
    g.add((report, DCTERMS.title, Literal("山西省政府工作报告（2024）", lang="zh")))
    regions = {"140000": ("山西省", KG.Province, None), "140100": ("太原市", KG.City, "140000"),
               "140106": ("迎泽区", KG.County, "140100"), "141100": ("吕梁市", KG.City, "140000"),
               "141122": ("交城县", KG.County, "141100")}
    for code, (name, cls, parent) in regions.items():
        r = ID["region/" + code]
        g.add((r, RDF.type, cls))
        g.add((r, RDFS.label, Literal(name, lang="zh")))
        g.add((r, KG.divisionCode, Literal(code)))
        g.add((r, KG.mentionedIn, report))
        if parent:
            g.add((r, KG.partOf, ID["region/" + parent]))
    g.add((ID["region/140100"], SKOS.altLabel, Literal("太原", lang="zh")))
    g.add((CURRENCY.CNY, RDFS.label, Literal("元", lang="zh")))
    g.add((t, RDF.type, KG.Unit))
    g.add((t, RDFS.label, Literal("吨", lang="zh")))
    coal, gdp = ID["industry/coal"], ID["indicator/gdp"]
    g.add((coal, RDF.type, KG.Industry))
    g.add((coal, RDFS.label, Literal("煤炭产业", lang="zh")))
    g.add((gdp, RDF.type, KG.Indicator))
    g.add((gdp, RDFS.label, Literal("地区生产总值", lang="zh")))
    output = ID["indicator/coal-output"]
    g.add((output, RDF.type, KG.Indicator))
    g.add((output, RDFS.label, Literal("煤炭产量", lang="zh")))
    evidence = [("500-540", "初步核算，全省地区生产总值达到 2.57万亿\n\n元，增长 5%。"),
                ("600-640", "煤炭产量13.78亿吨，增产5743万吨。" + XSS_IMG),
                ("700-760", "推进链长制" + XSS_SCRIPT + XSS_BREAKOUT)]
    for span, text in evidence:
        ev = ID["evidence/shanxi-2024/" + span]
        g.add((ev, RDF.type, KG.Evidence))
        g.add((ev, KG.text, Literal(text)))
        g.add((ev, KG.startOffset, Literal(int(span.split("-")[0]))))
        g.add((ev, KG.endOffset, Literal(int(span.split("-")[1]))))
        g.add((ev, KG.inReport, report))
    obs = ID["obs/shanxi-2024/512-0"]
    for p, o in ((RDF.type, KG.Observation), (KG.indicator, gdp), (KG.value, _dec("2570000000000.0")),
                 (KG.unit, CURRENCY.CNY), (KG.refArea, ID["region/140000"]), (KG.changePercent, _dec("5.0")),
                 (KG.refPeriod, Literal("2023", datatype=XSD.gYear)), (KG.bound, KG.moreThan),
                 (KG.evidence, ID["evidence/shanxi-2024/500-540"])):
        g.add((obs, p, o))
    obs2 = ID["obs/shanxi-2024/610-0"]
    for p, o in ((RDF.type, KG.Observation), (KG.indicator, output), (KG.value, _dec("1378000000")),
                 (KG.unit, t), (KG.changeValue, _dec("57430000")), (KG.refArea, ID["region/140000"]),
                 (KG.industry, coal), (KG.rank, Literal(1)), (KG.rankScope, KG.scopeNation),
                 (KG.evidence, ID["evidence/shanxi-2024/600-640"])):
        g.add((obs2, p, o))
    program = ID["program/chain"]
    g.add((program, RDF.type, KG.Program))
    g.add((program, RDFS.label, Literal("链长制" + XSS_IMG, lang="zh")))
    g.add((program, KG.concerns, coal))
    g.add((program, KG.concerns, ID["region/140100"]))
    g.add((program, KG.mentionedIn, report))
    g.add((program, KG.mention, ID["evidence/shanxi-2024/700-760"]))
    return g


def synthetic_graph(nodes, seed=1):
    """A report-shaped graph of about `nodes` drawn nodes: cities, counties, industries, programs, figures."""
    import random
    rng = random.Random(seed)
    g = Graph()
    report = ID["report/synthetic"]
    g.add((report, RDF.type, KG.Report))
    g.add((report, DCTERMS.title, Literal(f"合成报告（{nodes} 个节点）", lang="zh")))
    g.add((CURRENCY.CNY, RDFS.label, Literal("元", lang="zh")))
    n_city, n_ind, n_indic = max(2, nodes // 40), max(2, nodes // 50), max(2, nodes // 50)
    n_prog = max(2, nodes // 20)
    n_county = max(2, nodes // 5)
    n_obs = max(1, nodes - 1 - n_city - n_ind - n_indic - n_prog - n_county)
    prov = ID["region/100000"]
    g.add((prov, RDF.type, KG.Province))
    g.add((prov, RDFS.label, Literal("合成省", lang="zh")))

    def add(kind, cls, i, name):
        node = ID[f"{kind}/{i}"]
        g.add((node, RDF.type, cls))
        g.add((node, RDFS.label, Literal(name, lang="zh")))
        return node
    cities = [add("city", KG.City, i, f"第{i}市") for i in range(n_city)]
    for c in cities:
        g.add((c, KG.partOf, prov))
    counties = [add("county", KG.County, i, f"第{i}县") for i in range(n_county)]
    for c in counties:
        g.add((c, KG.partOf, rng.choice(cities)))
    industries = [add("industry", KG.Industry, i, f"产业{i}") for i in range(n_ind)]
    indicators = [add("indicator", KG.Indicator, i, f"指标{i}") for i in range(n_indic)]
    for i in range(n_prog):
        p = add("program", KG.Program, i, f"项目{i}")
        g.add((p, KG.concerns, rng.choice(industries)))
        g.add((p, KG.concerns, rng.choice(cities + counties)))
    for i in range(n_obs):
        o = ID[f"obs/{i}"]
        ev = ID[f"evidence/{i}"]
        g.add((o, RDF.type, KG.Observation))
        g.add((o, KG.indicator, rng.choice(indicators)))
        g.add((o, KG.refArea, rng.choice(cities + counties)))
        g.add((o, KG.value, _dec(str(rng.randint(1, 10 ** 12)))))
        g.add((o, KG.unit, CURRENCY.CNY))
        g.add((o, KG.changePercent, _dec(str(rng.randint(-50, 150) / 10))))
        g.add((o, KG.evidence, ev))
        g.add((ev, RDF.type, KG.Evidence))
        g.add((ev, KG.text, Literal(f"第{i}句：某地某指标达到若干亿元，增长若干。")))
    return g


def find_chromium():
    """Path of a Chromium binary, or None."""
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


class CdpError(RuntimeError):
    """A DevTools command that failed or timed out."""


class Browser:
    """Headless Chromium with no network, driven over the DevTools pipe; one page at a time."""

    def __init__(self, binary=None):
        self.binary = binary or find_chromium()
        self.profile = tempfile.mkdtemp(prefix="kg-chromium-")
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()

        args = [self.binary, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions",
                "--disable-default-apps", "--mute-audio", "--remote-debugging-pipe",
                "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
                "--window-size=1280,800", f"--user-data-dir={self.profile}", "about:blank"]
        # Chromium reads commands on fd 3 and writes replies on fd 4; a tiny Python step puts
        # the pipe ends there and execs it (no preexec_fn, which is unsafe with threads).
        self.proc = subprocess.Popen([sys.executable, "-c", _WIRE, str(to_chrome_r), str(from_chrome_w)] + args,
                                     pass_fds=(to_chrome_r, from_chrome_w), stdin=subprocess.DEVNULL,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._buffer = b""
        self._next_id = 0
        self.events = []
        self.session = None

    def close(self):
        for fd in (self._to_chrome, self._from_chrome):
            try:
                os.close(fd)
            except OSError:
                pass
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        shutil.rmtree(self.profile, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _read_message(self, deadline):
        import select
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise CdpError("timed out waiting for Chromium")
            ready, _, _ = select.select([self._from_chrome], [], [], left)
            if ready:
                chunk = os.read(self._from_chrome, 1 << 20)
                if not chunk:
                    raise CdpError("Chromium closed the DevTools pipe")
                self._buffer += chunk
        raw, _, self._buffer = self._buffer.partition(b"\0")
        return json.loads(raw)

    def send(self, method, params=None, session=True, timeout=30):
        """Run one DevTools command and return its result; events that arrive meanwhile are kept."""
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self._to_chrome, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read_message(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise CdpError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            if "method" in reply:
                self.events.append(reply)

    def pump(self, seconds):
        """Collect events for a while."""
        deadline = time.monotonic() + seconds
        try:
            while True:
                self.events.append(self._read_message(deadline))
        except CdpError:
            pass

    def open(self, url):
        """Open a fresh page at `url` with the network switched off; return once it has loaded."""
        target = self.send("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True},
                                 session=False)["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.send(domain + ".enable")
        self.send("Network.emulateNetworkConditions", {"offline": True, "latency": 0,
                                                       "downloadThroughput": 0, "uploadThroughput": 0})
        self.events.clear()
        self.send("Page.navigate", {"url": url})
        deadline = time.monotonic() + 30
        while not any(e.get("method") == "Page.loadEventFired" for e in self.events):
            self.events.append(self._read_message(deadline))

    def evaluate(self, expression, timeout=30):
        """The value of a JavaScript expression in the page (promises awaited)."""
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                "awaitPromise": True}, timeout=timeout)
        if "exceptionDetails" in result:
            raise CdpError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression, timeout=60):
        """Poll until an expression is truthy; return the seconds it took."""
        start = time.monotonic()
        while time.monotonic() - start < timeout:
            if self.evaluate(expression):
                return time.monotonic() - start
            self.pump(0.05)
        raise CdpError(f"timed out after {timeout}s waiting for {expression}")

    def errors(self):
        """Console errors, uncaught exceptions and log errors (CSP violations among them) seen so far."""
        found = []
        for e in self.events:
            method, params = e.get("method"), e.get("params", {})
            if method == "Runtime.exceptionThrown":
                found.append(params["exceptionDetails"].get("text", "exception"))
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                found.append(json.dumps(params.get("args"), ensure_ascii=False))
            elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                found.append(params["entry"].get("text", ""))
        return found

    def requests(self):
        """URLs the page asked for."""
        return [e["params"]["request"]["url"] for e in self.events
                if e.get("method") == "Network.requestWillBeSent"]

    def dialogs(self):
        """Messages of alert/confirm/prompt dialogs the page opened."""
        return [e["params"].get("message") for e in self.events
                if e.get("method") == "Page.javascriptDialogOpening"]
