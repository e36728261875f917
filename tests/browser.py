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


def _add_all(g, node, pairs):
    for p, o in pairs:
        g.add((node, p, o))


def _evidence(g, key, span, text, section):
    ev = ID[f"evidence/{key}/{span}"]
    start, end = (int(x) for x in span.split("-"))
    _add_all(g, ev, ((RDF.type, KG.Evidence), (KG.text, Literal(text)), (KG.startOffset, Literal(start)),
                     (KG.endOffset, Literal(end)), (KG.inReport, ID["report/" + key]),
                     (KG.inSection, ID[f"section/{key}/{section}"])))
    return ev


def _report(g, key, title, region, year, sections):
    report = ID["report/" + key]
    _add_all(g, report, ((RDF.type, KG.Report), (DCTERMS.title, Literal(title, lang="zh")),
                         (RDFS.label, Literal(title, lang="zh")), (KG.refArea, ID["region/" + region]),
                         (KG.refPeriod, Literal(str(year), datatype=XSD.gYear))))
    for index, heading in enumerate(sections):
        section = ID[f"section/{key}/{index}"]
        _add_all(g, section, ((RDF.type, KG.Section), (RDFS.label, Literal(heading, lang="zh")),
                              (KG.inReport, report), (KG.startOffset, Literal(index * 1000)),
                              (KG.endOffset, Literal(index * 1000 + 999))))
    return report


def _entity(g, node, cls, label, report, evidence, english=None):
    _add_all(g, node, ((RDF.type, cls), (RDFS.label, Literal(label, lang="zh")), (KG.mentionedIn, report)))
    if english:
        g.add((node, RDFS.label, Literal(english, lang="en")))
    for ev in evidence:
        g.add((node, KG.mention, ev))
    return node


def _observation(g, node, indicator, evidence, figures):
    _add_all(g, node, ((RDF.type, KG.Observation), (KG.indicator, indicator), (KG.evidence, evidence)))
    _add_all(g, node, figures)
    return node


def sample_graph():
    """A small report graph in the shape of docs/graph-shape.md, with hostile text in its evidence:
    a report on 山西省 (2023) in three sections, regions (吕梁市 only implied), an industry, two indicators,
    a program that names its industry and shares a sentence with 太原, and the industry scheme's nodes."""
    g = bind_prefixes(Graph())
    key, t = "shanxi-2024", ID["unit/t"]
    report = _report(g, key, "山西省政府工作报告（2024）", "140000", 2023,
                     ["（开篇）", "一、2023年工作回顾，经济发展稳中向好", "二、2024年重点工作"])
    ev_gdp = _evidence(g, key, "500-540", "初步核算，全省地区生产总值达到 2.57万亿\n\n元，增长 5%。", 1)
    ev_coal = _evidence(g, key, "600-640", "煤炭产量13.78亿吨，增产5743万吨。" + XSS_IMG, 1)
    ev_chain = _evidence(g, key, "2100-2160", "在太原推进煤炭产业链长制" + XSS_SCRIPT + XSS_BREAKOUT, 2)
    ev_open = _evidence(g, key, "10-60", "山西省人民政府在太原市、迎泽区、交城县召开会议。", 0)
    regions = {"140000": ("山西省", KG.Province, None, "Shanxi"), "140100": ("太原市", KG.City, "140000", "Taiyuan"),
               "140106": ("迎泽区", KG.County, "140100", "Yingze"), "141100": ("吕梁市", KG.Region, "140000", "Lvliang"),
               "141122": ("交城县", KG.County, "141100", "Jiaocheng")}
    for code, (name, cls, parent, pinyin) in regions.items():
        r = ID["region/" + code]
        _add_all(g, r, ((RDF.type, cls), (RDFS.label, Literal(name, lang="zh")), (KG.divisionCode, Literal(code)),
                        (RDFS.label, Literal(pinyin, lang="zh-Latn-pinyin"))))
        if cls != KG.Region:  # 吕梁市 is only implied, as the parent of 交城县
            _add_all(g, r, ((KG.mentionedIn, report), (KG.mention, ev_open)))
        if parent:
            g.add((r, KG.partOf, ID["region/" + parent]))
    g.add((ID["region/140100"], KG.mention, ev_chain))
    g.add((ID["region/140100"], SKOS.altLabel, Literal("太原", lang="zh")))
    g.add((CURRENCY.CNY, RDFS.label, Literal("元", lang="zh")))
    g.add((CURRENCY.CNY, RDFS.label, Literal("yuan", lang="en")))
    _add_all(g, t, ((RDF.type, KG.Unit), (RDFS.label, Literal("吨", lang="zh")), (RDFS.label, Literal("tonne", lang="en"))))
    scheme, coal, energy = ID["scheme/industries"], ID["industry/coal"], ID["industry/energy"]
    g.add((scheme, RDF.type, SKOS.ConceptScheme))
    _add_all(g, energy, ((RDF.type, SKOS.Concept), (SKOS.prefLabel, Literal("能源", lang="zh")),
                         (SKOS.inScheme, scheme)))
    _entity(g, coal, KG.Industry, "煤炭产业", report, [ev_coal, ev_chain], english="coal industry")
    _add_all(g, coal, ((RDF.type, SKOS.Concept), (SKOS.broader, energy), (SKOS.inScheme, scheme)))
    gdp, output = ID["indicator/gdp"], ID["indicator/coal-output"]
    _add_all(g, gdp, ((RDF.type, KG.Indicator), (RDFS.label, Literal("地区生产总值", lang="zh"))))
    _add_all(g, output, ((RDF.type, KG.Indicator), (RDFS.label, Literal("煤炭产量", lang="zh"))))
    _observation(g, ID[f"obs/{key}/512-0"], gdp, ev_gdp, (
        (KG.value, _dec("2570000000000.0")), (KG.unit, CURRENCY.CNY), (KG.refArea, ID["region/140000"]),
        (KG.changePercent, _dec("5.0")), (KG.refPeriod, Literal("2023", datatype=XSD.gYear)), (KG.bound, KG.moreThan)))
    _observation(g, ID[f"obs/{key}/610-0"], output, ev_coal, (
        (KG.value, _dec("1378000000")), (KG.unit, t), (KG.changeValue, _dec("57430000")),
        (KG.refArea, ID["region/140000"]), (KG.industry, coal), (KG.rank, Literal(1)),
        (KG.rankScope, KG.scopeNation)))
    program = _entity(g, ID["program/chain"], KG.Program, "煤炭产业链长制" + XSS_IMG, report, [ev_chain])
    g.add((program, KG.concerns, coal))  # its name says so
    g.add((program, KG.concerns, ID["region/140100"]))  # only a shared sentence says so
    return g


