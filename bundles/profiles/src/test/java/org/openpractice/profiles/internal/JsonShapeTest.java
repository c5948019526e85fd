package org.openpractice.profiles.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Test;
import org.openpractice.platform.validation.TaxId;
import org.openpractice.profiles.NotificationCategory;
import org.openpractice.profiles.NotificationFrequency;
import org.openpractice.profiles.NotificationSettings;
import org.openpractice.profiles.Phone;
import org.openpractice.profiles.PhoneType;
import org.openpractice.profiles.Profile;
import org.openpractice.profiles.ProfileInput;
import org.openpractice.profiles.PublicProvider;
import org.openpractice.profiles.Title;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/** The JSON the REST API reads and writes, with the settings of the API's JSON provider. */
public class JsonShapeTest {
    private final ObjectMapper json = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    @Test
    public void profileInputReadsTheFieldNamesTheErrorsUse() throws Exception {
        ProfileInput in = json.readValue("""
                {"title": "DR", "firstName": "Dana", "lastName": "Smith", "credentials": "RD, LDN",
                 "contactEmail": "dana@example.org",
                 "phones": [{"type": "CELL", "number": "(201) 555-0123"},
                            {"type": "AFTER_HOURS", "number": "+12015550124", "display": "(201) 555-0124"}],
                 "npi": "1234567893", "npiLabel": "Main", "taxId": "12-3456789", "taxIdType": "EIN",
                 "otherId": "133V00000X", "otherIdQualifier": "ZZ", "providerDescription": "Hi", "version": 3}
                """, ProfileInput.class);
        assertEquals(Title.DR, in.title());
        assertEquals(List.of(new Phone(PhoneType.CELL, "(201) 555-0123", null),
                new Phone(PhoneType.AFTER_HOURS, "+12015550124", "(201) 555-0124")), in.phones());
        assertEquals(TaxId.Type.EIN, in.taxIdType());
        assertEquals(Integer.valueOf(3), in.version());
        assertThrows(InvalidFormatException.class, () -> json.readValue("{\"title\": \"Sir\"}", ProfileInput.class));
    }

    @Test
    public void profileAnswersCarryOnlyTheMaskedTaxId() throws Exception {
        Profile p = new Profile("m", Title.MX, "Sam", "Lee", null, null,
                List.of(new Phone(PhoneType.FAX, "+12015550123", "(201) 555-0123")), null, null, "*****6789",
                TaxId.Type.SSN, null, null, null, 2);
        JsonNode node = json.valueToTree(p);
        assertEquals("*****6789", node.get("taxId").asText());
        assertEquals("SSN", node.get("taxIdType").asText());
        assertEquals("MX", node.get("title").asText());
        assertEquals("(201) 555-0123", node.get("phones").get(0).get("display").asText());
        assertFalse(node.has("credentials"));
        assertEquals("{\"taxId\":\"123-45-6789\"}", json.writeValueAsString(new RevealedTaxId("123-45-6789")));
    }

    @Test
    public void notificationSettingsAreAMapOfCategoryToFrequency() throws Exception {
        NotificationSettings in = json.readValue("{\"frequencies\": {\"APPOINTMENTS\": \"NEVER\"}}",
                NotificationSettings.class);
        assertEquals(Map.of(NotificationCategory.APPOINTMENTS, NotificationFrequency.NEVER), in.frequencies());
        assertThrows(InvalidFormatException.class, () -> json.readValue(
                "{\"frequencies\": {\"APPOINTMENTS\": \"WEEKLY\"}}", NotificationSettings.class));
        assertThrows(InvalidFormatException.class, () -> json.readValue(
                "{\"frequencies\": {\"HOLIDAYS\": \"NEVER\"}}", NotificationSettings.class));
    }

    @Test
    public void publicProvidersHaveOnlyPublicKeys() {
        JsonNode node = json.valueToTree(new PublicProvider("m", Title.DR, "Dana", "Smith", "RD",
                "Dr Dana Smith, RD", "About me"));
        Set<String> keys = new java.util.TreeSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        assertEquals(Set.of("id", "title", "firstName", "lastName", "credentials", "displayName",
                "providerDescription"), keys);
        assertTrue(node.get("displayName").asText().startsWith("Dr "));
    }
}
