/**
 * End-to-end tests in a real headless Chromium against the app the test started: what a person sees and does, with
 * and without JavaScript. {@link dev.signpost.e2e.BrowserTest} marks such a test; it may use every feature's pages
 * and entities, and nothing in {@code src/main} depends on it.
 */
package dev.signpost.e2e;
