package org.openpractice.platform.crypto;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Encrypts single sensitive values (tax IDs) for storage: AES-256-GCM with a random nonce, bound to what the
 * value is ({@code context}, e.g. "profile.tax_id:" + row id) so a ciphertext copied to another row does not decrypt.
 */
@ProviderType
public interface FieldCipher {
    /** A printable ciphertext ("v1:" + base64), never the same twice for the same value. */
    String encrypt(String plaintext, String context);

    /** The plaintext; fails if the ciphertext was altered, moved to another context, or made with another key. */
    String decrypt(String ciphertext, String context);
}
