package org.openpractice.platform.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.security.SecureRandom;

import org.junit.Test;

public class AesGcmFieldCipherTest {
    private static byte[] key() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return k;
    }

    @Test
    public void roundTripWithFreshNonces() {
        AesGcmFieldCipher cipher = new AesGcmFieldCipher(key());
        String a = cipher.encrypt("123-45-6789", "profile.tax_id:1");
        String b = cipher.encrypt("123-45-6789", "profile.tax_id:1");
        assertNotEquals(a, b);
        assertTrue(a.startsWith("v1:"));
        assertFalse(a.contains("6789"));
        assertEquals("123-45-6789", cipher.decrypt(a, "profile.tax_id:1"));
    }

    @Test
    public void keyFileIsCreatedOnceOwnerOnlyAndReused() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("keys");
        java.nio.file.Path file = dir.resolve("field.key");
        byte[] first = KeyFiles.readOrCreate(file);
        assertEquals(32, first.length);
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                java.nio.file.Files.getPosixFilePermissions(file)));
        assertTrue(java.util.Arrays.equals(first, KeyFiles.readOrCreate(file)));
        String sealed = new AesGcmFieldCipher(first).encrypt("12-3456789", "c");
        assertEquals("12-3456789", new AesGcmFieldCipher(KeyFiles.readOrCreate(file)).decrypt(sealed, "c"));
    }

    @Test
    public void refusesOtherContextOtherKeyAndTampering() {
        byte[] k = key();
        AesGcmFieldCipher cipher = new AesGcmFieldCipher(k);
        String sealed = cipher.encrypt("12-3456789", "billing.tax_id:A");
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(sealed, "billing.tax_id:B"));
        assertThrows(IllegalStateException.class, () -> new AesGcmFieldCipher(key()).decrypt(sealed, "billing.tax_id:A"));
        char[] chars = sealed.toCharArray();
        chars[chars.length - 3] = chars[chars.length - 3] == 'A' ? 'B' : 'A';
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(new String(chars), "billing.tax_id:A"));
        assertThrows(IllegalArgumentException.class, () -> new AesGcmFieldCipher(new byte[16]));
    }
}
