package org.openpractice.billing;

/**
 * The client's residential address, printed in box 32 when the location bills with the client's address. When given,
 * it must be a complete, valid US address.
 */
public record ClientAddress(String name, PostalAddress address) {
}
