package org.openpractice.profiles;

/** How often notification e-mails of one category go out to a member. */
public enum NotificationFrequency {
    IMMEDIATELY,
    HOURLY_DIGEST,
    DAILY_DIGEST,
    NEVER
}
