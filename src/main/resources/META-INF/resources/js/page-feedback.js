// The "Was this page helpful?" box without a page reload: its forms are sent with fetch and the box is replaced by
// the server's answer. Without JavaScript the same forms post and redirect back to the page. When the server cannot
// save (its database is away) or does not answer, the box stays as it was filled in and says so.

import { clearFailure, failed, failureText, NoAnswer, send, showFailure } from './save-failure.js';

export function pageFeedback(box) {
  box.addEventListener('submit', async event => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    event.preventDefault();
    if (form.getAttribute('aria-busy') === 'true') return; // the first click is still on its way
    const submitter = event.submitter;
    let response;
    let html;
    try {
      response = await send(form, submitter, { 'X-Signpost-Fragment': '1' });
      if (failed(response)) {
        showFailure(form, failureText(response), submitter);
        return;
      }
      html = await response.text();
    } catch (e) {
      if (!(e instanceof NoAnswer) && !(e instanceof TypeError)) throw e;
      showFailure(form, failureText(null), submitter);
      return;
    }
    // 400 and 429 come back as the box with the refusal and the typed text; anything else unexpected (an expired
    // CSRF token) is left to the form's own post, which explains it on a page of its own
    const next = response.ok || response.status === 400 || response.status === 429
      ? new DOMParser().parseFromString(html, 'text/html').querySelector('.page-feedback') : null;
    if (!next) {
      clearFailure(form);
      if (submitter && submitter.name) {
        const choice = document.createElement('input'); // form.submit() sends no button
        choice.type = 'hidden';
        choice.name = submitter.name;
        choice.value = submitter.value;
        form.append(choice);
      }
      form.submit();
      return;
    }
    const adopted = document.importNode(next, true);
    box.replaceWith(adopted);
    pageFeedback(adopted);
    const focus = adopted.querySelector('[role=alert], [tabindex="-1"]');
    if (focus) focus.focus();
  });
}
