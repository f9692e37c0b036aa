/**
 * Feedback that gets answered: page ratings ("Was this page helpful?"), the feedback form, items routed to the owning
 * team, triage with history and conflicts, My feedback, page reports for owners, and the JSON API. Is a source of
 * action items ({@code FeedbackActionSource}) and a section of SIG pages. May call content, actions, database, audit,
 * security, web.
 */
package dev.signpost.feedback;
