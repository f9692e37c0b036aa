/**
 * Special Interest Groups: their charters from content, meeting schedules, the interest toggle, and a page whose
 * sections other features contribute ({@link dev.signpost.web.PageSection}). Tells {@code actions} about SIGs through
 * {@link dev.signpost.actions.SigDirectory}. May call content, actions, database, audit, security, web.
 */
package dev.signpost.sigs;
