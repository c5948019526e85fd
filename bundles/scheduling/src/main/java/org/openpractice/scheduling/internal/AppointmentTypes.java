package org.openpractice.scheduling.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.apache.aries.jpa.template.JpaTemplate;
import org.openpractice.accounts.CatalogScope;
import org.openpractice.platform.DomainException;
import org.openpractice.platform.ValidationException;
import org.openpractice.platform.module.ModuleDescriptor;
import org.openpractice.platform.persistence.Audit;
import org.openpractice.platform.persistence.Ids;
import org.openpractice.platform.persistence.SchemaMigrations;
import org.openpractice.platform.persistence.Transactions;
import org.openpractice.platform.security.CurrentMember;
import org.openpractice.platform.security.RequestContext;
import org.openpractice.platform.security.Role;
import org.openpractice.platform.validation.Errors;
import org.openpractice.scheduling.AppointmentType;
import org.openpractice.scheduling.AppointmentTypeInput;
import org.openpractice.scheduling.AppointmentTypeService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Appointment types, read through the account's catalogue scope. */
@Component(service = {AppointmentTypeService.class, ModuleDescriptor.class})
public class AppointmentTypes implements AppointmentTypeService, ModuleDescriptor {
    private final Transactions tx;
    private final CatalogScope catalogs;
    private final Clock clock;

    @Activate
    public AppointmentTypes(BundleContext context, @Reference SchemaMigrations migrations,
            @Reference(target = "(osgi.unit.name=openpractice-scheduling)") JpaTemplate jpa,
            @Reference CatalogScope catalogs) {
        this(Transactions.forArea(migrations, context.getBundle(), "scheduling", jpa), catalogs, Clock.systemUTC());
    }

    AppointmentTypes(Transactions tx, CatalogScope catalogs, Clock clock) {
        this.tx = tx;
        this.catalogs = catalogs;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "scheduling";
    }

    @Override
    public String name() {
        return "Scheduling";
    }

    @Override
    public List<AppointmentType> list() {
        String account = RequestContext.accountId();
        String owner = catalogs.catalogOwner(account);
        return tx.inTransaction(em -> em.createQuery("SELECT t FROM AppointmentTypeEntity t"
                + " WHERE t.catalogAccountId = :o ORDER BY t.nameKey", AppointmentTypeEntity.class)
                .setParameter("o", owner).getResultList().stream().map(t -> t.toDto(account)).toList());
    }

    @Override
    public AppointmentType create(AppointmentTypeInput input) {
        CurrentMember me = editor();
        Instant now = clock.instant();
        return tx.inTransaction(em -> {
            AppointmentTypeEntity t = new AppointmentTypeEntity();
            t.created(me.loginId(), now);
            t.catalogAccountId = me.accountId();
            apply(t, input, now, me);
            checkNameFree(em, t);
            em.persist(t);
            em.flush();
            Audit.record(em, "appointment_type.created", "appointment_type", t.id, null);
            return t.toDto(me.accountId());
        });
    }

    @Override
    public AppointmentType update(String id, AppointmentTypeInput input) {
        CurrentMember me = editor();
        Instant now = clock.instant();
        return tx.inTransaction(em -> {
            AppointmentTypeEntity t = Ids.looksValid(id) ? em.find(AppointmentTypeEntity.class, id) : null;
            if (t == null || !t.catalogAccountId.equals(catalogs.catalogOwner(me.accountId()))) {
                throw DomainException.notFound("Appointment type");
            }
            if (!t.catalogAccountId.equals(me.accountId())) {
                throw DomainException.conflict("shared_catalog",
                        "This appointment type is shared by the parent account; change it there");
            }
            apply(t, input, now, me);
            checkNameFree(em, t);
            em.flush();
            Audit.record(em, "appointment_type.updated", "appointment_type", t.id, null);
            return t.toDto(me.accountId());
        });
    }

    /** Members who may change the catalogue, in an account that keeps its own. */
    private CurrentMember editor() {
        CurrentMember me = RequestContext.requireRole(Role.DIRECTOR, Role.ADMINISTRATIVE);
        if (!catalogs.catalogOwner(me.accountId()).equals(me.accountId())) {
            throw DomainException.conflict("shared_catalog",
                    "This account uses its parent account's appointment types; change them there");
        }
        return me;
    }

    private static void apply(AppointmentTypeEntity t, AppointmentTypeInput in, Instant now, CurrentMember me) {
        Errors errors = new Errors();
        String name = errors.required("name", in == null ? null : in.name());
        errors.maxLength("name", name, 200);
        Integer minutes = in == null ? null : in.durationMinutes();
        if (minutes == null) {
            errors.add("durationMinutes", "is required");
        } else if (minutes < 5 || minutes > 720) {
            errors.add("durationMinutes", "must be between 5 and 720 minutes");
        }
        errors.throwIfAny();
        t.name = name;
        t.nameKey = name.toLowerCase(Locale.ROOT);
        t.durationMinutes = minutes;
        t.updated(me.loginId(), now);
    }

    private static void checkNameFree(javax.persistence.EntityManager em, AppointmentTypeEntity t) {
        boolean clash = !em.createQuery("SELECT t.id FROM AppointmentTypeEntity t WHERE t.catalogAccountId = :o"
                + " AND t.nameKey = :k AND t.id <> :self", String.class).setParameter("o", t.catalogAccountId)
                .setParameter("k", t.nameKey).setParameter("self", t.id).getResultList().isEmpty();
        if (clash) {
            throw ValidationException.of("name", "is already used by another appointment type");
        }
    }
}
