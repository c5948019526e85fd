package org.openpractice.locations;

/** What a member enters to add or change a location. {@code version} guards against lost updates on change. */
public record LocationInput(String name, LocationKind kind, Address address, String virtualDescription,
        BillTo billTo, String npi, String otherId, String otherIdQualifier, Integer version) {
}
