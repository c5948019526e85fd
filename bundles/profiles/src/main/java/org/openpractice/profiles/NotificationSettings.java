package org.openpractice.profiles;

import java.util.Map;

/**
 * A member's notification frequency per category. Answers always hold every category; input may hold only those to
 * change ({@code memberId} is ignored in input).
 */
public record NotificationSettings(String memberId, Map<NotificationCategory, NotificationFrequency> frequencies) {
}
