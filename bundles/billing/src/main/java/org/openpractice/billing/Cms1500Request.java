package org.openpractice.billing;

/** What the provider boxes are computed from; {@code referring} and {@code client} are optional. */
public record Cms1500Request(String renderingMemberId, String locationId, String billingAddressId,
        ReferringProvider referring, ClientAddress client) {
}
