package dev.signpost.leancoffee.rules;

import java.util.Collection;

/**
 * The thumbs given in one round. The verdict is to continue when more thumbs are up than down; sideways counts for
 * neither, and a tie (nobody voting included) moves on: the time is up, so carrying on needs a majority for it.
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

    public Verdict verdict() {
        return up > down ? Verdict.CONTINUE : Verdict.MOVE_ON;
    }
}
