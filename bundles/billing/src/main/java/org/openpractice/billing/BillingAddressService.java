package org.openpractice.billing;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Mailing & billing addresses of the active account; one of them is the default. */
@ProviderType
public interface BillingAddressService {
    List<BillingAddress> list(boolean includeArchived);

    BillingAddress get(String id);

    BillingAddress create(BillingAddressInput input);

    BillingAddress update(String id, BillingAddressInput input);

    BillingAddress makeDefault(String id);

    BillingAddress archive(String id);

    BillingAddress restore(String id);
}
