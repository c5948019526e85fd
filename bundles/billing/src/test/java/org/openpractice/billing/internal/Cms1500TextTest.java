package org.openpractice.billing.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.List;

import org.junit.Test;

/** Names, addresses, ZIP codes and telephone numbers as the NUCC 1500 instructions say they print. */
public class Cms1500TextTest {
    @Test
    public void punctuationLeavesNamesAndAddresses() {
        assertEquals("123 N Main Street 101", Cms1500Text.plain("123 N. Main Street, #101"));
        assertEquals("Jordan Lee MD", Cms1500Text.plain("Jordan Lee, M.D."));
        assertEquals("Suite 5", Cms1500Text.plain("Suite#5"));
        assertEquals("Smith-Jones", Cms1500Text.plain(" Smith-Jones. "));
        assertNull(Cms1500Text.plain(" ., # "));
        assertNull(Cms1500Text.plain(null));
    }

    @Test
    public void zipPlus4KeepsItsHyphenAndFiveDigitsStayFive() {
        assertEquals("62701-1234", Cms1500Text.zip("62701-1234"));
        assertEquals("62701-1234", Cms1500Text.zip("627011234"));
        assertEquals("62701", Cms1500Text.zip(" 62701 "));
    }

    @Test
    public void telephoneIsDigitsOnly() {
        assertEquals("2175550100", Cms1500Text.phone("(217) 555-0100"));
        assertEquals("2175550100", Cms1500Text.phone("217 555 0100"));
        assertNull(Cms1500Text.phone(null));
    }

    @Test
    public void nameAndCredentialsAndAddressLines() {
        assertEquals("Pat Kim", Cms1500Text.nameWithCredentials("Pat Kim", " "));
        assertEquals("Pat Kim DO", Cms1500Text.nameWithCredentials("Pat Kim,", "D.O."));
        assertEquals(List.of("1 Main St", "Springfield IL 62701"),
                Cms1500Text.addressLines("1 Main St.", null, "Springfield,", "il", "62701"));
    }
}
