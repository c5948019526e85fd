package org.openpractice.locations;

/** A location as the API answers it. */
public record Location(String id, String name, LocationKind kind, Address address, String virtualDescription,
        BillTo billTo, String npi, String otherId, String otherIdQualifier, boolean archived, int version) {
}
