package org.openpractice.platform.persistence;

import org.osgi.annotation.versioning.ProviderType;
import org.osgi.framework.Bundle;

/**
 * Creates and upgrades an area's tables from the ordered SQL scripts the area's bundle ships under
 * {@code META-INF/migrations/<module>/V<nnn>__<description>.sql}. Each script runs once, in order, in its own
 * transaction; a changed script that already ran stops the upgrade.
 */
@ProviderType
public interface SchemaMigrations {
    /** Applies the pending scripts of {@code module} found in {@code bundle}; answers how many ran. */
    int migrate(Bundle bundle, String module);
}
