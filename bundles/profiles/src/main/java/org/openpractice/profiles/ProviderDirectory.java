package org.openpractice.profiles;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Looks up members of the active account as providers, for claims and scheduling. */
@ProviderType
public interface ProviderDirectory {
    /** The member's provider identity in the active account; empty for unknown ids and other accounts' members. */
    Optional<ProviderIdentity> provider(String memberId);
}
