package org.openpractice.ui.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;
import org.openpractice.platform.security.Role;
import org.openpractice.platform.ui.MenuContribution;
import org.openpractice.platform.ui.MenuEntry;

public class MenuRegistryTest {
    private static MenuContribution entry(String route, String label, String section, int order, Role... roles) {
        return new MenuEntry(route, label, null, section, order, roles);
    }

    @Test
    public void mainSectionComesFirstThenOrderThenLabel() {
        List<MenuContribution> entries = List.of(entry("settings/locations", "Locations", "settings", 10),
                entry("clients", "Clients", "main", 20), entry("contacts", "Contacts", "main", 20),
                entry("calendar", "Calendar", "main", 5));

        List<String> routes = MenuRegistry.visible(entries, Role.CLINICAL).stream().map(MenuContribution::route)
                .toList();

        assertEquals(List.of("calendar", "clients", "contacts", "settings/locations"), routes);
    }

    @Test
    public void entriesWithRolesShowOnlyToThoseRoles() {
        MenuContribution members = entry("settings/members", "Members", "settings", 1, Role.DIRECTOR);
        MenuContribution everyone = entry("contacts", "Contacts", "main", 1);

        assertEquals(List.of(everyone, members), MenuRegistry.visible(List.of(members, everyone), Role.DIRECTOR));
        assertEquals(List.of(everyone), MenuRegistry.visible(List.of(members, everyone), Role.CLINICAL));
        assertEquals(List.of(everyone), MenuRegistry.visible(List.of(members, everyone), null));
        assertTrue(MenuRegistry.isVisibleTo(members, Role.DIRECTOR));
        assertFalse(MenuRegistry.isVisibleTo(members, Role.ADMINISTRATIVE));
    }

    @Test
    public void menuIdsFollowTheRoute() {
        assertEquals("nav-settings-locations", MenuLinks.id("settings/locations"));
        assertEquals("nav-contacts", MenuLinks.id("contacts"));
        assertEquals(MenuLinks.DASHBOARD_ID, MenuLinks.id(""));
        assertEquals("Administrative", MenuLinks.roleName(Role.ADMINISTRATIVE));
    }
}
