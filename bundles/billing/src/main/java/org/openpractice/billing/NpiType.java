package org.openpractice.billing;

/** Which kind of NPI the billing provider bills under; stored as entered, never inferred. */
public enum NpiType {
    /** A group or organisation (Type 2). */
    TYPE_2_ORGANIZATION,
    /** An individual provider billing as a sole proprietor (Type 1). */
    TYPE_1_INDIVIDUAL
}
