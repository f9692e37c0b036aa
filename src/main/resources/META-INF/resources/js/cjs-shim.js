// highlight.js ships its core as CommonJS; give it a module object to export into (read by signpost.js).
window.module = { exports: {} };
