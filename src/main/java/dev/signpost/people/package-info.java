/**
 * The people directory: who has signed in (user name, display name, teams, first, last and previous visit), the teams
 * Signpost knows, the rule that resolves a typed owner, assignee or facilitator ({@link dev.signpost.people.KnownNames})
 * and the picker's suggestions. Knows no feature: features call it, and offer extra teams as a
 * {@link dev.signpost.people.TeamSource}. May call content, database, security, web.
 */
package dev.signpost.people;
