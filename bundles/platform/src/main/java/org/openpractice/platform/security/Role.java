package org.openpractice.platform.security;

/** A member's role inside one account. */
public enum Role {
    /** Everything, including members, permissions and other members' details. */
    DIRECTOR,
    /** Account settings, contacts, clients, messaging and billing; not member management. */
    ADMINISTRATIVE,
    /** Clinical work plus oversight of supervised clinicians. */
    SUPERVISOR,
    /** Own details, own clients, contacts and messaging. */
    CLINICAL;

    /** Role names for {@code @RolesAllowed}; constants so annotations can use them. */
    public static final String DIRECTOR_NAME = "DIRECTOR";
    public static final String ADMINISTRATIVE_NAME = "ADMINISTRATIVE";
    public static final String SUPERVISOR_NAME = "SUPERVISOR";
    public static final String CLINICAL_NAME = "CLINICAL";
}
