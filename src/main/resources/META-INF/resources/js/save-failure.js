// A form that a script sends without a reload, and what it says when the server could not save it: the form stays as
// the person filled it in (nothing is cleared before the server said it saved), a message in the form says what
// happened, and the button works again. Used by every script that writes (page-feedback.js).

/** How long a write may take before the person is told it got no answer. */
const TIMEOUT_MS = 20000;

export const DATABASE_AWAY = 'Signpost could not save this because its database is not answering; nothing was saved. '
  + 'Your text is below — send it again in a moment.';
export const MAY_HAVE_SAVED = 'Signpost lost its database while saving this, so it may have been saved. '
  + 'Your text is below — check before sending it again.';
export const NO_ANSWER = 'Signpost did not answer, so this may not have been saved. Your text is below — send it again in a moment.';
export const SERVER_ERROR = 'Signpost could not save this because of an error on its side; nothing was saved. '
  + 'Your text is below — send it again in a moment.';

/** Thrown by {@link send} when no answer came: the network failed or the server took longer than TIMEOUT_MS. */
export class NoAnswer extends Error {
}

/**
 * Posts every field of {@code form} (hidden ones included, such as a submission key) and the button that sent it, with
 * the page's CSRF token, while the form's buttons are disabled. Resolves to the response, whatever its status; rejects
 * with {@link NoAnswer} when none came.
 */
export async function send(form, submitter, headers = {}) {
  const body = new URLSearchParams(new FormData(form));
  if (submitter && submitter.name) body.append(submitter.name, submitter.value);
  const token = document.querySelector('meta[name="csrf-token"]');
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), TIMEOUT_MS);
  const buttons = [...form.querySelectorAll('button, input[type=submit]')].filter(b => !b.disabled);
  buttons.forEach(b => { b.disabled = true; });
  form.setAttribute('aria-busy', 'true');
  try {
    return await fetch(form.action, {
      method: 'POST',
      body,
      headers: { ...headers, 'X-CSRF-TOKEN': token ? token.content : '' },
      credentials: 'same-origin',
      signal: abort.signal,
    });
  } catch (e) {
    throw new NoAnswer(e && e.message);
  } finally {
    clearTimeout(timer);
    buttons.forEach(b => { b.disabled = false; });
    form.removeAttribute('aria-busy');
  }
}

/** Whether an answer means the server could not do the work (as opposed to refusing what was sent, a 4xx). */
export function failed(response) {
  return response.status >= 500;
}

/** What to tell the person about a failed answer, or about none ({@code response} null). */
export function failureText(response) {
  if (!response) return NO_ANSWER;
  if (response.headers.get('Signpost-Write-Outcome') === 'unknown') return MAY_HAVE_SAVED;
  if (response.status === 503) return DATABASE_AWAY;
  if (response.status === 500) return SERVER_ERROR;
  return NO_ANSWER; // a gateway's 502 or 504: the request may have reached Signpost
}

/**
 * Shows {@code text} at the top of {@code form} (above the fields it speaks of, below the form's own heading if it has
 * one) as an alert that screen readers announce, and gives the focus back to {@code submitter} so that sending again
 * is one key away.
 */
export function showFailure(form, text, submitter) {
  let message = form.querySelector(':scope > .save-failed');
  if (!message) {
    message = document.createElement('p');
    message.className = 'form-error save-failed';
    message.setAttribute('role', 'alert');
    const heading = form.querySelector(':scope > h2, :scope > h3');
    if (heading) {
      heading.after(message);
    } else {
      form.prepend(message);
    }
  }
  message.textContent = text;
  if (submitter && form.contains(submitter)) submitter.focus();
}

/** Removes what {@link showFailure} showed. */
export function clearFailure(form) {
  form.querySelector(':scope > .save-failed')?.remove();
}
