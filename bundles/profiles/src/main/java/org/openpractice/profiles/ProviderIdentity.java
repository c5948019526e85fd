package org.openpractice.profiles;

/**
 * A member as a claim names the rendering provider: name with credentials, individual NPI and Other ID. Never holds
 * the tax ID.
 */
public record ProviderIdentity(String memberId, String firstName, String lastName, String credentials, String npi,
        String otherId, String otherIdQualifier) {

    /** "Dana Smith, RD, LDN" — how boxes 17 and 31 print a name. */
    public String nameWithCredentials() {
        String name = (firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName);
        name = name.strip();
        return credentials == null || credentials.isBlank() ? name : name + ", " + credentials.strip();
    }
}
