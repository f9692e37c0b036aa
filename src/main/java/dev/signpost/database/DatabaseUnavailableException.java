package dev.signpost.database;

/** The database cannot be used right now; pages that need it answer 503 and recover by themselves. */
public class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(String message) {
        super(message);
    }
}
