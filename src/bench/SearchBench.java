package dev.signpost.search;

import dev.signpost.content.ContentException;
import dev.signpost.content.ContentPaths;
import dev.signpost.content.Document;
import dev.signpost.content.DocumentParser;
import dev.signpost.content.MarkdownRenderer;
import dev.signpost.content.ReviewInterval;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.index.IndexableField;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * In-process search benchmark: parses a content tree with the app's own parser, builds the Lucene index with the
 * app's own {@link LuceneIndex} (cold, then again on fresh indexes once the JIT has seen the code), and times
 * {@code LuceneIndex.search} for a fixed list of queries. No Quarkus, no HTTP.
 *
 * <p>It is declared in the package {@code dev.signpost.search} because {@code LuceneIndex.search(SearchRequest)} is
 * package-private; it is compiled against the packaged app ({@code target/quarkus-app}) into a separate folder and
 * run with the app jar and its libraries on the class path, so production code needs no extra entry point.
 * {@code src/bench/run-search-benchmark.sh} does all of that:
 *
 * <pre>
 *   javac -cp 'target/quarkus-app/app/*:target/quarkus-app/lib/main/*:target/quarkus-app/lib/boot/*' \
 *         -d target/bench/search-classes src/bench/SearchBench.java
 *   java -cp 'target/bench/search-classes:target/quarkus-app/app/*:target/quarkus-app/lib/main/*:target/quarkus-app/lib/boot/*' \
 *         dev.signpost.search.SearchBench CONTENT_DIR QUERIES_FILE [options]
 * </pre>
 *
 * Options: {@code --rounds N} (measured rounds over all queries, default 20), {@code --builds N} (full index builds,
 * the first one cold, default 3), {@code --max-seconds S} (stop the measured rounds early after S seconds, default
 * 300), {@code --profile} (time the analysis of each indexed field separately), {@code --details FILE} (one line per
 * query: hits, correction, median and max latency), {@code --target-index-ms}, {@code --target-p95-ms}.
 *
 * <p>Prints a report and one {@code RESULT key=value ...} line. Exit status: 0 when the measurements ran (whether
 * the targets pass or not), 1 on a usage or I/O error.
 */
