// What a box that suggests as you type needs, once for every such box (the header's search, the people picker): wait
// until typing pauses, cancel the request the next keystroke makes stale, and show the answer only while the box
// still has the focus and the text it was asked for; say so, briefly, when the server cannot suggest for a moment. The
// box itself keeps drawing and choosing its suggestions.

const DELAY_MS = 120;
export const UNAVAILABLE = 'Suggestions are unavailable for a moment.';

/**
 * Asks {@code urlFor(text)} for suggestions whenever the text of {@code input} changes and has at least
 * {@code minLength} characters, and gives the answer (parsed JSON) to {@code show}; shorter text calls {@code close}.
 * A request the server could not answer (5xx) or that got no answer shows a short note under the box instead, in a
 * status region screen readers announce; the box stays a plain field, and its form still works. A cancelled request
 * or a refused one (4xx) shows nothing.
 */
export function suggestAsYouType(input, { minLength, urlFor, show, close }) {
  let timer = null;
  let pending = null;
  // present from the start, empty (and so not shown), so that screen readers announce the text put in it
  const note = document.createElement('p');
  note.className = 'suggest-note';
  note.setAttribute('role', 'status');
  input.parentNode.appendChild(note);
  const unavailable = () => {
    close();
    note.textContent = UNAVAILABLE;
  };
  const available = () => {
    note.textContent = '';
  };

  async function fetchSuggestions() {
    const text = input.value.trim();
    if (text.length < minLength) {
      available();
      close();
      return;
    }
    if (pending) pending.abort();
    const request = pending = new AbortController();
    try {
      const response = await fetch(urlFor(text), { signal: request.signal, headers: { Accept: 'application/json' } });
      if (response.status >= 500) {
        if (document.activeElement === input) unavailable();
        return;
      }
      if (!response.ok) return;
      const suggestions = await response.json();
      available();
      // Not once the box has lost the focus: nothing would close the list again.
      if (input.value.trim() === text && document.activeElement === input) show(suggestions);
    } catch (e) {
      // offline, or an answer cut short; a request the next keystroke cancelled is no news
      if (!request.signal.aborted && document.activeElement === input) unavailable();
    }
  }

  input.addEventListener('blur', available);
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, DELAY_MS);
  });
}
