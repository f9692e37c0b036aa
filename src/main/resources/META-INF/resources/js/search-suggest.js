// Suggestions under the header search box: the top titles as you type, chosen with the arrow keys and Enter.
// Without JavaScript the box simply submits to /search. Results are built with textContent, never as HTML.

import { suggestAsYouType } from './suggest-as-you-type.js';

export function searchSuggestions(input) {
  const form = input.form;
  const list = document.createElement('ul');
  list.id = 'sp-suggestions';
  list.className = 'suggestions';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Suggestions');
  list.hidden = true;
  form.appendChild(list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');

  let active = -1;
  let items = [];
  let shownFor = null; // the text the suggestions in the list were fetched for

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function show(suggestions) {
    list.replaceChildren();
    items = suggestions.map((s, i) => {
      const li = document.createElement('li');
      li.id = 'sp-suggestion-' + i;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      const a = document.createElement('a');
      a.href = s.url;
      a.tabIndex = -1;
      const title = document.createElement('span');
      title.className = 'suggestion-title';
      title.textContent = s.title;
      const type = document.createElement('span');
      type.className = 'badge badge-type';
      type.textContent = s.type;
      a.append(title, type);
      li.appendChild(a);
      list.appendChild(li);
      return { li, url: s.url };
    });
    if (items.length === 0) {
      close();
      return;
    }
    shownFor = input.value.trim();
    open();
    active = -1;
  }

  function open() {
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function select(index) {
    items.forEach((item, i) => item.li.setAttribute('aria-selected', String(i === index)));
    active = index;
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', items[index].li.id);
      items[index].li.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  suggestAsYouType(input, { minLength: 2, urlFor: text => '/search/suggest?q=' + encodeURIComponent(text), show, close });
  input.addEventListener('keydown', event => {
    if (list.hidden) {
      // Reopen what Escape closed, as long as the text is still what the suggestions were for.
      if (event.key === 'ArrowDown' && items.length > 0 && input.value.trim() === shownFor) {
        event.preventDefault();
        open();
        select(0);
      }
      return;
    }
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      select(Math.min(active + 1, items.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      select(Math.max(active - 1, -1));
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      window.location.assign(items[active].url);
    } else if (event.key === 'Escape') {
      event.preventDefault(); // a search field would also clear its text
      close();
    }
  });
  // Keep the focus in the box while a suggestion is pressed, however long, so that the click lands on its link.
  list.addEventListener('mousedown', event => event.preventDefault());
  input.addEventListener('blur', close);
}
