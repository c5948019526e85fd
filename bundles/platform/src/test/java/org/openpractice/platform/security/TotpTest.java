package org.openpractice.platform.security;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.Test;

/** RFC 6238 appendix B test vectors, the verification window and the Base32 used by authenticator apps. */
public class TotpTest {
    private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_SEED = ("12345678901234567890123456789012345678901234567890123456789012"
            + "34").getBytes(StandardCharsets.US_ASCII);
    private static final long[] TIMES = {59L, 1111111109L, 1111111111L, 1234567890L, 2000000000L, 20000000000L};
    private static final String[] SHA1 = {"94287082", "07081804", "14050471", "89005924", "69279037", "65353130"};
    private static final String[] SHA256 = {"46119246", "68084774", "67062674", "91819424", "90698825", "77737706"};
    private static final String[] SHA512 = {"90693936", "25091201", "99943326", "93441116", "38618901", "47863826"};

    @Test
    public void rfc6238VectorsForEveryHash() {
        for (int i = 0; i < TIMES.length; i++) {
            long step = Totp.step(Instant.ofEpochSecond(TIMES[i]));
            assertEquals("SHA-1 at " + TIMES[i], SHA1[i], Totp.code(SHA1_SEED, step, 8, "HmacSHA1"));
            assertEquals("SHA-256 at " + TIMES[i], SHA256[i], Totp.code(SHA256_SEED, step, 8, "HmacSHA256"));
            assertEquals("SHA-512 at " + TIMES[i], SHA512[i], Totp.code(SHA512_SEED, step, 8, "HmacSHA512"));
        }
    }

    @Test
    public void sixDigitCodesAreTheLowDigitsOfTheVectors() {
        String secret = Totp.Base32.encode(SHA1_SEED);
        assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", secret);
        for (int i = 0; i < TIMES.length; i++) {
            assertEquals(SHA1[i].substring(2), Totp.code(secret, Totp.step(Instant.ofEpochSecond(TIMES[i]))));
        }
    }

    @Test
    public void acceptsOneStepEitherSideAndAnswersTheStepMatched() {
        String secret = Totp.newSecret();
        Instant now = Instant.parse("2026-11-23T10:00:15Z");
        long step = Totp.step(now);
        assertEquals(step, Totp.verify(secret, Totp.code(secret, step), now).getAsLong());
        assertEquals(step - 1, Totp.verify(secret, Totp.code(secret, step - 1), now).getAsLong());
        assertEquals(step + 1, Totp.verify(secret, Totp.code(secret, step + 1), now).getAsLong());
        assertFalse(Totp.verify(secret, Totp.code(secret, step - 2), now).isPresent());
        assertFalse(Totp.verify(secret, Totp.code(secret, step + 2), now).isPresent());
        String code = Totp.code(secret, step);
        assertTrue("a code typed as 123 456 is accepted",
                Totp.verify(secret, code.substring(0, 3) + " " + code.substring(3), now).isPresent());
        assertFalse(Totp.verify(secret, "12345", now).isPresent());
        assertFalse(Totp.verify(secret, "abcdef", now).isPresent());
        assertFalse(Totp.verify(secret, null, now).isPresent());
    }

    @Test
    public void secretsAreRandom160BitBase32() {
        String a = Totp.newSecret();
        String b = Totp.newSecret();
        assertEquals(32, a.length());
        assertTrue(a.matches("[A-Z2-7]{32}"));
        assertFalse(a.equals(b));
        assertEquals(20, Totp.Base32.decode(a).length);
        assertArrayEquals(Totp.Base32.decode(a), Totp.Base32.decode(a.toLowerCase().replaceAll("(.{4})", "$1 ")));
    }

    @Test
    public void uriNamesIssuerAndAccountForAuthenticatorApps() {
        String uri = Totp.uri("OpenPractice", "ada@harbour.example", "GEZDGNBVGY3TQOJQ");
        assertEquals("otpauth://totp/OpenPractice:ada%40harbour.example?secret=GEZDGNBVGY3TQOJQ&issuer=OpenPractice"
                + "&algorithm=SHA1&digits=6&period=30", uri);
    }
}
