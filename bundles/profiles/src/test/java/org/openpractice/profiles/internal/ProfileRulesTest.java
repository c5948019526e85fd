package org.openpractice.profiles.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.openpractice.platform.ValidationException;
import org.openpractice.platform.validation.Errors;
import org.openpractice.platform.validation.Npi;
import org.openpractice.platform.validation.TaxId;
import org.openpractice.profiles.Phone;
import org.openpractice.profiles.PhoneType;
import org.openpractice.profiles.ProfileInput;
import org.openpractice.profiles.Title;
import org.openpractice.profiles.internal.ProfileRules.Checked;
import org.openpractice.profiles.internal.ProfileRules.TaxIdChange;

/** The My Details rules without a database: identifiers, phone numbers, tax IDs and the Other ID pair. */
public class ProfileRulesTest {
    private static ProfileInput input(String npi, String taxId, TaxId.Type type, String otherId, String qualifier,
            List<Phone> phones) {
        return new ProfileInput(Title.DR, " Dana ", "Smith", "RD, LDN", "Dana@Example.org", phones, npi, null, taxId,
                type, otherId, qualifier, "Dietitian.", null);
    }

    private static Checked ok(ProfileInput in) {
        return ProfileRules.check(in, "US", null);
    }

    private static Map<String, String> problems(ProfileInput in) {
        return assertThrows(ValidationException.class, () -> ProfileRules.check(in, "US", null)).fields();
    }

    @Test
    public void validInputIsTrimmedAndNormalised() {
        Checked c = ok(input("1234567893", null, null, "12345", "0b", List.of()));
        assertEquals("Dana", c.firstName());
        assertEquals("dana@example.org", c.contactEmail());
        assertEquals("1234567893", c.npi());
        assertEquals("0B", c.otherIdQualifier());
        assertEquals(TaxIdChange.Kind.CLEAR, c.taxId().kind());
        assertEquals(Title.DR, c.title());
    }

    @Test
    public void npisNeedTenDigitsAndTheLuhnCheckDigit() {
        String stem = "987654321";
        String valid = stem + Npi.checkDigit(stem);
        assertEquals(valid, ok(input(valid, null, null, null, null, List.of())).npi());
        assertEquals(valid, ok(input(" " + valid + " ", null, null, null, null, List.of())).npi());
        String wrongDigit = stem + (Npi.checkDigit(stem) + 1) % 10;
        assertEquals("is not a valid NPI (check digit)", problems(input(wrongDigit, null, null, null, null,
                List.of())).get("npi"));
        assertEquals("must be 10 digits", problems(input("123456789", null, null, null, null, List.of())).get("npi"));
        assertEquals("must be 10 digits", problems(input("12345678AB", null, null, null, null, List.of()))
                .get("npi"));
        assertEquals("is not a valid NPI (check digit)", problems(input("1234567890", null, null, null, null,
                List.of())).get("npi"));
    }

    @Test
    public void anNpiLabelNeedsAnNpi() {
        ProfileInput labelOnly = new ProfileInput(null, "A", "B", null, null, null, null, "Medicare", null, null, null,
                null, null, null);
        assertTrue(problems(labelOnly).get("npiLabel").contains("enter the NPI"));
        ProfileInput both = new ProfileInput(null, "A", "B", null, null, null, "1234567893", "Medicare", null, null,
                null, null, null, null);
        assertEquals("Medicare", ok(both).npiLabel());
        assertEquals(Title.NONE, ok(both).title());
    }

    @Test
    public void taxIdsAreSsnsOrEins() {
        assertSet("123-45-6789", null, "123456789", TaxId.Type.SSN);
        assertSet("123456789", null, "123456789", TaxId.Type.SSN);
        assertSet("12-3456789", null, "123456789", TaxId.Type.EIN);
        assertSet("123456789", TaxId.Type.EIN, "123456789", TaxId.Type.EIN);
        // not a valid SSN (area 9xx) but a plausible EIN when written without hyphens
        assertSet("923456789", null, "923456789", TaxId.Type.EIN);
        assertTaxProblem("000-12-3456", null, "must be an SSN (123-45-6789) or an EIN (12-3456789)");
        assertTaxProblem("12345", null, "must be an SSN (123-45-6789) or an EIN (12-3456789)");
        assertTaxProblem("666-12-3456", TaxId.Type.SSN, "is not a valid SSN");
        assertTaxProblem("00-1234567", TaxId.Type.EIN, "is not a valid EIN");
        assertTaxProblem("12-3456789", TaxId.Type.SSN, "must be an SSN in the form 123-45-6789");
    }

    @Test
    public void theMaskedValueKeepsTheStoredTaxIdAndBlankRemovesIt() {
        Errors errors = new Errors();
        assertEquals(TaxIdChange.KEEP, ProfileRules.taxId(errors, "*****6789", null, "*****6789"));
        assertEquals(TaxIdChange.CLEAR, ProfileRules.taxId(errors, "  ", null, "*****6789"));
        assertEquals(TaxIdChange.CLEAR, ProfileRules.taxId(errors, null, TaxId.Type.SSN, "*****6789"));
        assertTrue(errors.isEmpty());
        assertEquals(TaxIdChange.KEEP, ProfileRules.taxId(errors, "*****1111", null, "*****6789"));
        assertTrue(errors.has("taxId"));
        assertTrue(problems(input(null, "*****6789", null, null, null, List.of())).get("taxId")
                .contains("full tax ID"));
    }