def national_graph():
    """Three national reports (2021–2023 reviewed) that share a growth indicator (actuals and targets)
    and a program; every section names something."""
    g = bind_prefixes(Graph())
    country = ID["region/100000"]
    _add_all(g, country, ((RDF.type, KG.Country), (RDFS.label, Literal("中国", lang="zh")),
                          (RDFS.label, Literal("China", lang="en"))))
    growth, jobs = ID["indicator/gdp-growth"], ID["indicator/jobs"]
    _add_all(g, growth, ((RDF.type, KG.Indicator), (RDFS.label, Literal("国内生产总值增长", lang="zh"))))
    _add_all(g, jobs, ((RDF.type, KG.Indicator), (RDFS.label, Literal("城镇新增就业", lang="zh"))))
    actual = {2021: "8.1", 2022: "3.0", 2023: "5.2"}
    for year in (2021, 2022, 2023):
        key = f"national-{year + 1}"
        report = _report(g, key, "政府工作报告", "100000", year,
                         [f"一、{year}年工作回顾", f"二、{year + 1}年经济社会发展总体要求", "三、政府工作任务"])
        g.add((country, KG.mentionedIn, report))
        ev_review = _evidence(g, key, "100-160", f"国内生产总值增长{actual[year]}%，城镇新增就业1200万人。", 0)
        ev_target = _evidence(g, key, "1100-1160", f"{year + 1}年发展主要预期目标是：国内生产总值增长5%左右。", 1)
        ev_task = _evidence(g, key, "2100-2160", "全面推进乡村振兴，深入实施区域协调发展战略。", 2)
        g.add((country, KG.mention, ev_review))
        _observation(g, ID[f"obs/{key}/100-0"], growth, ev_review, (
            (KG.changePercent, _dec(actual[year])), (KG.refArea, country),
            (KG.refPeriod, Literal(str(year), datatype=XSD.gYear))))
        _observation(g, ID[f"obs/{key}/100-1"], jobs, ev_review, (
            (KG.value, _dec("12000000")), (KG.refArea, country), (KG.refPeriod, Literal(str(year), datatype=XSD.gYear))))
        target = _observation(g, ID[f"obs/{key}/1100-0"], growth, ev_target, (
            (KG.changePercent, _dec("5")), (KG.bound, KG.approx), (KG.refArea, country),
            (KG.refPeriod, Literal(str(year + 1), datatype=XSD.gYear))))
        g.add((target, RDF.type, KG.TargetObservation))
        for name, ev in (("乡村振兴", ev_task), ("区域协调发展战略", ev_task), (f"{year}年重点项目", ev_target)):
            _entity(g, ID["program/" + name.encode().hex()[:12]], KG.Program, name, report, [ev])
    return g


