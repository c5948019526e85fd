package org.openpractice.contacts.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.openpractice.contacts.ContactAddress;
import org.openpractice.contacts.ContactInput;
import org.openpractice.contacts.ContactType;
import org.openpractice.contacts.MessagingMethod;
import org.openpractice.contacts.Phone;
import org.openpractice.contacts.PhoneType;
import org.openpractice.platform.ValidationException;

/** The rules of a contact, without a database. */
public class ContactRulesTest {
    private static final List<MessagingMethod> DEFAULTS = List.of(MessagingMethod.EMAIL, MessagingMethod.FAX);

    private static ContactInput input(List<MessagingMethod> methods, List<String> emails, Phone... phones) {
        return new ContactInput("Dr Ann Lee", "MD", "Bayview Clinic", ContactType.PHYSICIAN, "1234567893", null, null,
                methods, emails, Arrays.asList(phones), null, null, null);
    }

    private static Phone phone(PhoneType type, String number) {
        return new Phone(type, number, null);
    }

    private static Map<String, String> errors(ContactInput input) {
        return assertThrows(ValidationException.class, () -> ContactRules.check(input, DEFAULTS)).fields();
    }

    @Test
    public void phonesAreStoredNormalisedInOrder() {
        ContactRules.Valid v = ContactRules.check(input(null, List.of(), phone(PhoneType.WORK, "415.555.0134"),
                phone(PhoneType.FAX, "+1 (212) 555-0199")), DEFAULTS);
        assertEquals("+14155550134", v.phones().get(0).e164);
        assertEquals("(415) 555-0134", v.phones().get(0).national);
        assertEquals(PhoneType.WORK, v.phones().get(0).type);
        assertEquals("+12125550199", v.phones().get(1).e164);
    }

    @Test
    public void numbersNeedAnAreaCode() {
        Map<String, String> fields = errors(input(null, List.of(), phone(PhoneType.CELL, "555-0134"),
                phone(PhoneType.HOME, "call me"), phone(null, "(415) 555-0134")));
        assertTrue(fields.get("phones[0].number"), fields.get("phones[0].number").contains("area code"));
        assertEquals("is not a phone number", fields.get("phones[1].number"));
        assertTrue(fields.get("phones[2].type").startsWith("is required"));
    }

    @Test
    public void smsNeedsACellNumberFirst() {
        Map<String, String> fields = errors(input(List.of(MessagingMethod.SMS), List.of(),
                phone(PhoneType.HOME, "(415) 555-0134"), phone(PhoneType.CELL, "(415) 555-0135")));
        assertTrue(fields.get("phones[0].type").startsWith("must be CELL"));
        Map<String, String> none = errors(input(List.of(MessagingMethod.SMS), List.of()));
        assertTrue(none.get("phones").startsWith("SMS needs a cell phone number"));
        ContactRules.Valid ok = ContactRules.check(input(List.of(MessagingMethod.SMS), List.of(),
                phone(PhoneType.CELL, "(415) 555-0135"), phone(PhoneType.HOME, "(415) 555-0134")), DEFAULTS);
        assertEquals(List.of(MessagingMethod.SMS), ok.methods());
    }

    @Test
    public void smsToATollFreeNumberIsRefused() {
        Map<String, String> fields = errors(input(List.of(MessagingMethod.SMS), List.of(),
                phone(PhoneType.CELL, "(800) 275-2273")));
        assertTrue(fields.get("phones[0].number").contains("cannot receive SMS"));
    }

