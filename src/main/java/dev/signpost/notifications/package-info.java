/**
 * Notifications: the transactional outbox features write messages into (in the same transaction as the change that
 * causes them; {@link dev.signpost.notifications.Outbox}), each person's cadence per kind
 * ({@link dev.signpost.notifications.Preferences}), and the dispatcher that claims due messages and sends them through
 * a {@link dev.signpost.notifications.Channel}, retrying with backoff (ADR 0017). Its sub-packages are the channels
 * ({@code inbox}, {@code email}, {@code chat}), {@code follows}, {@code periodic} messages, {@code preferences} and
 * {@code admin} pages. It may call {@code security}, {@code database}, {@code audit}, {@code web} and {@code people},
 * and knows no feature.
 */
package dev.signpost.notifications;
