package org.openpractice.billing;

/**
 * The referring, ordering or supervising provider of a claim (boxes 17–17b). {@code qualifier} is DN (referring),
 * DK (ordering) or DQ (supervising). Contacts will supply it; for now callers pass the values.
 */
public record ReferringProvider(String qualifier, String name, String credentials, String npi, String otherId,
        String otherIdQualifier) {
}
