// Progressive enhancement for Signpost pages: syntax highlighting and copy buttons on code blocks, content tabs, search suggestions,
// page feedback without a reload, the header's menus and theme, times in the reader's own time zone.
// Everything here is optional; pages are complete without it.

import { searchSuggestions } from './search-suggest.js';
import { pageFeedback } from './page-feedback.js';
import { headerMenus, themeChoice } from './header.js';
import { readerZone } from './time-zone.js';
import { contentTabs } from './content-tabs.js';

const HLJS = '/_static/highlight.js/es/languages/';
const ALIASES = {
  sh: 'bash', shell: 'bash', zsh: 'bash', console: 'bash', yml: 'yaml', js: 'javascript', ts: 'typescript',
  py: 'python', rb: 'ruby', kt: 'kotlin', 'c++': 'cpp', cs: 'csharp', tf: 'hcl', terraform: 'hcl',
  html: 'xml', jenkinsfile: 'groovy', dockerfile: 'dockerfile', golang: 'go', md: 'markdown', text: 'plaintext', txt: 'plaintext',
};

async function highlight() {
  const blocks = [...document.querySelectorAll('pre > code[class*="language-"]')];
  if (blocks.length === 0) return;
  let hljs;
  try {
    hljs = (await import('/js/highlight-core.js')).default;
  } catch (e) {
    return; // the code stays plain text
  }
  const wanted = new Map();
  for (const code of blocks) {
    const cls = [...code.classList].find(c => c.startsWith('language-'));
    const name = cls.substring('language-'.length).toLowerCase();
    if (name === 'plaintext') continue;
    const lang = ALIASES[name] || name;
    if (!/^[a-z0-9-]+$/.test(lang)) continue;
    if (!wanted.has(lang)) wanted.set(lang, []);
    wanted.get(lang).push(code);
  }
  await Promise.all([...wanted.entries()].map(async ([lang, codes]) => {
    try {
      if (!hljs.getLanguage(lang)) {
        const mod = await import(HLJS + lang + '.js');
        hljs.registerLanguage(lang, mod.default);
      }
      codes.forEach(code => {
        code.classList.add('language-' + lang);
        hljs.highlightElement(code);
      });
    } catch (e) {
      // Unknown language: the block stays plain text.
    }
  }));
}

function copyButtons() {
  if (!navigator.clipboard) return;
  document.querySelectorAll('.code-block > button.copy-code').forEach(button => {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const code = button.parentElement.querySelector('pre > code');
      try {
        await navigator.clipboard.writeText(code.innerText);
        button.textContent = 'Copied';
      } catch (e) {
        button.textContent = 'Copy failed';
      }
      setTimeout(() => { button.textContent = 'Copy'; }, 2000);
    });
  });
}

// "/" anywhere but in a field focuses the search box, as on most documentation sites.
function slashToSearch(box) {
  document.addEventListener('keydown', event => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    const target = event.target;
    if (target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select'))) return;
    event.preventDefault();
    box.focus();
    box.select();
  });
}

const header = document.querySelector('.site-header');
if (header) headerMenus(header);
document.querySelectorAll('form.theme-form').forEach(themeChoice);
readerZone();
contentTabs();
copyButtons();
highlight();
const searchBox = document.getElementById('sp-q');
if (searchBox) {
  searchSuggestions(searchBox);
  slashToSearch(searchBox);
}
document.querySelectorAll('.page-feedback').forEach(pageFeedback);
