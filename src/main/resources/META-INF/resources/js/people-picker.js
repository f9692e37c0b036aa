// The people picker: under an owner, assignee or facilitator field, the people and teams whose names start with what
// is typed, as the WAI-ARIA combobox pattern has it (arrow keys move through the list, Enter takes the suggestion,
// Escape closes it). Without JavaScript the field is a plain input the server checks. Built with textContent only.

import { suggestAsYouType } from './suggest-as-you-type.js';

let pickers = 0;

export function peoplePicker(input) {
  const personOnly = input.dataset.peoplePicker === 'person';
  input.removeAttribute('list'); // the no-JS fallback's datalist would open a second list
  input.setAttribute('autocomplete', 'off');
  const wrapper = document.createElement('div');
  wrapper.className = 'people-picker';
  input.parentNode.insertBefore(wrapper, input);
  wrapper.appendChild(input);
  const list = document.createElement('ul');
  list.id = (input.id || 'people-picker-' + (++pickers)) + '-options';
  list.className = 'people-options';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', personOnly ? 'People' : 'People and teams');
  list.hidden = true;
  wrapper.appendChild(list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');

  let active = -1;
  let options = [];

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function open() {
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function option(suggestion, index) {
    const li = document.createElement('li');
    li.id = list.id + '-' + index;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    const name = document.createElement('span');
    name.className = 'people-option-name';
    const kind = document.createElement('span');
    kind.className = 'badge badge-type';
    if (suggestion.kind === 'team') {
      name.textContent = suggestion.name;
      kind.textContent = 'team';
    } else {
      name.textContent = suggestion.displayName === suggestion.name ? suggestion.name
        : suggestion.displayName + ' (' + suggestion.name + ')';
      kind.textContent = suggestion.teams && suggestion.teams.length ? suggestion.teams.join(', ') : 'person';
    }
    li.append(name, kind);
    li.addEventListener('click', () => choose(index));
    return li;
  }

  function show(suggestions) {
    options = suggestions;
    list.replaceChildren(...suggestions.map(option));
    active = -1;
    if (suggestions.length === 0) {
      close();
    } else {
      open();
    }
  }

  function select(index) {
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    active = index;
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', list.children[index].id);
      list.children[index].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function choose(index) {
    input.value = options[index].name;
    close();
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }

  suggestAsYouType(input, {
    minLength: 1,
    urlFor: text => '/api/v1/people?q=' + encodeURIComponent(text.slice(0, 100)) + (personOnly ? '&kind=person' : ''),
    show,
    close,
  });
  input.addEventListener('keydown', event => {
    if (list.hidden) {
      if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && options.length > 0) {
        event.preventDefault();
        open();
        select(event.key === 'ArrowDown' ? 0 : options.length - 1);
      }
      return;
    }
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      select(active + 1 >= options.length ? 0 : active + 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      select(active <= 0 ? options.length - 1 : active - 1);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault(); // takes the suggestion; a second Enter sends the form
      choose(active);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') {
      close();
    }
  });
  // Keep the focus in the field while an option is pressed, so that the click lands on it.
  list.addEventListener('mousedown', event => event.preventDefault());
  input.addEventListener('blur', close);
}

document.querySelectorAll('input[data-people-picker]').forEach(peoplePicker);
