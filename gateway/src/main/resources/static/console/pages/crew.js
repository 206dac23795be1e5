// The crew roster: who is on duty or free, the coming duties with their legality checks and
// warnings, and qualifications about to expire.
import { api } from '../api.js';
import { h, replace, fmt, badge, table, page, showError } from '../ui.js';

const DAY = 86_400_000;

export function crewPage(main) {
  const { root, status, body } = page('Crew roster', h('p.muted', 'Duties of the next 14 days with their Part 135 checks; qualifications expiring within 60 days.'));
  main.append(root);
  const from = new Date(Date.now() - DAY);
  const to = new Date(Date.now() + 14 * DAY);
  Promise.all([
    api(`/crew/assignments?from=${from.toISOString()}&to=${to.toISOString()}`),
    api('/crew/expiring?days=60'),
    api('/crew?size=200'),
  ]).then(([assignments, expiring, crew]) => {
    const dutyRows = assignments.assignments
      .sort((a, b) => new Date(a.duty.start) - new Date(b.duty.start))
      .map(duty => {
        const broken = (duty.checks || []).filter(check => !check.withinLimit);
        const warnings = [...(duty.warnings || []).map(warningText), ...broken.map(check => `${fmt.words(check.rule)} over the limit`)];
        return h('tr', { class: warnings.length ? 'has-warning' : undefined },
          h('th', { scope: 'row' }, duty.name),
          h('td', fmt.words(duty.role)),
          h('td', duty.typeDesignator),
          h('td', fmt.dateTime(duty.duty.start), h('div.muted', `to ${fmt.dateTime(duty.duty.end)}`)),
          h('td.num', fmt.hours(duty.flightSeconds / 60), h('div.muted', `duty ${fmt.hours(duty.dutySeconds / 60)}`)),
          h('td', h('a', { href: `#/booking/${duty.bookingId}` }, fmt.shortId(duty.bookingId))),
          h('td', warnings.length ? warnings.map(w => h('div.warning', '⚠ ', w))
            : h('span', { title: (duty.checks || []).map(c => fmt.words(c.rule)).join(', ') }, badge('VALID'), ` ${(duty.checks || []).length} checks passed`)));
      });
    const expiringRows = expiring.items.map(item => h('tr',
      h('th', { scope: 'row' }, item.name, h('div.muted', `${item.employeeId} · ${fmt.words(item.position)}`)),
      h('td', fmt.words(item.qualification.type), item.qualification.name ? ` ${item.qualification.name}` : ''),
      h('td', fmt.date(item.expiresOn)),
      h('td', item.expired ? badge('EXPIRED') : badge('EXPIRING_SOON', {}), ` ${item.daysLeft} d`)));
    const members = crew.items.map(member => h('tr',
      h('th', { scope: 'row' }, member.name, h('div.muted', member.employeeId)),
      h('td', fmt.words(member.position)),
      h('td', member.baseAirport),
      h('td', (member.qualifications?.typeRatings || []).map(r => r.typeDesignator).join(', ') || '—'),
      h('td', badge(member.availability?.status || 'AVAILABLE'),
        member.availability?.until ? h('div.muted', `until ${fmt.dateTime(member.availability.until)}`) : null)));
    replace(body,
      table('Duties and legality', ['Crew member', 'Role', 'Type', 'Duty', 'Flight time', 'Booking', 'Legality'], dutyRows,
        { id: 'roster', empty: 'No duties in the next 14 days.' }),
      h('h2', 'Expiring qualifications'),
      table('Qualifications expiring within 60 days', ['Crew member', 'Qualification', 'Expires', 'Status'], expiringRows,
        { id: 'expiring', empty: 'Nothing expires within 60 days.' }),
      h('h2', 'Crew'),
      table('All crew', ['Name', 'Position', 'Base', 'Type ratings', 'Availability'], members, { id: 'crew' }));
  }).catch(error => showError(status, error));
  return null;
}

function warningText(warning) {
  if (typeof warning === 'string') return fmt.words(warning);
  return warning.message || warning.detail || fmt.words(warning.kind || warning.type || warning.rule || JSON.stringify(warning));
}
