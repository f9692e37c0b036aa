package dev.signpost.leancoffee.rules;

import java.util.Collection;

/**
 * The thumbs given in one round. Sideways ("wrap up") counts for neither side. Once the time is up, the verdict is to
 * continue only when more thumbs are up than down: carrying on needs a majority for it, so a tie moves on. While the
 * time runs, the verdict is to move on only when more thumbs are down than up: the box was agreed, so cutting it short
 * needs a majority.
 */
public record ThumbsTally(int up, int sideways, int down) {

    public enum Verdict {
        CONTINUE("Continue"), MOVE_ON("Move on");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public ThumbsTally {
        if (up < 0 || sideways < 0 || down < 0) {
            throw new IllegalArgumentException("Counts cannot be negative");
        }
    }

    public static ThumbsTally of(Collection<Thumb> thumbs) {
        int up = 0;
        int sideways = 0;
        int down = 0;
        for (Thumb thumb : thumbs) {
            switch (thumb) {
                case UP -> up++;
                case SIDEWAYS -> sideways++;
                case DOWN -> down++;
            }
        }
        return new ThumbsTally(up, sideways, down);
    }

    public int total() {
        return up + sideways + down;
    }

    /** The verdict once the time is up. */
    public Verdict verdict() {
        return verdict(true);
    }

    /** The verdict with the time up or still running. */
    public Verdict verdict(boolean timeIsUp) {
        if (timeIsUp) {
            return up > down ? Verdict.CONTINUE : Verdict.MOVE_ON;
        }
        return down > up ? Verdict.MOVE_ON : Verdict.CONTINUE;
    }
}
