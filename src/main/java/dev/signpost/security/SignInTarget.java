package dev.signpost.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where to go after signing in: only a path on this site, so the sign-in page cannot be used to send people elsewhere. */
public final class SignInTarget {

    private static final int MAX_LENGTH = 2000;

    private SignInTarget() {
    }

    /** The target itself when it is a local path, {@code /} otherwise. */
    public static String safe(String target) {
        if (target == null || target.isEmpty() || target.length() > MAX_LENGTH || !target.startsWith("/")
                || target.startsWith("//") || target.startsWith("/\\")) {
            return "/";
        }
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\') {
                return "/";
            }
        }
        return target;
    }

    /** The sign-in link that comes back to {@code here}. */
    public static String signInHref(String here) {
        String target = safe(here);
        if (target.equals("/") || target.startsWith("/signin")) {
            return "/signin";
        }
        return "/signin?redirect=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
    }
}
