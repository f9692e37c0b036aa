// The header's menus (<details>) and theme choice. Without this module the menus open and close with their
// summaries and the theme is chosen by a form post; with it, Escape and a click elsewhere close an open menu, opening
// one closes the others, and a theme applies at once without a reload.

const COOKIE = 'sp-theme';
const YEAR = 365 * 24 * 60 * 60;

export function headerMenus(header) {
  const menus = [...header.querySelectorAll('details.header-menu')];
  const closeAll = except => menus.forEach(menu => { if (menu !== except) menu.open = false; });
  menus.forEach(menu => menu.addEventListener('toggle', () => { if (menu.open) closeAll(menu); }));
  document.addEventListener('click', event => {
    if (!menus.some(menu => menu.contains(event.target))) closeAll(null);
  });
  document.addEventListener('keydown', event => {
    if (event.key !== 'Escape') return;
    const open = menus.find(menu => menu.open && menu.contains(document.activeElement));
    closeAll(null);
    if (open) open.querySelector('summary').focus();
  });
}

export function themeChoice(form) {
  form.addEventListener('submit', event => {
    const button = event.submitter;
    if (!button || button.name !== 'theme') return;
    event.preventDefault();
    const theme = button.value;
    document.cookie = theme === 'auto'
      ? `${COOKIE}=; Path=/; Max-Age=0; SameSite=Lax`
      : `${COOKIE}=${theme}; Path=/; Max-Age=${YEAR}; SameSite=Lax`;
    const root = document.documentElement;
    root.dataset.theme = theme;
    document.querySelector('meta[name=color-scheme]')?.setAttribute('content', theme === 'auto' ? 'light dark' : theme);
    document.querySelectorAll('link[data-theme-sheet]').forEach(link => {
      const dark = link.dataset.themeSheet === 'dark';
      link.media = theme === 'auto' ? `(prefers-color-scheme: ${dark ? 'dark' : 'light'})` : (dark === (theme === 'dark') ? 'all' : 'not all');
    });
    form.querySelectorAll('button[name=theme]').forEach(b => b.setAttribute('aria-pressed', String(b === button)));
    const label = button.textContent.trim();
    const menu = form.closest('details');
    if (menu) {
      const icon = menu.querySelector('.theme-icon');
      if (icon) icon.className = `theme-icon theme-icon-${theme}`;
      const name = menu.querySelector('summary .visually-hidden');
      if (name) name.textContent = `Colour theme: ${label}`;
      menu.querySelector('summary').title = `Colour theme: ${label}`;
    }
  });
}
