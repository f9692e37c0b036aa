// A Lean Coffee board that keeps itself current: the server sends an event whenever the session changes (on any
// instance), and the board is fetched again. The countdown runs from the server's clock, not the browser's. While the
// board cannot be kept current (its event stream dropped, or the server cannot answer: its database is away), it says
// "Reconnecting…" above the board and tries again, less often each time; once back, it clears that and catches up.
// Without JavaScript the page works with reloads.

const board = () => document.getElementById('lc-board');
const RECONNECTING = 'Reconnecting…';

// A status region above the board (outside it, so that redrawing the board keeps it), present from the start and
// empty, so that screen readers announce the text put in it.
const liveStatus = document.createElement('p');
liveStatus.id = 'lc-live-status';
liveStatus.className = 'lc-live-status';
liveStatus.setAttribute('role', 'status');
board()?.before(liveStatus);

let streamLost = false; // the event stream failed and is not open again yet
let boardStale = false; // the last fetch of the board failed

function showLiveState() {
  liveStatus.textContent = streamLost || boardStale ? RECONNECTING : '';
}

/** The pause before attempt number {@code failures} + 1: doubling from 1 s up to 30 s, with jitter so tabs spread out. */
function backoff(failures) {
  return Math.min(30000, 1000 * 2 ** failures) * (0.5 + Math.random() / 2);
}

let offset = 0;

function syncClock() {
  const b = board();
  if (b && b.dataset.serverNow) {
    offset = Number(b.dataset.serverNow) - Date.now();
  }
}

function tick() {
  const now = Date.now() + offset;
  for (const timer of document.querySelectorAll('.lc-timer[data-ends-at]')) {
    const left = Math.max(0, Math.round((Number(timer.dataset.endsAt) - now) / 1000));
    timer.textContent = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
    if (left === 0 && !timer.dataset.done && Number(timer.dataset.remaining) > 0) {
      timer.dataset.done = 'true';
      refresh();
    }
  }
}

let pending = false;

function typing() {
  const active = document.activeElement;
  const b = board();
  return b && active && b.contains(active) && /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName);
}

// The board without what changes by itself as time passes (the server's clock, the countdowns) or with every
// rendering (each form's submission key), to tell whether a fetched board differs from the one shown: a board redrawn
// for nothing would swallow a click on a button it replaced.
function fingerprint(element) {
  const copy = element.cloneNode(true);
  copy.removeAttribute('data-server-now');
  for (const key of copy.querySelectorAll('input[name="submission-key"]')) {
    key.removeAttribute('value');
  }
  for (const timer of copy.querySelectorAll('.lc-timer')) {
    timer.textContent = '';
    timer.removeAttribute('data-remaining');
    timer.removeAttribute('data-done');
  }
  return copy.outerHTML;
}

// Outside the board, the page offers what its phase allows (proposing topics while collecting): hide what the new
// phase no longer allows; a reload shows what it newly offers.
function followPhase() {
  const collecting = board().classList.contains('phase-collecting');
  const form = document.querySelector('.lc-add-topic');
  if (form) form.hidden = !collecting;
}

let refreshFailures = 0;
let refreshRetry = null;

// Fetches the board and shows it; with onlyIfChanged, leaves the board shown alone when nothing on it changed. When the
// server cannot answer, the board shown stays, says it is reconnecting and is fetched again after a pause.
async function refresh(onlyIfChanged = false) {
  const b = board();
  if (!b) return;
  if (typing()) {
    pending = true;
    return;
  }
  clearTimeout(refreshRetry);
  let fresh;
  try {
    const response = await fetch(`/lean-coffee/${b.dataset.session}/board`, { headers: { Accept: 'text/html' }, credentials: 'same-origin' });
    if (response.status >= 500) throw new Error(String(response.status));
    if (!response.ok) return; // refused (signed out, session gone): a reload explains it
    const html = await response.text();
    fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('lc-board');
  } catch (e) {
    boardStale = true;
    showLiveState();
    refreshRetry = setTimeout(() => refresh(onlyIfChanged), backoff(refreshFailures));
    refreshFailures += 1;
    return;
  }
  refreshFailures = 0;
  boardStale = false;
  showLiveState();
  if (fresh && !(onlyIfChanged && fingerprint(fresh) === fingerprint(board()))) {
    board().replaceWith(document.importNode(fresh, true));
    followPhase();
    syncClock();
    tick();
    document.dispatchEvent(new CustomEvent('lean-coffee:refreshed'));
  }
}

// Streams that failed in a row: the pause before the next one doubles with each.
let streamFailures = 0;

function listen() {
  const b = board();
  if (!b || !window.EventSource) return;
  const events = new EventSource(`/lean-coffee/${b.dataset.session}/events`);
  events.onmessage = (event) => {
    if (event.data !== 'ping') refresh();
  };
  // Changes made while the stream was not open yet (between rendering this page and subscribing) or was down sent no
  // event here: catch up whenever it opens.
  events.onopen = () => {
    streamFailures = 0;
    streamLost = false;
    showLiveState();
    refresh(true);
  };
  // A stream that ends (its instance shuts down, the network drops) or cannot be opened (the server answers 503 while
  // its database is away, or while an instance shuts down) is opened again here, after a pause that grows: the
  // browser's own retry would come at a fixed pace, and gives up for good after an error status. The load balancer
  // sends the new one to an instance that is up.
  events.onerror = () => {
    events.close();
    streamLost = true;
    showLiveState();
    setTimeout(listen, backoff(streamFailures));
    streamFailures += 1;
  };
}

document.addEventListener('focusout', () => {
  if (pending) {
    pending = false;
    setTimeout(() => { if (!typing()) refresh(); else pending = true; }, 0);
  }
});

syncClock();
tick();
setInterval(tick, 1000);
listen();
