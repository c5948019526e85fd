package org.openpractice.contacts.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.Query;

import org.apache.aries.jpa.template.JpaTemplate;
import org.openpractice.contacts.Contact;
import org.openpractice.contacts.ContactInput;
import org.openpractice.contacts.ContactPage;
import org.openpractice.contacts.ContactQuery;
import org.openpractice.contacts.ContactService;
import org.openpractice.contacts.ContactSettings;
import org.openpractice.contacts.MessagingMethod;
import org.openpractice.platform.DomainException;
import org.openpractice.platform.module.ModuleDescriptor;
import org.openpractice.platform.persistence.Audit;
import org.openpractice.platform.persistence.Ids;
import org.openpractice.platform.persistence.SchemaMigrations;
import org.openpractice.platform.persistence.Transactions;
import org.openpractice.platform.security.CurrentMember;
import org.openpractice.platform.security.RequestContext;
import org.openpractice.platform.security.Role;
import org.openpractice.platform.validation.Errors;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Contacts of the active account: rules, search tokens, archive, and the per-account default messaging methods. */
@Component(service = {ContactService.class, ModuleDescriptor.class})
public class Contacts implements ContactService, ModuleDescriptor {
    private final Transactions tx;
    private final ContactTally tally;
    private final Clock clock;

    @Activate
    public Contacts(BundleContext context, @Reference SchemaMigrations migrations,
            @Reference(target = "(osgi.unit.name=openpractice-contacts)") JpaTemplate jpa) {
        this(Transactions.forArea(migrations, context.getBundle(), "contacts", jpa), Clock.systemUTC());
    }

    Contacts(Transactions tx, Clock clock) {
        this.tx = tx;
        this.tally = new ContactTally(tx);
        this.clock = clock;
    }

    @Override
    public String id() {
        return "contacts";
    }

    @Override
    public String name() {
        return "Contacts";
    }

    @Override
    public ContactPage list(ContactQuery query) {
        String account = RequestContext.accountId();
        Errors errors = new Errors();
        if (query == null) {
            query = ContactQuery.firstPage(null);
        }
        if (query.page() < 0) {
            errors.add("page", "must be 0 or more");
        }
        if (query.size() < 1 || query.size() > ContactQuery.MAX_SIZE) {
            errors.add("size", "must be between 1 and " + ContactQuery.MAX_SIZE);
        }
        if (query.sort() != null && !ContactSearch.ORDERS.containsKey(query.sort())) {
            errors.add("sort", "must be name, organisation, type, email or phone, with \"-\" before it for"
                    + " descending");
        }
        errors.maxLength("q", query.q(), 200);
        errors.throwIfAny();
        ContactQuery q = query;
        List<String> terms = SearchTokens.terms(q.q());
        return tx.inTransaction(em -> ContactSearch.page(em, account, q, terms));
    }

    @Override
    public Contact get(String id) {
        String account = RequestContext.accountId();
        return tx.inTransaction(em -> find(em, account, id).toDto());
    }

    @Override
    public Contact create(ContactInput input) {
        CurrentMember me = RequestContext.require();
        Instant now = clock.instant();
        tally.prepare(me.accountId());
        return tx.inTransaction(em -> {
            ContactRules.Valid valid = ContactRules.check(input, defaults(em, me.accountId()));
            ContactEntity e = new ContactEntity();
            e.created(me.loginId(), now);
            e.accountId = me.accountId();
            apply(e, valid);
            em.persist(e);
            em.flush();
            writeTokens(em, e);
            ContactTally.move(em, e.accountId, null, key(e));
            Audit.record(em, "contact.created", "contact", e.id, null);
            return e.toDto();
        });
    }

    @Override
    public Contact update(String id, ContactInput input) {
        CurrentMember me = RequestContext.require();
        Instant now = clock.instant();
        tally.prepare(me.accountId());
        return tx.inTransaction(em -> {
            ContactEntity e = find(em, me.accountId(), id);
            if (input != null && input.version() != null && input.version() != e.version) {
                throw DomainException.conflict("stale", "Someone else changed this contact; reload and try again");
            }
            ContactRules.Valid valid = ContactRules.check(input, ContactRules.parseMethods(e.messagingMethods));
            ContactTally.Key before = key(e);
            apply(e, valid);
            e.updated(me.loginId(), now);
            em.flush();
            writeTokens(em, e);
            ContactTally.move(em, e.accountId, before, key(e));
            Audit.record(em, "contact.updated", "contact", e.id, null);
            return e.toDto();
        });
    }

    @Override
    public Contact archive(String id) {
        return setArchived(id, true);
    }

    @Override
    public Contact restore(String id) {
        return setArchived(id, false);
    }

    @Override
    public List<MessagingMethod> defaultMessagingMethods() {
        String account = RequestContext.accountId();
        return tx.inTransaction(em -> defaults(em, account));
    }

    @Override
    public ContactSettings settings() {
        CurrentMember me = RequestContext.requireRole(Role.DIRECTOR, Role.ADMINISTRATIVE);
        return tx.inTransaction(em -> new ContactSettings(defaults(em, me.accountId())));
    }

