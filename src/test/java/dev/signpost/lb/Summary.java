package dev.signpost.lb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The figures of each phase, printed as it ends and again as one table at the end. */
final class Summary {

    private final Map<String, String> instances;
    private final List<String> rows = new ArrayList<>();

    /** {@code instances}: upstream address to instance name. */
    Summary(Map<String, String> instances) {
        this.instances = instances;
    }

    void add(String phase, long ms, List<Outcome> outcomes, Ledger.Check check) {
        long failed = outcomes.stream().filter(o -> !o.ok()).count();
        Map<String, Long> byStatus = new TreeMap<>(outcomes.stream().filter(o -> !o.ok())
                .collect(Collectors.groupingBy(o -> o.status() < 0 ? "no answer" : String.valueOf(o.status()), Collectors.counting())));
        Map<String, Long> byInstance = new TreeMap<>(outcomes.stream()
                .collect(Collectors.groupingBy(o -> instances.getOrDefault(o.answeredBy(), o.answeredBy()), Collectors.counting())));
        long retried = outcomes.stream().filter(o -> o.upstream() != null && o.upstream().contains(",")).count();
        long writes = outcomes.stream().filter(o -> o.kind().write()).count();
        String row = "%-22s %5.1f s  requests %5d (writes %4d)  failed %3d %-14s  retried by nginx %3d  per instance %-22s  writes so far: %d acknowledged, %d as stored; %d refused; %d unanswered (%d stored)"
                .formatted(phase, ms / 1000.0, outcomes.size(), writes, failed, byStatus.isEmpty() ? "" : byStatus.toString(), retried,
                        byInstance.toString(), check.acknowledged(), check.acknowledgedStored(), check.refused(), check.unknown(), check.unknownStored());
        rows.add(row);
        System.out.println("lb: " + row);
    }

    void note(String phase, String text) {
        String row = "%-22s %s".formatted(phase, text);
        rows.add(row);
        System.out.println("lb: " + row);
    }

    void print() {
        System.out.println("lb: ===== summary (requests through nginx; 'as stored': found in PostgreSQL exactly as answered) =====");
        rows.forEach(row -> System.out.println("lb: " + row));
    }
}
