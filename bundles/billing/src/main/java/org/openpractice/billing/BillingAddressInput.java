package org.openpractice.billing;

import org.openpractice.platform.validation.TaxId;

/**
 * What a member enters for a billing address. On change, a null {@code taxId} keeps the stored one; {@code version}
 * guards against lost updates.
 */
public record BillingAddressInput(String providerName, String phone, String npi, NpiType npiType, String taxId,
        TaxId.Type taxIdType, String otherId, String otherIdQualifier, PostalAddress address, Boolean isDefault,
        Integer version) {
}