def synthetic_graph(nodes, seed=1):
    """A report-shaped graph of about `nodes` drawn nodes: sections naming cities, counties, industries,
    programs and indicators (with figures)."""
    import random
    rng = random.Random(seed)
    g = Graph()
    key = "synthetic"
    n_sections = max(2, min(20, nodes // 25))
    report = _report(g, key, f"合成报告（{nodes} 个节点）", "100000", 2023,
                     [f"第{i}节" for i in range(n_sections)])
    g.add((CURRENCY.CNY, RDFS.label, Literal("元", lang="zh")))
    prov = ID["region/100000"]
    _add_all(g, prov, ((RDF.type, KG.Province), (RDFS.label, Literal("合成省", lang="zh"))))
    sentences = [_evidence(g, key, f"{i * 100}-{i * 100 + 60}", f"第{i}句：某地某指标达到若干亿元，增长若干。",
                           rng.randrange(n_sections)) for i in range(max(10, nodes // 2))]
    n_city, n_ind, n_indic = max(2, nodes // 40), max(2, nodes // 50), max(2, nodes // 10)
    n_prog = max(2, nodes // 5)
    n_county = max(2, nodes - 1 - n_city - n_ind - n_indic - n_prog - n_sections)

    def add(kind, cls, count, name):
        made = []
        for i in range(count):
            node = _entity(g, ID[f"{kind}/{i}"], cls, name.format(i), report,
                           rng.sample(sentences, 1 + (rng.random() < 0.3) + (rng.random() < 0.1)))
            made.append(node)
        return made
    cities = add("city", KG.City, n_city, "第{}市")
    for c in cities:
        g.add((c, KG.partOf, prov))
    for c in add("county", KG.County, n_county, "第{}县"):
        g.add((c, KG.partOf, rng.choice(cities)))
    industries = add("industry", KG.Industry, n_ind, "产业{}")
    for p in add("program", KG.Program, n_prog, "项目{}"):
        g.add((p, KG.concerns, rng.choice(industries)))
    for i in range(n_indic):
        indicator = ID[f"indicator/{i}"]
        _add_all(g, indicator, ((RDF.type, KG.Indicator), (RDFS.label, Literal(f"指标{i}", lang="zh"))))
        for j in range(rng.randint(1, 3)):
            _observation(g, ID[f"obs/{i}-{j}"], indicator, rng.choice(sentences), (
                (KG.value, _dec(str(rng.randint(1, 10 ** 12)))), (KG.unit, CURRENCY.CNY),
                (KG.changePercent, _dec(str(rng.randint(-50, 150) / 10))),
                (KG.refPeriod, Literal(str(2019 + j), datatype=XSD.gYear))))
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

    def screenshot(self, path):
        """Save what the page shows as a PNG."""
        import base64
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        with open(path, "wb") as handle:
            handle.write(base64.b64decode(data))

    def dialogs(self):
        """Messages of alert/confirm/prompt dialogs the page opened."""
        return [e["params"].get("message") for e in self.events
                if e.get("method") == "Page.javascriptDialogOpening"]


def _shoot(browser, view, page, png, script=None):
    from kg.viz import write_html

    write_html(view, page)
    browser.open(page.resolve().as_uri())
    browser.wait_for("window.kgView && kgView.ready === true", timeout=120)
    if script:
        browser.evaluate(script)
    browser.pump(0.5)
    browser.screenshot(png)
    return browser.errors()


def screenshots(sample_ttl, national_ttl, folder="docs"):
    """The README's pictures of the page: the sample's first view, a search, an indicator across three
    national reports, and the English page. `python -m tests.browser SAMPLE.ttl NATIONAL.ttl [docs]`"""
    import pathlib
    import tempfile

    from kg.viz import to_network

    sample, national = Graph().parse(sample_ttl), Graph().parse(national_ttl)
    national_view = to_network(national)
    charted = {a["label"]: n for n, a in national_view.graph.nodes(data=True) if a.get("chart")}
    indicator = charted.get("国内生产总值") or max(charted.values())
    shots = [("graph-page.png", to_network(sample), None),
             ("viz-search.png", to_network(sample), "document.getElementById('kg-search').value = '太原';"
              " document.getElementById('kg-search-form').requestSubmit()"),
             ("viz-national.png", national_view, None),
             ("viz-indicator.png", national_view, f"kgView.select({json.dumps(indicator)})"),
             ("viz-english.png", to_network(national, lang="en"), None)]
    with Browser() as browser, tempfile.TemporaryDirectory() as tmp:
        for name, view, script in shots:
            errors = _shoot(browser, view, pathlib.Path(tmp) / "page.html", pathlib.Path(folder) / name, script)
            print(name, "errors:", errors or "none")


if __name__ == "__main__":
    screenshots(*sys.argv[1:])
