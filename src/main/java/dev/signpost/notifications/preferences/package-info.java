/**
 * The pages where people choose how each kind of notification reaches them ({@code /notifications/preferences}) and
 * admins set the defaults ({@code /admin/notifications/defaults}); the choices themselves are
 * {@link dev.signpost.notifications.Preferences}. May call {@code notifications}, {@code people}, {@code security} and
 * {@code web}.
 */
package dev.signpost.notifications.preferences;
