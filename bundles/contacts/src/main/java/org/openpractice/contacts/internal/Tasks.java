package org.openpractice.contacts.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.openpractice.accounts.MemberDirectory;
import org.openpractice.contacts.ContactTask;
import org.openpractice.contacts.ContactTaskService;
import org.openpractice.contacts.TaskInput;
import org.openpractice.contacts.TaskList;
import org.openpractice.platform.DomainException;
import org.openpractice.platform.persistence.Audit;
import org.openpractice.platform.persistence.Ids;
import org.openpractice.platform.persistence.SchemaMigrations;
import org.openpractice.platform.persistence.Transactions;
import org.openpractice.platform.security.CurrentMember;
import org.openpractice.platform.security.RequestContext;
import org.openpractice.platform.validation.Errors;
import org.openpractice.platform.validation.Text;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Tasks on contacts' files: title, due date, an assignee from the account's members, and done. */
@Component(service = ContactTaskService.class)
public class Tasks implements ContactTaskService {
    private final AccountMembers members;
    private final Transactions tx;
    private final Clock clock;

    @Activate
    public Tasks(BundleContext context, @Reference SchemaMigrations migrations,
            @Reference(target = "(osgi.unit.name=openpractice-contacts)") JpaTemplate jpa,
            @Reference MemberDirectory directory) {
        this(Transactions.forArea(migrations, context.getBundle(), "contacts", jpa), Clock.systemUTC(), directory);
    }

    Tasks(Transactions tx, Clock clock, MemberDirectory directory) {
        this.members = new AccountMembers(directory);
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public TaskList tasks(String contactId) {
        String account = RequestContext.accountId();
        return tx.inTransaction(em -> {
            Contacts.find(em, account, contactId);
            List<ContactTaskEntity> open = em.createQuery("SELECT t FROM ContactTaskEntity t WHERE t.accountId = :a"
                    + " AND t.contactId = :c AND t.done = FALSE ORDER BY t.dueDate, t.createdAt",
                    ContactTaskEntity.class).setParameter("a", account).setParameter("c", contactId).getResultList();
            List<ContactTaskEntity> done = em.createQuery("SELECT t FROM ContactTaskEntity t WHERE t.accountId = :a"
                    + " AND t.contactId = :c AND t.done = TRUE ORDER BY t.doneAt DESC, t.createdAt DESC",
                    ContactTaskEntity.class).setParameter("a", account).setParameter("c", contactId).getResultList();
            Set<String> assignees = Stream.concat(open.stream(), done.stream())
                    .map(t -> t.assigneeId).filter(Objects::nonNull).collect(Collectors.toSet());
            Map<String, String> names = members.names(account, assignees);
            return new TaskList(open.stream().map(t -> t.toDto(names.get(t.assigneeId))).toList(),
                    done.stream().map(t -> t.toDto(names.get(t.assigneeId))).toList());
        });
    }

    @Override
    public ContactTask create(String contactId, TaskInput input) {
        CurrentMember me = RequestContext.require();
        Instant now = clock.instant();
        return tx.inTransaction(em -> {
            Contacts.find(em, me.accountId(), contactId);
            ContactTaskEntity t = new ContactTaskEntity();
            t.created(me.loginId(), now);
            t.accountId = me.accountId();
            t.contactId = contactId;
            apply(em, t, input, me, now);
            em.persist(t);
            em.flush();
            Audit.record(em, "contact_task.created", "contact_task", t.id, "contact " + contactId);
            return dto(em, t);
        });
    }

    @Override
    public ContactTask update(String contactId, String taskId, TaskInput input) {
        CurrentMember me = RequestContext.require();
        Instant now = clock.instant();
        return tx.inTransaction(em -> {
            ContactTaskEntity t = find(em, me.accountId(), contactId, taskId);
            if (input != null && input.version() != null && input.version() != t.version) {
                throw DomainException.conflict("stale", "Someone else changed this task; reload and try again");
            }
            apply(em, t, input, me, now);
            t.updated(me.loginId(), now);
            em.flush();
            Audit.record(em, "contact_task.updated", "contact_task", t.id, null);
            return dto(em, t);
        });
    }

    @Override
    public void delete(String contactId, String taskId) {
        String account = RequestContext.accountId();
        tx.inTransaction(em -> {
            ContactTaskEntity t = find(em, account, contactId, taskId);
            em.remove(t);
            em.flush();
            Audit.record(em, "contact_task.deleted", "contact_task", t.id, "contact " + contactId);
            return null;
        });
    }

    private ContactTask dto(EntityManager em, ContactTaskEntity t) {
        String name = t.assigneeId == null ? null
                : members.names(t.accountId, Set.of(t.assigneeId)).get(t.assigneeId);
        return t.toDto(name);
    }

    private void apply(EntityManager em, ContactTaskEntity t, TaskInput in, CurrentMember me, Instant now) {
        Errors errors = new Errors();
        if (in == null) {
            errors.add("title", "is required").throwIfAny();
        }
        String title = errors.required("title", in.title());
        errors.maxLength("title", title, 200);
        LocalDate due = in.dueDate();
        if (due != null && (due.getYear() < 1900 || due.getYear() > 2200)) {
            errors.add("dueDate", "must be a date between 1900 and 2200");
        }
        String assignee = Text.trimToNull(in.assigneeId());
        // An unchanged assignee stays even if the member has since left; a new one must be an active member.
        if (assignee != null && !assignee.equals(t.assigneeId)
                && (!Ids.looksValid(assignee) || !members.isActiveMember(me.accountId(), assignee))) {
            errors.add("assigneeId", "is not an active member of this practice");
        }
        errors.throwIfAny();
        t.title = title;
        t.dueDate = due;
        t.assigneeId = assignee;
        boolean done = Boolean.TRUE.equals(in.done());
        if (done && !t.done) {
            t.doneAt = now;
            t.doneBy = me.loginId();
        } else if (!done) {
            t.doneAt = null;
            t.doneBy = null;
        }
        t.done = done;
    }

    private static ContactTaskEntity find(EntityManager em, String account, String contactId, String taskId) {
        Contacts.find(em, account, contactId);
        ContactTaskEntity t = Ids.looksValid(taskId) ? em.find(ContactTaskEntity.class, taskId) : null;
        if (t == null || !t.accountId.equals(account) || !t.contactId.equals(contactId)) {
            throw DomainException.notFound("Task");
        }
        return t;
    }
}
