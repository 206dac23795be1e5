// The fleet map, offline: the world outline bundled with ECharts (no tile server), the airports
// the fleet is based at or flies to, and each aircraft at its latest reported position, or
// else at the airport it is on. Positions follow GET /aircraft/live.
import { api, stream } from '../api.js';
import { allowed } from '../access.js';
import { h, page, showError, fmt } from '../ui.js';
import { dayWindow } from './board.js';

/** The latest reported position of the fleet view (POST /aircraft/{id}/positions); null when none. */
export function reportedPosition(aircraft) {
  const position = aircraft.position;
  if (!position || !Number.isFinite(position.lat) || !Number.isFinite(position.lon)) return null;
  return { lat: position.lat, lon: position.lon, at: position.time };
}

export function mapPage(main, { role }) {
  const live = h('span.live');
  const { root, status, body } = page('Fleet map', h('p.muted',
    'Aircraft at their latest reported position or on the ground where they are; airports of the fleet and of today\'s and tomorrow\'s flights. ', live));
  main.append(root);
  const chartBox = h('div.map#fleet-map', { role: 'img', 'aria-label': 'World map of airports and aircraft' });
  const list = h('ul.muted#map-legend');
  body.append(chartBox, h('h2', 'On the map'), list);
  if (!window.echarts) { showError(status, new Error('The chart library did not load')); return null; }
  const chart = window.echarts.init(chartBox);
  const fleet = new Map();
  let airports = new Map();
  let routes = [];

  function where(aircraft) {
    const position = reportedPosition(aircraft);
    if (position) return { ...position, reported: true };
    const airport = airports.get(aircraft.currentAirport) || airports.get(aircraft.baseAirport);
    return airport ? { lat: airport.latitude, lon: airport.longitude, reported: false } : null;
  }

  function draw() {
    const planes = [...fleet.values()].map(a => ({ aircraft: a, at: where(a) })).filter(p => p.at);
    const used = new Set([...fleet.values()].flatMap(a => [a.currentAirport, a.baseAirport]));
    routes.forEach(r => { used.add(r.from); used.add(r.to); });
    const airportPoints = [...airports.values()].filter(a => used.has(a.icao))
      .map(a => ({ name: a.icao, value: [a.longitude, a.latitude], label: `${a.icao} ${a.name}` }));
    const lines = routes.filter(r => airports.has(r.from) && airports.has(r.to)).map(r => ({
      coords: [[airports.get(r.from).longitude, airports.get(r.from).latitude],
        [airports.get(r.to).longitude, airports.get(r.to).latitude]],
      name: `${r.from} → ${r.to}`,
    }));
    chart.setOption({
      backgroundColor: '#dfe9f3',
      // ECharts writes tooltips as HTML: names and models are data, so they are escaped.
      tooltip: { trigger: 'item', formatter: p => window.echarts.format.encodeHTML(String(p.data?.label || p.name || '')) },
      geo: {
        map: 'world', roam: true, center: [-95, 38], zoom: 3.2,
        itemStyle: { areaColor: '#f4f1ea', borderColor: '#9aa5b4' },
        emphasis: { itemStyle: { areaColor: '#ece6d8' }, label: { show: false } },
      },
      series: [
        { name: 'Routes', type: 'lines', coordinateSystem: 'geo', data: lines,
          lineStyle: { color: '#0b5cad', width: 1.5, opacity: .6, curveness: .2 } },
        { name: 'Airports', type: 'scatter', coordinateSystem: 'geo', data: airportPoints, symbolSize: 6,
          // Airport codes below the dot, tail numbers above the aircraft: close airports (New York) stay readable.
          itemStyle: { color: '#5b6675' }, label: { show: true, formatter: '{b}', position: 'bottom', fontSize: 9, color: '#37424f' } },
        { name: 'Aircraft', type: 'scatter', coordinateSystem: 'geo', symbol: 'triangle', symbolSize: 13,
          data: planes.map(({ aircraft, at }) => ({
            name: aircraft.tailNumber, value: [at.lon, at.lat],
            label: `${aircraft.tailNumber} ${aircraft.model} · ${fmt.words(aircraft.status)} · ${at.reported ? 'reported position' : (aircraft.currentAirport || aircraft.baseAirport)}`,
            itemStyle: { color: aircraft.status === 'AVAILABLE' ? '#1d7a3a' : aircraft.status === 'GROUNDED' ? '#b3261e' : '#0b5cad' },
          })),
          label: { show: true, formatter: '{b}', position: 'top', fontSize: 11, fontWeight: 'bold', color: '#0f2540' } },
      ],
    }, true);
    // The same facts as text, for keyboards and screen readers (a canvas says nothing).
    list.replaceChildren(...planes.map(({ aircraft, at }) => h('li', { 'data-aircraft-id': aircraft.aircraftId },
      `${aircraft.tailNumber} (${aircraft.model}) — ${fmt.words(aircraft.status)} — `,
      at.reported ? `${at.lat.toFixed(2)}, ${at.lon.toFixed(2)}${at.at ? ` at ${fmt.time(at.at)}` : ''}` : (aircraft.currentAirport || aircraft.baseAirport))));
  }

  const { start, end } = dayWindow();
  const flightsToday = allowed('flights', role)
    ? api(`/flights?from=${start.toISOString()}&to=${end.toISOString()}&size=200`).catch(() => ({ items: [] }))
    : Promise.resolve({ items: [] });
  Promise.all([api('/aircraft?size=200'), flightsToday]).then(async ([aircraft, flights]) => {
    aircraft.items.forEach(a => fleet.set(a.aircraftId, a));
    routes = flights.items.flatMap(f => f.legs.map(leg => ({ from: leg.from, to: leg.to })));
    const codes = new Set([...fleet.values()].flatMap(a => [a.currentAirport, a.baseAirport]).filter(Boolean));
    routes.forEach(r => { codes.add(r.from); codes.add(r.to); });
    const found = codes.size ? await api(`/airports?codes=${[...codes].join(',')}`) : [];
    airports = new Map(found.map(a => [a.icao, a]));
    draw();
  }).catch(error => showError(status, error));

  const resize = () => chart.resize();
  window.addEventListener('resize', resize);
  let feed = null;
  if (allowed('fleetLive', role)) {
    feed = stream('/aircraft/live', async (type, aircraft) => {
      // A position report moves the aircraft only; an aircraft event replaces its view.
      if (type === 'position' && aircraft?.aircraftId && fleet.has(aircraft.aircraftId)) {
        fleet.set(aircraft.aircraftId, { ...fleet.get(aircraft.aircraftId), position: aircraft.position });
        draw();
        return;
      }
      if (type !== 'aircraft' || !aircraft?.aircraftId) return;
      const known = fleet.get(aircraft.aircraftId);
      if (known && known.version > aircraft.version) return;
      fleet.set(aircraft.aircraftId, { ...known, ...aircraft });
      const code = aircraft.currentAirport;
      if (code && !airports.has(code)) {
        (await api(`/airports?codes=${code}`).catch(() => [])).forEach(a => airports.set(a.icao, a));
      }
      draw();
    }, state => { live.dataset.state = state; live.textContent = state === 'live' ? 'Live' : 'Reconnecting…'; });
  }
  return { cleanup() { feed?.stop(); window.removeEventListener('resize', resize); chart.dispose(); } };
}
