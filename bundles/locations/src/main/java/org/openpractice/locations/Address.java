package org.openpractice.locations;

/** A postal address. */
public record Address(String street, String street2, String city, String state, String postalCode, String country) {
}
