// The session and every call to the API. Tokens live in sessionStorage (gone with the tab) and
// travel only in the Authorization header, never in a URL.
const KEY = 'jetops.session';

export class ProblemError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }
  /** The message for one field of the request, or undefined. */
  fieldMessage(field) {
    return (this.problem.errors || []).find(e => e.field === field)?.message;
  }
  get code() { return this.problem.code; }
}

export const session = {
  get() {
    try { return JSON.parse(sessionStorage.getItem(KEY)); } catch { return null; }
  },
  save(tokens) {
    sessionStorage.setItem(KEY, JSON.stringify({
      accessToken: tokens.accessToken,
      refreshToken: tokens.refreshToken,
      expiresAt: Date.now() + tokens.expiresIn * 1000,
      secondFactor: tokens.secondFactor,
      user: tokens.user,
    }));
  },
  clear() { sessionStorage.removeItem(KEY); },
  get user() { return this.get()?.user; },
  get role() { return this.get()?.user?.role; },
};

let refreshing = null;

/** Rotates the refresh token once for all callers waiting on it; the session ends if it fails. */
async function refresh() {
  const current = session.get();
  if (!current?.refreshToken) throw new ProblemError(401, { detail: 'Signed out' });
  refreshing ??= (async () => {
    try {
      const answer = await fetch('/auth/refresh-token', {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ refreshToken: current.refreshToken }),
      });
      if (!answer.ok) {
        session.clear();
        throw new ProblemError(answer.status, await problemOf(answer));
      }
      session.save(await answer.json());
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

async function problemOf(answer) {
  const text = await answer.text();
  try { return JSON.parse(text); } catch { return { detail: text || answer.statusText }; }
}

/** A fresh access token: refreshed a minute before it expires. */
export async function accessToken() {
  const current = session.get();
  if (!current) throw new ProblemError(401, { detail: 'Signed out' });
  if (current.expiresAt - Date.now() < 60_000) await refresh();
  return session.get().accessToken;
}

/**
 * Calls the API through the gateway. JSON in, JSON out; a problem+json answer becomes a
 * ProblemError carrying the fields at fault. A 401 is retried once after a refresh.
 */
export async function api(path, { method = 'GET', body, headers = {}, retried = false } = {}) {
  const token = await accessToken();
  const answer = await fetch(path, {
    method,
    headers: {
      Accept: 'application/json',
      Authorization: `Bearer ${token}`,
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...headers,
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  if (answer.status === 401 && !retried) {
    await refresh();
    return api(path, { method, body, headers, retried: true });
  }
  if (!answer.ok) {
    const problem = await problemOf(answer);
    if (answer.status === 401) { session.clear(); window.dispatchEvent(new Event('jetops:signed-out')); }
    throw new ProblemError(answer.status, problem);
  }
  if (answer.status === 204) return null;
  const type = answer.headers.get('Content-Type') || '';
  return type.includes('json') ? answer.json() : answer.text();
}

/** Signs in (no token yet): the same problem handling as api(). */
export async function login(request) {
  const answer = await fetch('/auth/login', {
    method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(request),
  });
  if (!answer.ok) throw new ProblemError(answer.status, await problemOf(answer));
  const tokens = await answer.json();
  session.save(tokens);
  return tokens;
}

export async function logout() {
  try { await api('/auth/logout'); } catch { /* the session ends here either way */ }
  session.clear();
}

/**
 * Follows a Server-Sent Events stream with the Authorization header (EventSource cannot send
 * one): fetch with a streaming reader, parsed line by line; reconnects with backoff until
 * stop() is called. onEvent(type, data) gets each event's parsed JSON.
 */
export function stream(path, onEvent, onState = () => {}) {
  let stopped = false;
  let controller = null;
  let delay = 1000;
  async function connect() {
    while (!stopped) {
      controller = new AbortController();
      try {
        const token = await accessToken();
        const answer = await fetch(path, {
          headers: { Accept: 'text/event-stream', Authorization: `Bearer ${token}` },
          signal: controller.signal,
        });
        if (answer.status === 401) {
          try {
            await refresh();
          } catch (refused) {
            // The session is over (refresh refused, not a network blip): back to sign-in rather
            // than "Reconnecting…" for ever.
            if (!(refused instanceof ProblemError)) throw refused;
            session.clear();
            window.dispatchEvent(new Event('jetops:signed-out'));
            return;
          }
          continue;
        }
        if (!answer.ok || !answer.body) throw new Error(`HTTP ${answer.status}`);
        onState('live');
        delay = 1000;
        await readEvents(answer.body, onEvent);
        // The server closed the stream (it times out long-lived ones): reconnect at once.
      } catch (error) {
        if (stopped) return;
        onState('reconnecting');
        await new Promise(resolve => setTimeout(resolve, delay));
        delay = Math.min(delay * 2, 30_000);
      }
    }
  }
  connect();
  return { stop() { stopped = true; controller?.abort(); } };
}

async function readEvents(body, onEvent) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let type = 'message';
  let data = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let newline;
    while ((newline = buffer.search(/\r?\n/)) >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + (buffer[newline] === '\r' ? 2 : 1));
      if (line === '') {
        if (data.length) {
          const text = data.join('\n');
          let parsed = text;
          try { parsed = JSON.parse(text); } catch { /* a plain-text event */ }
          onEvent(type, parsed);
        }
        type = 'message';
        data = [];
      } else if (line.startsWith(':')) {
        // a comment: the server's heartbeat
      } else {
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        let value = colon < 0 ? '' : line.slice(colon + 1);
        if (value.startsWith(' ')) value = value.slice(1);
        if (field === 'event') type = value;
        else if (field === 'data') data.push(value);
      }
    }
  }
}
