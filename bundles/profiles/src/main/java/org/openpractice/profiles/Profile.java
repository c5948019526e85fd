package org.openpractice.profiles;

import java.util.List;

import org.openpractice.platform.validation.TaxId;

/**
 * A member's My Details as the API answers them. {@code taxId} is always masked to the last four digits (the plain
 * value only comes from {@link ProfileService#revealTaxId(String)}); {@code version} is null until the first save.
 */
public record Profile(String memberId, Title title, String firstName, String lastName, String credentials,
        String contactEmail, List<Phone> phones, String npi, String npiLabel, String taxId, TaxId.Type taxIdType,
        String otherId, String otherIdQualifier, String providerDescription, Integer version) {
}
