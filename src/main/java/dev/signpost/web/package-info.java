/**
 * Shared web plumbing: the layout's main navigation, security headers, form text, the clock and error pages that
 * belong to no feature. Knows no feature; features contribute to it (for example a {@link dev.signpost.web.MainNavItem}).
 */
package dev.signpost.web;
