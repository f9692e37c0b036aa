package dev.signpost.content;

/** Progress of the first load: until it is ready, pages answer 503 with a progress bar. */
public record LoadStatus(boolean ready, int loaded, int total) {

    public int percent() {
        return total == 0 ? (ready ? 100 : 0) : Math.min(100, loaded * 100 / total);
    }
}
