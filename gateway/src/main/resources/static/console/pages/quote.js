// Quote and book: price an itinerary for a client, read the offer line by line, then book it
// with the passenger manifest. The booking is confirmed (or refused) by the saga moments later;
// the booking page shows that live.
import { api, session } from '../api.js';
import { h, replace, fmt, badge, table, page, field, showProblem, clearProblems, utcInstant, utcLocalValue } from '../ui.js';

const SERVICES = [['CATERING', 'Catering'], ['GROUND_TRANSPORT', 'Ground transport'], ['CUSTOMS_HANDLING', 'Customs handling']];

export function quotePage(main, { role }) {
  const { root, status, body } = page('New quote', h('p.muted', 'Times are UTC.'));
  main.append(root);
  const clientSlot = h('div.field');
  const aircraftSlot = h('div.field');
  const tomorrow = new Date(Date.now() + 86_400_000);
  tomorrow.setUTCMinutes(0, 0, 0);
  const form = h('form#quote-form', { novalidate: true },
    h('fieldset', h('legend', 'Trip'),
      h('div.form-row',
        clientSlot,
        field('From (ICAO)', 'legs[0].from', { id: 'quote-from', required: true, maxlength: '4', autocapitalize: 'characters', value: 'KTEB', list: 'airport-codes' }),
        field('To (ICAO)', 'legs[0].to', { id: 'quote-to', required: true, maxlength: '4', autocapitalize: 'characters', value: 'KPBI', list: 'airport-codes' }),
        field('Departure (UTC)', 'legs[0].departure', { id: 'quote-departure', type: 'datetime-local', required: true, value: utcLocalValue(tomorrow) }),
        field('Passengers', 'legs[0].passengers', { id: 'quote-passengers', type: 'number', min: '1', max: '19', value: '2', required: true }),
        aircraftSlot),
      h('div.form-row', { role: 'group', 'aria-label': 'Services' },
        SERVICES.map(([value, label]) => h('label', h('input', { type: 'checkbox', name: 'services', value }), ` ${label}`)))),
    h('div.form-error'),
    h('button#request-quote', { type: 'submit' }, 'Request quote'));
  const offerSlot = h('div#offer');
  body.append(form, offerSlot);

  if (role === 'CLIENT') {
    clientSlot.append(h('input', { type: 'hidden', name: 'clientId', value: session.user.subjectId }));
  } else {
    api('/clients?size=100').then(page => {
      replace(clientSlot, field('Client', 'clientId', {
        id: 'quote-client', required: true,
        options: page.items.map(c => [c.clientId, clientName(c)]),
      }));
    }).catch(error => replace(clientSlot, h('span.error', error.message)));
  }

  // Staff may ask for one aircraft; by default the API offers the cheapest that fits.
  if (role !== 'CLIENT' && role !== 'BOOKING_AGENT') {
    api('/aircraft?status=AVAILABLE&size=200').then(page => replace(aircraftSlot, field('Aircraft', 'aircraftId', {
      id: 'quote-aircraft',
      options: [['', 'Cheapest that fits'], ...page.items.sort((a, b) => a.tailNumber.localeCompare(b.tailNumber))
        .map(a => [a.aircraftId, `${a.tailNumber} · ${a.model} · ${a.currentAirport}`])],
    }))).catch(() => aircraftSlot.remove());
  }

  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearProblems(form);
    replace(offerSlot);
    const button = form.querySelector('#request-quote');
    button.disabled = true;
    const data = new FormData(form);
    const request = {
      clientId: data.get('clientId'),
      legs: [{
        from: String(data.get('legs[0].from') || '').trim().toUpperCase(),
        to: String(data.get('legs[0].to') || '').trim().toUpperCase(),
        departure: utcInstant(data.get('legs[0].departure')),
        passengers: Number(data.get('legs[0].passengers')),
      }],
      services: data.getAll('services'),
      aircraftId: data.get('aircraftId') || undefined,
    };
    if (role === 'BOOKING_AGENT') request.agentId = session.user.subjectId;
    try {
      const quote = await api('/flights/quote', { method: 'POST', body: request });
      showOffer(quote);
    } catch (error) {
      showProblem(form, error);
    } finally {
      button.disabled = false;
    }
  });

  function showOffer(quote) {
    const offer = quote.offer;
    const passengers = quote.itinerary.reduce((max, leg) => Math.max(max, leg.passengers), 0);
    const manifest = h('form#book-form', { novalidate: true },
      h('h2', 'Passengers'),
      Array.from({ length: passengers }, (_, i) => h('fieldset', h('legend', `Passenger ${i + 1}`), h('div.form-row',
        field('Full name', `passengers[${i}].name`, { id: `pax-${i}-name`, required: true, autocomplete: 'off' }),
        field('Date of birth', `passengers[${i}].dateOfBirth`, { id: `pax-${i}-dob`, type: 'date', required: true }),
        field('Nationality (ISO)', `passengers[${i}].nationality`, { id: `pax-${i}-nationality`, maxlength: '2', value: 'US', required: true }),
        field('Passport number', `passengers[${i}].passportNumber`, { id: `pax-${i}-passport`, required: true, autocapitalize: 'characters' }),
        field('Weight (kg)', `passengers[${i}].weightKg`, { id: `pax-${i}-weight`, type: 'number', min: '1' })))),
      h('div.form-error'),
      h('button#book', { type: 'submit' }, `Book for ${fmt.money(offer.price.total)}`));
    replace(offerSlot,
      h('section.card#quote-offer', { 'aria-labelledby': 'offer-title', 'data-quote-id': quote.quoteId },
        h('h2#offer-title', `Offer: ${offer.tailNumber} (${offer.typeDesignator}, ${fmt.words(offer.category)}, ${offer.seats} seats)`),
        h('p', 'Valid until ', fmt.dateTime(quote.validUntil), ' · total ', h('strong#quote-total', fmt.money(offer.price.total))),
        table('Legs', ['Route', 'Departs', 'Arrives', 'Passengers'], offer.legs.map(leg => h('tr',
          h('td', `${leg.from} → ${leg.to}`, leg.positioning ? h('div.muted', 'positioning') : null),
          h('td', fmt.dateTime(leg.departure)), h('td', fmt.dateTime(leg.arrival)), h('td.num', String(leg.passengers))))),
        h('h2', 'Price'),
        table('Price lines', ['Line', 'Amount'], [
          ...offer.price.lines.map(line => h('tr', h('td', line.description), h('td.num', fmt.money(line.amount)))),
          h('tr', h('th', { scope: 'row' }, 'Total'), h('td.num', h('strong', fmt.money(offer.price.total)))),
        ]),
        (quote.alternatives || []).length ? [h('h2', 'Alternatives'), h('ul', quote.alternatives.map(alt =>
          h('li', `${alt.tailNumber} (${alt.typeDesignator}, ${fmt.words(alt.category)}): ${fmt.money(alt.price.total)}`)))] : null,
        manifest));
    offerSlot.querySelector('h2').setAttribute('tabindex', '-1');
    offerSlot.querySelector('h2').focus();
    manifest.addEventListener('submit', async event => {
      event.preventDefault();
      clearProblems(manifest);
      const data = new FormData(manifest);
      const people = Array.from({ length: passengers }, (_, i) => ({
        name: data.get(`passengers[${i}].name`),
        dateOfBirth: data.get(`passengers[${i}].dateOfBirth`) || null,
        nationality: String(data.get(`passengers[${i}].nationality`) || '').toUpperCase(),
        passportNumber: String(data.get(`passengers[${i}].passportNumber`) || '').toUpperCase(),
        weightKg: data.get(`passengers[${i}].weightKg`) ? Number(data.get(`passengers[${i}].weightKg`)) : undefined,
      }));
      try {
        const accepted = await api('/flights', { method: 'POST', body: { quoteId: quote.quoteId, passengers: people } });
        replace(status, 'Booked: ', badge(accepted.status), ' — opening the booking…');
        location.hash = `#/booking/${accepted.bookingId}`;
      } catch (error) {
        showProblem(manifest, error);
      }
    });
  }
  return null;
}

function clientName(client) {
  const profile = client.profile || {};
  return profile.companyName || profile.contact?.name || profile.name || profile.email || client.clientId;
}
