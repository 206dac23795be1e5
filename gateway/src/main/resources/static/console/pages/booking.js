// One booking: its legs, aircraft, crew and price; the audit timeline (who did what, when,
// from the event store); the booking "as of" an instant; a live status; and, for operations,
// reporting a leg's status.
import { api, stream } from '../api.js';
import { allowed } from '../access.js';
import { h, replace, fmt, badge, table, page, showError, field, showProblem, clearProblems, utcInstant, utcLocalValue } from '../ui.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function bookingPage(main, { args, role }) {
  // The id goes into API paths: only a booking id, so a crafted link cannot aim the page elsewhere.
  const id = UUID.test(args[0] || '') ? args[0] : '';
  const { root, status, body } = page(`Booking ${fmt.shortId(id)}`);
  main.append(root);
  if (!id) { replace(status, 'This is not a booking id.'); return null; }
  const details = h('div#booking-details');
  const asOfSlot = h('div');
  const timeline = h('div');
  body.append(details, asOfSlot, timeline);
  let feed = null;

  function render(flight) {
    replace(details,
      h('dl.facts',
        h('dt', 'Status'), h('dd', badge(flight.status, { id: 'booking-status' }), flight.reason ? ` — ${flight.reason}` : ''),
        h('dt', 'Booking'), h('dd', h('code', flight.bookingId)),
        h('dt', 'Aircraft'), h('dd', flight.tailNumber ? `${flight.tailNumber} (${flight.typeDesignator})` : '—'),
        h('dt', 'Passengers'), h('dd', String(flight.passengerCount)),
        h('dt', 'Crew'), h('dd', (flight.crew || []).map(c => `${c.name} (${fmt.words(c.role)})`).join(', ') || '—'),
        h('dt', 'Total'), h('dd', flight.price ? fmt.money(flight.price.total ?? totalOf(flight.price), flight.price.currency) : '—'),
        flight.invoiceId ? [h('dt', 'Invoice'), h('dd', h('code', flight.invoiceId))] : null),
      h('h2', 'Legs'),
      legsTable(flight, 'legs'),
      h('h2', 'Status history'),
      h('ul', (flight.history || []).map(step => h('li', fmt.dateTime(step.at), ' ', badge(step.status), step.note ? ` ${step.note}` : ''))),
      allowed('flightStatus', role) && ['CONFIRMED', 'IN_PROGRESS'].includes(flight.status) ? statusForm(flight) : null);
  }

  function statusForm(flight) {
    const next = flight.legs.find(leg => leg.status !== 'ARRIVED');
    if (!next) return null;
    const departed = Boolean(next.blockOff);
    const form = h('form.card', { novalidate: true, 'aria-labelledby': 'report-title' },
      h('h2#report-title', `Report leg ${next.index + 1}: ${next.from} → ${next.to}`),
      h('div.form-row',
        field('Status', 'status', { options: departed ? [['ARRIVED', 'Arrived'], ['DIVERTED', 'Diverted']] : [['DEPARTED', 'Departed'], ['DELAYED', 'Delayed']] }),
        field('At (UTC)', 'at', { type: 'datetime-local', value: utcLocalValue(new Date()), required: true }),
        departed ? field('Airborne minutes', 'airborneMinutes', { type: 'number', min: '1' }) : null,
        field('Reason (delay, diversion)', 'reason', {}),
        h('button', { type: 'submit' }, 'Report')),
      h('div.form-error'));
    form.addEventListener('submit', async event => {
      event.preventDefault();
      clearProblems(form);
      const data = Object.fromEntries(new FormData(form));
      try {
        await api(`/flights/${id}/status`, { method: 'POST', body: {
          legIndex: next.index, status: data.status, at: utcInstant(data.at),
          airborneMinutes: data.airborneMinutes ? Number(data.airborneMinutes) : undefined,
          reason: data.reason || undefined,
        } });
        replace(status, 'Reported; the page updates when the booking view has it.');
      } catch (error) {
        showProblem(form, error);
      }
    });
    return form;
  }

  // Just booked, the view may not exist yet: minVersion=0 waits (bounded) for it, and a 404 or
  // 503 is retried for a while before it counts.
  async function firstView(tries = 10) {
    try {
      return await api(`/flights/${id}?minVersion=0`);
    } catch (error) {
      if (tries <= 1 || ![404, 503].includes(error.status)) throw error;
      await new Promise(resolve => setTimeout(resolve, 1000));
      return firstView(tries - 1);
    }
  }
  firstView().then(flight => {
    render(flight);
    renderAsOf(flight);
    if (allowed('audit', role)) loadTimeline();
  }).catch(error => showError(status, error));

  // The booking view follows its own live feed: the saga's confirmation and leg reports appear without a reload.
  if (allowed('board', role)) {
    let latest = -1;
    feed = stream(`/flights/live?bookingId=${encodeURIComponent(id)}`, (type, flight) => {
      if (type !== 'flight' || flight.bookingId !== id || flight.version < latest) return;
      latest = flight.version;
      render(flight);
      if (allowed('audit', role)) loadTimeline();
    });
  }

  function renderAsOf(flight) {
    if (!allowed('asOf', role)) return;
    const first = flight.history?.[0]?.at;
    const form = h('form.card', { novalidate: true, 'aria-labelledby': 'asof-title' },
      h('h2#asof-title', 'As of'),
      h('p.muted', 'The booking exactly as it was at an instant, replayed from its events.'),
      h('div.form-row',
        field('Date and time (UTC)', 'at', { type: 'datetime-local', step: '1', value: utcLocalValue(defaultInstant(first), true), required: true }),
        h('button', { type: 'submit' }, 'Show as of')),
      h('div.form-error'));
    const result = h('div#as-of-result', { 'aria-live': 'polite' });
    form.addEventListener('submit', async event => {
      event.preventDefault();
      clearProblems(form);
      try {
        const at = utcInstant(form.at.value);
        const past = await api(`/flights/${id}/as-of?at=${encodeURIComponent(at)}`);
        replace(result, h('p', 'As of ', fmt.dateTimeSeconds(at), ': ', badge(past.status, { id: 'as-of-status' }),
          ` · ${past.tailNumber || 'no aircraft yet'} · ${(past.crew || []).length} crew`), legsTable(past, 'as-of-legs'));
      } catch (error) {
        if (error.status === 404) replace(result, h('p', 'The booking did not exist yet at that time.'));
        else showProblem(form, error);
      }
    });
    replace(asOfSlot, form, result);
  }

  async function loadTimeline() {
    try {
      const history = await api(`/audit/flights/${id}/history`);
      replace(timeline, h('h2', 'Audit timeline'), h('ol.timeline#audit-timeline', history.entries.map(entry => h('li',
        h('div.what', eventName(entry.eventType)),
        h('div', h('time', { datetime: entry.timestamp }, fmt.dateTimeSeconds(entry.timestamp)), ' · ', entry.username || 'system', entry.role ? ` (${fmt.words(entry.role)})` : '',
          entry.address ? ` from ${entry.address}` : ''),
        h('div.muted', `caused by ${entry.causedBy || '—'} · #${entry.sequenceNumber}`)))));
    } catch (error) {
      replace(timeline, h('h2', 'Audit timeline'), h('p.error', error.message));
    }
  }
  return { cleanup: () => feed?.stop() };
}

