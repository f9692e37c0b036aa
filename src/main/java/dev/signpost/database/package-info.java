/**
 * The database as a whole: Flyway migrations at start-up (retried until the database is reachable), the readiness
 * check, and the clear 503 page when it is down. Features keep their own entities; this package knows none of them.
 */
package dev.signpost.database;
