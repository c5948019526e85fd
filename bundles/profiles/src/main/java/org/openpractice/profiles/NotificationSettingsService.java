package org.openpractice.profiles;

import org.osgi.annotation.versioning.ProviderType;

/** Notification settings of the members of the active account; same access rules as {@link ProfileService}. */
@ProviderType
public interface NotificationSettingsService {
    NotificationSettings mine();

    NotificationSettings get(String memberId);

    NotificationSettings updateMine(NotificationSettings settings);

    /** Changes the categories given; the others keep their frequency. */
    NotificationSettings update(String memberId, NotificationSettings settings);

    /**
     * For the notification sender, which runs without a signed-in member: the frequency the member of
     * {@code accountId} chose for the category, or its default.
     */
    NotificationFrequency frequency(String accountId, String memberId, NotificationCategory category);
}