public final class SearchBench {

    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            usage("CONTENT_DIR and QUERIES_FILE are required");
        }
        Path content = Paths.get(args[0]).toAbsolutePath().normalize();
        Path queriesFile = Paths.get(args[1]);
        int rounds = 20;
        int builds = 3;
        long maxSeconds = 300;
        boolean profile = false;
        Path details = null;
        long targetIndexMs = 5_000;
        double targetP95Ms = 10.0;
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(value(args, ++i));
                case "--builds" -> builds = Integer.parseInt(value(args, ++i));
                case "--max-seconds" -> maxSeconds = Long.parseLong(value(args, ++i));
                case "--profile" -> profile = true;
                case "--details" -> details = Paths.get(value(args, ++i));
                case "--target-index-ms" -> targetIndexMs = Long.parseLong(value(args, ++i));
                case "--target-p95-ms" -> targetP95Ms = Double.parseDouble(value(args, ++i));
                default -> usage("unknown option " + args[i]);
            }
        }
        if (rounds < 1 || builds < 2 || maxSeconds < 1) {
            usage("--rounds must be >= 1, --builds >= 2, --max-seconds >= 1");
        }
        if (!Files.isDirectory(content)) {
            usage("not a directory: " + content);
        }
        List<String> queries = readQueries(queriesFile);
        if (queries.isEmpty()) {
            usage("no queries in " + queriesFile);
        }

        // ---- 1. read and parse (the app parses on a pool; here one thread, so the figure is the plain CPU cost)
        List<Path> files = markdownFiles(content);
        long t0 = System.nanoTime();
        List<byte[]> bytes = new ArrayList<>(files.size());
        List<Document.FileStamp> stamps = new ArrayList<>(files.size());
        long totalBytes = 0;
        for (Path file : files) {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            byte[] b = Files.readAllBytes(file);
            bytes.add(b);
            stamps.add(new Document.FileStamp(attrs.size(), attrs.lastModifiedTime().toInstant()));
            totalBytes += b.length;
        }
        long readNs = System.nanoTime() - t0;

        DocumentParser parser = new DocumentParser(new MarkdownRenderer(), ReviewInterval.parse("180d"));
        List<Document> docs = new ArrayList<>(files.size());
        int parseFailures = 0;
        t0 = System.nanoTime();
        for (int i = 0; i < files.size(); i++) {
            String path = content.relativize(files.get(i)).toString().replace('\\', '/');
            try {
                docs.add(parser.parse(path, bytes.get(i), stamps.get(i)).document());
            } catch (ContentException e) {
                parseFailures++;
            }
        }
        long parseNs = System.nanoTime() - t0;
        bytes = null; // the documents hold what the index needs
        long textChars = docs.stream().mapToLong(d -> d.text().length()).sum();
        System.out.printf(Locale.ROOT, "search-bench: read %d files (%.1f MB) in %d ms, parsed %d documents in %d ms"
                + " (one thread; %d failed), body text %.1f M chars%n", files.size(), totalBytes / 1e6, ms(readNs),
                docs.size(), ms(parseNs), parseFailures, textChars / 1e6);

        // ---- 2. index builds: the first one cold (as in the app right after start-up), the others on fresh indexes
        long[] buildWall = new long[builds];
        long[] buildSync = new long[builds];
        LuceneIndex index = null;
        for (int b = 0; b < builds; b++) {
            if (index != null) {
                index.close();
                index = null;
            }
            System.gc();
            long s = System.nanoTime();
            LuceneIndex fresh = new LuceneIndex();
            LuceneIndex.Sync sync = fresh.sync(docs);
            buildWall[b] = ms(System.nanoTime() - s);
            buildSync[b] = sync.millis();
            if (sync.indexed() != docs.size() || fresh.size() != docs.size()) {
                System.out.println("search-bench: WARNING: build " + (b + 1) + " indexed " + sync.indexed() + " of "
                        + docs.size() + " documents");
            }
            System.out.printf(Locale.ROOT, "search-bench: build %d (%s): sync %d ms (with new LuceneIndex(): %d ms)%n",
                    b + 1, b == 0 ? "cold" : "warm", buildSync[b], buildWall[b]);
            index = fresh;
        }
        long coldMs = buildSync[0];
        long warmMs = Arrays.stream(buildSync, 1, builds).min().orElse(coldMs);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);

        Map<String, Long> analysis = profile ? profileAnalysis(docs) : Map.of();

        // ---- 3. queries: one warm-up round (also records what each query finds), then the measured rounds
        int n = queries.size();
        long[] totals = new long[n];
        boolean[] corrected = new boolean[n];
        String[] searched = new String[n];
        long s = System.nanoTime();
        for (int q = 0; q < n; q++) {
            IndexResult r = index.search(SearchRequest.of(queries.get(q)));
            totals[q] = r.total();
            corrected[q] = r.corrected();
            searched[q] = r.searched();
        }
        long warmupMs = ms(System.nanoTime() - s);
        double[][] perQuery = new double[n][rounds];
        double[] all = new double[n * rounds];
        int measured = 0;
        int roundsDone = 0;
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        long measureStart = System.nanoTime();
        for (int r = 0; r < rounds && System.nanoTime() < deadline; r++) {
            for (int q = 0; q < n; q++) {
                SearchRequest request = SearchRequest.of(queries.get(q));
                long a = System.nanoTime();
                index.search(request);
                double took = (System.nanoTime() - a) / 1e6;
                perQuery[q][r] = took;
                all[measured++] = took;
            }
            roundsDone++;
        }
        long measureMs = ms(System.nanoTime() - measureStart);
        double[] lat = Arrays.copyOf(all, measured);
        Arrays.sort(lat);
        int zeroHits = 0;
        int correctedCount = 0;
        for (int q = 0; q < n; q++) {
            zeroHits += totals[q] == 0 ? 1 : 0;
            correctedCount += corrected[q] ? 1 : 0;
        }

        // slowest queries by median
        Integer[] order = new Integer[n];
        double[] medians = new double[n];
        double[] maxima = new double[n];
        for (int q = 0; q < n; q++) {
            double[] v = Arrays.copyOf(perQuery[q], roundsDone);
            Arrays.sort(v);
            medians[q] = v.length == 0 ? 0 : v[(v.length - 1) / 2];
            maxima[q] = v.length == 0 ? 0 : v[v.length - 1];
            order[q] = q;
        }
        Arrays.sort(order, (x, y) -> Double.compare(medians[y], medians[x]));
        if (details != null) {
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(details, StandardCharsets.UTF_8))) {
                w.println("# query\ttotal\tcorrected\tsearched\tmedian_ms\tmax_ms");
                for (int q = 0; q < n; q++) {
                    w.printf(Locale.ROOT, "%s\t%d\t%s\t%s\t%.3f\t%.3f%n", queries.get(q), totals[q], corrected[q], searched[q],
                            medians[q], maxima[q]);
                }
            }
        }

        // ---- 4. report
        double p50 = pct(lat, 0.50);
        double p95 = pct(lat, 0.95);
        double p99 = pct(lat, 0.99);
        double max = lat.length == 0 ? 0 : lat[lat.length - 1];
        double mean = Arrays.stream(lat).average().orElse(0);
        String line = "=".repeat(60);
        System.out.println();
        System.out.println("============ Signpost search benchmark (in-process) ============");
        row("content:", content + "");
        row("documents:", docs.size() + " (" + String.format(Locale.ROOT, "%.1f", totalBytes / 1e6) + " MB Markdown, "
                + parseFailures + " parse failures)");
        row("machine:", rt.availableProcessors() + " CPUs, Java " + System.getProperty("java.version") + ", max heap "
                + rt.maxMemory() / (1024 * 1024) + " MB");
        row("JVM options:", String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()));
        row("read files (ms):", String.valueOf(ms(readNs)));
        row("parse + render, one thread (ms):", String.valueOf(ms(parseNs)));
        row("index builds, sync (ms):", Arrays.toString(buildSync) + "  (first = cold)");
        row("heap used with one index (MB):", heapMb + " (after GC; includes the parsed documents)");
        if (profile) {
            long sum = analysis.values().stream().mapToLong(Long::longValue).sum();
            row("analysis by field (ms):", "");
            analysis.forEach((field, ns) -> System.out.printf(Locale.ROOT, "    %-14s %8d ms  %5.1f %%%n", field, ms(ns),
                    sum == 0 ? 0 : 100.0 * ns / sum));
            System.out.printf(Locale.ROOT, "    %-14s %8d ms  (tokenising every field once, warm; the rest of a build is%n"
                    + "    %-14s %8s     postings, stored fields, doc values, flush and refresh)%n", "total", ms(sum), "", "");
        }
        row("queries:", n + " from " + queriesFile + "; warm-up round " + warmupMs + " ms, then " + roundsDone + " of "
                + rounds + " rounds = " + measured + " measured searches in " + measureMs + " ms"
                + (roundsDone < rounds ? " (stopped early: --max-seconds " + maxSeconds + ")" : ""));
        row("queries with zero hits:", zeroHits + " of " + n + " (" + correctedCount + " answered by a spelling correction)");
        row("latency mean / p50 (ms):", fmt(mean) + " / " + fmt(p50));
        row("latency p99 / max (ms):", fmt(p99) + " / " + fmt(max));
        System.out.println("slowest queries (median / max ms, hits):");
        for (int i = 0; i < Math.min(5, n); i++) {
            int q = order[i];
            System.out.printf(Locale.ROOT, "    %7s / %7s  %5d  %s%n", fmt(medians[q]), fmt(maxima[q]), totals[q], queries.get(q));
        }
        System.out.println("-".repeat(60));
        System.out.printf(Locale.ROOT, "%-36s %8d  target < %-7s %s%n", "index build, cold (ms):", coldMs, targetIndexMs,
                coldMs < targetIndexMs ? "PASS" : "FAIL");
        System.out.printf(Locale.ROOT, "%-36s %8d  target < %-7s %s%n", "index build, warm (ms, best):", warmMs, targetIndexMs,
                warmMs < targetIndexMs ? "PASS" : "FAIL");
        System.out.printf(Locale.ROOT, "%-36s %8s  target < %-7s %s%n", "search latency p95 (ms):", fmt(p95), fmt(targetP95Ms),
                measured > 0 && p95 < targetP95Ms ? "PASS" : "FAIL");
        System.out.println(line);
        System.out.printf(Locale.ROOT, "RESULT docs=%d read_ms=%d parse_ms=%d index_cold_ms=%d index_warm_ms=%d queries=%d"
                        + " measured=%d p50_ms=%s p95_ms=%s p99_ms=%s max_ms=%s zero_hits=%d corrected=%d heap_mb=%d%n",
                docs.size(), ms(readNs), ms(parseNs), coldMs, warmMs, n, measured, fmt(p50), fmt(p95), fmt(p99), fmt(max),
                zeroHits, correctedCount, heapMb);
        index.close();
    }

    /**
     * Tokenises every field of every document the way {@link LuceneIndex} indexes it, one field at a time, and returns
     * the time per field. Run once untimed first, so the figures are warm.
     */
    static Map<String, Long> profileAnalysis(List<Document> docs) throws IOException {
        Map<String, Long> perField = new LinkedHashMap<>();
        try (Analyzer analyzer = SearchAnalyzers.indexing()) {
            for (int pass = 0; pass < 2; pass++) {
                long toLucene = 0;
                Map<String, Long> times = new LinkedHashMap<>();
                for (Document doc : docs) {
                    long a = System.nanoTime();
                    org.apache.lucene.document.Document d = LuceneDocuments.of(doc);
                    toLucene += System.nanoTime() - a;
                    for (IndexableField f : d.getFields()) {
                        if (!f.fieldType().tokenized() || f.stringValue() == null) {
                            continue;
                        }
                        long b = System.nanoTime();
                        try (TokenStream ts = analyzer.tokenStream(f.name(), f.stringValue())) {
                            ts.reset();
                            while (ts.incrementToken()) {
                                // consume
                            }
                            ts.end();
                        }
                        times.merge(f.name(), System.nanoTime() - b, Long::sum);
                    }
                }
                times.put("(toLucene)", toLucene);
                perField = times;
            }
        }
        return perField;
    }

    static List<Path> markdownFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> files = new ArrayList<>(walk.filter(Files::isRegularFile)
                    .filter(p -> ContentPaths.isMarkdown(root.relativize(p).toString()))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .toList());
            files.sort(Comparator.comparing(p -> root.relativize(p).toString().replace('\\', '/')));
            return files;
        }
    }

    /** One query per line; blank lines and lines starting with {@code #} are skipped. */
    static List<String> readQueries(Path file) throws IOException {
        List<String> queries = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                queries.add(line.strip());
            }
        }
        return Collections.unmodifiableList(queries);
    }

    static double pct(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(sorted.length * p) - 1))];
    }

    static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    static String fmt(double ms) {
        return String.format(Locale.ROOT, "%.2f", ms);
    }

    static void row(String label, String value) {
        System.out.printf(Locale.ROOT, "%-36s %s%n", label, value);
    }

    static String value(String[] args, int i) {
        if (i >= args.length) {
            usage(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    static void usage(String problem) {
        System.err.println("search-bench: " + problem);
        System.err.println("usage: SearchBench CONTENT_DIR QUERIES_FILE [--rounds 20] [--builds 3] [--max-seconds 300]"
                + " [--profile] [--details FILE] [--target-index-ms 5000] [--target-p95-ms 10]");
        System.exit(1);
    }
}
