/**
 * Action items: what SIGs promised, who owns it, when it is due, tracked to done, with calendar feeds and panels on
 * other pages. Knows no feature: where an item came from plugs in as an {@link dev.signpost.actions.ActionItemSource},
 * the SIGs as a {@link dev.signpost.actions.SigDirectory}. May call content (Markdown), people (who may own an
 * item), notifications (assignments, the daily reminder), database, audit, security, web.
 */
package dev.signpost.actions;