    @Test
    public void otherIdAndQualifierComeTogether() {
        ContactInput idOnly = new ContactInput("A", null, null, ContactType.OTHER, null, "LIC-123", null, null, null,
                null, null, null, null);
        assertTrue(errors(idOnly).containsKey("otherIdQualifier"));
        ContactInput qualifierOnly = new ContactInput("A", null, null, ContactType.OTHER, null, null, "0B", null,
                null, null, null, null, null);
        assertTrue(errors(qualifierOnly).containsKey("otherId"));
        ContactInput badQualifier = new ContactInput("A", null, null, ContactType.OTHER, null, "LIC-123", "XX", null,
                null, null, null, null, null);
        assertEquals("must be one of 0B, 1G, G2, LU, ZZ", errors(badQualifier).get("otherIdQualifier"));
        ContactRules.Valid both = ContactRules.check(new ContactInput("A", null, null, ContactType.OTHER, null,
                " LIC-123 ", "0B", null, null, null, null, null, null), DEFAULTS);
        assertEquals("LIC-123", both.otherId());
    }

    @Test
    public void npiIsLuhnChecked() {
        assertEquals("1234567893", ContactRules.check(input(null, null), DEFAULTS).npi());
        ContactInput badCheckDigit = new ContactInput("A", null, null, ContactType.PHYSICIAN, "1234567890", null,
                null, null, null, null, null, null, null);
        assertEquals("is not a valid NPI (check digit)", errors(badCheckDigit).get("npi"));
        ContactInput shortNpi = new ContactInput("A", null, null, ContactType.PHYSICIAN, "12345", null, null, null,
                null, null, null, null, null);
        assertEquals("must be 10 digits", errors(shortNpi).get("npi"));
    }

    @Test
    public void messagingMethodsDefaultToTheAccountsAndAreDistinct() {
        assertEquals(DEFAULTS, ContactRules.check(input(null, null), DEFAULTS).methods());
        assertEquals(List.of(), ContactRules.check(input(List.of(), null), DEFAULTS).methods());
        assertEquals(List.of(MessagingMethod.EMAIL, MessagingMethod.VOICE), ContactRules.check(input(
                List.of(MessagingMethod.VOICE, MessagingMethod.EMAIL, MessagingMethod.VOICE), null), DEFAULTS)
                .methods());
        assertEquals("EMAIL,VOICE", ContactRules.formatMethods(List.of(MessagingMethod.EMAIL, MessagingMethod.VOICE)));
        assertEquals(List.of(MessagingMethod.EMAIL, MessagingMethod.VOICE), ContactRules.parseMethods("VOICE,EMAIL"));
        assertEquals(List.of(), ContactRules.parseMethods(""));
    }

    @Test
    public void emailsAreCheckedOneByOne() {
        Map<String, String> fields = errors(input(null, Arrays.asList("ann@example.org", "not-an-email", "ANN@example.org",
                " ")));
        assertFalse(fields.containsKey("emails[0]"));
        assertEquals("is not a valid e-mail address", fields.get("emails[1]"));
        assertEquals("is listed twice", fields.get("emails[2]"));
        assertEquals("is required", fields.get("emails[3]"));
        assertEquals(List.of("ann@example.org", "bob@example.org"), ContactRules.check(input(null,
                List.of(" Ann@Example.org", "bob@example.org")), DEFAULTS).emails());
    }

    @Test
    public void nameAndTypeAreRequiredAndAddressIsChecked() {
        ContactInput in = new ContactInput(" ", null, null, null, null, null, null, null, null, null,
                new ContactAddress("1 Main St", null, "Springfield", "ZZ", "123", null), null, null);
        Map<String, String> fields = errors(in);
        assertEquals("is required", fields.get("name"));
        assertTrue(fields.get("type").contains("PARENT_GUARDIAN"));
        assertTrue(fields.containsKey("address.state"));
        assertTrue(fields.containsKey("address.postalCode"));
        ContactRules.Valid v = ContactRules.check(new ContactInput("A", null, null, ContactType.OTHER, null, null,
                null, null, null, null, new ContactAddress(" ", null, null, null, null, null), null, null), DEFAULTS);
        assertNull(v.address());
        assertEquals("IL", ContactRules.check(new ContactInput("A", null, null, ContactType.OTHER, null, null, null,
                null, null, null, new ContactAddress("1 Main St", null, "Springfield", "il", "62701", null), null,
                null), DEFAULTS).address().state());
    }
}
