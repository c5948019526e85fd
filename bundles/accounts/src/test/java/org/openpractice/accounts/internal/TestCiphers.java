package org.openpractice.accounts.internal;

import java.security.SecureRandom;

import org.openpractice.platform.crypto.FieldCipher;
import org.openpractice.platform.internal.AesGcmFieldCipher;

/** The real field cipher with a fresh random key, as each test database gets. */
final class TestCiphers {
    private TestCiphers() {
    }

    static FieldCipher random() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new AesGcmFieldCipher(key);
    }
}
