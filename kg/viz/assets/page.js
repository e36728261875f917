// kg network page: draws the embedded data with vis-network; every document text goes through textContent.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  document.getElementById("kg-title").textContent = data.title;
  document.getElementById("kg-summary").textContent =
    data.nodes.length + " 个节点 · " + data.edges.length + " 条边" +
    (data.physics ? "" : " · 布局已预先计算");
  if (data.omitted) {
    var note = document.getElementById("kg-omitted");
    note.textContent = data.omitted;
    note.hidden = false;
  }

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  var view = { network: network, nodes: nodes, edges: edges, data: data, ready: false,
               focused: null, stabilizedAt: null };
  window.kgView = view;

  function ready() {
    if (view.ready) return;
    view.ready = true;
    view.stabilizedAt = performance.now();
    document.body.setAttribute("data-kg-ready", "1");
  }
  if (data.nodes.length === 0) {
    document.getElementById("kg-details").replaceChildren(el("p", "图中没有可显示的节点。", "kg-hint"));
    ready();
  } else if (data.physics) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      network.fit({ animation: false });
      network.once("afterDrawing", ready);
      network.redraw();
    });
  } else {
    network.once("afterDrawing", ready);
  }

  function show(id) {
    var n = byId[id];
    var box = document.getElementById("kg-details");
    if (!n) return;
    var parts = [el("h3", n.label), el("p", n.cls_label, "kg-class")];
    if (n.details.length) {
      var table = el("table");
      n.details.forEach(function (row) {
        var tr = el("tr");
        tr.appendChild(el("th", row[0]));
        tr.appendChild(el("td", row[1]));
        table.appendChild(tr);
      });
      parts.push(table);
    }
    if (n.evidence.length) {
      parts.push(el("h2", "原文"));
      n.evidence.forEach(function (q) {
        var quote = el("blockquote", q[1]);
        if (q[0]) quote.appendChild(el("span", q[0], "kg-source"));
        parts.push(quote);
      });
    }
    parts.push(el("p", n.iri, "kg-iri"));
    box.replaceChildren.apply(box, parts);
  }
  view.show = show;

  network.on("click", function (p) { if (p.nodes.length) show(p.nodes[0]); });
  network.on("hoverNode", function (p) { show(p.node); });
  network.on("hoverEdge", function (p) {
    var e = edges.get(p.edge);
    if (e) document.getElementById("kg-search-status").textContent =
      (byId[e.from] || {}).label + " —" + e.name + "→ " + (byId[e.to] || {}).label;
  });

  // Legend and class filter: one checkbox per class, hiding its nodes (and so their edges).
  var list = document.getElementById("kg-classes");
  data.classes.forEach(function (c) {
    var li = el("li"), label = el("label"), box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = c.key;
    box.addEventListener("change", function () {
      nodes.update(data.nodes.filter(function (n) { return n.group === c.key; })
        .map(function (n) { return { id: n.id, hidden: !box.checked }; }));
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

  // Search: exact label first, then prefix, then substring; ties go to the best-linked node.
  var options = document.getElementById("kg-labels");
  var seen = {};
  data.nodes.forEach(function (n) {
    if (seen[n.label]) return;
    seen[n.label] = true;
    var o = document.createElement("option");
    o.value = n.label;
    options.appendChild(o);
  });
  function find(query) {
    var q = query.trim().toLowerCase(), best = null, bestKey = null;
    if (!q) return null;
    data.nodes.forEach(function (n) {
      var names = [n.label].concat(n.names || []).map(function (s) { return s.toLowerCase(); });
      var rank = names.indexOf(q) >= 0 ? 0 :
        names.some(function (s) { return s.indexOf(q) === 0; }) ? 1 :
        names.some(function (s) { return s.indexOf(q) >= 0; }) ? 2 : 3;
      if (rank === 3) return;
      var key = [rank, -n.degree, n.label];
      if (best === null || key[0] < bestKey[0] || (key[0] === bestKey[0] &&
          (key[1] < bestKey[1] || (key[1] === bestKey[1] && key[2] < bestKey[2])))) {
        best = n; bestKey = key;
      }
    });
    return best;
  }
  function focusNode(id) {
    var n = byId[id];
    if (nodes.get(id).hidden) nodes.update({ id: id, hidden: false });
    network.selectNodes([id]);
    network.focus(id, { scale: 1.3, animation: false });
    show(id);
    view.focused = id;
    document.getElementById("kg-search-status").textContent = "已定位：" + n.label;
  }
  view.focusNode = focusNode;
  document.getElementById("kg-search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var hit = find(document.getElementById("kg-search").value);
    if (hit) focusNode(hit.id);
    else document.getElementById("kg-search-status").textContent = "未找到";
  });
  if (data.focus.length) show(data.focus[0]);
})();
