package org.openpractice.platform.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class Argon2PasswordHasherTest {
    @Test
    public void hashesAreSaltedAndVerify() {
        Argon2PasswordHasher hasher = new Argon2PasswordHasher();
        String a = hasher.hash("correct horse battery".toCharArray());
        String b = hasher.hash("correct horse battery".toCharArray());
        assertTrue(a.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"));
        assertNotEquals(a, b);
        assertTrue(hasher.verify("correct horse battery".toCharArray(), a));
        assertFalse(hasher.verify("correct horse batterY".toCharArray(), a));
        assertFalse(hasher.verify("x".toCharArray(), "not-a-hash"));
    }
}
