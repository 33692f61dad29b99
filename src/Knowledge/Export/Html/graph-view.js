// The Knowledge graph view: draws the graph embedded in #graph-data where KnowledgeLayout (graph-layout.js) puts
// it, with a legend, search, pan and zoom, and a panel listing a selected speaker's quotes. Self-contained: no
// library, no network.
(function () {
  'use strict';

  var COLORS = {
    Document: '#8e96a3', Person: '#2f6fd0', Organization: '#f08a24', Role: '#8e5cc4', Law: '#d63a3a',
    Place: '#2f9e55', Event: '#a0673c', Quote: '#1fb3c4', Work: '#d660b0'
  };
  var TYPE_ORDER = ['Person', 'Organization', 'Role', 'Law', 'Place', 'Event', 'Work', 'Quote', 'Document'];
  var LABEL_MAX = 34;

  var data = JSON.parse(document.getElementById('graph-data').textContent);
  var nodes = data.nodes, edges = data.edges, quotes = data.quotes;
  var n = nodes.length;
  var svg = document.getElementById('graph');
  var NS = svg.namespaceURI;
  var viewport = document.getElementById('viewport');
  var edgeLayer = document.getElementById('edges');
  var nodeLayer = document.getElementById('nodes');
  var labelLayer = document.getElementById('labels');
  var app = document.getElementById('app');
  var details = document.getElementById('details');
  var results = document.getElementById('results');
  var search = document.getElementById('search');

  // ---- indexes -------------------------------------------------------------------------------------------
  var byId = {};
  var degree = new Array(n).fill(0);
  var adjacent = [];
  for (var i = 0; i < n; i++) { byId[nodes[i].id] = i; adjacent.push([]); }
  edges.forEach(function (e, k) {
    degree[e[0]]++; degree[e[1]]++;
    adjacent[e[0]].push(k); adjacent[e[1]].push(k);
  });
  var quotesBySpeaker = {}, quotesByNode = {}, quotesByDoc = {};
  quotes.forEach(function (q) {
    if (q.speaker !== null) (quotesBySpeaker[q.speaker] = quotesBySpeaker[q.speaker] || []).push(q);
    if (q.node !== null) quotesByNode[q.node] = q;
    if (q.docNode !== null) (quotesByDoc[q.docNode] = quotesByDoc[q.docNode] || []).push(q);
  });
  // Nodes by importance for labels: the most connected first, but a document (which links to everything it
  // mentions) counts for less than the people and bodies it names, and quotes come last; ties by id.
  function weight(i) {
    var t = nodes[i].type;
    return t === 'Quote' ? -1 : t === 'Document' ? degree[i] * 0.25 : degree[i];
  }
  var rank = nodes.map(function (_, i) { return i; }).sort(function (a, b) {
    return weight(b) - weight(a) || a - b;
  });

  // ---- drawing -----------------------------------------------------------------------------------------
  function svgEl(name, attrs) {
    var e = document.createElementNS(NS, name);
    for (var key in attrs) if (Object.prototype.hasOwnProperty.call(attrs, key)) e.setAttribute(key, attrs[key]);
    return e;
  }

  function el(name, cls, text) {
    var e = document.createElement(name);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  function radius(i) {
    return nodes[i].type === 'Quote' ? 2.6 : 3.5 + 1.6 * Math.sqrt(degree[i]);
  }

  function short(text) {
    return text.length > LABEL_MAX ? text.slice(0, LABEL_MAX - 1).trimEnd() + '\u2026' : text;
  }

  var pos = KnowledgeLayout.layout(nodes.map(function (nd) { return nd.id; }), edges, degree);
  var circles = new Array(n), lines = new Array(edges.length);
  var edgeFrag = document.createDocumentFragment(), nodeFrag = document.createDocumentFragment();
  edges.forEach(function (e, k) {
    var line = svgEl('line', { 'class': 'edge', x1: pos.x[e[0]].toFixed(1), y1: pos.y[e[0]].toFixed(1), x2: pos.x[e[1]].toFixed(1), y2: pos.y[e[1]].toFixed(1) });
    lines[k] = line;
    edgeFrag.appendChild(line);
  });
  // Draw big nodes last, so they sit on top of the small ones.
  rank.slice().reverse().forEach(function (i) {
    var c = svgEl('circle', { 'class': 'node', cx: pos.x[i].toFixed(1), cy: pos.y[i].toFixed(1), r: radius(i).toFixed(1), fill: COLORS[nodes[i].type] || '#777', 'data-id': nodes[i].id });
    var title = svgEl('title', {});
    title.textContent = nodes[i].type + ': ' + nodes[i].label;
    c.appendChild(title);
    c.__index = i;
    circles[i] = c;
    nodeFrag.appendChild(c);
  });
  edgeLayer.appendChild(edgeFrag);
  nodeLayer.appendChild(nodeFrag);

  // ---- view: pan and zoom --------------------------------------------------------------------------------
  var view = { s: 1, tx: 0, ty: 0, fit: 1 };
  var hiddenTypes = {};
  var selected = -1, hits = [];

  function visible(i) { return !hiddenTypes[nodes[i].type]; }

  function fit() {
    var w = svg.clientWidth || 800, h = svg.clientHeight || 600;
    var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (var i = 0; i < n; i++) {
      if (!visible(i)) continue;
      var r = radius(i);
      minX = Math.min(minX, pos.x[i] - r); maxX = Math.max(maxX, pos.x[i] + r);
      minY = Math.min(minY, pos.y[i] - r); maxY = Math.max(maxY, pos.y[i] + r);
    }
    if (minX === Infinity) { minX = minY = -1; maxX = maxY = 1; }
    var pad = 36;
    var s = Math.min((w - 2 * pad) / (maxX - minX || 1), (h - 2 * pad) / (maxY - minY || 1));
    s = Math.max(0.02, Math.min(s, 4));
    view.s = view.fit = s;
    view.tx = w / 2 - s * (minX + maxX) / 2;
    view.ty = h / 2 - s * (minY + maxY) / 2;
    redraw();
  }

  function zoomAt(factor, px, py) {
    var s = Math.max(view.fit * 0.3, Math.min(view.s * factor, view.fit * 40));
    factor = s / view.s;
    view.tx = px - (px - view.tx) * factor;
    view.ty = py - (py - view.ty) * factor;
    view.s = s;
    redraw();
  }

  var pending = false;
  function redraw() {
    if (pending) return;
    pending = true;
    (window.requestAnimationFrame || function (f) { setTimeout(f, 16); })(function () { pending = false; paint(); });
  }

  function paint() {
    viewport.setAttribute('transform', 'translate(' + view.tx.toFixed(2) + ',' + view.ty.toFixed(2) + ') scale(' + view.s.toFixed(5) + ')');
    placeLabels();
  }

  // Labels are drawn in screen space at a fixed size: the selected node, its neighbours and search hits first,
  // then the most connected nodes, skipping any label that would overlap one already placed.
  function placeLabels() {
    while (labelLayer.firstChild) labelLayer.removeChild(labelLayer.firstChild);
    var w = svg.clientWidth || 800, h = svg.clientHeight || 600;
    var zoom = view.s / view.fit;
    var budget = Math.min(400, Math.round(22 * zoom * zoom));
    var boxes = [];
    var order = [], seen = {};
    function want(i, cls) { if (!seen[i] && visible(i)) { seen[i] = cls; order.push(i); } }
    if (selected >= 0) {
      want(selected, 'selected');
      adjacent[selected].forEach(function (k) { want(edges[k][0] === selected ? edges[k][1] : edges[k][0], 'major'); });
    }
    hits.slice(0, 60).forEach(function (i) { want(i, 'major'); });
    var forced = order.length;
    for (var r = 0; r < rank.length && order.length < forced + budget; r++) {
      if (nodes[rank[r]].type !== 'Quote') want(rank[r], r < 8 ? 'major' : '');
    }
    var placed = 0;
    for (var o = 0; o < order.length; o++) {
      var i = order[o];
      var sx = view.tx + view.s * pos.x[i], sy = view.ty + view.s * pos.y[i];
      var rr = radius(i) * view.s;
      var text = short(nodes[i].label);
      var cls = seen[i];
      var size = cls === 'selected' ? 13.5 : cls === 'major' ? 12.5 : 11.5;
      var bw = text.length * size * 0.56 + 4, bh = size + 3;
      var bx = sx + rr + 3, by = sy - bh / 2;
      if (bx + bw > w - 4) bx = sx - rr - 3 - bw; // flip to the left at the right edge
      if (bx < 0 || by < 0 || bx + bw > w || by + bh > h) continue;
      var clash = false;
      for (var b = 0; b < boxes.length && !clash; b++) {
        var q = boxes[b];
        clash = bx < q[0] + q[2] && q[0] < bx + bw && by < q[1] + q[3] && q[1] < by + bh;
      }
      if (clash && o >= Math.min(forced, 1)) continue;
      boxes.push([bx, by, bw, bh]);
      var t = svgEl('text', { 'class': 'label' + (cls ? ' ' + cls : ''), x: (bx + 2).toFixed(1), y: (sy + size * 0.36).toFixed(1) });
      t.textContent = text;
      labelLayer.appendChild(t);
      placed++;
    }
    app.setAttribute('data-labels', String(placed));
  }

  // ---- selection, search and the panel -------------------------------------------------------------------
  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }
  var folded = nodes.map(function (nd) {
    return [nd.label].concat(nd.aliases || []).map(fold);
  });

  function applyFocus() {
    var focus = selected >= 0 || hits.length > 0;
    svg.classList.toggle('focus', focus);
    for (var i = 0; i < n; i++) circles[i].classList.remove('on', 'selected', 'hit');
    for (var k = 0; k < lines.length; k++) lines[k].classList.remove('on');
    hits.forEach(function (i) { circles[i].classList.add('on', 'hit'); });
    if (selected >= 0) {
      circles[selected].classList.add('on', 'selected');
      adjacent[selected].forEach(function (k) {
        lines[k].classList.add('on');
        circles[edges[k][0]].classList.add('on');
        circles[edges[k][1]].classList.add('on');
      });
    }
    redraw();
  }

  var panel = KnowledgePanel.create({
    nodes: nodes, edges: edges, degree: degree, adjacent: adjacent, colors: COLORS, details: details, el: el,
    quotesBySpeaker: quotesBySpeaker, quotesByNode: quotesByNode, quotesByDoc: quotesByDoc,
    select: function (i, fromUser) { select(i, fromUser); }
  });
  var nodeLink = panel.nodeLink, swatch = panel.swatch, showDetails = panel.showDetails;

  function setHash(value) {
    try { history.replaceState(null, '', value ? '#' + value : location.pathname + location.search); } catch (err) { /* file: URLs in some browsers */ }
  }

  function select(i, fromUser) {
    selected = i;
    app.setAttribute('data-selected', i >= 0 ? nodes[i].id : '');
    showDetails(i);
    applyFocus();
    if (fromUser) setHash(i >= 0 ? 'select=' + encodeURIComponent(nodes[i].id) : '');
    if (i >= 0 && fromUser) centreOn(i);
  }

  function centreOn(i) {
    var w = svg.clientWidth || 800, h = svg.clientHeight || 600;
    var sx = view.tx + view.s * pos.x[i], sy = view.ty + view.s * pos.y[i];
    if (sx < 40 || sy < 40 || sx > w - 40 || sy > h - 40) {
      view.tx += w / 2 - sx; view.ty += h / 2 - sy;
      redraw();
    }
  }

  function find(text) {
    var q = fold(text.trim());
    if (!q) return [];
    var found = [];
    for (var i = 0; i < n; i++) {
      if (nodes[i].type === 'Quote') continue;
      var names = folded[i], best = -1;
      for (var a = 0; a < names.length; a++) {
        var at = names[a].indexOf(q);
        if (at < 0) continue;
        var score = names[a] === q ? 0 : at === 0 || names[a].charAt(at - 1) === ' ' ? 1 : 2;
        if (best < 0 || score < best) best = score;
      }
      if (best >= 0) found.push([best, nodes[i].type === 'Person' ? 0 : 1, -degree[i], i]);
    }
    found.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3]; });
    return found.map(function (f) { return f[3]; });
  }

  function runSearch(text) {
    hits = find(text);
    results.textContent = '';
    results.setAttribute('data-hits', String(hits.length));
    if (text.trim()) {
      results.appendChild(el('h2', '', hits.length === 1 ? '1 match' : hits.length + ' matches'));
      var ul = el('ul', 'list');
      hits.slice(0, 30).forEach(function (i) {
        var li = el('li');
        li.appendChild(swatch(nodes[i].type));
        li.appendChild(document.createTextNode(' '));
        li.appendChild(nodeLink(i));
        li.appendChild(el('span', 'muted', ' ' + nodes[i].type));
        ul.appendChild(li);
      });
      if (hits.length > 30) ul.appendChild(el('li', 'muted', '\u2026 and ' + (hits.length - 30) + ' more'));
      results.appendChild(ul);
    }
    applyFocus();
  }

  // ---- legend ------------------------------------------------------------------------------------------
  var counts = {};
  nodes.forEach(function (nd) { counts[nd.type] = (counts[nd.type] || 0) + 1; });
  var legend = document.getElementById('legend');
  TYPE_ORDER.concat(Object.keys(counts).filter(function (t) { return TYPE_ORDER.indexOf(t) < 0; }).sort())
    .forEach(function (type) {
      if (!counts[type]) return;
      var li = el('li');
      li.setAttribute('data-type', type);
      li.title = 'Hide or show ' + type + ' nodes';
      li.appendChild(swatch(type));
      li.appendChild(el('span', '', type));
      li.appendChild(el('span', 'count', String(counts[type])));
      li.addEventListener('click', function () {
        hiddenTypes[type] = !hiddenTypes[type];
        li.classList.toggle('off', !!hiddenTypes[type]);
        for (var i = 0; i < n; i++) if (nodes[i].type === type) circles[i].classList.toggle('hidden', !!hiddenTypes[type]);
        edges.forEach(function (e, k) { lines[k].classList.toggle('hidden', !visible(e[0]) || !visible(e[1])); });
        redraw();
      });
      legend.appendChild(li);
    });
  document.getElementById('counts').textContent =
    n + ' nodes \u00b7 ' + edges.length + ' edges \u00b7 ' + quotes.length + (quotes.length === 1 ? ' quote' : ' quotes');

  // ---- events ------------------------------------------------------------------------------------------
  var drag = null;
  svg.addEventListener('pointerdown', function (ev) {
    drag = { x: ev.clientX, y: ev.clientY, tx: view.tx, ty: view.ty, moved: false };
    svg.setPointerCapture(ev.pointerId);
  });
  svg.addEventListener('pointermove', function (ev) {
    if (!drag) return;
    var mx = ev.clientX - drag.x, my = ev.clientY - drag.y;
    if (!drag.moved && mx * mx + my * my < 16) return;
    drag.moved = true;
    svg.classList.add('dragging');
    view.tx = drag.tx + mx; view.ty = drag.ty + my;
    redraw();
  });
  svg.addEventListener('pointerup', function (ev) {
    var d = drag;
    drag = null;
    svg.classList.remove('dragging');
    if (!d || d.moved) return;
    var target = document.elementFromPoint(ev.clientX, ev.clientY);
    var i = target && target.__index !== undefined ? target.__index : -1;
    select(i, true);
  });
  svg.addEventListener('wheel', function (ev) {
    ev.preventDefault();
    var box = svg.getBoundingClientRect();
    zoomAt(ev.deltaY < 0 ? 1.15 : 1 / 1.15, ev.clientX - box.left, ev.clientY - box.top);
  }, { passive: false });
  document.getElementById('zoom-in').addEventListener('click', function () { zoomAt(1.4, svg.clientWidth / 2, svg.clientHeight / 2); });
  document.getElementById('zoom-out').addEventListener('click', function () { zoomAt(1 / 1.4, svg.clientWidth / 2, svg.clientHeight / 2); });
  document.getElementById('zoom-fit').addEventListener('click', fit);
  window.addEventListener('resize', fit);
  search.addEventListener('input', function () { runSearch(search.value); });
  search.addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter' && hits.length) select(hits[0], true);
    if (ev.key === 'Escape') { search.value = ''; runSearch(''); select(-1, true); }
  });

  function fromHash() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ''));
    var q = params.get('q');
    if (q !== null) { search.value = q; runSearch(q); }
    var id = params.get('select');
    select(id !== null && byId[id] !== undefined ? byId[id] : -1, false);
  }
  window.addEventListener('hashchange', fromHash);

  fit();
  fromHash();
  paint();
  app.setAttribute('data-rendered-nodes', String(nodeLayer.childNodes.length));
  app.setAttribute('data-rendered-edges', String(edgeLayer.childNodes.length));
  app.setAttribute('data-ready', 'true');
})();
