// The roadmap timeline's "Show all dependencies" box, applied at once instead of with its Apply button: the chart
// shows or hides every arrow, and the address keeps deps=all so that a copied link shows the same. Without this
// module the box works through CSS (:has) and the Apply button reloads the page with deps=all.

const box = document.getElementById('tl-deps-all');
const figure = document.querySelector('.timeline-figure');

if (box && figure) {
  const apply = document.querySelector('.tl-deps-apply');
  if (apply) apply.hidden = true;
  const withDeps = (href, all) => {
    const url = new URL(href, window.location.href);
    if (all) {
      url.searchParams.set('deps', 'all');
    } else {
      url.searchParams.delete('deps');
    }
    return url;
  };
  box.addEventListener('change', () => {
    figure.classList.toggle('deps-all', box.checked);
    window.history.replaceState(null, '', withDeps(window.location.href, box.checked));
    document.querySelectorAll('.zoom-switch a').forEach(link => {
      const url = withDeps(link.getAttribute('href'), box.checked);
      link.setAttribute('href', url.pathname + url.search);
    });
  });
}
