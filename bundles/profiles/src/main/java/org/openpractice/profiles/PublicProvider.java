package org.openpractice.profiles;

/**
 * A provider as clients see them when booking online: only what the member chose to publish, never identifiers,
 * contact details or the tax ID. {@code id} is the member id a booking names.
 */
public record PublicProvider(String id, Title title, String firstName, String lastName, String credentials,
        String displayName, String providerDescription) {
}