    @Override
    public ContactSettings updateSettings(ContactSettings settings) {
        CurrentMember me = RequestContext.requireRole(Role.DIRECTOR, Role.ADMINISTRATIVE);
        Errors errors = new Errors();
        if (settings == null || settings.defaultMessagingMethods() == null) {
            errors.add("defaultMessagingMethods", "is required (an empty list for none)").throwIfAny();
        }
        List<MessagingMethod> methods = ContactRules.methods(errors, settings.defaultMessagingMethods());
        errors.throwIfAny();
        Instant now = clock.instant();
        return tx.inTransaction(em -> {
            ContactSettingsEntity s = settingsRow(em, me.accountId());
            if (s == null) {
                s = new ContactSettingsEntity();
                s.created(me.loginId(), now);
                s.accountId = me.accountId();
                s.defaultMethods = ContactRules.formatMethods(methods);
                em.persist(s);
            } else {
                s.defaultMethods = ContactRules.formatMethods(methods);
                s.updated(me.loginId(), now);
            }
            em.flush();
            Audit.record(em, "contact_settings.updated", "contact_settings", s.id, null);
            return new ContactSettings(methods);
        });
    }

    /** The contact with this id in {@code account}; 404 for other accounts' ids and anything malformed. */
    static ContactEntity find(EntityManager em, String account, String id) {
        ContactEntity e = Ids.looksValid(id) ? em.find(ContactEntity.class, id) : null;
        if (e == null || !e.accountId.equals(account)) {
            throw DomainException.notFound("Contact");
        }
        return e;
    }

    private Contact setArchived(String id, boolean archived) {
        CurrentMember me = RequestContext.require();
        Instant now = clock.instant();
        tally.prepare(me.accountId());
        return tx.inTransaction(em -> {
            ContactEntity e = find(em, me.accountId(), id);
            if (e.archived != archived) {
                ContactTally.Key before = key(e);
                e.archived = archived;
                e.updated(me.loginId(), now);
                em.flush();
                ContactTally.move(em, e.accountId, before, key(e));
                em.createNativeQuery("UPDATE op_contact_token SET archived = ? WHERE contact_id = ?")
                        .setParameter(1, archived ? 1 : 0).setParameter(2, e.id).executeUpdate();
                Audit.record(em, archived ? "contact.archived" : "contact.restored", "contact", e.id, null);
            }
            return e.toDto();
        });
    }

    private static ContactTally.Key key(ContactEntity e) {
        return new ContactTally.Key(e.type, e.archived);
    }

    private static List<MessagingMethod> defaults(EntityManager em, String account) {
        ContactSettingsEntity s = settingsRow(em, account);
        return s == null ? ContactRules.FALLBACK_DEFAULTS : ContactRules.parseMethods(s.defaultMethods);
    }

    private static ContactSettingsEntity settingsRow(EntityManager em, String account) {
        List<ContactSettingsEntity> rows = em.createQuery("SELECT s FROM ContactSettingsEntity s"
                + " WHERE s.accountId = :a", ContactSettingsEntity.class).setParameter("a", account).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static void apply(ContactEntity e, ContactRules.Valid v) {
        e.name = v.name();
        e.nameKey = SearchTokens.key(v.name());
        e.qualifications = v.qualifications();
        e.organisation = v.organisation();
        e.organisationKey = SearchTokens.key(v.organisation());
        e.type = v.type();
        e.npi = v.npi();
        e.otherId = v.otherId();
        e.otherIdQualifier = v.otherIdQualifier();
        e.messagingMethods = ContactRules.formatMethods(v.methods());
        e.emails = new ArrayList<>(v.emails());
        e.phones = new ArrayList<>(v.phones());
        e.primaryEmail = v.emails().isEmpty() ? null : v.emails().get(0);
        e.primaryPhone = v.phones().isEmpty() ? null : v.phones().get(0).national;
        e.primaryPhoneType = v.phones().isEmpty() ? null : v.phones().get(0).type;
        e.street = v.address() == null ? null : v.address().street();
        e.street2 = v.address() == null ? null : v.address().street2();
        e.city = v.address() == null ? null : v.address().city();
        e.state = v.address() == null ? null : v.address().state();
        e.postalCode = v.address() == null ? null : v.address().postalCode();
        e.country = v.address() == null ? null : v.address().country();
        e.notes = v.notes();
    }

    /** Replaces the contact's search tokens in one statement; the contact row must be flushed first. */
    static void writeTokens(EntityManager em, ContactEntity e) {
        em.createNativeQuery("DELETE FROM op_contact_token WHERE contact_id = ?").setParameter(1, e.id)
                .executeUpdate();
        Set<String> tokens = SearchTokens.of(e.name, e.organisation, e.emails, e.phones);
        if (tokens.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO op_contact_token (account_id, token, archived, contact_type,"
                + " name_key, contact_id) VALUES ");
        sql.append("(?, ?, ?, ?, ?, ?), ".repeat(tokens.size()));
        sql.setLength(sql.length() - 2);
        Query insert = em.createNativeQuery(sql.toString());
        int i = 1;
        for (String token : tokens) {
            insert.setParameter(i++, e.accountId);
            insert.setParameter(i++, token);
            insert.setParameter(i++, e.archived ? 1 : 0);
            insert.setParameter(i++, e.type.name());
            insert.setParameter(i++, e.nameKey);
            insert.setParameter(i++, e.id);
        }
        insert.executeUpdate();
    }
}
