/**
 * Special Interest Groups: their charters from content, meeting schedules, the interest toggle, and a page whose
 * sections other features contribute ({@link dev.signpost.web.PageSection}). Tells {@code actions} about SIGs through
 * {@link dev.signpost.actions.SigDirectory}, and {@code notifications} which SIG channels hear of a change through
 * {@link dev.signpost.notifications.SigChannels}. May call content, actions, notifications, database, audit, security, web.
 */
package dev.signpost.sigs;
