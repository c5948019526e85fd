package org.openpractice.contacts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.Query;

import org.openpractice.contacts.ContactPage;
import org.openpractice.contacts.ContactQuery;
import org.openpractice.contacts.ContactSummary;
import org.openpractice.contacts.ContactType;
import org.openpractice.contacts.PhoneType;

/**
 * The contact list as SQL that Derby answers from indexes: the account (and archived flag, and type) lead every
 * index of op_contact, and each search term is a prefix range on the (account_id, token) key of op_contact_token,
 * whose key also holds the archived flag and type; several terms intersect their contact ids.
 * A range ({@code token >= 'smi' AND token < 'smi'} followed by U+FFFF) is used rather than LIKE so that no
 * character of the term needs escaping and the index seek never depends on how the optimiser treats a LIKE
 * parameter.
 */
final class ContactSearch {
    /** The list's orders, each served by an index of op_contact (see the migrations), so no page sorts them all. */
    static final Map<String, String> ORDERS = Map.ofEntries(
            Map.entry("name", "c.name_key, c.id"),
            Map.entry("-name", "c.name_key DESC, c.id DESC"),
            Map.entry("organisation", "c.organisation_key, c.name_key, c.id"),
            Map.entry("-organisation", "c.organisation_key DESC, c.name_key DESC, c.id DESC"),
            Map.entry("type", "c.contact_type, c.name_key, c.id"),
            Map.entry("-type", "c.contact_type DESC, c.name_key DESC, c.id DESC"),
            Map.entry("email", "c.primary_email, c.name_key, c.id"),
            Map.entry("-email", "c.primary_email DESC, c.name_key DESC, c.id DESC"),
            Map.entry("phone", "c.primary_phone, c.name_key, c.id"),
            Map.entry("-phone", "c.primary_phone DESC, c.name_key DESC, c.id DESC"));
    private static final String PAGE = " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
    private static final String COLUMNS = "c.id, c.name, c.qualifications, c.organisation, c.contact_type,"
            + " c.primary_email, c.primary_phone, c.primary_phone_type, c.archived";

    private ContactSearch() {
    }

    static ContactPage page(EntityManager em, String account, ContactQuery query, List<String> terms) {
        String sort = query.sort() == null ? "name" : query.sort();
        boolean byName = sort.equals("name") || sort.equals("-name");
        long offset = (long) query.page() * query.size();
        List<Object> filterParams = new ArrayList<>();
        String filter = terms.isEmpty() ? contacts(account, query, filterParams)
                : matches(account, query, terms, filterParams);
        List<Object> params = new ArrayList<>(filterParams);
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS);
        if (terms.isEmpty()) {
            sql.append(filter);
        } else {
            // The matching ids come first, from the token index; then only the contacts needed are read by primary
            // key. Derby cannot know how few ids a prefix range holds (its statistics have no histograms), and left
            // alone it prefers to read every contact of the account (a hash join, or "c.id IN (...)" probing the
            // tokens per contact): hundreds of milliseconds at 100,000 contacts. The optimiser overrides fix the
            // order and the join.
            sql.append(" FROM --DERBY-PROPERTIES joinOrder=FIXED\n");
            if (byName) {
                // The tokens carry the sort name: the page is cut from the index before any contact is read.
                String dir = sort.startsWith("-") ? " DESC" : "";
                sql.append("(SELECT m.contact_id, m.name_key FROM ").append(filter).append(" m ORDER BY m.name_key")
                        .append(dir).append(", m.contact_id").append(dir).append(PAGE).append(") m");
                params.add(offset);
                params.add(query.size());
            } else {
                sql.append(filter).append(" m");
            }
            sql.append(", op_contact c --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n WHERE c.id = m.contact_id"
                    + " AND c.account_id = ?");
            params.add(account);
        }
        sql.append(" ORDER BY ").append(ORDERS.get(sort));
        if (terms.isEmpty() || !byName) {
            sql.append(PAGE);
            params.add(offset);
            params.add(query.size());
        }
        Query select = em.createNativeQuery(sql.toString());
        bind(select, params);
        List<ContactSummary> items = new ArrayList<>();
        for (Object row : select.getResultList()) {
            items.add(summary((Object[]) row));
        }
        return new ContactPage(items, query.page(), query.size(),
                total(em, account, query, terms.isEmpty(), filter, filterParams, items.size()));
    }

    private static long total(EntityManager em, String account, ContactQuery query, boolean plain, String filter,
            List<Object> filterParams, int rows) {
        if (query.page() == 0 && rows < query.size()) {
            return rows; // the whole result fits on the first page: no need to count it again
        }
        Long tally = plain ? ContactTally.total(em, account, query.type(), query.includeArchived()) : null;
        if (tally != null) {
            return tally;
        }
        // Searches count their matches in the token index alone; the plain list counts contacts without a tally.
        Query count = em.createNativeQuery(plain ? "SELECT COUNT(*)" + filter : "SELECT COUNT(*) FROM " + filter
                + " m");
        bind(count, filterParams);
        return ((Number) count.getSingleResult()).longValue();
    }

    /** The plain list: the account's contacts, filtered by the archived flag and type. */
    private static String contacts(String account, ContactQuery query, List<Object> params) {
        StringBuilder sql = new StringBuilder(" FROM op_contact c WHERE c.account_id = ?");
        params.add(account);
        if (!query.includeArchived()) {
            sql.append(" AND c.archived = 0");
        }
        if (query.type() != null) {
            sql.append(" AND c.contact_type = ?");
            params.add(query.type().name());
        }
        return sql.toString();
    }

    /**
     * The contacts (id and sort name) that have a token starting with every term, filtered in the token index.
     */
    private static String matches(String account, ContactQuery query, List<String> terms, List<Object> params) {
        StringBuilder sql = new StringBuilder(terms.size() == 1 ? "(SELECT DISTINCT" : "(SELECT");
        for (int i = 0; i < terms.size(); i++) {
            sql.append(i == 0 ? "" : " INTERSECT SELECT").append(" t.contact_id, t.name_key FROM op_contact_token t"
                    + " WHERE t.account_id = ? AND t.token >= ? AND t.token < ?");
            params.add(account);
            params.add(terms.get(i));
            params.add(terms.get(i) + '\uFFFF');
            if (!query.includeArchived()) {
                sql.append(" AND t.archived = 0");
            }
            if (query.type() != null) {
                sql.append(" AND t.contact_type = ?");
                params.add(query.type().name());
            }
        }
        return sql.append(")").toString();
    }

    private static void bind(Query query, List<Object> params) {
        int i = 1;
        for (Object p : params) {
            query.setParameter(i++, p);
        }
    }

    private static ContactSummary summary(Object[] r) {
        return new ContactSummary((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                ContactType.valueOf((String) r[4]), (String) r[5], (String) r[6],
                r[7] == null ? null : PhoneType.valueOf((String) r[7]), ((Number) r[8]).intValue() != 0);
    }
}
