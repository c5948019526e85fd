package org.openpractice.contacts;

/** What kind of contact this is; the list can be filtered by it. */
public enum ContactType {
    PARENT_GUARDIAN,
    PHYSICIAN,
    COMMUNITY_CARE,
    AGED_CARE_FACILITY,
    OTHER
}
