package org.openpractice.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.openpractice.platform.persistence.MigrationRunner;
import org.openpractice.platform.persistence.Transactions;

/**
 * A fresh in-memory Derby database with the platform's and the given modules' migrations applied, and the
 * module's real EclipseLink persistence unit on top of it — the same schema and mapping as in production.
 */
public final class TestDatabase implements AutoCloseable {
    private final EmbeddedDataSource dataSource;
    private final EntityManagerFactory emf;

    public TestDatabase(String persistenceUnit, String... modules) {
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:test-" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        MigrationRunner runner = new MigrationRunner(dataSource);
        runner.migrate("platform", scripts("platform"));
        for (String module : modules) {
            runner.migrate(module, scripts(module));
        }
        Map<String, Object> props = new HashMap<>();
        props.put("javax.persistence.nonJtaDataSource", dataSource);
        props.put("eclipselink.logging.level", "WARNING");
        emf = new PersistenceProvider().createEntityManagerFactory(persistenceUnit, props);
        if (emf == null) {
            throw new IllegalStateException("No persistence unit " + persistenceUnit);
        }
    }

    public EmbeddedDataSource dataSource() {
        return dataSource;
    }

    /** Transactions the way the bundle's components get them in OSGi: one per call, rolled back on failure. */
    public Transactions transactions() {
        return transactions(emf);
    }

    /** The same, over any EntityManagerFactory (benchmarks open their own on a database on disk). */
    public static Transactions transactions(EntityManagerFactory emf) {
        return new Transactions() {
            @Override
            public <R> R inTransaction(Function<EntityManager, R> work) {
                EntityManager em = emf.createEntityManager();
                EntityTransaction tx = em.getTransaction();
                tx.begin();
                try {
                    R result = work.apply(em);
                    tx.commit();
                    return result;
                } catch (RuntimeException e) {
                    if (tx.isActive()) {
                        tx.rollback();
                    }
                    throw e;
                } finally {
                    em.close();
                }
            }
        };
    }

    @Override
    public void close() {
        emf.close();
    }

    /** Reads {@code META-INF/migrations/<module>/V*.sql} from the class path (a folder or a jar). */
    public static List<MigrationRunner.Script> scripts(String module) {
        String folder = "META-INF/migrations/" + module;
        URL url = TestDatabase.class.getClassLoader().getResource(folder);
        if (url == null) {
            throw new IllegalStateException("No migrations on the class path for " + module);
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                return read(fs.getPath(folder));
            }
            return read(Path.of(uri));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<MigrationRunner.Script> read(Path dir) throws IOException {
        List<MigrationRunner.Script> scripts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = p.getFileName().toString();
                if (name.matches("V\\d+__.*\\.sql")) {
                    scripts.add(MigrationRunner.Script.of(name, Files.readString(p)));
                }
            }
        }
        return scripts;
    }
}
