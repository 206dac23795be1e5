// The operations board: today's and tomorrow's flights (UTC days) with aircraft, crew and a
// status that follows GET /flights/live without a reload.
import { api, stream } from '../api.js';
import { h, replace, fmt, badge, table, page, showError } from '../ui.js';

export function dayWindow() {
  const start = new Date();
  start.setUTCHours(0, 0, 0, 0);
  const end = new Date(start.getTime() + 2 * 86_400_000);
  return { start, end };
}

function firstDeparture(flight) {
  return flight.legs?.[0]?.plannedDeparture;
}

/** The leg flying or next to fly: what the board calls the flight's live state. */
function currentLeg(flight) {
  return flight.legs?.find(leg => leg.status !== 'ARRIVED') || flight.legs?.[flight.legs.length - 1];
}

export function route(flight) {
  const legs = flight.legs || [];
  return legs.length ? [legs[0].from, ...legs.map(leg => leg.to)].join(' → ') : '—';
}

export function boardPage(main) {
  const live = h('span.live', { 'data-state': 'connecting' }, 'Connecting…');
  const { root, status, body } = page('Operations board', h('p.muted', 'Flights departing today and tomorrow (UTC). ', live));
  main.append(root);
  const flights = new Map();
  const { start, end } = dayWindow();

  function inWindow(flight) {
    const departure = new Date(firstDeparture(flight));
    return departure >= start && departure < end;
  }

  function row(flight) {
    const leg = currentLeg(flight);
    return h('tr', { 'data-booking-id': flight.bookingId },
      h('td', fmt.dateTime(firstDeparture(flight))),
      h('td', h('a', { href: `#/booking/${flight.bookingId}` }, route(flight))),
      h('td', flight.tailNumber ? `${flight.tailNumber} (${flight.typeDesignator})` : '—'),
      h('td', (flight.crew || []).map(member => h('div', `${member.name} · ${fmt.words(member.role)}`))),
      h('td.num', String(flight.passengerCount ?? '—')),
      h('td', leg ? [`${leg.index + 1}/${flight.legs.length} `, badge(leg.status, { 'data-role': 'leg-status' })] : '—'),
      h('td', badge(flight.status, { 'data-role': 'booking-status' })));
  }

  function render(changedId) {
    const sorted = [...flights.values()].filter(inWindow)
      .sort((a, b) => new Date(firstDeparture(a)) - new Date(firstDeparture(b)));
    replace(body, table('Flights today and tomorrow',
      ['Departs', 'Route', 'Aircraft', 'Crew', 'Pax', 'Leg', 'Status'], sorted.map(row),
      { id: 'board', empty: 'No flights today or tomorrow.' }));
    if (changedId) body.querySelector(`tr[data-booking-id="${CSS.escape(changedId)}"]`)?.classList.add('flash');
  }

  api(`/flights?from=${start.toISOString()}&to=${end.toISOString()}&size=200`).then(page => {
    for (const flight of page.items) if (!flights.has(flight.bookingId)) flights.set(flight.bookingId, flight);
    render();
  }).catch(error => showError(status, error));

  const feed = stream('/flights/live', (type, flight) => {
    if (type !== 'flight' || !flight?.bookingId) return;
    const known = flights.get(flight.bookingId);
    if (known && known.version > flight.version) return;   // an older view arriving late
    flights.set(flight.bookingId, flight);
    render(flight.bookingId);
  }, state => {
    live.dataset.state = state;
    live.textContent = state === 'live' ? 'Live' : 'Reconnecting…';
  });
  return { cleanup: () => feed.stop() };
}
