package dev.signpost.web;

/** One page of a longer list: which page, its size, and how many in all; templates ask for the pages around it. */
public interface Paged {

    long total();

    int page();

    int size();

    default int pages() {
        return (int) Math.max(1, (total() + size() - 1) / size());
    }

    default boolean hasNext() {
        return page() < pages();
    }

    default boolean hasPrevious() {
        return page() > 1;
    }
}
