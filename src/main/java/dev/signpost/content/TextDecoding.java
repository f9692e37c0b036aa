package dev.signpost.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Pure function from a text file's bytes to its text: a byte order mark decides (UTF-8, UTF-16 little or big endian);
 * without one the bytes are UTF-8 when they decode as such, and otherwise Windows-1252, the encoding Windows editors
 * saved in for decades, with a warning so the author can save the file as UTF-8. Line ends become {@code \n}.
 *
 * @param text    the decoded text, without its byte order mark
 * @param guessed true when the bytes were not UTF-8 and were read as Windows-1252
 */
public record TextDecoding(String text, boolean guessed) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public static TextDecoding of(byte[] bytes) {
        if (starts(bytes, 0xEF, 0xBB, 0xBF)) {
            return new TextDecoding(lenient(bytes, 3, StandardCharsets.UTF_8), false);
        }
        if (starts(bytes, 0xFF, 0xFE)) {
            return new TextDecoding(lenient(bytes, 2, StandardCharsets.UTF_16LE), false);
        }
        if (starts(bytes, 0xFE, 0xFF)) {
            return new TextDecoding(lenient(bytes, 2, StandardCharsets.UTF_16BE), false);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new TextDecoding(lines(text), false);
        } catch (CharacterCodingException e) {
            return new TextDecoding(lenient(bytes, 0, WINDOWS_1252), true);
        }
    }

    /** The warning for a file read as Windows-1252. */
    public ContentProblem warning(String path) {
        return ContentProblem.warning(path, 0, "The file is not UTF-8 text; it was read as Windows-1252. Save it as UTF-8"
                + " so that every character shows as written.");
    }

    private static String lenient(byte[] bytes, int offset, Charset charset) {
        return lines(new String(bytes, offset, bytes.length - offset, charset));
    }

    private static String lines(String text) {
        String noBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return noBom.replace("\r\n", "\n");
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
