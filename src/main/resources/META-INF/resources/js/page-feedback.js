// The "Was this page helpful?" box without a page reload: its forms are sent with fetch and the box is replaced by
// the server's answer. Without JavaScript the same forms post and redirect back to the page.

export function pageFeedback(box) {
  box.addEventListener('submit', async event => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    event.preventDefault();
    const body = new URLSearchParams(new FormData(form));
    if (event.submitter && event.submitter.name) body.append(event.submitter.name, event.submitter.value);
    const token = document.querySelector('meta[name="csrf-token"]');
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        body,
        headers: { 'X-Signpost-Fragment': '1', 'X-CSRF-TOKEN': token ? token.content : '' },
      });
      const html = await response.text();
      if (!response.ok && response.status !== 400 && response.status !== 429) throw new Error(String(response.status));
      const holder = document.createElement('div');
      holder.innerHTML = html;
      const next = holder.querySelector('.page-feedback');
      if (!next) throw new Error('no feedback box in the answer');
      box.replaceWith(next);
      pageFeedback(next);
      const focus = next.querySelector('[role=alert], [tabindex="-1"]');
      if (focus) focus.focus();
    } catch (e) {
      form.submit();
    }
  });
}
