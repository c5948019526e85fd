package org.openpractice.contacts;

import java.util.List;

/** Per-account contact settings: the messaging methods a new contact starts with. */
public record ContactSettings(List<MessagingMethod> defaultMessagingMethods) {
}
