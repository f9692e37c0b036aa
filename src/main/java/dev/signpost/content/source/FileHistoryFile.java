package dev.signpost.content.source;

import org.eclipse.jgit.lib.ObjectId;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link FileHistory} kept next to the mirror, so a restart over the same commit needs no walk of the history. A
 * small tab-separated text file, written to a temporary file and moved into place; anything unreadable is ignored
 * (the history is computed again).
 */
final class FileHistoryFile {

    private static final String HEADER = "signpost-file-history 1";

    private FileHistoryFile() {
    }

    static Optional<FileHistory> read(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!HEADER.equals(in.readLine())) {
                return Optional.empty();
            }
            String[] head = in.readLine().split("\t", -1);
            Map<String, FileHistory.Change> changes = new HashMap<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split("\t", -1);
                changes.put(unescape(f[0]), new FileHistory.Change(f[1], Instant.ofEpochSecond(Long.parseLong(f[2])),
                        f[3].isEmpty() ? null : unescape(f[3])));
            }
            return Optional.of(new FileHistory(ObjectId.fromString(head[0]), unescape(head[1]), changes));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static void write(Path file, FileHistory history) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            out.write(HEADER + "\n" + history.head().name() + "\t" + escape(history.folder()) + "\n");
            for (Map.Entry<String, FileHistory.Change> e : history.changes().entrySet()) {
                FileHistory.Change c = e.getValue();
                out.write(escape(e.getKey()) + "\t" + c.commit() + "\t" + c.when().getEpochSecond() + "\t"
                        + (c.author() == null ? "" : escape(c.author())) + "\n");
            }
        }
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
