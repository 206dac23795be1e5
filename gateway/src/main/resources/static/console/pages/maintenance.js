// Maintenance due soon and overdue, with the margin left in days, hours and cycles.
import { api } from '../api.js';
import { h, replace, fmt, badge, table, page, showError, field } from '../ui.js';

export function maintenancePage(main) {
  const { root, status, body } = page('Maintenance due');
  const form = h('form.form-row', { 'aria-label': 'Due within' },
    field('Days', 'days', { type: 'number', min: '1', max: '3650', value: '90' }),
    field('Flight hours', 'hours', { type: 'number', min: '1', value: '100' }),
    field('Cycles', 'cycles', { type: 'number', min: '1', value: '100' }),
    h('button', { type: 'submit' }, 'Show'));
  root.insertBefore(form, status);
  main.append(root);

  async function load() {
    const query = new URLSearchParams(new FormData(form));
    try {
      const due = await api(`/maintenance/due?${query}`);
      const rows = due.items.sort((a, b) => (b.overdue - a.overdue) || ((a.dueNext?.daysLeft ?? 1e6) - (b.dueNext?.daysLeft ?? 1e6)))
        .map(item => {
          const next = item.dueNext || {};
          return h('tr', { 'data-item-id': item.maintenanceItemId },
            h('th', { scope: 'row' }, item.tailNumber),
            h('td', item.description, h('div.muted', [fmt.words(item.kind), item.adNumber && ` AD ${item.adNumber}`])),
            h('td', item.overdue ? badge('OVERDUE') : item.dueSoon ? badge('DUE_SOON') : badge(item.status)),
            h('td', fmt.date(next.onDate)),
            h('td.num', next.daysLeft ?? '—'),
            h('td.num', next.hoursLeft != null ? fmt.number(next.hoursLeft, 1) : '—'),
            h('td.num', next.cyclesLeft ?? '—'),
            h('td', item.deferral ? `Deferred (MEL) until ${fmt.date(item.deferral.until || item.deferral.deferredUntil)}` : '—'));
        });
      replace(body, table(`Due within ${due.days} days, ${due.hours} h or ${due.cycles} cycles (as of ${fmt.date(due.asOf)})`,
        ['Aircraft', 'Item', 'State', 'Due on', 'Days left', 'Hours left', 'Cycles left', 'Deferral'], rows,
        { id: 'maintenance-due', empty: 'Nothing due in that window.' }));
      replace(status);
    } catch (error) {
      showError(status, error);
    }
  }
  form.addEventListener('submit', event => { event.preventDefault(); load(); });
  load();
  return null;
}
