package org.openpractice.profiles.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.openpractice.platform.ValidationException;
import org.openpractice.platform.persistence.Audit;
import org.openpractice.platform.persistence.Ids;
import org.openpractice.platform.persistence.Transactions;
import org.openpractice.platform.security.CurrentMember;
import org.openpractice.platform.security.RequestContext;
import org.openpractice.platform.validation.Errors;
import org.openpractice.profiles.NotificationCategory;
import org.openpractice.profiles.NotificationFrequency;
import org.openpractice.profiles.NotificationSettings;
import org.openpractice.profiles.NotificationSettingsService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** How often each member gets system notification e-mails, per category. */
@Component(service = NotificationSettingsService.class)
public class Notifications implements NotificationSettingsService {
    private final AccountMembers members;
    private final Transactions tx;
    private final Clock clock;

    @Activate
    public Notifications(@Reference Profiles profiles,
            @Reference(target = "(osgi.unit.name=openpractice-profiles)") JpaTemplate jpa) {
        // The Profiles reference guarantees the schema is migrated before this component runs.
        this(Transactions.of(jpa), Clock.systemUTC(), profiles.members());
    }

    Notifications(Transactions tx, Clock clock, AccountMembers members) {
        this.members = members;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public NotificationSettings mine() {
        return get(RequestContext.require().memberId());
    }

    @Override
    public NotificationSettings get(String memberId) {
        CurrentMember me = RequestContext.require();
        return tx.inTransaction(em -> {
            MemberAccess.check(members, me, memberId);
            return settings(memberId, rows(em, memberId));
        });
    }

    @Override
    public NotificationSettings updateMine(NotificationSettings settings) {
        return update(RequestContext.require().memberId(), settings);
    }

    @Override
    public NotificationSettings update(String memberId, NotificationSettings settings) {
        CurrentMember me = RequestContext.require();
        Instant now = clock.instant();
        return tx.inTransaction(em -> {
            MemberAccess.check(members, me, memberId);
            Map<NotificationCategory, NotificationFrequency> wanted = checked(settings);
            List<NotificationSettingEntity> rows = rows(em, memberId);
            List<String> changed = new ArrayList<>();
            for (Map.Entry<NotificationCategory, NotificationFrequency> e : wanted.entrySet()) {
                NotificationSettingEntity row = rows.stream().filter(r -> r.category == e.getKey()).findFirst()
                        .orElse(null);
                NotificationFrequency before = row == null ? e.getKey().defaultFrequency() : row.frequency;
                if (row == null) {
                    row = newRow(me.accountId(), memberId, e.getKey());
                    em.persist(row);
                    rows.add(row);
                }
                if (before != e.getValue()) {
                    changed.add(e.getKey().name());
                }
                row.frequency = e.getValue();
                row.updatedAt = now;
                row.updatedBy = me.loginId();
            }
            em.flush();
            Audit.record(em, "profile.notifications_changed", "member", memberId,
                    "categories: " + (changed.isEmpty() ? "none" : String.join(", ", changed)));
            return settings(memberId, rows);
        });
    }

    @Override
    public NotificationFrequency frequency(String accountId, String memberId, NotificationCategory category) {
        return tx.inTransaction(em -> em.createQuery("SELECT n.frequency FROM NotificationSettingEntity n"
                + " WHERE n.accountId = :a AND n.memberId = :m AND n.category = :c", NotificationFrequency.class)
                .setParameter("a", accountId).setParameter("m", memberId).setParameter("c", category)
                .getResultList().stream().findFirst().orElse(category.defaultFrequency()));
    }

    /** Copies a member's chosen frequencies to the member's copy in another account. */
    static void copy(EntityManager em, String fromMemberId, String toAccountId, String toMemberId, String loginId,
            Instant now) {
        for (NotificationSettingEntity source : rows(em, fromMemberId)) {
            NotificationSettingEntity copy = newRow(toAccountId, toMemberId, source.category);
            copy.frequency = source.frequency;
            copy.updatedAt = now;
            copy.updatedBy = loginId;
            em.persist(copy);
        }
    }

    private static Map<NotificationCategory, NotificationFrequency> checked(NotificationSettings settings) {
        if (settings == null || settings.frequencies() == null) {
            throw ValidationException.of("frequencies", "is required: a frequency per category to change");
        }
        Errors errors = new Errors();
        Map<NotificationCategory, NotificationFrequency> wanted = new EnumMap<>(NotificationCategory.class);
        for (Map.Entry<NotificationCategory, NotificationFrequency> e : settings.frequencies().entrySet()) {
            if (e.getKey() == null) {
                errors.add("frequencies", "names an unknown category");
            } else if (e.getValue() == null) {
                errors.add("frequencies." + e.getKey().name(),
                        "is required: IMMEDIATELY, HOURLY_DIGEST, DAILY_DIGEST or NEVER");
            } else {
                wanted.put(e.getKey(), e.getValue());
            }
        }
        errors.throwIfAny();
        return wanted;
    }

    private static NotificationSettingEntity newRow(String accountId, String memberId, NotificationCategory c) {
        NotificationSettingEntity row = new NotificationSettingEntity();
        row.id = Ids.newId();
        row.accountId = accountId;
        row.memberId = memberId;
        row.category = c;
        return row;
    }

    private static List<NotificationSettingEntity> rows(EntityManager em, String memberId) {
        return new ArrayList<>(em.createQuery("SELECT n FROM NotificationSettingEntity n WHERE n.memberId = :m",
                NotificationSettingEntity.class).setParameter("m", memberId).getResultList());
    }

    private static NotificationSettings settings(String memberId, List<NotificationSettingEntity> rows) {
        Map<NotificationCategory, NotificationFrequency> all = new EnumMap<>(NotificationCategory.class);
        for (NotificationCategory c : NotificationCategory.values()) {
            all.put(c, c.defaultFrequency());
        }
        rows.forEach(r -> all.put(r.category, r.frequency));
        return new NotificationSettings(memberId, Collections.unmodifiableMap(all));
    }
}
