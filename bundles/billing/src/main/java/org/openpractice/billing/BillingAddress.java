package org.openpractice.billing;

import org.openpractice.platform.validation.TaxId;

/** A mailing & billing address as the API answers it: the tax ID only masked. */
public record BillingAddress(String id, String providerName, String phone, String npi, NpiType npiType,
        String taxIdMasked, TaxId.Type taxIdType, String otherId, String otherIdQualifier, PostalAddress address,
        boolean isDefault, boolean archived, int version) {
}
