package org.openpractice.platform.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.Test;

public class MigrationRunnerTest {
    private static EmbeddedDataSource derby() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:mig" + UUID.randomUUID());
        ds.setCreateDatabase("create");
        return ds;
    }

    @Test
    public void appliesEachScriptOnceInOrder() throws Exception {
        EmbeddedDataSource ds = derby();
        MigrationRunner runner = new MigrationRunner(ds);
        List<MigrationRunner.Script> scripts = List.of(
                MigrationRunner.Script.of("V002__add_column.sql", "ALTER TABLE thing ADD COLUMN label VARCHAR(20);"),
                MigrationRunner.Script.of("V001__create_thing.sql",
                        "-- the first table\nCREATE TABLE thing (\n id INT PRIMARY KEY\n);\nINSERT INTO thing (id) VALUES (1);"));
        assertEquals(2, runner.migrate("things", scripts));
        assertEquals(0, runner.migrate("things", scripts));
        try (Connection c = ds.getConnection(); ResultSet rs = c.createStatement()
                .executeQuery("SELECT COUNT(*) FROM op_schema_migration WHERE module = 'things'")) {
            assertTrue(rs.next());
            assertEquals(2, rs.getInt(1));
        }
        try (Connection c = ds.getConnection(); ResultSet rs = c.createStatement()
                .executeQuery("SELECT id, label FROM thing")) {
            assertTrue(rs.next());
            assertEquals(1, rs.getInt(1));
        }
    }

    @Test
    public void refusesAChangedScriptAndRollsBackAFailedOne() throws Exception {
        EmbeddedDataSource ds = derby();
        MigrationRunner runner = new MigrationRunner(ds);
        runner.migrate("m", List.of(MigrationRunner.Script.of("V001__a.sql", "CREATE TABLE a (id INT);")));
        IllegalStateException changed = assertThrows(IllegalStateException.class, () -> runner.migrate("m",
                List.of(MigrationRunner.Script.of("V001__a.sql", "CREATE TABLE a (id BIGINT);"))));
        assertTrue(changed.getMessage().contains("was changed"));
        assertThrows(IllegalStateException.class, () -> runner.migrate("m", List.of(
                MigrationRunner.Script.of("V001__a.sql", "CREATE TABLE a (id INT);"),
                MigrationRunner.Script.of("V002__b.sql", "CREATE TABLE b (id INT);\nCREATE TABLE broken (;"))));
        try (Connection c = ds.getConnection();
                ResultSet rs = c.getMetaData().getTables(null, null, "B", null)) {
            assertTrue("the failed script left no table behind", !rs.next());
        }
        assertEquals(1, runner.migrate("m", List.of(MigrationRunner.Script.of("V001__a.sql", "CREATE TABLE a (id INT);"),
                MigrationRunner.Script.of("V002__b.sql", "CREATE TABLE b (id INT);"))));
    }
}
