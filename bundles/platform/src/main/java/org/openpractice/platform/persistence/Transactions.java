package org.openpractice.platform.persistence;

import java.util.function.Function;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.framework.Bundle;

/** Runs work in one transaction of an area's persistence unit; tests back it with a plain EntityManagerFactory. */
@FunctionalInterface
public interface Transactions {
    <R> R inTransaction(Function<EntityManager, R> work);

    /**
     * For an area's component constructor: brings the area's tables up to date, then answers its transactions, so
     * the component (and every service it publishes) exists only on a migrated schema.
     */
    static Transactions forArea(SchemaMigrations migrations, Bundle bundle, String module, JpaTemplate template) {
        migrations.migrate(bundle, module);
        return of(template);
    }

    /** The OSGi form: a transaction of the Aries JPA template of the area's unit. */
    static Transactions of(JpaTemplate template) {
        return new Transactions() {
            @Override
            public <R> R inTransaction(Function<EntityManager, R> work) {
                return template.txExpr(TransactionType.Required, work::apply);
            }
        };
    }
}
