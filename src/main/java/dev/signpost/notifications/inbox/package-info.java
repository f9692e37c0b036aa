/**
 * The portal's own channel: {@link dev.signpost.notifications.inbox.PortalChannel} delivers outbox messages into
 * people's notifications (table {@code notification}), the header's bell counts the unread ones, and
 * {@code /notifications} lists them and marks them read. May call {@code notifications}, {@code security},
 * {@code web} and {@code database}.
 */
package dev.signpost.notifications.inbox;
