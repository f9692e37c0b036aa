package dev.signpost.feedback.ratings;

import dev.signpost.web.Coded;

import java.util.List;
import java.util.Optional;

/** The answer to "Was this page helpful?", with the reasons that may follow each answer. */
public enum Rating implements Coded {

    YES("yes", List.of(new Reason("solved", "It solved my problem"), new Reason("easy", "It was easy to follow"),
            new Reason("other", "Something else"))),
    NO("no", List.of(new Reason("missing", "Information is missing"), new Reason("outdated", "It is out of date"),
            new Reason("hard", "It is hard to follow"), new Reason("broken-example", "An example is wrong or broken"),
            new Reason("other", "Something else")));

    /** A reason code and how it reads. */
    public record Reason(String code, String label) {
    }

    private final String code;
    private final List<Reason> reasons;

    Rating(String code, List<Reason> reasons) {
        this.code = code;
        this.reasons = reasons;
    }

    public String code() {
        return code;
    }

    /** How the answer reads. */
    public String label() {
        return code.equals("yes") ? "Yes" : "No";
    }

    public List<Reason> reasons() {
        return reasons;
    }

    public boolean allows(String reason) {
        return reasons.stream().anyMatch(r -> r.code().equals(reason));
    }

    /** How a reason code reads, or the code itself when this rating has no such reason. */
    public String label(String reason) {
        return reasons.stream().filter(r -> r.code().equals(reason)).map(Reason::label).findFirst().orElse(reason);
    }

    public static Optional<Rating> of(String code) {
        return Coded.of(Rating.class, code);
    }
}
