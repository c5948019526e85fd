package org.openpractice.billing;

/** A postal address as a claim prints it. */
public record PostalAddress(String street, String street2, String city, String state, String postalCode) {
}
