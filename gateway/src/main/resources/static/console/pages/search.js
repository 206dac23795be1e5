// Results of the header's search box (GET /search): every kind of record, with facets and the
// matched words highlighted.
import { api } from '../api.js';
import { h, replace, fmt, badge, page, showError } from '../ui.js';

const TYPES = ['AIRCRAFT', 'BOOKING', 'CLIENT', 'CREW', 'MAINTENANCE'];

export function searchPage(main, { params }) {
  const q = params.get('q') || '';
  const type = params.get('type') || '';
  const { root, status, body } = page(`Search: ${q}`);
  main.append(root);
  const box = document.getElementById('search-box');
  if (box) box.value = q;
  if (!q) { replace(status, 'Type something in the search box.'); return null; }
  api(`/search?q=${encodeURIComponent(q)}${type ? `&type=${encodeURIComponent(type)}` : ''}&size=50`).then(result => {
    const facets = result.facets?.type || {};
    const filters = h('p', 'Filter: ', h('a', { href: `#/search?q=${encodeURIComponent(q)}`, 'aria-current': type ? undefined : 'true' }, `all (${result.total})`),
      TYPES.filter(t => facets[t]).map(t => [' · ', h('a', { href: `#/search?q=${encodeURIComponent(q)}&type=${t}`, 'aria-current': type === t ? 'true' : undefined }, `${fmt.words(t)} (${facets[t]})`)]));
    replace(body, filters, result.hits.length
      ? h('ol.results#search-results', result.hits.map(hit => h('li', { 'data-type': hit.type }, resultLine(hit))))
      : h('p#search-results', 'No matches.'));
  }).catch(error => showError(status, error));
  return null;
}

function resultLine(hit) {
  const d = hit.document || {};
  const link = (text) => {
    switch (hit.type) {
      case 'BOOKING': return h('a', { href: `#/booking/${hit.id}` }, text);
      default: return h('strong', text);
    }
  };
  const title = {
    AIRCRAFT: () => `${d.tailNumber} — ${d.manufacturer} ${d.model} (${d.baseAirport})`,
    BOOKING: () => `Booking ${fmt.shortId(hit.id)} — ${(d.route || d.legs?.map(l => `${l.from}→${l.to}`).join(', ') || '')} ${d.tailNumber || ''}`,
    CLIENT: () => `${d.companyName || d.name || d.contactName || 'Client'} ${d.email ? `<${d.email}>` : ''}`,
    CREW: () => `${d.name} — ${fmt.words(d.position)} (${d.baseAirport || ''})`,
    MAINTENANCE: () => `${d.tailNumber || ''} ${d.description || ''}`,
  }[hit.type]?.() || hit.id;
  return [badge(hit.type), ' ', link(title), d.status ? [' ', badge(d.status)] : null, highlights(hit.highlight)];
}

/** Elasticsearch's highlights hold <em> around the matched words; rebuilt as elements, not HTML. */
function highlights(highlight) {
  const fragments = Object.values(highlight || {}).flat().slice(0, 3);
  if (!fragments.length) return null;
  return h('div.muted', fragments.map((fragment, i) => [i ? ' … ' : '',
    fragment.split(/(<em>.*?<\/em>)/g).map(part => part.startsWith('<em>') ? h('em', part.slice(4, -5)) : part)]));
}
