package org.openpractice.contacts.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.openpractice.platform.validation.Text;

/**
 * The words a contact can be found by, and the prefixes a search looks for. Both sides normalise the same way:
 * lower case without accents; phone numbers as digits only, so "(415) 555-0134", "415.555.0134" and "4155550134"
 * are the same search.
 */
final class SearchTokens {
    /** More words than this in one search add little and cost an index seek each. */
    static final int MAX_TERMS = 6;
    static final int MAX_LENGTH = 254;
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern PHONE_LIKE = Pattern.compile("[0-9()+./\\s-]+");
    private static final int LOCAL_DIGITS = 7;

    private SearchTokens() {
    }

    /** Lower-cased, accents removed: the form names are sorted and matched in. */
    static String key(String text) {
        if (text == null) {
            return null;
        }
        String plain = ACCENTS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return plain.toLowerCase(Locale.ROOT).strip();
    }

    /** Every token of a contact; each is stored once per contact. */
    static Set<String> of(String name, String organisation, List<String> emails, List<PhoneValue> phones) {
        Set<String> tokens = new LinkedHashSet<>();
        words(name, tokens);
        words(organisation, tokens);
        for (String email : emails) {
            String lower = key(email);
            add(tokens, lower);
            int at = lower.lastIndexOf('@');
            if (at > 0) {
                add(tokens, lower.substring(at + 1));
            }
        }
        for (PhoneValue phone : phones) {
            String national = Text.digitsOnly(phone.national);
            add(tokens, Text.digitsOnly(phone.e164));
            add(tokens, national);
            if (national.length() > LOCAL_DIGITS) {
                add(tokens, national.substring(national.length() - LOCAL_DIGITS));
            }
        }
        return tokens;
    }

    /**
     * The prefixes a search string asks for; a contact matches when each has a token starting with it. A string that
     * looks like a phone number becomes its digits; otherwise each word counts, an e-mail address as a whole.
     */
    static List<String> terms(String q) {
        String text = Text.trimToNull(q);
        Set<String> terms = new LinkedHashSet<>();
        if (text == null) {
            return List.of();
        }
        if (isPhoneLike(text)) {
            add(terms, Text.digitsOnly(text));
        } else {
            for (String chunk : text.split("\\s+")) {
                if (isPhoneLike(chunk)) {
                    add(terms, Text.digitsOnly(chunk));
                } else if (chunk.indexOf('@') >= 0) {
                    add(terms, key(chunk));
                } else {
                    for (String part : NOT_WORD.split(key(chunk))) {
                        add(terms, part);
                    }
                }
            }
        }
        List<String> list = new ArrayList<>(terms);
        return list.size() > MAX_TERMS ? list.subList(0, MAX_TERMS) : list;
    }

    private static boolean isPhoneLike(String text) {
        return PHONE_LIKE.matcher(text).matches() && Text.digitsOnly(text).length() >= 3;
    }

    private static void words(String text, Set<String> tokens) {
        if (text == null) {
            return;
        }
        for (String chunk : key(text).split("\\s+")) {
            List<String> parts = new ArrayList<>();
            for (String part : NOT_WORD.split(chunk)) {
                if (!part.isEmpty()) {
                    parts.add(part);
                    add(tokens, part);
                }
            }
            if (parts.size() > 1) {
                add(tokens, String.join("", parts)); // "O'Neil" is also found as "oneil"
            }
        }
    }

    private static void add(Set<String> tokens, String token) {
        if (token != null && !token.isEmpty()) {
            tokens.add(token.length() > MAX_LENGTH ? token.substring(0, MAX_LENGTH) : token);
        }
    }
}
