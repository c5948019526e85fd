package org.openpractice.locations;

/** How an appointment at the location takes place. */
public enum LocationKind {
    /** At a street address. */
    PHYSICAL,
    /** Online or by phone; a description replaces the address. */
    VIRTUAL,
    /** At the client's home or workplace; the client's residential address is used. */
    HOME_VISIT
}
