/**
 * How the portal shows time: every instant and date in a page goes through the {@code {#time}} tag, which writes a
 * {@code <time datetime>} with the moment in the reader's zone (detected by the browser and remembered in a cookie, or
 * chosen on {@code /time-zone}; the portal's zone otherwise). Pure formatting lives in {@link dev.signpost.web.time.TimeText}.
 */
package dev.signpost.web.time;
