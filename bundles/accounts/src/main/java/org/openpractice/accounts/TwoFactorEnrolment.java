package org.openpractice.accounts;

/**
 * What an authenticator app needs: the Base32 secret (to type in), the otpauth URI and the same URI as a PNG QR code.
 */
public record TwoFactorEnrolment(String secret, String uri, byte[] qrCodePng) {
}
