/**
 * Notifications by email: the {@code email} channel that sends outbox messages over SMTP (quarkus-mailer), the daily
 * digest that gathers a person's held emails into one, and the signed one-click unsubscribe links every email carries.
 * It may call its parent {@code notifications}, {@code people}, {@code web}, {@code security}, {@code audit} and
 * {@code database}, and knows no feature.
 */
package dev.signpost.notifications.email;
