package org.openpractice.accounts;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Where an account's shared catalogues live (document templates, custom terms, billing items, billing templates,
 * appointment types): a child account reads its parent's instead of keeping its own; any other account its own.
 */
@ProviderType
public interface CatalogScope {
    /** The id of the account whose catalogues {@code accountId} uses. */
    String catalogOwner(String accountId);
}
