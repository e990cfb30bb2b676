// The network map's picture: an enhancement of the network pages, which work without it (the table below the picture
// holds the same data). Draws the API's nodes at the positions the server computed (the same on every visit), coloured
// by provider type (colours read from the legend's swatches, whose stylesheet the server generates) and sized by the
// chosen centrality; highlights an actor's neighbourhood on click, on Enter or when the page was asked to focus one;
// exports the view as PNG; and can be used with the keyboard.
(function () {
  'use strict';

  var container = document.getElementById('network-map');
  if (!container || typeof window.cytoscape === 'undefined') {
    return;
  }
  container.classList.add('kv-network__canvas--live');
  var noJs = document.getElementById('network-nojs');
  if (noJs) {
    noJs.hidden = true;
  }
  var announce = document.getElementById('network-announce');
  var sizeBy = container.getAttribute('data-size') || 'degree';
  var colours = {};
  var typeNames = {};
  document.querySelectorAll('#network-legend [data-type]').forEach(function (item) {
    var swatch = item.querySelector('.kv-swatch');
    colours[item.getAttribute('data-type')] = window.getComputedStyle(swatch).backgroundColor;
    typeNames[item.getAttribute('data-type')] = item.textContent.trim();
  });
  var symmetric = { 'partners-with': true, 'co-delivers': true, 'shared-offer': true, 'shared-programme': true };
  var cy = null;
  var order = [];
  var current = -1;

  function radius(node) {
    var value;
    if (sizeBy === 'betweenness') {
      value = Math.sqrt(node.betweenness);
    } else if (sizeBy === 'closeness') {
      value = node.closeness;
    } else {
      value = Math.min(1, node.degree / 15);
    }
    return 12 + 48 * value;
  }

  function say(text) {
    if (announce) {
      announce.textContent = text;
    }
  }

  function focusUrl(id) {
    var url = new URL(window.location.href);
    url.searchParams.set('focus', id);
    url.hash = 'network-details';
    return url.pathname + url.search + url.hash;
  }

  function showDetails(node) {
    var panel = document.getElementById('network-details');
    var template = document.getElementById('network-details-template');
    if (!panel || !template) {
      return;
    }
    var body = template.content.cloneNode(true);
    var link = body.querySelector('[data-field="link"]');
    link.textContent = node.data('label');
    link.href = container.getAttribute(node.data('type') === 'service' ? 'data-service-url' : 'data-organisation-url')
      + node.id();
    body.querySelector('[data-field="swatch"]').classList.add('kv-swatch--' + node.data('type'));
    body.querySelector('[data-field="type"]').textContent = typeNames[node.data('type')] || node.data('type');
    body.querySelector('[data-field="degree"]').textContent = node.data('degree');
    body.querySelector('[data-field="betweenness"]').textContent = node.data('betweenness').toFixed(3);
    body.querySelector('[data-field="closeness"]').textContent = node.data('closeness').toFixed(3);
    body.querySelector('[data-field="focus"]').href = focusUrl(node.id());
    var old = panel.querySelector('[data-kv-live-details]');
    if (old) {
      old.remove();
    }
    var wrapper = document.createElement('div');
    wrapper.setAttribute('data-kv-live-details', '');
    wrapper.appendChild(body);
    panel.querySelectorAll('#network-details-empty, #network-details-focus').forEach(function (e) {
      e.hidden = true;
    });
    panel.appendChild(wrapper);
  }

  // The page's own details (with services) stay when the page was asked to focus this actor.
  function highlight(node, keepPageDetails) {
    var around = node.closedNeighborhood();
    cy.elements().addClass('kv-faded').removeClass('kv-chosen');
    around.removeClass('kv-faded');
    node.addClass('kv-chosen');
    cy.fit(around, 40);
    container.setAttribute('data-kv-focused', node.id());
    if (!keepPageDetails) {
      showDetails(node);
    }
    say(node.data('label') + ': ' + (around.nodes().length - 1));
  }

  // Fits the viewport to the nodes' positions alone (no label is measured), as cy.fit would to their bounding box.
  function fitPositions(nodes, padding) {
    var minX = Infinity; var minY = Infinity; var maxX = -Infinity; var maxY = -Infinity;
    nodes.forEach(function (n) {
      minX = Math.min(minX, n.x); maxX = Math.max(maxX, n.x);
      minY = Math.min(minY, n.y); maxY = Math.max(maxY, n.y);
    });
    var width = Math.max(maxX - minX, 1);
    var height = Math.max(maxY - minY, 1);
    var zoom = Math.min((cy.width() - 2 * padding) / width, (cy.height() - 2 * padding) / height);
    zoom = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), zoom));
    cy.viewport({
      zoom: zoom,
      pan: { x: (cy.width() - zoom * (minX + maxX)) / 2, y: (cy.height() - zoom * (minY + maxY)) / 2 }
    });
  }

  function reset() {
    container.removeAttribute('data-kv-focused');
    cy.elements().removeClass('kv-faded kv-chosen');
    cy.fit(undefined, 20);
  }

  function draw(data) {
    var elements = [];
    data.nodes.forEach(function (n) {
      elements.push({
        group: 'nodes',
        data: {
          id: n.id, label: n.label, type: n.type, degree: n.degree, betweenness: n.betweenness,
          closeness: n.closeness, size: radius(n), colour: colours[n.type] || '#555555'
        },
        position: { x: n.x, y: n.y }
      });
    });
    data.edges.forEach(function (e, i) {
      elements.push({
        group: 'edges',
        data: { id: 'e' + i, source: e.source, target: e.target, type: e.type },
        classes: (e.declared ? 'kv-declared' : 'kv-derived') + (symmetric[e.type] ? '' : ' kv-directed')
      });
    });
    // Large networks draw straight edges without arrows, labels only when zoomed in, and no edges while panning:
    // bezier edges and label backgrounds made a 2,000-actor map take seconds to draw.
    var large = data.nodes.length > 300 || data.edges.length > 600;
    cy = window.cytoscape({
      container: container,
      elements: elements,
      // A large network is fitted to its nodes' positions below: fitting with the layout measures every label first.
      layout: { name: 'preset', fit: !large, padding: 20 },
      minZoom: 0.05,
      maxZoom: 5,
      boxSelectionEnabled: false,
      hideEdgesOnViewport: large,
      textureOnViewport: large,
      style: [
        { selector: 'node', style: {
          'background-color': 'data(colour)', width: 'data(size)', height: 'data(size)', label: 'data(label)',
          'font-size': 11, color: '#1b1f24', 'text-valign': 'bottom', 'text-margin-y': 4,
          'text-wrap': large ? 'none' : 'ellipsis',
          'text-max-width': 140, 'text-background-color': '#ffffff', 'text-background-opacity': large ? 0 : 0.8,
          'min-zoomed-font-size': large ? 9 : 0, 'border-width': large ? 0 : 1.5, 'border-color': '#ffffff' } },
        // Services (with services=true) are small diamonds beside their providers.
        { selector: 'node[type = "service"]', style: { shape: 'diamond', width: 12, height: 12 } },
        { selector: 'edge', style: {
          width: 1.5, 'line-color': '#4a4a4a', 'curve-style': large ? 'haystack' : 'bezier', opacity: 0.8 } },
        { selector: 'edge.kv-directed', style: {
          'target-arrow-shape': large ? 'none' : 'triangle', 'target-arrow-color': '#4a4a4a' } },
        { selector: 'edge.kv-derived', style: { 'line-style': 'dashed', 'line-color': '#767676', 'target-arrow-color': '#767676' } },
        { selector: 'edge[type = "shared-programme"]', style: { 'line-style': 'dotted', 'line-color': '#5c4b8a', 'target-arrow-color': '#5c4b8a' } },
        { selector: '.kv-faded', style: { opacity: 0.12 } },
        { selector: 'node.kv-chosen', style: { 'border-width': 4, 'border-color': '#ffbf47' } }
      ]
    });
    if (large) {
      fitPositions(data.nodes, 20);
    }
    order = cy.nodes().sort(function (a, b) {
      return a.data('label').localeCompare(b.data('label'));
    }).toArray();
    cy.on('tap', 'node', function (event) {
      current = order.indexOf(event.target);
      highlight(event.target);
    });
    cy.on('tap', function (event) {
      if (event.target === cy) {
        reset();
      }
    });
    var focus = container.getAttribute('data-focus');
    if (focus && cy.getElementById(focus).nonempty()) {
      current = order.indexOf(cy.getElementById(focus)[0]);
      highlight(cy.getElementById(focus), true);
    }
    // When the picture was ready, in milliseconds since navigation began (read by bench/network-map-render.sh).
    container.setAttribute('data-kv-ready-ms', String(Math.round(window.performance.now())));
    container.setAttribute('data-kv-ready', 'true');
    document.querySelectorAll('#network-png, #network-fit').forEach(function (b) {
      b.hidden = false;
    });
  }

  container.addEventListener('keydown', function (event) {
    if (!cy) {
      return;
    }
    var step = 40;
    var handled = true;
    switch (event.key) {
      case 'ArrowLeft': cy.panBy({ x: step, y: 0 }); break;
      case 'ArrowRight': cy.panBy({ x: -step, y: 0 }); break;
      case 'ArrowUp': cy.panBy({ x: 0, y: step }); break;
      case 'ArrowDown': cy.panBy({ x: 0, y: -step }); break;
      case '+': case '=':
        cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }); break;
      case '-':
        cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }); break;
      case '0': case 'Escape': reset(); break;
      case 'n': case 'N': case 'p': case 'P':
        if (order.length) {
          current = (current + (event.key.toLowerCase() === 'n' ? 1 : order.length - 1)) % order.length;
          highlight(order[current]);
        }
        break;
      case 'Enter':
        if (current >= 0) {
          window.location.href = focusUrl(order[current].id());
        }
        break;
      default: handled = false;
    }
    if (handled) {
      event.preventDefault();
    }
  });

  var png = document.getElementById('network-png');
  if (png) {
    png.addEventListener('click', function () {
      var blob = cy.png({ output: 'blob', bg: '#ffffff', full: true, scale: 2 });
      var link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = 'kv-verkosto.png';
      document.body.appendChild(link);
      link.click();
      link.remove();
    });
  }
  var fit = document.getElementById('network-fit');
  if (fit) {
    fit.addEventListener('click', reset);
  }

  // Plain GET, as the page's preload link asks for it, so the browser reuses the answer it started loading early.
  fetch(container.getAttribute('data-api'))
    .then(function (response) { return response.json(); })
    .then(draw);
})();
