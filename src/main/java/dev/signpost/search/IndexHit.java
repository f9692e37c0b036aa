package dev.signpost.search;

/** A matching document as the index knows it: its file, where it is served, its type, and a snippet. */
record IndexHit(String path, String url, String type, String title, float score, Snippet snippet) {
}
