package org.openpractice.contacts.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.openpractice.contacts.internal.ContactsTest.A;
import static org.openpractice.contacts.internal.ContactsTest.B;
import static org.openpractice.contacts.internal.ContactsTest.actAs;
import static org.openpractice.contacts.internal.ContactsTest.contact;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openpractice.accounts.MemberDirectory;
import org.openpractice.contacts.ContactTask;
import org.openpractice.contacts.ContactType;
import org.openpractice.contacts.TaskInput;
import org.openpractice.contacts.TaskList;
import org.openpractice.platform.DomainException;
import org.openpractice.platform.ValidationException;
import org.openpractice.platform.security.RequestContext;
import org.openpractice.platform.security.Role;
import org.openpractice.testing.TestDatabase;

/** Tasks on contacts' files, with assignees checked against the accounts area's members, on Derby. */
public class TasksTest {
    static final String ANN = "aaaaaaaa-0000-0000-0000-000000000001";
    static final String GONE = "aaaaaaaa-0000-0000-0000-000000000002";
    static final String BOB_OF_B = "bbbbbbbb-0000-0000-0000-000000000001";
    private TestDatabase db;
    private Contacts contacts;
    private Tasks tasks;
    private String contactId;

    /** The accounts area's directory as it answers for accounts A and B. */
    private static final MemberDirectory DIRECTORY = new MemberDirectory() {
        private final List<MemberRef> members = List.of(new MemberRef(ANN, A, "Ann Director", "DIRECTOR", true),
                new MemberRef(GONE, A, "Former Member", "CLINICAL", false),
                new MemberRef(BOB_OF_B, B, "Bob Elsewhere", "DIRECTOR", true));

        @Override
        public Optional<MemberRef> member(String accountId, String memberId) {
            return members.stream().filter(m -> m.accountId().equals(accountId) && m.memberId().equals(memberId))
                    .findFirst();
        }

        @Override
        public List<MemberRef> activeMembers(String accountId) {
            return members.stream().filter(m -> m.accountId().equals(accountId) && m.active()).toList();
        }

        @Override
        public Optional<AccountRef> account(String accountId) {
            return Optional.of(new AccountRef(accountId, "Practice", "US", "America/Chicago", "USD"));
        }
    };

    @Before
    public void setUp() {
        db = new TestDatabase("openpractice-contacts", "contacts");
        contacts = new Contacts(db.transactions(), new TickingClock());
        tasks = new Tasks(db.transactions(), new TickingClock(), DIRECTORY);
        actAs(A, Role.CLINICAL);
        contactId = contacts.create(contact("Dr Lee", null, ContactType.PHYSICIAN, null, null)).id();
    }

    @After
    public void tearDown() {
        RequestContext.clear();
        db.close();
    }

    @Test
    public void tasksAreListedOpenByDueDateAndDoneMostRecentFirst() {
        ContactTask later = tasks.create(contactId, new TaskInput("Send report", LocalDate.of(2026, 12, 1), ANN, null,
                null));
        tasks.create(contactId, new TaskInput("Call back", LocalDate.of(2026, 11, 25), null, false, null));
        tasks.create(contactId, new TaskInput("Someday", null, null, null, null));
        assertEquals("Ann Director", later.assigneeName());
        TaskList list = tasks.tasks(contactId);
        assertEquals(List.of("Call back", "Send report", "Someday"),
                list.open().stream().map(ContactTask::title).toList());
        assertEquals("Ann Director", list.open().get(1).assigneeName());
        ContactTask done = tasks.update(contactId, later.id(), new TaskInput("Send report", later.dueDate(), ANN,
                true, later.version()));
        assertTrue(done.done());
        assertNotNull(done.doneAt());
        TaskList after = tasks.tasks(contactId);
        assertEquals(2, after.open().size());
        assertEquals(List.of("Send report"), after.done().stream().map(ContactTask::title).toList());
        ContactTask reopened = tasks.update(contactId, later.id(), new TaskInput("Send report", null, ANN, false,
                null));
        assertNull(reopened.doneAt());
        assertEquals(3, tasks.tasks(contactId).open().size());
    }

    @Test
    public void assigneesMustBeActiveMembersOfTheAccount() {
        for (String bad : List.of(BOB_OF_B, GONE, "nobody")) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> tasks.create(contactId, new TaskInput("Call", null, bad, null, null)));
            assertEquals("is not an active member of this practice", e.fields().get("assigneeId"));
        }
        assertEquals("is required", assertThrows(ValidationException.class,
                () -> tasks.create(contactId, new TaskInput(" ", null, null, null, null))).fields().get("title"));
        assertTrue(tasks.tasks(contactId).open().isEmpty());
    }

    @Test
    public void deleteRemovesTheTask() {
        ContactTask t = tasks.create(contactId, new TaskInput("Call", null, null, null, null));
        tasks.delete(contactId, t.id());
        assertTrue(tasks.tasks(contactId).open().isEmpty());
        assertEquals(DomainException.Kind.NOT_FOUND, assertThrows(DomainException.class,
                () -> tasks.delete(contactId, t.id())).kind());
    }

    @Test
    public void anotherAccountsTasksAreNotFound() {
        ContactTask t = tasks.create(contactId, new TaskInput("Call", null, ANN, null, null));
        String otherContact = contacts.create(contact("Other", null, ContactType.OTHER, null, null)).id();
        assertEquals(DomainException.Kind.NOT_FOUND, assertThrows(DomainException.class,
                () -> tasks.update(otherContact, t.id(), new TaskInput("Moved", null, null, null, null))).kind());
        actAs(B, Role.DIRECTOR);
        for (Runnable call : List.<Runnable>of(() -> tasks.tasks(contactId),
                () -> tasks.create(contactId, new TaskInput("Mine", null, null, null, null)),
                () -> tasks.update(contactId, t.id(), new TaskInput("Mine", null, null, null, null)),
                () -> tasks.delete(contactId, t.id()))) {
            assertEquals(DomainException.Kind.NOT_FOUND, assertThrows(DomainException.class, call::run).kind());
        }
        actAs(A, Role.CLINICAL);
        assertEquals("Call", tasks.tasks(contactId).open().get(0).title());
    }
}
