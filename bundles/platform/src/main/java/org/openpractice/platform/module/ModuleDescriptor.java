package org.openpractice.platform.module;

import org.osgi.annotation.versioning.ConsumerType;

/** Registered by each installed area module; health and the UI list modules from these services. */
@ConsumerType
public interface ModuleDescriptor {
    /** Short stable id, e.g. "locations". */
    String id();

    /** Human name, e.g. "Locations". */
    String name();

    /** True when the module can serve requests (its tables are migrated, its services present). */
    default boolean healthy() {
        return true;
    }
}
