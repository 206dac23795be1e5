// The fleet: status, where each aircraft is, its next reservation and the maintenance due next.
import { api, stream } from '../api.js';
import { allowed } from '../access.js';
import { h, replace, fmt, badge, table, page, showError } from '../ui.js';

/** The maintenance item due soonest (overdue first) per aircraft id, from GET /maintenance/due. */
export async function dueByAircraft(role) {
  if (!allowed('maintenance', role)) return new Map();
  const due = await api('/maintenance/due?days=90&hours=100&cycles=100');
  const byAircraft = new Map();
  for (const item of due.items) {
    const known = byAircraft.get(item.aircraftId);
    if (!known || rank(item) < rank(known)) byAircraft.set(item.aircraftId, item);
  }
  return byAircraft;
}

function rank(item) {
  return (item.overdue ? -1e9 : 0) + (item.dueNext?.daysLeft ?? 1e6);
}

export function dueText(item) {
  if (!item) return '—';
  const next = item.dueNext || {};
  const margin = [next.daysLeft != null && `${next.daysLeft} d`, next.hoursLeft != null && `${fmt.number(next.hoursLeft, 1)} h`,
    next.cyclesLeft != null && `${next.cyclesLeft} cyc`].filter(Boolean).join(' / ');
  return [item.overdue ? badge('OVERDUE') : item.dueSoon ? badge('DUE_SOON') : null, ' ',
    `${item.description}`, h('div.muted', margin ? `${margin} left` : fmt.date(next.onDate))];
}

export function fleetPage(main, { role }) {
  const live = h('span.live');
  const { root, status, body } = page('Fleet', h('p.muted', 'Status, location, next reservation and maintenance due. ', live));
  main.append(root);
  const fleet = new Map();
  let due = new Map();

  function render(changedId) {
    const rows = [...fleet.values()].sort((a, b) => a.tailNumber.localeCompare(b.tailNumber)).map(aircraft => {
      const next = aircraft.nextReservation;
      return h('tr', { 'data-aircraft-id': aircraft.aircraftId, class: aircraft.aircraftId === changedId ? 'flash' : undefined },
        h('th', { scope: 'row' }, aircraft.tailNumber),
        h('td', `${aircraft.manufacturer} ${aircraft.model}`, h('div.muted', `${aircraft.typeDesignator} · ${fmt.words(aircraft.category)} · ${aircraft.seatingCapacity} seats`)),
        h('td', badge(aircraft.status)),
        h('td', aircraft.currentAirport || '—', h('div.muted', `base ${aircraft.baseAirport}`)),
        h('td', next ? [fmt.dateTime(next.window.start), h('div.muted',
          next.bookingId ? h('a', { href: `#/booking/${next.bookingId}` }, `${fmt.words(next.kind)} ${fmt.words(next.status)}`)
            : fmt.words(next.kind))] : '—'),
        h('td.num', fmt.hours(aircraft.airborneMinutes), h('div.muted', `${aircraft.cycles} cycles`)),
        h('td', dueText(due.get(aircraft.aircraftId))));
    });
    replace(body, table('Aircraft', ['Tail', 'Aircraft', 'Status', 'Location', 'Next reservation', 'Flown', 'Maintenance due'],
      rows, { id: 'fleet', empty: 'No aircraft registered.' }));
  }

  Promise.all([api('/aircraft?size=200'), dueByAircraft(role).catch(() => new Map())]).then(([aircraft, byAircraft]) => {
    aircraft.items.forEach(a => fleet.set(a.aircraftId, a));
    due = byAircraft;
    render();
  }).catch(error => showError(status, error));

  if (!allowed('fleetLive', role)) return null;
  const feed = stream('/aircraft/live', (type, aircraft) => {
    if (type !== 'aircraft' || !aircraft?.aircraftId) return;
    const known = fleet.get(aircraft.aircraftId);
    if (known && known.version > aircraft.version) return;
    fleet.set(aircraft.aircraftId, { ...known, ...aircraft, nextReservation: aircraft.nextReservation ?? known?.nextReservation });
    render(aircraft.aircraftId);
  }, state => { live.dataset.state = state; live.textContent = state === 'live' ? 'Live' : 'Reconnecting…'; });
  return { cleanup: () => feed.stop() };
}
