package org.openpractice.billing;

import org.osgi.annotation.versioning.ProviderType;

/** Computes the CMS-1500 provider boxes from the active account's members, locations and billing addresses. */
@ProviderType
public interface Cms1500Service {
    Cms1500Boxes providerBoxes(Cms1500Request request);
}
