package dev.signpost.e2e;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The WCAG contrast ratio of two opaque CSS colours as the browser computes them: {@code rgb(29, 78, 216)}. */
final class Contrast {

    private static final Pattern RGB = Pattern.compile("rgba?\\((\\d+(?:\\.\\d+)?),\\s*(\\d+(?:\\.\\d+)?),\\s*(\\d+(?:\\.\\d+)?)");

    private Contrast() {
    }

    static double ratio(String one, String other) {
        double a = luminance(one);
        double b = luminance(other);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    static double luminance(String colour) {
        Matcher rgb = RGB.matcher(colour);
        if (!rgb.find()) {
            throw new IllegalArgumentException("not an rgb() colour: " + colour);
        }
        return 0.2126 * channel(rgb.group(1)) + 0.7152 * channel(rgb.group(2)) + 0.0722 * channel(rgb.group(3));
    }

    private static double channel(String value) {
        double c = Double.parseDouble(value) / 255;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
