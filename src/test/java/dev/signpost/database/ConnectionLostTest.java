package dev.signpost.database;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A request whose connection the database dropped (a restart) is an outage, answered 503; other errors are not. */
class ConnectionLostTest {

    private static PersistenceException wrapped(SQLException cause) {
        return new PersistenceException("could not execute statement", new RuntimeException("JDBC", cause));
    }

    @Test
    void shouldTakeAConnectionErrorForAnOutage() {
        var lost = Database.connectionLost(wrapped(new SQLException("An I/O error occurred while sending to the backend.", "08006")));
        assertTrue(lost.isPresent());
        assertTrue(lost.get().contains("08006") && lost.get().contains("I/O error"), lost.get());
    }

    @Test
    void shouldTakeAServerShuttingDownForAnOutage() {
        assertTrue(Database.connectionLost(wrapped(new SQLException("terminating connection due to administrator command", "57P01"))).isPresent());
        assertTrue(Database.connectionLost(wrapped(new SQLException("the database system is starting up", "57P03"))).isPresent());
    }

    @Test
    void shouldNotTakeOtherDatabaseErrorsForAnOutage() {
        assertEquals(java.util.Optional.empty(), Database.connectionLost(wrapped(new SQLException("duplicate key", "23505"))));
        assertEquals(java.util.Optional.empty(), Database.connectionLost(wrapped(new SQLException("no state"))));
        assertEquals(java.util.Optional.empty(), Database.connectionLost(new PersistenceException("no cause")));
    }

    @Test
    void shouldFindTheConnectionLostAtCommitAmongTheSuppressedAndKnowTheOutcomeIsUnknown() {
        // what a commit cut by a PostgreSQL shutdown looks like: Narayana's RollbackException with the SQL error suppressed,
        // wrapped by the @Transactional interceptor because RollbackException is checked
        var commit = new jakarta.transaction.RollbackException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(new RuntimeException("commit", new SQLException("terminating connection due to administrator command", "57P01")));
        var thrown = new io.quarkus.arc.ArcUndeclaredThrowableException(commit);
        assertTrue(Database.connectionLost(thrown).orElseThrow().contains("57P01"));
        assertTrue(Database.whileCommitting(thrown), "the database may have committed before it went away");
    }

    @Test
    void shouldKnowAStatementCutBeforeTheCommitDidNotCommit() {
        PersistenceException statement = wrapped(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        assertTrue(Database.connectionLost(statement).isPresent());
        assertTrue(!Database.whileCommitting(statement), "a statement that failed rolled its transaction back");
        var otherCommitFailure = new io.quarkus.arc.ArcUndeclaredThrowableException(new jakarta.transaction.RollbackException("marked rollback only"));
        assertEquals(java.util.Optional.empty(), Database.connectionLost(otherCommitFailure), "not an outage: the 500 page");
    }
}
