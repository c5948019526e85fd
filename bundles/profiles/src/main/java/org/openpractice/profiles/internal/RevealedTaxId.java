package org.openpractice.profiles.internal;

/** The answer of a tax ID reveal: {@code {"taxId": "123-45-6789"}}. */
public record RevealedTaxId(String taxId) {
}
