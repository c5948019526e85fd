package org.openpractice.platform.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

import javax.sql.DataSource;

import org.openpractice.platform.persistence.MigrationRunner;

import org.openpractice.platform.persistence.Database;
import org.openpractice.platform.persistence.SchemaMigrations;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Runs the migrations shipped by each area's bundle; the platform's own tables come first. */
@Component(service = SchemaMigrations.class)
public class SqlSchemaMigrations implements SchemaMigrations {
    private final MigrationRunner runner;

    @Activate
    public SqlSchemaMigrations(BundleContext context,
            @Reference(target = Database.DATA_SOURCE_FILTER) DataSource dataSource) {
        this.runner = new MigrationRunner(dataSource);
        migrate(context.getBundle(), "platform");
    }

    @Override
    public int migrate(Bundle bundle, String module) {
        return runner.migrate(module, scripts(bundle, module));
    }

    static List<MigrationRunner.Script> scripts(Bundle bundle, String module) {
        List<MigrationRunner.Script> scripts = new ArrayList<>();
        Enumeration<URL> entries = bundle.findEntries("META-INF/migrations/" + module, "V*.sql", false);
        if (entries == null) {
            return scripts;
        }
        while (entries.hasMoreElements()) {
            URL url = entries.nextElement();
            String path = url.getPath();
            String name = path.substring(path.lastIndexOf('/') + 1);
            try (InputStream in = url.openStream()) {
                scripts.add(MigrationRunner.Script.of(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read migration " + path, e);
            }
        }
        return scripts;
    }
}
