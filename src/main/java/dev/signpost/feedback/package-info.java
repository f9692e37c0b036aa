/**
 * Feedback that gets answered: the feedback form, items routed to the owning team, triage with history and conflicts,
 * My feedback and the JSON API; page ratings are in {@code feedback.ratings}. Is a source of
 * action items ({@code FeedbackActionSource}) and a section of SIG pages. Tells submitters of answers and teams of new
 * feedback (a daily digest) through the notification outbox. May call content, actions, notifications, people,
 * database, audit, security, web.
 */
package dev.signpost.feedback;
