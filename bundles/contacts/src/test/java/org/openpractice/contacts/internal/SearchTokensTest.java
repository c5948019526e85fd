package org.openpractice.contacts.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.Test;
import org.openpractice.contacts.PhoneType;

/** What a contact is found by, and how a search string becomes prefixes. */
public class SearchTokensTest {
    @Test
    public void tokensCoverNamesOrganisationsEmailsAndPhones() {
        Set<String> tokens = SearchTokens.of("José O'Neil-Smith", "Bayview Children's Clinic",
                List.of("jo.oneil@bayview.example"),
                List.of(new PhoneValue(PhoneType.CELL, "+14155550134", "(415) 555-0134")));
        assertTrue(tokens.containsAll(Set.of("jose", "o", "neil", "smith", "oneilsmith", "bayview", "children",
                "childrens", "clinic", "jo.oneil@bayview.example", "bayview.example", "14155550134", "4155550134",
                "5550134")));
    }

    @Test
    public void phoneSearchesIgnoreFormatting() {
        assertEquals(List.of("4155550134"), SearchTokens.terms("(415) 555-0134"));
        assertEquals(List.of("4155550134"), SearchTokens.terms("415.555.0134"));
        assertEquals(List.of("4155550134"), SearchTokens.terms(" 4155550134 "));
        assertEquals(List.of("14155550134"), SearchTokens.terms("+1 415 555 0134"));
        assertEquals(List.of("5550134"), SearchTokens.terms("555-0134"));
    }

    @Test
    public void wordsAreLowerCasedWithoutAccentsAndEveryOneCounts() {
        assertEquals(List.of("jose", "o", "neil"), SearchTokens.terms("  José O'Neil "));
        assertEquals(List.of("ann", "4155550134"), SearchTokens.terms("Ann 415-555-0134"));
        assertEquals(List.of("jo.oneil@bayview"), SearchTokens.terms("Jo.ONeil@Bayview"));
        assertEquals(List.of(), SearchTokens.terms("   "));
        assertEquals(SearchTokens.MAX_TERMS, SearchTokens.terms("a b c d e f g h").size());
    }
}
