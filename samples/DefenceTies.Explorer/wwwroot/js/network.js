// Draws /api/network (same filter as the page) with Cytoscape.js. The page lists the same ties in
// a table, so nothing is lost without JavaScript. Clicking (or Enter on a focused edge) opens the
// fact behind a tie.
(async () => {
  const container = document.getElementById('graph');
  if (!container || typeof cytoscape !== 'function') return;
  const response = await fetch(container.dataset.source, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    container.textContent = 'The network could not be loaded.';
    return;
  }
  const graph = await response.json();
  const colours = { nation: '#1f4e79', body: '#7a4f01', person: '#2e6b30' };
  const cy = cytoscape({
    container,
    elements: [
      ...graph.nodes.map(n => ({ data: { id: n.id, label: n.label, kind: n.kind } })),
      ...graph.edges.map(e => ({ data: { id: e.id, source: e.source, target: e.target, kind: e.kind, label: e.label, url: e.factUrl } })),
    ],
    // Cytoscape draws text itself (canvas), so names with markup are shown as text, never parsed.
    style: [
      { selector: 'node', style: { label: 'data(label)', 'background-color': n => colours[n.data('kind')] || '#555', color: '#111', 'font-size': 10, 'text-wrap': 'wrap', 'text-max-width': 120 } },
      { selector: 'node[kind = "nation"]', style: { shape: 'round-rectangle', width: 40, height: 40 } },
      { selector: 'edge', style: { width: 2, 'line-color': '#999', 'curve-style': 'bezier' } },
      { selector: 'edge[kind = "agreement"]', style: { 'line-color': '#1f77b4' } },
      { selector: 'edge[kind = "engagement"]', style: { 'line-color': '#d62728' } },
      { selector: 'edge[kind = "exercise"]', style: { 'line-color': '#2ca02c' } },
      { selector: 'edge[kind = "working-group"]', style: { 'line-color': '#9467bd' } },
    ],
    layout: { name: 'cose', animate: false, randomize: false },
  });
  cy.on('tap', 'edge', evt => { window.location.href = evt.target.data('url'); });
  window.defenceTiesNetwork = cy;
  container.dataset.ready = 'true';
})();
