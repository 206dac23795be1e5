// Finance dashboards drawn with ECharts: revenue by month, route and aircraft, utilization
// against the yearly target, quote-to-booking conversion, and invoices still to be paid.
import { api } from '../api.js';
import { allowed } from '../access.js';
import { h, replace, fmt, badge, table, page, showError } from '../ui.js';

const COLOURS = ['#0b5cad', '#1d7a3a', '#9a5b00', '#6a3fb5', '#b3261e', '#00838f'];

export function financePage(main, { role }) {
  const { root, status, body } = page('Finance', h('p.muted', 'Invoiced revenue over the last twelve months, this year\'s utilization and quote conversion.'));
  main.append(root);
  const kpis = h('div.kpis');
  const grid = h('div.grid');
  const outstandingSlot = h('div');
  body.append(kpis, grid, outstandingSlot);
  const charts = [];

  function panel(id, title) {
    const box = h('div.chart', { id, role: 'img', 'aria-label': title });
    const summary = h('p.visually-hidden');
    grid.append(h('section.card', { 'aria-labelledby': `${id}-title` }, h('h2', { id: `${id}-title` }, title), box, summary));
    const chart = window.echarts.init(box);
    charts.push(chart);
    return { chart, summary, box };
  }

  function bars({ chart, summary }, rows, { label, value, unit = 'USD', horizontal = false, markLine }) {
    const names = rows.map(label);
    const values = rows.map(r => Number(value(r)));
    // Horizontal bars read top-down, largest first: the category axis runs downwards.
    const category = { type: 'category', data: names, inverse: horizontal,
      axisLabel: { interval: 0, rotate: horizontal ? 0 : names.length > 6 ? 35 : 0 } };
    const numeric = { type: 'value', name: unit };
    chart.setOption({
      color: COLOURS,
      tooltip: { trigger: 'axis' },
      grid: { left: horizontal ? 90 : 60, right: 30, top: 30, bottom: 60 },
      xAxis: horizontal ? numeric : category,
      yAxis: horizontal ? category : numeric,
      series: [{ type: 'bar', data: values, name: unit, markLine, barMaxWidth: 48 }],
    });
    summary.textContent = rows.length ? names.map((n, i) => `${n}: ${fmt.number(values[i], 1)} ${unit}`).join('; ') : 'No data yet.';
    if (!rows.length) chart.setOption({ title: { text: 'No data yet', left: 'center', top: 'middle', textStyle: { color: '#5b6675', fontSize: 14 } } });
  }

  const today = new Date();
  const to = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 1)).toISOString().slice(0, 10);
  const fromDate = new Date(Date.UTC(today.getUTCFullYear() - 1, today.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
  const range = `from=${fromDate}&to=${to}`;
  const jobs = [];

  if (allowed('revenue', role)) {
    const byMonth = panel('revenue-month', 'Revenue by month');
    const byRoute = panel('revenue-route', 'Revenue by route');
    const byAircraft = panel('revenue-aircraft', 'Revenue by aircraft');
    jobs.push(api(`/dashboards/revenue?groupBy=MONTH&${range}`).then(rows => {
      bars(byMonth, rows, { label: r => `${r.key}${r.currency !== 'USD' ? ` ${r.currency}` : ''}`, value: r => r.revenue });
      const total = rows.reduce((sum, r) => sum + Number(r.revenue), 0);
      const count = rows.reduce((sum, r) => sum + Number(r.invoices), 0);
      kpis.append(kpi('Revenue, 12 months', fmt.money(total, 'USD'), 'kpi-revenue'), kpi('Invoiced trips', fmt.number(count), 'kpi-trips'));
    }));
    jobs.push(api(`/dashboards/revenue?groupBy=ROUTE&${range}`).then(rows =>
      bars(byRoute, rows.sort((a, b) => b.revenue - a.revenue).slice(0, 12), { label: r => r.key, value: r => r.revenue, horizontal: true })));
    jobs.push(Promise.all([api(`/dashboards/revenue?groupBy=AIRCRAFT&${range}`), api('/aircraft?size=200')]).then(([rows, fleet]) => {
      const tails = new Map(fleet.items.map(a => [a.aircraftId, a.tailNumber]));
      bars(byAircraft, rows.sort((a, b) => b.revenue - a.revenue), { label: r => tails.get(r.key) || fmt.shortId(r.key), value: r => r.revenue, horizontal: true });
    }));
  }
  if (allowed('utilization', role)) {
    const utilization = panel('utilization', `Utilization ${today.getUTCFullYear()}: flown hours against the yearly target`);
    jobs.push(api(`/dashboards/utilization?year=${today.getUTCFullYear()}`).then(rows => {
      const target = rows[0]?.targetHours ?? 800;
      bars(utilization, rows, {
        label: r => r.tailNumber, value: r => r.hours, unit: 'h',
        markLine: { symbol: 'none', data: [{ yAxis: Number(target), name: 'target' }], label: { formatter: `target ${target} h` }, lineStyle: { color: '#b3261e' } },
      });
      // The target dwarfs early-year hours; the axis still shows it so the gap is honest.
      utilization.chart.setOption({ yAxis: { max: v => Math.max(v.max, Number(target)) } });
      const flown = rows.reduce((sum, r) => sum + Number(r.hours), 0);
      kpis.append(kpi('Fleet hours this year', `${fmt.number(flown, 1)} h`, 'kpi-hours'),
        kpi('Of target', `${fmt.number(rows.length ? (100 * flown) / (rows.length * target) : 0, 2)} %`, 'kpi-target'));
    }));
  }
  if (allowed('conversion', role)) {
    const conversion = panel('conversion', 'Quotes and bookings by month');
    jobs.push(api(`/dashboards/conversion?${range}`).then(rows => {
      conversion.chart.setOption({
        color: COLOURS,
        tooltip: { trigger: 'axis' },
        legend: { bottom: 0 },
        grid: { left: 50, right: 50, top: 30, bottom: 60 },
        xAxis: { type: 'category', data: rows.map(r => r.month) },
        yAxis: [{ type: 'value', name: 'quotes' }, { type: 'value', name: '%', max: 100 }],
        series: [
          { name: 'Quotes', type: 'bar', data: rows.map(r => r.quotes), barMaxWidth: 32 },
          { name: 'Booked', type: 'bar', data: rows.map(r => r.booked), barMaxWidth: 32 },
          { name: 'Expired', type: 'bar', data: rows.map(r => r.expired), barMaxWidth: 32 },
          { name: 'Conversion %', type: 'line', yAxisIndex: 1, data: rows.map(r => Number(r.conversionPercent)) },
        ],
      });
      conversion.summary.textContent = rows.map(r => `${r.month}: ${r.quotes} quotes, ${r.booked} booked (${r.conversionPercent} %)`).join('; ');
      const quotes = rows.reduce((s, r) => s + r.quotes, 0);
      const booked = rows.reduce((s, r) => s + r.booked, 0);
      kpis.append(kpi('Quote conversion', `${fmt.number(quotes ? (100 * booked) / quotes : 0, 1)} %`, 'kpi-conversion'));
    }));
  }
  if (allowed('outstanding', role)) {
    jobs.push(api('/dashboards/outstanding').then(invoices => {
      const balance = invoices.reduce((sum, i) => sum + Number(i.balance), 0);
      kpis.append(kpi('Outstanding', fmt.money(balance, 'USD'), 'kpi-outstanding'));
      replace(outstandingSlot, h('h2', 'Outstanding invoices'), table('Invoices with a balance, soonest due first',
        ['Invoice', 'Booking', 'Total', 'Balance', 'Due', 'State'],
        invoices.map(i => h('tr',
          h('th', { scope: 'row' }, i.number),
          h('td', h('a', { href: `#/booking/${i.bookingId}` }, fmt.shortId(i.bookingId))),
          h('td.num', fmt.money(i.total, i.currency)),
          h('td.num', fmt.money(i.balance, i.currency)),
          h('td', fmt.date(i.dueOn)),
          h('td', i.overdue ? badge('OVERDUE') : badge('INVOICED')))),
        { id: 'outstanding', empty: 'Every invoice is paid.' }));
    }));
  }
  // Each chart measured its box when the grid held fewer panels: measure again now they are all in.
  charts.forEach(chart => chart.resize());
  Promise.all(jobs).then(() => { root.dataset.loaded = 'true'; }).catch(error => showError(status, error));
  const resize = () => charts.forEach(c => c.resize());
  window.addEventListener('resize', resize);
  return { cleanup() { window.removeEventListener('resize', resize); charts.forEach(c => c.dispose()); } };
}

function kpi(label, value, id) {
  return h('div.kpi', { id }, h('span.muted', label), h('strong', value));
}
