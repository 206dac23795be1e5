// The console's shell: sign-in, the role-aware navigation, the hash router and the search box.
import { session, logout } from './api.js';
import { allowed } from './access.js';
import { h, replace } from './ui.js';
import { loginPage } from './pages/login.js';
import { boardPage } from './pages/board.js';
import { fleetPage } from './pages/fleet.js';
import { mapPage } from './pages/map.js';
import { crewPage } from './pages/crew.js';
import { maintenancePage } from './pages/maintenance.js';
import { financePage } from './pages/finance.js';
import { searchPage } from './pages/search.js';
import { bookingPage } from './pages/booking.js';
import { quotePage } from './pages/quote.js';

// Order is the navigation's order; the first one a role may see is its home page.
const PAGES = [
  { path: 'board', label: 'Operations', feature: 'board', render: boardPage },
  { path: 'fleet', label: 'Fleet', feature: 'fleet', render: fleetPage },
  { path: 'map', label: 'Map', feature: 'map', render: mapPage },
  { path: 'crew', label: 'Crew', feature: 'crew', render: crewPage },
  { path: 'maintenance', label: 'Maintenance', feature: 'maintenance', render: maintenancePage },
  { path: 'finance', label: 'Finance', feature: 'finance', render: financePage },
  { path: 'quote', label: 'New quote', feature: 'quote', render: quotePage },
];
const HIDDEN = [
  { path: 'search', feature: 'search', render: searchPage },
  { path: 'booking', feature: 'flights', render: bookingPage },
];

const main = document.getElementById('main');
let current = null;   // the page on screen: its cleanup runs before the next one

function parseHash() {
  const [path = '', ...rest] = location.hash.replace(/^#\/?/, '').split('/');
  const [name, query = ''] = path.split('?');
  const params = new URLSearchParams(location.hash.split('?')[1] || query);
  return { name, args: rest.map(part => decodeURIComponent(part.split('?')[0])), params };
}

function home(role) {
  return PAGES.find(p => allowed(p.feature, role))?.path;
}

async function route() {
  current?.cleanup?.();
  current = null;
  const user = session.user;
  const top = document.getElementById('top');
  if (!user || !session.get()?.accessToken) {
    top.hidden = true;
    current = loginPage(main, () => { location.hash = `#/${home(session.role) || 'board'}`; route(); });
    return;
  }
  renderShell(user);
  const { name, args, params } = parseHash();
  const target = [...PAGES, ...HIDDEN].find(p => p.path === name);
  if (!target || !allowed(target.feature, user.role)) {
    const start = home(user.role);
    if (start && name !== start) { location.replace(`#/${start}`); return; }
    replace(main, h('section.page', h('h1', 'Nothing to show'),
      h('p', `The ${user.role.replaceAll('_', ' ').toLowerCase()} role has no console pages.`)));
    return;
  }
  document.querySelectorAll('#nav a').forEach(a => {
    if (a.dataset.path === name) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  });
  main.replaceChildren();
  current = target.render(main, { args, params, role: user.role }) || null;
  // Move focus to the new page's heading so keyboard and screen-reader users land on it.
  main.querySelector('h1')?.focus();
}

function renderShell(user) {
  const top = document.getElementById('top');
  top.hidden = false;
  replace(document.getElementById('nav'), PAGES.filter(p => allowed(p.feature, user.role)).map(p =>
    h('li', h('a', { href: `#/${p.path}`, dataset: { path: p.path } }, p.label))));
  document.getElementById('search-form').hidden = !allowed('search', user.role);
  const who = document.getElementById('who');
  replace(who, user.username, h('span.visually-hidden', `, ${user.role.replaceAll('_', ' ').toLowerCase()}`));
  who.title = `Signed in as ${user.username}, ${user.role.replaceAll('_', ' ').toLowerCase()}`;
}

document.getElementById('search-form').addEventListener('submit', event => {
  event.preventDefault();
  const q = event.target.q.value.trim();
  if (q) location.hash = `#/search?q=${encodeURIComponent(q)}`;
});
document.getElementById('sign-out').addEventListener('click', async () => {
  await logout();
  location.hash = '#/';
  route();
});
window.addEventListener('jetops:signed-out', () => route());
window.addEventListener('hashchange', route);
// "/" focuses the search box, as in most consoles (not while typing in a field).
document.addEventListener('keydown', event => {
  if (event.key === '/' && !/INPUT|SELECT|TEXTAREA/.test(document.activeElement?.tagName)) {
    const box = document.getElementById('search-box');
    if (!box.closest('form').hidden) { event.preventDefault(); box.focus(); }
  }
});
route();
