package dev.signpost.campaigns.checks;

import com.google.re2j.Pattern;

/**
 * A path pattern as content authors write it, matched against a file's whole path from the repository root:
 * {@code *} is any run of characters within one folder, {@code **} as a whole path segment any number of folders
 * (none included), {@code ?} one character other than {@code /}, {@code {a,b}} either alternative, {@code [abc]} one of
 * the characters. {@code Jenkinsfile} is the file at the root only; {@code **}{@code /Jenkinsfile} is one anywhere.
 * Compiled to RE2/J, so matching is linear in the path's length whatever was written.
 */
public final class Glob {

    private final String text;
    private final Pattern pattern;

    private Glob(String text, Pattern pattern) {
        this.text = text;
        this.pattern = pattern;
    }

    /** @throws IllegalArgumentException with a message for the author when the glob is malformed */
    public static Glob of(String glob) {
        if (glob == null || glob.isBlank()) {
            throw new IllegalArgumentException("a path pattern is empty");
        }
        String text = glob.strip();
        if (text.startsWith("/")) {
            text = text.substring(1);
        }
        if (text.length() > 500) {
            throw new IllegalArgumentException("the path pattern is longer than 500 characters");
        }
        return new Glob(glob.strip(), Pattern.compile(toRegex(text, glob.strip())));
    }

    public boolean matches(String path) {
        return pattern.matches(path);
    }

    @Override
    public String toString() {
        return text;
    }

    private static String toRegex(String glob, String original) {
        StringBuilder regex = new StringBuilder();
        boolean inBraces = false;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> {
                    boolean wholeSegment = glob.startsWith("**", i) && (i == 0 || glob.charAt(i - 1) == '/');
                    if (wholeSegment && i + 2 == glob.length()) {
                        regex.append(".*");
                        i++;
                    } else if (wholeSegment && glob.charAt(i + 2) == '/') {
                        regex.append("(?:[^/]*/)*");
                        i += 2;
                    } else if (glob.startsWith("**", i)) {
                        throw new IllegalArgumentException("'**' in '" + original + "' must be a whole folder name, as in '**/Jenkinsfile'");
                    } else {
                        regex.append("[^/]*");
                    }
                }
                case '?' -> regex.append("[^/]");
                case '{' -> {
                    if (inBraces) {
                        throw new IllegalArgumentException("'{' inside '{...}' in '" + original + "': alternatives cannot be nested");
                    }
                    inBraces = true;
                    regex.append("(?:");
                }
                case '}' -> {
                    if (!inBraces) {
                        throw new IllegalArgumentException("'}' without '{' in '" + original + "'");
                    }
                    inBraces = false;
                    regex.append(')');
                }
                case ',' -> regex.append(inBraces ? "|" : ",");
                case '[' -> {
                    int end = glob.indexOf(']', i + 2);
                    if (end < 0) {
                        throw new IllegalArgumentException("'[' without ']' in '" + original + "'");
                    }
                    String set = glob.substring(i + 1, end);
                    boolean negated = set.startsWith("!") || set.startsWith("^");
                    regex.append('[').append(negated ? "^/" : "")
                            .append(escapeInClass(negated ? set.substring(1) : set)).append(']');
                    i = end;
                }
                case '\\' -> {
                    if (i + 1 == glob.length()) {
                        throw new IllegalArgumentException("'" + original + "' ends with '\\'");
                    }
                    regex.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
                }
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (inBraces) {
            throw new IllegalArgumentException("'{' without '}' in '" + original + "'");
        }
        return regex.toString();
    }

    private static String escapeInClass(String set) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < set.length(); i++) {
            char c = set.charAt(i);
            if (c == '-' && i > 0 && i < set.length() - 1) {
                out.append('-');
            } else if ("\\[]^-".indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
