// A Lean Coffee board that keeps itself current: the server sends an event whenever the session changes (on any
// instance), and the board is fetched again. The countdown runs from the server's clock, not the browser's.
// Without JavaScript the page works with reloads.

const board = () => document.getElementById('lc-board');

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

// The board without what changes by itself as time passes (the server's clock, the countdowns), to tell whether a
// fetched board differs from the one shown.
function fingerprint(element) {
  const copy = element.cloneNode(true);
  copy.removeAttribute('data-server-now');
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

// Fetches the board and shows it; with onlyIfChanged, leaves the board shown alone when nothing on it changed.
async function refresh(onlyIfChanged = false) {
  const b = board();
  if (!b) return;
  if (typing()) {
    pending = true;
    return;
  }
  try {
    const response = await fetch(`/lean-coffee/${b.dataset.session}/board`, { headers: { Accept: 'text/html' }, credentials: 'same-origin' });
    if (!response.ok) return;
    const html = await response.text();
    const fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('lc-board');
    if (fresh && !(onlyIfChanged && fingerprint(fresh) === fingerprint(board()))) {
      board().replaceWith(document.importNode(fresh, true));
      followPhase();
      syncClock();
      tick();
      document.dispatchEvent(new CustomEvent('lean-coffee:refreshed'));
    }
  } catch (e) {
    // the next event or a reload will bring the board up to date
  }
}

// Streams given up after an error status, in a row: the pause before the next one doubles with each.
let givenUp = 0;

function listen() {
  const b = board();
  if (!b || !window.EventSource) return;
  const events = new EventSource(`/lean-coffee/${b.dataset.session}/events`);
  events.onmessage = (event) => {
    if (event.data !== 'ping') refresh();
  };
  // Changes made while the stream was not open yet (between rendering this page and subscribing) or was down
  // (EventSource reconnects by itself) sent no event here: catch up whenever it opens.
  events.onopen = () => {
    givenUp = 0;
    refresh(true);
  };
  // A stream that ends (its instance shuts down) is reopened by the browser. But when the reopening is answered with
  // an error status (an instance shutting down answers 503), EventSource gives up for good: open a new one after a
  // pause, which the load balancer sends to an instance that is up.
  events.onerror = () => {
    if (events.readyState !== EventSource.CLOSED) return;
    const pause = Math.min(60000, 2000 * 2 ** givenUp) * (0.5 + Math.random() / 2);
    givenUp += 1;
    setTimeout(listen, pause);
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