/** The second after the booking was requested: its first state, the one furthest from today's. */
function defaultInstant(first) {
  if (!first) return new Date();
  return new Date(Math.ceil((new Date(first).getTime() + 1) / 1000) * 1000);
}

function eventName(type) {
  return type.replace(/Event$/, '').replace(/([a-z])([A-Z])/g, '$1 $2');
}

function totalOf(price) {
  return (price.lines || []).reduce((sum, line) => sum + Number(line.amount.amount), 0);
}

export function legsTable(flight, id) {
  return table('Legs', ['#', 'Route', 'Planned', 'Actual', 'Passengers', 'Status'],
    (flight.legs || []).map(leg => h('tr',
      h('td', String(leg.index + 1)),
      h('td', `${leg.from} → ${leg.divertedTo ? `${leg.divertedTo} (diverted from ${leg.to})` : leg.to}`, leg.positioning ? h('div.muted', 'positioning') : null),
      h('td', fmt.dateTime(leg.plannedDeparture), h('div.muted', `arr ${fmt.time(leg.plannedArrival)}`)),
      h('td', leg.blockOff ? [fmt.dateTime(leg.blockOff), h('div.muted', `on ${fmt.time(leg.blockOn)}`)] : leg.estimatedDeparture ? `est ${fmt.dateTime(leg.estimatedDeparture)}` : '—'),
      h('td.num', String(leg.passengers)),
      h('td', badge(leg.status)))), { id });
}
