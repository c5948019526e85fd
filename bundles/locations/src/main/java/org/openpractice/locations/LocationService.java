package org.openpractice.locations;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Locations of the active account; ids of other accounts are not found. */
@ProviderType
public interface LocationService {
    List<Location> list(boolean includeArchived);

    Location get(String id);

    Location create(LocationInput input);

    Location update(String id, LocationInput input);

    /** Archived locations stay readable but cannot be chosen for new work; they are never deleted. */
    Location archive(String id);

    Location restore(String id);
}
