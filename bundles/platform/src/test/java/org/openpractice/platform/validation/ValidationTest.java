package org.openpractice.platform.validation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;
import org.openpractice.platform.ValidationException;

public class ValidationTest {
    @Test
    public void npiLuhnOverPrefix() {
        assertTrue(Npi.isValid("1234567893"));
        assertTrue(Npi.isValid("1245319599"));
        assertEquals("is not a valid NPI (check digit)", Npi.problem("1234567890"));
        assertEquals("must be 10 digits", Npi.problem("123456789"));
        assertEquals("must be 10 digits", Npi.problem("12345678a3"));
        assertEquals(3, Npi.checkDigit("123456789"));
    }

    @Test
    public void taxIds() {
        assertNull(TaxId.problem(TaxId.Type.SSN, "123-45-6789"));
        assertNull(TaxId.problem(TaxId.Type.SSN, "123456789"));
        assertNotNull(TaxId.problem(TaxId.Type.SSN, "000-45-6789"));
        assertNotNull(TaxId.problem(TaxId.Type.SSN, "923-45-6789"));
        assertNotNull(TaxId.problem(TaxId.Type.SSN, "12-3456789"));
        assertNull(TaxId.problem(TaxId.Type.EIN, "12-3456789"));
        assertNotNull(TaxId.problem(TaxId.Type.EIN, "123-45-6789"));
        assertEquals("*****6789", TaxId.mask("123-45-6789"));
        assertEquals("123456789", TaxId.digits("12-3456789".replace("-", "")).substring(0, 9).length() == 9
                ? "123456789" : "");
        assertEquals(TaxId.Type.EIN, TaxId.detect("12-3456789"));
    }

    @Test
    public void phonesNormaliseToE164() {
        Phones.Parsed a = Phones.parse("(415) 555-0134", "US");
        Phones.Parsed b = Phones.parse("415.555.0134", "US");
        Phones.Parsed c = Phones.parse("+1 415 555 0134", "GB");
        assertEquals("+14155550134", a.e164());
        assertEquals(a.e164(), b.e164());
        assertEquals(a.e164(), c.e164());
        assertEquals("(415) 555-0134", a.national());
        assertNotNull(Phones.problem("555-0134", "US"));
        assertNotNull(Phones.problem("hello", "US"));
        assertNotNull(Phones.problem("", "US"));
    }

    @Test
    public void emails() {
        assertNull(Emails.problem("dana.smith+x@example-clinic.org"));
        assertNotNull(Emails.problem("dana@"));
        assertNotNull(Emails.problem("dana@@example.org"));
        assertNotNull(Emails.problem("dana@example"));
        assertNotNull(Emails.problem("da..na@example.org"));
        assertEquals("dana@example.org", Emails.normalise("  Dana@Example.ORG "));
    }

    @Test
    public void countriesAreIsoAlpha2InAnyCase() {
        assertNull(Countries.problem("US"));
        assertNull(Countries.problem(" gb "));
        assertEquals("DE", Countries.normalise(" de "));
        assertNull(Countries.normalise("  "));
        assertEquals("must be a two-letter country code such as US", Countries.problem("USA"));
        assertNotNull("two letters but not an assigned code", Countries.problem("XX"));
        assertNotNull(Countries.problem("U"));
        assertNotNull(Countries.problem(" "));
    }

    @Test
    public void otherIdBothOrNeither() {
        Errors e = new Errors();
        OtherId.check(e, "otherId", "ABC123", "otherIdQualifier", null);
        assertTrue(e.has("otherIdQualifier"));
        Errors f = new Errors();
        OtherId.check(f, "otherId", null, "otherIdQualifier", "0B");
        assertTrue(f.has("otherId"));
        Errors g = new Errors();
        OtherId.check(g, "otherId", "ABC123", "otherIdQualifier", "XX");
        assertTrue(g.has("otherIdQualifier"));
        Errors ok = new Errors();
        OtherId.check(ok, "otherId", "133V00000X", "otherIdQualifier", "ZZ");
        OtherId.check(ok, "otherId", null, "otherIdQualifier", null);
        assertTrue(ok.isEmpty());
    }

    @Test
    public void errorsCollectEveryField() {
        Errors e = new Errors();
        e.required("name", "  ");
        e.check("npi", "1234567890", Npi::problem);
        assertFalse(e.isEmpty());
        ValidationException ex = assertThrows(ValidationException.class, e::throwIfAny);
        assertEquals("is required", ex.fields().get("name"));
        assertEquals("is not a valid NPI (check digit)", ex.fields().get("npi"));
    }
}
