package org.openpractice.contacts;

/** A contact's postal address; every part is optional, {@code country} is an ISO code and defaults to US. */
public record ContactAddress(String street, String street2, String city, String state, String postalCode,
        String country) {
}
