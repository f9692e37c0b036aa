package dev.signpost.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A page kept for many readers, as the UTF-8 bytes between its markers (the token's, and those of the reader's own
 * parts), so that a request writes bytes made once instead of searching, copying and encoding the whole page again:
 * only what it puts in place of the markers is encoded per request.
 */
public final class SplitPage {

    private final byte[][] pieces;
    private final String[] markers;

    private SplitPage(byte[][] pieces, String[] markers) {
        this.pieces = pieces;
        this.markers = markers;
    }

    /** {@code html} split at every {@code token} and every marker that starts with {@code partPrefix} and ends with {@code -->}. */
    static SplitPage of(String html, String token, String partPrefix) {
        List<byte[]> pieces = new ArrayList<>();
        List<String> markers = new ArrayList<>();
        int from = 0;
        while (true) {
            int nextToken = html.indexOf(token, from);
            int nextPart = html.indexOf(partPrefix, from);
            int partEnd = nextPart < 0 ? -1 : html.indexOf("-->", nextPart + partPrefix.length());
            boolean part = nextPart >= 0 && partEnd >= 0 && (nextToken < 0 || nextPart < nextToken);
            int at = part ? nextPart : nextToken;
            if (at < 0) {
                break;
            }
            String marker = part ? html.substring(nextPart, partEnd + 3) : token;
            pieces.add(html.substring(from, at).getBytes(StandardCharsets.UTF_8));
            markers.add(marker);
            from = at + marker.length();
        }
        pieces.add(html.substring(from).getBytes(StandardCharsets.UTF_8));
        return new SplitPage(pieces.toArray(byte[][]::new), markers.toArray(String[]::new));
    }

    /** The page with what {@code fill} gives for each marker in its place (asked once for a marker found several times). */
    byte[] join(Function<String, String> fill) {
        byte[][] filled = new byte[markers.length][];
        Map<String, byte[]> made = new HashMap<>();
        int length = pieces[0].length;
        for (int i = 0; i < markers.length; i++) {
            filled[i] = made.computeIfAbsent(markers[i], marker -> fill.apply(marker).getBytes(StandardCharsets.UTF_8));
            length += filled[i].length + pieces[i + 1].length;
        }
        byte[] page = new byte[length];
        int at = append(page, 0, pieces[0]);
        for (int i = 0; i < markers.length; i++) {
            at = append(page, at, filled[i]);
            at = append(page, at, pieces[i + 1]);
        }
        return page;
    }

    private static int append(byte[] page, int at, byte[] bytes) {
        System.arraycopy(bytes, 0, page, at, bytes.length);
        return at + bytes.length;
    }
}
