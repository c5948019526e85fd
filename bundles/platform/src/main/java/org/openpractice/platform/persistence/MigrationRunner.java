package org.openpractice.platform.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Applies ordered SQL scripts once each and remembers them in {@code op_schema_migration}. */
public class MigrationRunner {
    /** One script: V001__create_things.sql gives version 1 and description "create things". */
    public record Script(int version, String name, String sql) {
        private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");

        public static Script of(String fileName, String sql) {
            Matcher m = NAME.matcher(fileName);
            if (!m.matches()) {
                throw new IllegalArgumentException("Migration file name must look like V001__what.sql: " + fileName);
            }
            return new Script(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), sql);
        }
    }

    private final Logger logger = LoggerFactory.getLogger(MigrationRunner.class);
    private final DataSource dataSource;

    public MigrationRunner(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs the scripts of {@code module} that have not run yet; answers how many ran. */
    public synchronized int migrate(String module, List<Script> scripts) {
        List<Script> ordered = new ArrayList<>(scripts);
        ordered.sort((a, b) -> Integer.compare(a.version(), b.version()));
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            ensureHistoryTable(c);
            Map<Integer, String> applied = applied(c, module);
            int ran = 0;
            for (Script script : ordered) {
                String checksum = checksum(script.sql());
                String done = applied.get(script.version());
                if (done != null) {
                    if (!done.equals(checksum)) {
                        throw new IllegalStateException("Migration " + module + " V" + script.version()
                                + " was changed after it ran; add a new migration instead");
                    }
                    continue;
                }
                apply(c, module, script, checksum);
                ran++;
            }
            return ran;
        } catch (SQLException e) {
            throw new IllegalStateException("Migrations of " + module + " failed: " + e.getMessage(), e);
        }
    }

    private void apply(Connection c, String module, Script script, String checksum) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String statement : statements(script.sql())) {
                st.execute(statement);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO op_schema_migration"
                    + " (module, version, description, checksum, applied_at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, module);
                ps.setInt(2, script.version());
                ps.setString(3, script.name());
                ps.setString(4, checksum);
                ps.setTimestamp(5, Timestamp.from(Instant.now()));
                ps.executeUpdate();
            }
            c.commit();
            logger.info("Applied migration {} V{} ({})", module, script.version(), script.name());
        } catch (SQLException e) {
            c.rollback();
            throw e;
        }
    }

    private static void ensureHistoryTable(Connection c) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, null, "OP_SCHEMA_MIGRATION", null)) {
            if (rs.next()) {
                return;
            }
        }
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE op_schema_migration (module VARCHAR(64) NOT NULL, version INT NOT NULL,"
                    + " description VARCHAR(200) NOT NULL, checksum VARCHAR(64) NOT NULL, applied_at TIMESTAMP NOT NULL,"
                    + " PRIMARY KEY (module, version))");
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            // another process created it meanwhile: fine if it exists now
            try (ResultSet rs = c.getMetaData().getTables(null, null, "OP_SCHEMA_MIGRATION", null)) {
                if (!rs.next()) {
                    throw e;
                }
            }
        }
    }

    private static Map<Integer, String> applied(Connection c, String module) throws SQLException {
        Map<Integer, String> result = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT version, checksum FROM op_schema_migration WHERE module = ?")) {
            ps.setString(1, module);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getInt(1), rs.getString(2));
                }
            }
        }
        c.commit();
        return result;
    }

    /** Splits a script at semicolons that end a line; lines starting with "--" are comments. */
    public static List<String> statements(String sql) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                result.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(trimmed).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            result.add(current.toString().strip());
        }
        return result;
    }

    private static String checksum(String sql) {
        try {
            String normalised = String.join("\n", statements(sql));
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
