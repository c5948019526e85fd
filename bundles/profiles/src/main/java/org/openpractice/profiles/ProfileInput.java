package org.openpractice.profiles;

import java.util.List;

import org.openpractice.platform.validation.TaxId;

/**
 * What a member or a director saves as My Details; replaces the whole profile. {@code taxId}: blank removes it, the
 * masked value as answered keeps the stored one, anything else must be an SSN or EIN ({@code taxIdType} optional,
 * guessed from the written form). {@code version} guards against lost updates.
 */
public record ProfileInput(Title title, String firstName, String lastName, String credentials, String contactEmail,
        List<Phone> phones, String npi, String npiLabel, String taxId, TaxId.Type taxIdType, String otherId,
        String otherIdQualifier, String providerDescription, Integer version) {
}
