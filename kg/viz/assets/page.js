// kg network page: draws the embedded data with vis-network; every document text goes through textContent.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var words = data.words;
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  var SVG = "http://www.w3.org/2000/svg";

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (m, k) { return k in values ? String(values[k]) : m; });
  }
  function svg(tag, attrs, text) {
    var e = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    if (text !== undefined) e.textContent = String(text);
    return e;
  }

  document.getElementById("kg-title").textContent = data.title;
  document.getElementById("kg-search").placeholder = words.search;
  document.getElementById("kg-search").setAttribute("aria-label", words.search_label);
  document.getElementById("kg-locate").textContent = words.locate;
  document.getElementById("kg-legend-title").textContent = words.legend;
  document.getElementById("kg-hint").textContent = words.hint;
  document.getElementById("kg-network").setAttribute("aria-label", words.network);
  if (data.omitted) {
    var note = document.getElementById("kg-omitted");
    note.textContent = data.omitted;
    note.hidden = false;
  }

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  var view = { network: network, nodes: nodes, edges: edges, data: data, ready: false, focused: null,
               stabilizedAt: null, current: data.views[0] || null, opened: {}, off: {}, selected: null,
               fonts: {}, fitScale: null };
  window.kgView = view;

  // What is drawn: the nodes of the current view whose class is ticked, minus folded ones not opened.
  function shown(n) {
    var v = view.current;
    if (!v || !(n.id in v.pos) || view.off[n.group]) return false;
    if (n.kind === "more") {
      return !view.opened[n.id] && n.members.some(function (m) { return !view.off[byId[m].group]; });
    }
    var cluster = v.folded[n.id];
    return !cluster || !!view.opened[cluster];
  }
  function refresh(fit) {
    var v = view.current, changes = [];
    data.nodes.forEach(function (n) {
      var change = { id: n.id, hidden: !shown(n) };
      var p = v && v.pos[n.id];
      if (p) {
        change.x = p[0]; change.y = p[1];
        if (n.kind !== "report" && n.kind !== "section") change.size = p[3];
      }
      changes.push(change);
    });
    nodes.update(changes);
    var far = {};
    (v ? v.far : []).forEach(function (id) { far[id] = true; });
    edges.update(data.edges.map(function (e) {
      return { id: e.id, hidden: !!far[e.id] && view.selected !== e.from && view.selected !== e.to };
    }));
    var visible = changes.filter(function (c) { return !c.hidden; }).map(function (c) { return c.id; });
    var count = visible.length;
    document.getElementById("kg-summary").textContent = fill(words.summary, {
      reports: data.reports, nodes: count,
      edges: edges.get({ filter: function (e) { return shown(byId[e.from]) && shown(byId[e.to]); } }).length });
    if (fit && count) {
      network.fit({ nodes: visible, animation: false });
      view.fitScale = network.getScale();
    }
    view.fonts = {};
    relabel();
  }
  // Labels keep a readable size on screen: those that tell the story (reports, sections, headline
  // things) never under 13.5 px from the first view inwards, and none over 22 px however far one zooms.
  function relabel() {
    var v = view.current, scale = network.getScale(), floor = 13.5 / Math.max(scale, view.fitScale || scale);
    var changes = [];
    if (!v) return;
    nodes.get({ filter: function (n) { return !n.hidden; }, fields: ["id"] }).forEach(function (n) {
      var p = v.pos[n.id];
      if (!p) return;
      var size = Math.min(p[4] || n.id === view.selected ? Math.max(p[2], floor) : p[2], 22 / scale);
      var now = view.fonts[n.id];
      if (now === undefined || Math.abs(now - size) > 0.03 * size) {
        view.fonts[n.id] = size;
        changes.push({ id: n.id, font: { size: size } });
      }
    });
    if (changes.length) nodes.update(changes);
  }
  network.on("zoom", relabel);
  view.refresh = refresh;

  function ready() {
    if (view.ready) return;
    view.ready = true;
    view.stabilizedAt = performance.now();
    document.body.setAttribute("data-kg-ready", "1");
  }
  refresh(true);
  if (data.nodes.length === 0) {
    document.getElementById("kg-details").replaceChildren(el("p", words.empty, "kg-hint"));
    ready();
  } else {
    network.once("afterDrawing", ready);
    network.redraw();
  }

  // Reports: all of them, or one at a time, each laid out on its own.
  if (data.views.length > 1) {
    var chooser = document.getElementById("kg-view");
    chooser.setAttribute("aria-label", words.report_select);
    data.views.forEach(function (v, i) {
      var o = el("option", v.label);
      o.value = String(i);
      chooser.appendChild(o);
    });
    chooser.hidden = false;
    chooser.addEventListener("change", function () {
      view.current = data.views[Number(chooser.value)];
      refresh(true);
    });
  }
  function open(id) {
    var n = byId[id];
    if (!n || n.kind !== "more") return;
    view.opened[id] = true;
    refresh(false);
  }
  view.open = open;

  function table(rows, head) {
    var t = el("table");
    if (head) {
      var tr = el("tr");
      head.forEach(function (h) { tr.appendChild(el("th", h)); });
      t.appendChild(tr);
    }
    rows.forEach(function (row) {
      var r = el("tr", null, row.cls || "");
      row.cells.forEach(function (c, i) { r.appendChild(el(i === 0 && !head ? "th" : "td", c)); });
      t.appendChild(r);
    });
    return t;
  }

  // A small line chart of an indicator's figures by year: actual (filled) and target (hollow, dashed).
  function chart(c) {
    var W = 300, H = 120, L = 16, R = 16, T = 14, B = 20;
    var xs = c.points.map(function (p) { return p[0]; }), ys = c.points.map(function (p) { return p[1]; });
    var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs);
    var y0 = Math.min.apply(null, ys.concat([0])), y1 = Math.max.apply(null, ys);
    if (y1 === y0) y1 = y0 + 1;
    function X(v) { return L + (x1 === x0 ? (W - L - R) / 2 : (v - x0) / (x1 - x0) * (W - L - R)); }
    function Y(v) { return T + (1 - (v - y0) / (y1 - y0)) * (H - T - B); }
    var box = svg("svg", { width: W, height: H, viewBox: "0 0 " + W + " " + H, "class": "kg-chart",
                           role: "img", "aria-label": words.figures });
    box.appendChild(svg("line", { x1: L, x2: W - R, y1: Y(y0), y2: Y(y0), stroke: "#ccc" }));
    [[false, "#2166ac", ""], [true, "#d95f02", "4 3"]].forEach(function (kind) {
      var pts = c.points.filter(function (p) { return p[2] === kind[0]; });
      if (pts.length > 1) {
        box.appendChild(svg("polyline", { points: pts.map(function (p) { return X(p[0]) + "," + Y(p[1]); }).join(" "),
          fill: "none", stroke: kind[1], "stroke-width": 1.5, "stroke-dasharray": kind[2] }));
      }
      pts.forEach(function (p) {
        var dot = svg("circle", { cx: X(p[0]), cy: Y(p[1]), r: 3.5, stroke: kind[1], "stroke-width": 1.5,
                                  fill: kind[0] ? "#fff" : kind[1] });
        dot.appendChild(svg("title", {}, p[0] + " " + (kind[0] ? words.target : words.actual) + " " + p[3]));
        box.appendChild(dot);
      });
    });
    var years = xs.filter(function (v, i) { return xs.indexOf(v) === i; });
    var step = Math.max(1, Math.ceil(years.length / 6));
    years.forEach(function (v, i) {
      if (i % step === 0 || i === years.length - 1) {
        box.appendChild(svg("text", { x: X(v), y: H - 5, "text-anchor": "middle" }, v));
      }
    });
    box.appendChild(svg("text", { x: L, y: 9 }, c.unit + "  ● " + words.actual + "  ○ " + words.target));
    return box;
  }

  function show(id) {
    var n = byId[id];
    var pane = document.getElementById("kg-details");
    if (!n) return;
    var parts = [el("h3", n.label), el("p", n.cls_label, "kg-class")];
    if (n.details.length) {
      parts.push(table(n.details.map(function (r) { return { cells: r }; })));
    }
    if (n.kind === "more") {
      parts.push(el("p", n.members.map(function (m) { return byId[m].label; }).join(words.list_sep)));
    }
    if (n.figures) {
      parts.push(el("h2", words.figures));
      if (n.chart) parts.push(chart(n.chart));
      parts.push(table(n.figures.map(function (f) {
        return { cells: [f[0], f[1], f[2] + (f[3] ? " (" + words.target + ")" : "")], cls: f[3] ? "kg-target" : "" };
      }), [words.fig_report, words.fig_period, words.fig_figure]));
    }
    if (n.evidence.length) {
      parts.push(el("h2", words.source));
      n.evidence.forEach(function (q) {
        var quote = el("blockquote", q[1]);
        if (q[0]) quote.appendChild(el("span", q[0], "kg-source"));
        parts.push(quote);
      });
    }
    if (n.iri) parts.push(el("p", n.iri, "kg-iri"));
    pane.replaceChildren.apply(pane, parts);
  }
  view.show = show;

  // A click shows a node's details and every section that mentions it; a "more" node opens.
  function select(id) {
    view.selected = id;
    if (id === null) { refresh(false); return; }
    if (view.current && view.current.folded[id]) view.opened[view.current.folded[id]] = true;
    var more = byId[id].kind === "more";
    if (more) view.opened[id] = true;
    refresh(false);
    if (more) {
      network.fit({ nodes: byId[id].members.concat([byId[id].parent]), animation: false });
      relabel();
    } else {
      network.selectNodes([id]);
    }
    show(id);
  }
  view.select = select;
  network.on("click", function (p) { select(p.nodes.length ? p.nodes[0] : null); });
  network.on("hoverEdge", function (p) {
    var e = edges.get(p.edge);
    if (e && e.name) document.getElementById("kg-search-status").textContent =
      (byId[e.from] || {}).label + " —" + e.name + "→ " + (byId[e.to] || {}).label;
  });

  // Legend and class filter: one checkbox per class; what remains is fitted to the screen again.
  var list = document.getElementById("kg-classes");
  data.classes.forEach(function (c) {
    var li = el("li"), label = el("label"), box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = c.key;
    box.addEventListener("change", function () {
      view.off[c.key] = !box.checked;
      refresh(true);
    });
    var swatch = el("span", null, "kg-swatch kg-shape-" + c.shape);
    swatch.style.background = c.color;
    label.appendChild(box);
    label.appendChild(swatch);
    label.appendChild(el("span", c.label));
    label.appendChild(el("span", c.count, "kg-count"));
    li.appendChild(label);
    list.appendChild(li);
  });

  // Search: exact label first, then prefix, then substring; ties go to the most mentioned node.
  var options = document.getElementById("kg-labels");
  var seen = {};
  data.nodes.forEach(function (n) {
    if (n.kind === "more" || seen[n.label]) return;
    seen[n.label] = true;
    var o = document.createElement("option");
    o.value = n.label;
    options.appendChild(o);
  });
  function find(query) {
    var q = query.trim().toLowerCase(), best = null, bestKey = null, v = view.current;
    if (!q || !v) return null;
    data.nodes.forEach(function (n) {
      if (n.kind === "more" || !(n.id in v.pos)) return;
      var names = [n.label].concat(n.names || []).map(function (s) { return s.toLowerCase(); });
      var rank = names.indexOf(q) >= 0 ? 0 :
        names.some(function (s) { return s.indexOf(q) === 0; }) ? 1 :
        names.some(function (s) { return s.indexOf(q) >= 0; }) ? 2 : 3;
      if (rank === 3) return;
      var key = [rank, -n.weight, n.label];
      if (best === null || key[0] < bestKey[0] || (key[0] === bestKey[0] &&
          (key[1] < bestKey[1] || (key[1] === bestKey[1] && key[2] < bestKey[2])))) {
        best = n; bestKey = key;
      }
    });
    return best;
  }
  function focusNode(id) {
    var n = byId[id], v = view.current;
    if (v.folded[id]) view.opened[v.folded[id]] = true;
    view.off[n.group] = false;
    view.selected = id;
    list.querySelectorAll("input").forEach(function (b) { b.checked = !view.off[b.value]; });
    refresh(false);
    network.selectNodes([id]);
    // Close enough that the node's label, and its neighbours', read at 14 px or more.
    network.focus(id, { scale: Math.max(1.5 * (view.fitScale || 1), 12.5 / (v.pos[id] ? v.pos[id][2] : 10)),
                        animation: false });
    relabel();
    show(id);
    view.focused = id;
    document.getElementById("kg-search-status").textContent = fill(words.found, { label: n.label });
  }
  view.focusNode = focusNode;
  document.getElementById("kg-search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var hit = find(document.getElementById("kg-search").value);
    if (hit) focusNode(hit.id);
    else document.getElementById("kg-search-status").textContent = words.not_found;
  });
  if (data.focus.length) show(data.focus[0]);
})();
