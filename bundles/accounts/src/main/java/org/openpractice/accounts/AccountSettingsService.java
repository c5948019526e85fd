package org.openpractice.accounts;

import org.osgi.annotation.versioning.ProviderType;

/** Settings of the active account; for directors and administrative members. */
@ProviderType
public interface AccountSettingsService {
    GeneralSettings general();

    GeneralSettings updateGeneral(GeneralSettings settings);

    SecuritySettings security();

    SecuritySettings updateSecurity(SecuritySettings settings);

    LegalStatus legal();

    /** Signs the current agreement version in the acting member's name; fails if already signed. */
    LegalStatus signAgreement(String signerTitle);
}
