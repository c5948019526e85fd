package org.openpractice.accounts.internal;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class PublicAddressTest {
    @Test
    public void aConfiguredAddressIsUsedWithoutTrailingSlashes() {
        assertEquals("https://practice.example.org", PublicAddress.of(" https://practice.example.org// ", () -> "9090"));
        assertEquals("http://10.0.0.5:8181/op", PublicAddress.of("http://10.0.0.5:8181/op/", () -> "9090"));
    }

    @Test
    public void withoutOneTheLinksFollowTheHttpPort() {
        assertEquals("http://localhost:9090", PublicAddress.of("", () -> "9090"));
        assertEquals("http://localhost:29181", PublicAddress.of(null, () -> "29181"));
        assertEquals("http://localhost:8181", PublicAddress.of("   ", () -> "8181"));
    }
}
