/**
 * Who the user is and what they may do: the four roles, the current user, local (demo) sign-in for development and
 * single-box installs, the API's bearer-token challenge, the anonymous-read switch and the start-up refusals for
 * unsafe production settings. Knows no feature; features ask {@link dev.signpost.security.CurrentUser} who is acting
 * and guard writes with {@link dev.signpost.security.Roles}.
 */
package dev.signpost.security;
