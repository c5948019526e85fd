package org.openpractice.profiles;

/** How a member is addressed before the name; {@link #NONE} prints nothing. */
public enum Title {
    NONE(""),
    DR("Dr"),
    MR("Mr"),
    MRS("Mrs"),
    MS("Ms"),
    MX("Mx"),
    PROF("Prof");

    private final String label;

    Title(String label) {
        this.label = label;
    }

    /** The printed form, e.g. "Dr"; empty for {@link #NONE}. */
    public String label() {
        return label;
    }
}
