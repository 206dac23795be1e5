// Small DOM and formatting helpers: the console has no framework and no build step.

/** h('tag.class#id', {attrs}, ...children): an element; strings become text (never HTML). */
export function h(spec, attrs = {}, ...children) {
  const [, tag = 'div', rest = ''] = spec.match(/^([a-z0-9-]*)(.*)$/i);
  const node = document.createElement(tag || 'div');
  for (const part of rest.match(/[.#][^.#]+/g) || []) {
    if (part[0] === '.') node.classList.add(part.slice(1)); else node.id = part.slice(1);
  }
  if (attrs instanceof Node || typeof attrs !== 'object' || Array.isArray(attrs)) {
    children.unshift(attrs);
    attrs = {};
  }
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) node.addEventListener(name.slice(2).toLowerCase(), value);
    else if (name === 'dataset') Object.assign(node.dataset, value);
    else if (value === true) node.setAttribute(name, '');
    else node.setAttribute(name, value);
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function replace(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

const dateTime = new Intl.DateTimeFormat(undefined, {
  weekday: 'short', day: '2-digit', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC',
});
const dateTimeSeconds = new Intl.DateTimeFormat(undefined, {
  day: '2-digit', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZone: 'UTC',
});
const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });
const date = new Intl.DateTimeFormat(undefined, { day: '2-digit', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** Times are shown in UTC (Zulu), as operations do, and say so. */
export const fmt = {
  dateTime: v => (v ? `${dateTime.format(new Date(v))} Z` : '—'),
  dateTimeSeconds: v => (v ? `${dateTimeSeconds.format(new Date(v))} Z` : '—'),
  time: v => (v ? `${time.format(new Date(v))} Z` : '—'),
  date: v => (v ? date.format(new Date(v.length === 10 ? `${v}T00:00:00Z` : v)) : '—'),
  money(amount, currency) {
    if (amount === null || amount === undefined) return '—';
    if (typeof amount === 'object') ({ amount, currency } = amount);
    return new Intl.NumberFormat(undefined, { style: 'currency', currency: currency || 'USD' }).format(Number(amount));
  },
  number: (v, digits = 0) => new Intl.NumberFormat(undefined, { maximumFractionDigits: digits }).format(Number(v ?? 0)),
  words: v => (v ? String(v).replaceAll('_', ' ').toLowerCase().replace(/^./, c => c.toUpperCase()) : '—'),
  hours: minutes => `${(Number(minutes || 0) / 60).toFixed(1)} h`,
  shortId: v => (v ? String(v).slice(0, 8) : '—'),
};

/** A status badge; data-status lets the CSS colour it and the tests find it. */
export function badge(status, extra = {}) {
  return h('span.badge', { 'data-status': status, ...extra }, fmt.words(status));
}

export function table(caption, headers, rows, { empty = 'Nothing to show.', id } = {}) {
  return h('div.table-wrap', { tabindex: '0', role: 'region', 'aria-label': caption },
    h('table', { id },
      h('caption', caption),
      h('thead', h('tr', headers.map(header => h('th', { scope: 'col' }, header)))),
      h('tbody', rows.length ? rows : h('tr', h('td.empty', { colspan: String(headers.length) }, empty)))));
}

/** A page's heading plus an error slot and a body; returns the parts. */
export function page(title, ...intro) {
  const heading = h('h1', { tabindex: '-1' }, title);
  const status = h('p.status', { role: 'status', 'aria-live': 'polite' });
  const body = h('div.page-body');
  return { root: h('section.page', heading, ...intro, status, body), heading, status, body };
}

export function showError(slot, error) {
  replace(slot, h('span.error', { role: 'alert' }, error?.message || String(error)));
}

/**
 * Shows a refusal next to the fields it names (inputs with that name in the form); what names
 * no field goes to the form's general slot.
 */
export function showProblem(form, error) {
  clearProblems(form);
  const general = form.querySelector('.form-error');
  let placed = false;
  for (const { field, message } of error.problem?.errors || []) {
    const input = field && form.querySelector(`[name="${CSS.escape(field)}"]`);
    if (input) {
      const note = h('span.field-error', { id: `${input.id}-error`, role: 'alert' }, message);
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', note.id);
      input.closest('label, .field')?.append(note);
      if (!placed) input.focus();
      placed = true;
    }
  }
  if (!placed && general) replace(general, h('span.error', { role: 'alert' }, error.message));
}

export function clearProblems(form) {
  form.querySelectorAll('.field-error').forEach(note => note.remove());
  form.querySelectorAll('[aria-invalid]').forEach(input => input.removeAttribute('aria-invalid'));
  const general = form.querySelector('.form-error');
  if (general) general.replaceChildren();
}

/** A labelled input; the label wraps it so errors can sit right under it. */
export function field(label, name, attrs = {}) {
  const id = attrs.id || `f-${name.replace(/[^a-z0-9]/gi, '-')}`;
  const control = attrs.options
    ? h('select', { id, name, ...withoutOptions(attrs) },
      attrs.options.map(([value, text]) => h('option', { value, selected: value === attrs.value }, text)))
    : h('input', { id, name, ...attrs });
  return h('label.field', { for: id }, h('span.label', label), control);
}

function withoutOptions({ options, value, ...rest }) { return rest; }

/** ISO instant of a datetime-local value read as UTC (the console works in UTC). */
export function utcInstant(localValue) {
  if (!localValue) return null;
  return new Date(`${localValue}${localValue.length === 16 ? ':00' : ''}Z`).toISOString();
}

/** datetime-local value (UTC) of an instant, to the minute or, with seconds, to the second. */
export function utcLocalValue(instant, seconds = false) {
  return new Date(instant).toISOString().slice(0, seconds ? 19 : 16);
}
