// The layout of the Knowledge graph view: Fruchterman-Reingold with a Barnes-Hut quadtree, deterministic. Every
// node starts at a position hashed from its id and the simulation uses only arithmetic and square roots, so the
// same graph always gives the same picture, in any browser.
var KnowledgeLayout = (function () {
  'use strict';

  function hash(text, seed) {
    var h = seed >>> 0;
    for (var c = 0; c < text.length; c++) { h ^= text.charCodeAt(c); h = Math.imul(h, 16777619) >>> 0; }
    return h;
  }

  // A Barnes-Hut quadtree over the current positions, for the repulsion between all pairs in O(n log n).
  function buildTree(x, y, idx) {
    var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (var i = 0; i < idx.length; i++) {
      var v = idx[i];
      if (x[v] < minX) minX = x[v]; if (x[v] > maxX) maxX = x[v];
      if (y[v] < minY) minY = y[v]; if (y[v] > maxY) maxY = y[v];
    }
    var size = Math.max(maxX - minX, maxY - minY) + 1;
    var root = { x0: minX, y0: minY, s: size, m: 0, cx: 0, cy: 0, body: -1, kids: null };
    for (var j = 0; j < idx.length; j++) insert(root, idx[j], x, y, 0);
    return root;
  }

  function insert(cell, v, x, y, depth) {
    cell.cx = (cell.cx * cell.m + x[v]) / (cell.m + 1);
    cell.cy = (cell.cy * cell.m + y[v]) / (cell.m + 1);
    cell.m++;
    if (cell.m === 1) { cell.body = v; return; }
    if (depth > 24) return; // coincident points: keep them as one heavier body
    if (cell.kids === null) {
      cell.kids = [null, null, null, null];
      var old = cell.body;
      cell.body = -1;
      if (old >= 0) place(cell, old, x, y, depth);
    }
    place(cell, v, x, y, depth);
  }

  function place(cell, v, x, y, depth) {
    var h = cell.s / 2;
    var q = (x[v] >= cell.x0 + h ? 1 : 0) + (y[v] >= cell.y0 + h ? 2 : 0);
    if (cell.kids[q] === null) {
      cell.kids[q] = { x0: cell.x0 + (q & 1 ? h : 0), y0: cell.y0 + (q & 2 ? h : 0), s: h, m: 0, cx: 0, cy: 0, body: -1, kids: null };
    }
    insert(cell.kids[q], v, x, y, depth + 1);
  }

  function repel(cell, v, x, y, k2, out) {
    if (cell === null || cell.m === 0 || cell.body === v && cell.kids === null) return;
    var dx = x[v] - cell.cx, dy = y[v] - cell.cy;
    var d2 = dx * dx + dy * dy;
    if (cell.kids === null || cell.s * cell.s < 0.64 * d2) {
      if (d2 < 0.01) { dx = ((v * 7) % 11) - 5 + 0.5; dy = ((v * 13) % 11) - 5 + 0.5; d2 = dx * dx + dy * dy; }
      var f = cell.m * k2 / d2;
      out[0] += dx * f; out[1] += dy * f;
      return;
    }
    for (var q = 0; q < 4; q++) repel(cell.kids[q], v, x, y, k2, out);
  }

  // The number of nodes in each node's connected component.
  function componentSizes(n, edges) {
    var parent = new Int32Array(n);
    for (var i = 0; i < n; i++) parent[i] = i;
    function root(v) { while (parent[v] !== v) { parent[v] = parent[parent[v]]; v = parent[v]; } return v; }
    edges.forEach(function (e) { var a = root(e[0]), b = root(e[1]); if (a !== b) parent[Math.max(a, b)] = Math.min(a, b); });
    var count = new Int32Array(n), size = new Int32Array(n);
    for (var j = 0; j < n; j++) count[root(j)]++;
    for (var k = 0; k < n; k++) size[k] = count[root(k)];
    return size;
  }

  // Fruchterman-Reingold with a cooling schedule: all pairs repel (k^2/d), linked nodes attract (d^2/k) and a
  // weak pull towards the centre keeps separate components together.
  function layout(ids, edges, degree) {
    var n = ids.length;
    var x = new Float64Array(n), y = new Float64Array(n);
    var k = 24, k2 = k * k;
    var spread = k * Math.sqrt(n + 1) * 1.6;
    for (var i = 0; i < n; i++) {
      x[i] = ((hash(ids[i], 2166136261) % 100000) / 100000 - 0.5) * spread;
      y[i] = ((hash(ids[i], 374761393) % 100000) / 100000 - 0.5) * spread;
    }
    var all = [];
    for (var a = 0; a < n; a++) all.push(a);
    var steps = n > 4000 ? 120 : n > 1500 ? 200 : 320;
    var dx = new Float64Array(n), dy = new Float64Array(n), out = [0, 0];
    // The pull towards the centre: stronger for hubs, and much stronger for small separate pieces, which the
    // repulsion of the main piece would otherwise push far out.
    var size = componentSizes(n, edges), pull = new Float64Array(n);
    for (var p = 0; p < n; p++) pull[p] = 0.012 * (1 + degree[p] * 0.1) * Math.max(1, n / size[p]);
    for (var step = 0; step < steps; step++) {
      var temp = spread * 0.08 * (1 - step / steps) + k * 0.05;
      var tree = buildTree(x, y, all);
      for (var v = 0; v < n; v++) {
        out[0] = 0; out[1] = 0;
        repel(tree, v, x, y, k2, out);
        dx[v] = out[0] - x[v] * pull[v];
        dy[v] = out[1] - y[v] * pull[v];
      }
      for (var e = 0; e < edges.length; e++) {
        var s = edges[e][0], t = edges[e][1];
        if (s === t) continue;
        var ex = x[s] - x[t], ey = y[s] - y[t];
        var d = Math.sqrt(ex * ex + ey * ey) + 0.01;
        var f = d / k;
        // Split the pull by degree, so a hub is not dragged about by its many leaves.
        var ws = degree[t] / (degree[s] + degree[t]), wt = 1 - ws;
        dx[s] -= ex * f * ws * 2; dy[s] -= ey * f * ws * 2;
        dx[t] += ex * f * wt * 2; dy[t] += ey * f * wt * 2;
      }
      for (var u = 0; u < n; u++) {
        var len = Math.sqrt(dx[u] * dx[u] + dy[u] * dy[u]);
        if (len > 0) {
          var m = Math.min(len, temp) / len;
          x[u] += dx[u] * m; y[u] += dy[u] * m;
        }
      }
    }
    return { x: x, y: y };
  }

  return { layout: layout };
})();
