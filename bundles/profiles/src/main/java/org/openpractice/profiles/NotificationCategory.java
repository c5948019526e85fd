package org.openpractice.profiles;

/** Kinds of system notification e-mail a member receives, each with its own frequency. */
public enum NotificationCategory {
    /** A client or contact wrote to the practice. */
    NEW_MESSAGES(NotificationFrequency.IMMEDIATELY),
    /** A message bounced, an address or number is invalid, or a reminder expired without opt-in. */
    MESSAGING_ERRORS(NotificationFrequency.IMMEDIATELY),
    /** Appointments booked, changed, confirmed or cancelled, e.g. online or by a reply. */
    APPOINTMENTS(NotificationFrequency.IMMEDIATELY),
    /** A client submitted a form or document. */
    DOCUMENT_SUBMISSIONS(NotificationFrequency.DAILY_DIGEST);

    private final NotificationFrequency defaultFrequency;

    NotificationCategory(NotificationFrequency defaultFrequency) {
        this.defaultFrequency = defaultFrequency;
    }

    /** What a member gets until they choose otherwise. */
    public NotificationFrequency defaultFrequency() {
        return defaultFrequency;
    }
}
