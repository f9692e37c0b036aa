// What a box that suggests as you type needs, once for every such box (the header's search, the people picker): wait
// until typing pauses, cancel the request the next keystroke makes stale, and show the answer only while the box
// still has the focus and the text it was asked for. The box itself keeps drawing and choosing its suggestions.

const DELAY_MS = 120;

/**
 * Asks {@code urlFor(text)} for suggestions whenever the text of {@code input} changes and has at least
 * {@code minLength} characters, and gives the answer (parsed JSON) to {@code show}; shorter text calls {@code close}.
 * A failed or cancelled request shows nothing: the box stays a plain field, and its form still works.
 */
export function suggestAsYouType(input, { minLength, urlFor, show, close }) {
  let timer = null;
  let pending = null;

  async function fetchSuggestions() {
    const text = input.value.trim();
    if (text.length < minLength) {
      close();
      return;
    }
    if (pending) pending.abort();
    pending = new AbortController();
    try {
      const response = await fetch(urlFor(text), { signal: pending.signal, headers: { Accept: 'application/json' } });
      if (!response.ok) return;
      const suggestions = await response.json();
      // Not once the box has lost the focus: nothing would close the list again.
      if (input.value.trim() === text && document.activeElement === input) show(suggestions);
    } catch (e) {
      // Aborted or offline.
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, DELAY_MS);
  });
}
