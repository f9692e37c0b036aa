// Content tabs (MkDocs "=== Title", Docusaurus <Tabs>): the server sends every panel under its title, one after
// another; this builds the WAI-ARIA tabs pattern on top (tablist of buttons, roving tabindex, arrow keys, Home, End,
// automatic activation). Tabs with the same title switch together across the page's groups (linked tabs).

let next = 0;

export function contentTabs(root = document) {
  const groups = [...root.querySelectorAll('div.tabs')].map(build).filter(Boolean);
  groups.forEach(group => group.list.addEventListener('tab-chosen', event => {
    for (const other of groups) {
      if (other !== group) other.selectByTitle(event.detail);
    }
  }));
}

function build(container) {
  const panels = [...container.children].filter(c => c.matches('section.tab-panel'));
  if (panels.length === 0 || container.querySelector(':scope > [role="tablist"]')) return null;
  const list = document.createElement('div');
  list.className = 'tab-list';
  list.setAttribute('role', 'tablist');
  const tabs = panels.map((panel, i) => {
    const id = 'tabs-' + (++next);
    const title = panel.querySelector(':scope > .tab-title');
    const tab = document.createElement('button');
    tab.type = 'button';
    tab.className = 'tab';
    tab.id = id + '-tab';
    tab.setAttribute('role', 'tab');
    tab.textContent = title ? title.textContent : 'Tab ' + (i + 1);
    if (!panel.id) panel.id = id + '-panel';
    tab.setAttribute('aria-controls', panel.id);
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', tab.id);
    panel.tabIndex = 0;
    if (title) title.hidden = true;
    list.append(tab);
    return tab;
  });
  container.prepend(list);
  container.classList.add('tabs-ready');

  const select = (index, focus) => {
    tabs.forEach((tab, i) => {
      const chosen = i === index;
      tab.setAttribute('aria-selected', String(chosen));
      tab.tabIndex = chosen ? 0 : -1;
      panels[i].hidden = !chosen;
    });
    if (focus) tabs[index].focus();
  };
  const choose = (index, focus) => {
    select(index, focus);
    list.dispatchEvent(new CustomEvent('tab-chosen', { detail: tabs[index].textContent }));
  };
  const initial = panels.findIndex(p => p.classList.contains('tab-selected'));
  select(initial < 0 ? 0 : initial, false);

  list.addEventListener('click', event => {
    const tab = event.target.closest('[role="tab"]');
    if (tab && tab.parentElement === list) choose(tabs.indexOf(tab), false);
  });
  list.addEventListener('keydown', event => {
    const current = tabs.indexOf(document.activeElement);
    if (current < 0) return;
    let target;
    switch (event.key) {
      case 'ArrowRight': target = (current + 1) % tabs.length; break;
      case 'ArrowLeft': target = (current - 1 + tabs.length) % tabs.length; break;
      case 'Home': target = 0; break;
      case 'End': target = tabs.length - 1; break;
      default: return;
    }
    event.preventDefault();
    choose(target, true);
  });
  return {
    list,
    selectByTitle(title) {
      const index = tabs.findIndex(tab => tab.textContent === title);
      if (index >= 0) select(index, false);
    },
  };
}
