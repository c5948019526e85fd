package org.openpractice.scheduling.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.util.Map;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openpractice.platform.DomainException;
import org.openpractice.platform.ValidationException;
import org.openpractice.platform.security.CurrentMember;
import org.openpractice.platform.security.RequestContext;
import org.openpractice.platform.security.Role;
import org.openpractice.scheduling.AppointmentType;
import org.openpractice.scheduling.AppointmentTypeInput;
import org.openpractice.testing.TestDatabase;

/** The shared-catalogue mechanism, shown with appointment types, on real EclipseLink and Derby. */
public class AppointmentTypesTest {
    private static final String PARENT = "11111111-1111-1111-1111-111111111111";
    private static final String CHILD = "22222222-2222-2222-2222-222222222222";
    private static final String OTHER = "33333333-3333-3333-3333-333333333333";
    /** Child → parent, as the accounts area answers it. */
    private static final Map<String, String> OWNERS = Map.of(PARENT, PARENT, CHILD, PARENT, OTHER, OTHER);
    private TestDatabase db;
    private AppointmentTypes types;

    @Before
    public void setUp() {
        db = new TestDatabase("openpractice-scheduling", "scheduling");
        types = new AppointmentTypes(db.transactions(), OWNERS::get, Clock.systemUTC());
    }

    @After
    public void tearDown() {
        RequestContext.clear();
        db.close();
    }

    private static void actIn(String account, Role role) {
        RequestContext.set(new CurrentMember("s", "l", "d@example.org", account, "A", "m", "Dana", role));
    }

    @Test
    public void childReadsTheParentsCatalogue() {
        actIn(PARENT, Role.DIRECTOR);
        AppointmentType initial = types.create(new AppointmentTypeInput("Initial assessment", 60));
        assertFalse(initial.shared());
        actIn(CHILD, Role.DIRECTOR);
        assertEquals(1, types.list().size());
        assertEquals("Initial assessment", types.list().get(0).name());
        assertTrue(types.list().get(0).shared());
        DomainException e = assertThrows(DomainException.class,
                () -> types.create(new AppointmentTypeInput("Follow-up", 30)));
        assertEquals("shared_catalog", e.code());
        assertEquals("shared_catalog", assertThrows(DomainException.class,
                () -> types.update(initial.id(), new AppointmentTypeInput("Changed", 30))).code());
        actIn(OTHER, Role.DIRECTOR);
        assertTrue("an independent account shares nothing", types.list().isEmpty());
        assertEquals(DomainException.Kind.NOT_FOUND, assertThrows(DomainException.class,
                () -> types.update(initial.id(), new AppointmentTypeInput("Mine", 30))).kind());
    }

    @Test
    public void inputIsValidatedAndRolesChecked() {
        actIn(PARENT, Role.DIRECTOR);
        ValidationException v = assertThrows(ValidationException.class,
                () -> types.create(new AppointmentTypeInput(" ", 2)));
        assertEquals("is required", v.fields().get("name"));
        assertTrue(v.fields().containsKey("durationMinutes"));
        types.create(new AppointmentTypeInput("Initial", 60));
        assertThrows(ValidationException.class, () -> types.create(new AppointmentTypeInput("INITIAL", 45)));
        actIn(PARENT, Role.CLINICAL);
        assertEquals(DomainException.Kind.FORBIDDEN, assertThrows(DomainException.class,
                () -> types.create(new AppointmentTypeInput("Group", 90))).kind());
        assertEquals(1, types.list().size());
    }
}
