package org.openpractice.profiles;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * My Details of the members of the active account. A member reads and changes their own; directors anyone's; other
 * roles get 403 for someone else's, and ids of other accounts' members are not found. A member who never saved
 * reads as defaults.
 */
@ProviderType
public interface ProfileService {
    /** The acting member's details. */
    Profile mine();

    Profile get(String memberId);

    Profile updateMine(ProfileInput input);

    /** Creates the profile on its first save. */
    Profile update(String memberId, ProfileInput input);

    /**
     * The plain tax ID (e.g. "123-45-6789"), for the member themself or a director only; every reveal is audited.
     * Not found when none is stored.
     */
    String revealTaxId(String memberId);

    /** Active members of the account who wrote a provider description, for online booking; needs no sign-in. */
    List<PublicProvider> publicProviders(String accountId);
}
