// The side panel of the Knowledge graph view (graph-view.js): a selected node's properties, its quotes (a
// speaker's, a document's, or the quote itself, each with date, kind, role and document) and its connections
// grouped by edge type; with nothing selected, an overview of the most quoted speakers.
var KnowledgePanel = (function () {
  'use strict';

  // view: the graph and indexes of graph-view.js, the panel element, its element helper, and select(i, fromUser).
  function create(view) {
    var nodes = view.nodes, edges = view.edges, degree = view.degree, adjacent = view.adjacent, COLORS = view.colors;
    var details = view.details, el = view.el, select = view.select;
    var quotesBySpeaker = view.quotesBySpeaker, quotesByNode = view.quotesByNode, quotesByDoc = view.quotesByDoc;

    function nodeLink(i) {
      var a = el('a', 'link', nodes[i].label.length > 90 ? nodes[i].label.slice(0, 89) + '\u2026' : nodes[i].label);
      a.href = '#select=' + encodeURIComponent(nodes[i].id);
      a.title = nodes[i].type + ': ' + nodes[i].id;
      a.addEventListener('click', function (ev) { ev.preventDefault(); select(i, true); });
      return a;
    }

    function swatch(type) {
      var s = el('span', 'swatch');
      s.style.background = COLORS[type] || '#777';
      return s;
    }

    function dateText(q) {
      if (!q.date) return 'date unknown';
      return q.dateSource === 'published' ? q.date + ' (publication date)' : q.date;
    }

    function quoteItem(q, showSpeaker) {
      var li = el('li', 'quote ' + (q.kind === 'indirect' ? 'indirect' : 'direct'));
      li.setAttribute('data-quote-id', q.id);
      li.appendChild(el('p', 'text', q.text));
      var meta = el('div', 'meta');
      meta.appendChild(el('span', 'badge ' + q.kind, q.kind));
      meta.appendChild(el('span', 'date', dateText(q)));
      if (showSpeaker && q.speaker !== null) {
        meta.appendChild(document.createTextNode(' \u00b7 '));
        meta.appendChild(nodeLink(q.speaker));
      }
      if (q.role) meta.appendChild(el('div', 'role', q.role));
      var doc = el('div', 'document');
      doc.appendChild(document.createTextNode('in '));
      if (q.docNode !== null) doc.appendChild(nodeLink(q.docNode));
      else doc.appendChild(el('span', '', q.document || q.docId));
      meta.appendChild(doc);
      li.appendChild(meta);
      return li;
    }

    function quoteList(title, list, showSpeaker) {
      var frag = document.createDocumentFragment();
      frag.appendChild(el('h2', '', title + ' (' + list.length + ')'));
      var ul = el('ul', 'list quotes');
      list.forEach(function (q) { ul.appendChild(quoteItem(q, showSpeaker)); });
      frag.appendChild(ul);
      return frag;
    }

    function showDetails(i) {
      details.textContent = '';
      if (i < 0) { showOverview(); return; }
      var nd = nodes[i];
      details.setAttribute('data-node', nd.id);
      var head = el('div', 'node-head');
      head.appendChild(swatch(nd.type));
      head.appendChild(el('h2', 'node-label', nd.label));
      details.appendChild(head);
      details.appendChild(el('div', 'type', nd.type + ' \u00b7 ' + degree[i] + ' connections'));
      if (nd.aliases && nd.aliases.length) details.appendChild(el('p', 'aliases muted', 'Also: ' + nd.aliases.join(', ')));
      if (nd.props) {
        var dl = el('dl', 'props');
        Object.keys(nd.props).forEach(function (key) {
          dl.appendChild(el('dt', '', key));
          dl.appendChild(el('dd', '', nd.props[key]));
        });
        details.appendChild(dl);
      }
      var said = quotesBySpeaker[i] || [];
      if (said.length) details.appendChild(quoteList('Quotes', said, false));
      if (nd.type === 'Quote' && quotesByNode[i]) details.appendChild(quoteList('Quote', [quotesByNode[i]], true));
      var inDoc = quotesByDoc[i] || [];
      if (nd.type === 'Document' && inDoc.length) details.appendChild(quoteList('Quotes in this document', inDoc, true));
      // Connections, grouped by edge type and direction.
      var groups = {}, names = [];
      adjacent[i].forEach(function (k) {
        var e = edges[k], out = e[0] === i, other = out ? e[1] : e[0];
        if (nodes[other].type === 'Quote' && (said.length || nd.type === 'Document')) return;
        var key = out ? e[2] + ' \u2192' : '\u2190 ' + e[2];
        if (!groups[key]) { groups[key] = []; names.push(key); }
        groups[key].push(other);
      });
      names.sort();
      if (names.length) details.appendChild(el('h2', '', 'Connections'));
      names.forEach(function (key) {
        var list = groups[key].sort(function (a, b) { return degree[b] - degree[a] || a - b; });
        details.appendChild(el('div', 'muted', key.replace(/_/g, ' ').toLowerCase() + ' (' + list.length + ')'));
        var ul = el('ul', 'list');
        list.slice(0, 40).forEach(function (o) { var li = el('li'); li.appendChild(swatch(nodes[o].type)); li.appendChild(document.createTextNode(' ')); li.appendChild(nodeLink(o)); ul.appendChild(li); });
        if (list.length > 40) ul.appendChild(el('li', 'muted', '\u2026 and ' + (list.length - 40) + ' more'));
        details.appendChild(ul);
      });
    }

    function showOverview() {
      details.removeAttribute('data-node');
      details.appendChild(el('p', 'muted', 'Click a node, or search, to see its connections; a speaker shows their quotes. Drag to pan, scroll to zoom.'));
      var speakers = Object.keys(quotesBySpeaker).map(Number).sort(function (a, b) {
        return quotesBySpeaker[b].length - quotesBySpeaker[a].length || a - b;
      }).slice(0, 12);
      if (speakers.length) {
        details.appendChild(el('h2', '', 'Most quoted'));
        var ul = el('ul', 'list');
        speakers.forEach(function (i) {
          var li = el('li');
          li.appendChild(swatch(nodes[i].type));
          li.appendChild(document.createTextNode(' '));
          li.appendChild(nodeLink(i));
          li.appendChild(el('span', 'muted', ' \u00b7 ' + quotesBySpeaker[i].length + (quotesBySpeaker[i].length === 1 ? ' quote' : ' quotes')));
          ul.appendChild(li);
        });
        details.appendChild(ul);
      }
    }

    return { nodeLink: nodeLink, swatch: swatch, showDetails: showDetails };
  }

  return { create: create };
})();
