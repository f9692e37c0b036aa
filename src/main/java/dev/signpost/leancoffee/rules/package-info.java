/**
 * Lean Coffee's rules as pure functions and values, with no database and no HTTP: the phases and what each allows
 * ({@link dev.signpost.leancoffee.rules.Phase}, {@link dev.signpost.leancoffee.rules.LeanCoffeeRules}), the board's
 * columns ({@link dev.signpost.leancoffee.rules.Board}), merges, the timebox, thumbs, the forms and the summary. May
 * call web (form rules, coded enums), security's role names and actions' statuses; the rest of leancoffee calls it.
 */
package dev.signpost.leancoffee.rules;
