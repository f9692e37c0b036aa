package dev.signpost.people;

/**
 * Whether a string an identity provider gave can be an email address Signpost writes to: one line, one {@code @} with
 * text on both sides, no spaces, angle brackets, commas or control characters (nothing that could add a recipient or
 * a header), and short enough for the directory.
 */
public final class Addresses {

    private Addresses() {
    }

    public static boolean plausible(String address) {
        if (address == null) {
            return false;
        }
        String a = address.strip();
        int at = a.indexOf('@');
        return a.length() <= Person.EMAIL_LENGTH && at > 0 && at == a.lastIndexOf('@') && at < a.length() - 1
                && a.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c) || "<>,;:\"()[]\\".indexOf(c) >= 0);
    }
}
