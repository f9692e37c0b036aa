package dev.signpost.notifications.follows;

/**
 * The follow button of one subject's page, for the person reading it ({@code templates/notifications/follow.html}).
 *
 * @param action      where the button posts
 * @param signedIn    false for an anonymous reader, who is asked to sign in instead
 * @param following   whether the reader follows the subject now
 * @param unavailable the database cannot be reached, so whether they follow it is not known
 * @param flash       {@value FollowResource#FOLLOWED} or {@value FollowResource#UNFOLLOWED} right after a post, else null
 */
public record FollowButton(String noun, String news, String action, boolean signedIn, boolean following, boolean unavailable,
        String flash) {
}
