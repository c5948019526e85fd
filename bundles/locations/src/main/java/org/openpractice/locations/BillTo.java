package org.openpractice.locations;

/** Which address prints as the service facility (CMS-1500 box 32). */
public enum BillTo {
    /** The location's own address. */
    LOCATION,
    /** The client's residential address. */
    CLIENT
}