    @Test
    public void taxIdsPrintInTheirOwnFormat() {
        assertEquals("123-45-6789", ProfileRules.format("123456789", TaxId.Type.SSN));
        assertEquals("12-3456789", ProfileRules.format("123456789", TaxId.Type.EIN));
    }

    @Test
    public void phoneNumbersInAnyUsualFormatAreStoredAsE164() {
        List<String> variants = List.of("(201) 555-0123", "201-555-0123", "201.555.0123", "+1 201 555 0123",
                "1 (201) 555-0123", "2015550123", " +12015550123 ");
        List<Phone> phones = new ArrayList<>();
        variants.forEach(v -> phones.add(new Phone(PhoneType.WORK, v, null)));
        Checked c = ok(input(null, null, null, null, null, phones));
        assertEquals(variants.size(), c.phones().size());
        for (PhoneValue p : c.phones()) {
            assertEquals("+12015550123", p.e164);
            assertEquals("(201) 555-0123", p.display);
            assertEquals(PhoneType.WORK, p.type);
        }
    }

    @Test
    public void phoneNumbersWithoutCountryCodeUseTheAccountsCountry() {
        ProfileInput in = input(null, null, null, null, null, List.of(new Phone(PhoneType.CELL, "020 7946 0958", null),
                new Phone(PhoneType.FAX, "+1 201 555 0123", null)));
        Checked uk = ProfileRules.check(in, "GB", null);
        assertEquals("+442079460958", uk.phones().get(0).e164);
        assertEquals("020 7946 0958", uk.phones().get(0).display);
        assertEquals("+12015550123", uk.phones().get(1).e164);
    }

    @Test
    public void badPhoneNumbersAreReportedByPosition() {
        List<Phone> phones = Arrays.asList(new Phone(PhoneType.CELL, "201-555-0123", null),
                new Phone(PhoneType.HOME, "555-0123", null), new Phone(PhoneType.WORK, "call me", null),
                new Phone(null, "201-555-0123", null), new Phone(PhoneType.FAX, "  ", null), null);
        Map<String, String> fields = problems(input(null, null, null, null, null, phones));
        assertFalse(fields.containsKey("phones[0].number"));
        assertEquals("is not a valid phone number (include the area code)", fields.get("phones[1].number"));
        assertEquals("is not a phone number", fields.get("phones[2].number"));
        assertTrue(fields.get("phones[3].type").startsWith("is required"));
        assertEquals("is required", fields.get("phones[4].number"));
        assertTrue(fields.containsKey("phones[5]"));
    }

    @Test
    public void otherIdAndQualifierComeTogether() {
        assertEquals("is required when an Other ID is given",
                problems(input(null, null, null, "LIC-123", null, List.of())).get("otherIdQualifier"));
        assertEquals("is required when a qualifier is given",
                problems(input(null, null, null, " ", "ZZ", List.of())).get("otherId"));
        assertEquals("must be one of 0B, 1G, G2, LU, ZZ",
                problems(input(null, null, null, "LIC-123", "XX", List.of())).get("otherIdQualifier"));
        assertTrue(problems(input(null, null, null, "LIC 123!", "0B", List.of())).containsKey("otherId"));
        Checked taxonomy = ok(input(null, null, null, "133V00000X", "zz", List.of()));
        assertEquals("133V00000X", taxonomy.otherId());
        assertEquals("ZZ", taxonomy.otherIdQualifier());
        Checked neither = ok(input(null, null, null, null, null, List.of()));
        assertNull(neither.otherId());
        assertNull(neither.otherIdQualifier());
    }

    @Test
    public void namesAreRequiredAndTextsAreBounded() {
        ProfileInput in = new ProfileInput(Title.MX, " ", null, "x".repeat(101), "not-an-email", null, null, null,
                null, null, null, null, "y".repeat(2001), null);
        Map<String, String> fields = problems(in);
        assertEquals("is required", fields.get("firstName"));
        assertEquals("is required", fields.get("lastName"));
        assertEquals("must be at most 100 characters", fields.get("credentials"));
        assertEquals("is not a valid e-mail address", fields.get("contactEmail"));
        assertEquals("must be at most 2000 characters", fields.get("providerDescription"));
        Map<String, String> empty = assertThrows(ValidationException.class,
                () -> ProfileRules.check(null, "US", null)).fields();
        assertEquals("is required", empty.get("firstName"));
    }

    private static void assertSet(String raw, TaxId.Type type, String digits, TaxId.Type expected) {
        Errors errors = new Errors();
        TaxIdChange change = ProfileRules.taxId(errors, raw, type, null);
        assertTrue(raw + " should be accepted", errors.isEmpty());
        assertEquals(TaxIdChange.Kind.SET, change.kind());
        assertEquals(digits, change.digits());
        assertEquals(expected, change.type());
    }

    private static void assertTaxProblem(String raw, TaxId.Type type, String message) {
        Errors errors = new Errors();
        ProfileRules.taxId(errors, raw, type, null);
        assertTrue(raw + " should be refused", errors.has("taxId"));
        ValidationException e = assertThrows(ValidationException.class, errors::throwIfAny);
        assertEquals(message, e.fields().get("taxId"));
    }
}
