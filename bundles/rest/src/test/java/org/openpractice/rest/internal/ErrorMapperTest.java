package org.openpractice.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.util.Map;

import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;
import javax.persistence.RollbackException;
import javax.ws.rs.core.Response;

import org.junit.Test;
import org.openpractice.platform.DomainException;

/** Concurrency failures answer 409 with a fixed text; anything unexpected stays a bare 500. */
public class ErrorMapperTest {
    private static final String BOUND_VALUES = "bind => [Main Clinic, 555-0134]";
    private final ErrorMapper mapper = new ErrorMapper();

    private static ErrorBody body(Response r) {
        return (ErrorBody) r.getEntity();
    }

    /** A real duplicate-key failure from Derby, wrapped the way EclipseLink reports a failed flush. */
    private static PersistenceException duplicateKey() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:derby:memory:errormapper;create=true");
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (name VARCHAR(20) NOT NULL, CONSTRAINT t_name UNIQUE (name))");
            s.execute("INSERT INTO t VALUES ('Main Clinic')");
            SQLException clash = assertThrows(SQLException.class,
                    () -> s.execute("INSERT INTO t VALUES ('Main Clinic')"));
            s.execute("DROP TABLE t");
            return new PersistenceException("Internal Exception: " + clash.getMessage()
                    + " Call: INSERT INTO t (name) VALUES (?) " + BOUND_VALUES, new RuntimeException(clash));
        }
    }

    @Test
    public void optimisticLockIsStaleEvenWhenWrapped() {
        OptimisticLockException lock = new OptimisticLockException("UPDATE op_location SET version = 3 "
                + BOUND_VALUES);
        for (Throwable e : new Throwable[] {lock, new RollbackException(lock),
                new PersistenceException(new RollbackException("Transaction rolled back", lock))}) {
            Response r = mapper.toResponse(e);
            assertEquals(409, r.getStatus());
            assertEquals("stale", body(r).code());
            assertEquals("Someone else changed this at the same time; reload and try again", body(r).message());
            assertEquals(Map.of(), body(r).fields());
        }
    }

    @Test
    public void uniqueConstraintViolationIsAConflictWithoutSql() throws SQLException {
        PersistenceException e = duplicateKey();
        SQLIntegrityConstraintViolationException derby = (SQLIntegrityConstraintViolationException) e.getCause()
                .getCause();
        assertEquals("Derby reports a duplicate key as 23505", "23505", derby.getSQLState());
        Response r = mapper.toResponse(e);
        assertEquals(409, r.getStatus());
        assertEquals("conflict", body(r).code());
        assertEquals("This clashes with something saved at the same moment; reload and try again",
                body(r).message());
        assertEquals(Map.of(), body(r).fields());
        String answered = body(r).toString();
        assertFalse(answered.contains("INSERT"));
        assertFalse(answered.contains("23505"));
        assertFalse(answered.contains("Main Clinic"));
    }

    @Test
    public void logSummaryNamesTheFailureButQuotesNoData() throws SQLException {
        String summary = ErrorMapper.summary(duplicateKey());
        assertTrue(summary, summary.contains(PersistenceException.class.getName()));
        assertTrue(summary, summary.contains("(SQLState 23505)"));
        assertFalse(summary, summary.contains("Main Clinic"));
        assertFalse(summary, summary.contains("INSERT"));
    }

    @Test
    public void aCauseChainThatLoopsEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertEquals(2, ErrorMapper.chain(a).size());
        assertEquals(500, mapper.toResponse(a).getStatus());
    }

    @Test
    public void anythingElseIsStillABare500() {
        Response r = mapper.toResponse(new RuntimeException("SELECT * FROM op_contact " + BOUND_VALUES));
        assertEquals(500, r.getStatus());
        assertEquals("internal_error", body(r).code());
        assertTrue(body(r).message().startsWith("Something went wrong on our side (incident "));
        assertFalse(body(r).toString().contains("SELECT"));
        assertFalse(body(r).toString().contains("Main Clinic"));
        assertEquals(Map.of(), body(r).fields());
    }

    @Test
    public void domainConflictsKeepTheirOwnCode() {
        Response r = mapper.toResponse(DomainException.conflict("stale", "Someone else changed this location"));
        assertEquals(409, r.getStatus());
        assertEquals("Someone else changed this location", body(r).message());
    }
}
