package dev.signpost.people;

import java.util.Set;

/**
 * Teams a feature knows of that neither content owners nor anyone's sign-in name, such as the owner teams of the
 * repository inventory. A feature offers them by implementing this as a CDI bean; the directory asks every one.
 */
public interface TeamSource {

    /** The team names, as owner fields should accept them. */
    Set<String> teams();
}
