package org.openpractice.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;

import org.junit.ClassRule;
import org.junit.FixMethodOrder;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runners.MethodSorters;
import org.openpractice.itest.Mailbox;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The account screens in real Chromium against the real server: inviting a member who accepts by the e-mailed link,
 * a child account with copied members and switching between accounts, signing the Business Associate Agreement, and
 * the general and security settings. The tests run in name order: each builds on the practice the first created.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class AccountsBrowserIT {
    private static final String PRACTICE = "Harbour Physiotherapy";
    private static final String DIRECTOR_EMAIL = "ada@harbour.example";
    private static final String DIRECTOR_PASSWORD = "harbour lights at dawn";
    private static final String MEMBER_EMAIL = "grace@harbour.example";

    /** The server the tests run against, started once for the class. */
    @ClassRule
    public static final RunningServer server = new RunningServer("browser-accounts", 29000);

    /** The browsers a test opens, closed after it (with screenshots when it failed). */
    @Rule
    public final Browsers browsers = new Browsers();

    @Test
    public void a_invitedMemberAcceptsByTheMailedLinkAndSeesTheDashboard() throws Exception {
        Browser director = browser();
        director.firstRun(server.url(""), PRACTICE, "Ada", "Lovelace", DIRECTOR_EMAIL, DIRECTOR_PASSWORD);

        director.click("nav-settings-users");
        director.awaitUrlEndsWith("/settings/users");
        director.awaitContent("users-members", DIRECTOR_EMAIL);
        director.byId("users-no-invitations");
        director.click("users-invite");
        director.type("invite-name", "Grace Hopper");
        director.type("invite-email", "not an address");
        director.click("invite-send");
        director.waiting().until(d -> director.fieldError("invite-email") != null);
        director.type("invite-email", MEMBER_EMAIL);
        director.screenshot("accounts-invite-dialog");
        director.click("invite-send");
        director.awaitContent("users-invitations", MEMBER_EMAIL);
        assertTrue(director.content("users-invitations").contains("Pending"));
        director.screenshot("accounts-users-invited");

        String link = Mailbox.link(server.home().resolve("data").resolve("mail"), MEMBER_EMAIL, "/invitation/");
        assertTrue("the mailed link leads to this server: " + link, link.startsWith(server.url("invitation/")));
        String token = link.substring(link.lastIndexOf('/') + 1);
        Browser member = browser();
        member.open(link);
        member.byId("invitation-password");
        String card = member.content("invitation-details");
        assertTrue(card, card.contains(PRACTICE));
        assertTrue(card, card.contains("Clinical"));
        member.screenshot("accounts-invitation");
        member.type("invitation-password", "short");
        member.type("invitation-password-confirm", "short");
        member.click("invitation-accept");
        member.waiting().until(d -> member.fieldError("invitation-password") != null);
        member.type("invitation-password", "compiler nanoseconds in a wire");
        member.type("invitation-password-confirm", "compiler nanoseconds in a wire");
        member.click("invitation-accept");
        member.awaitText("member-name", "Grace Hopper");
        member.awaitText("welcome", PRACTICE);
        assertEquals("Clinical", member.text("member-role"));
        assertFalse("Users is for directors", member.present("nav-settings-users"));
        for (String settings : new String[] {"general", "security", "legal", "locations", "billing-addresses",
            "new-account"}) {
            assertFalse("account settings are for directors and administrative members: " + settings,
                    member.present("nav-settings-" + settings));
        }
        assertTrue("every member can switch accounts", member.present("nav-settings-switch"));
        member.screenshot("accounts-member-dashboard");

        member.open(server.url("settings/users"));
        member.byId("welcome");
        assertFalse("a clinical member typing the address does not get the page", member.present("users-invite"));
        member.open(server.url("settings/general"));
        member.byId("welcome");
        assertFalse("nor the general settings", member.present("general-save"));

        member.open(server.url("invitation/" + token));
        member.byId("invitation-unavailable");
        assertFalse(member.present("invitation-accept"));
    }

    @Test
    public void b_childAccountWithCopiedMembersAndSwitchingBothWays() throws Exception {
        Browser b = signedInDirector();
        b.click("nav-settings-new-account");
        b.awaitUrlEndsWith("/settings/new-account");
        b.click("new-account-create");
        b.waiting().until(d -> b.fieldError("new-account-name") != null);
        b.type("new-account-name", "Harbour Kids");
        b.click("new-account-child");
        b.click("new-account-copy");
        b.screenshot("accounts-new-account");
        b.click("new-account-create");
        b.awaitContent("new-account-created", "Harbour Kids is ready");
        b.click("new-account-switch");
        b.awaitText("account-name", "Harbour Kids");

        b.click("nav-settings-users");
        b.awaitUrlEndsWith("/settings/users");
        b.awaitContent("users-members", "Grace Hopper");
        assertTrue(b.content("users-members").contains(MEMBER_EMAIL));
        b.screenshot("accounts-child-users");

        b.click("account-switcher");
        By parent = By.xpath("//vaadin-context-menu-item[.//span[contains(@class, 'op-switcher-name')"
                + " and normalize-space(.)='" + PRACTICE + "']]");
        b.waiting().until(ExpectedConditions.visibilityOfElementLocated(parent));
        b.screenshot("accounts-header-switcher");
        b.click(parent);
        b.awaitText("account-name", PRACTICE);
        b.awaitUrlEndsWith("/settings/users");
        b.awaitContent("users-members", DIRECTOR_EMAIL);

        b.click("nav-settings-switch");
        b.awaitContent("switch-accounts", "Harbour Kids");
        assertTrue(b.content("switch-accounts").contains("Child of " + PRACTICE));
        b.screenshot("accounts-switch-page");
    }

    @Test
    public void c_businessAssociateAgreementIsSignedOnce() throws Exception {
        Browser b = signedInDirector();
        b.click("nav-settings-legal");
        b.awaitUrlEndsWith("/settings/legal");
        b.byId("legal-text");
        b.type("legal-title", "Practice owner");
        b.screenshot("accounts-legal-unsigned");
        b.click("legal-sign");
        b.byId("legal-confirm");
        b.screenshot("accounts-legal-confirm");
        b.click("legal-confirm");
        b.awaitContent("legal-signature", "Ada Lovelace");
        String signature = b.content("legal-signature");
        assertTrue(signature, signature.contains("Practice owner"));
        assertTrue(signature, signature.contains(DIRECTOR_EMAIL));
        assertTrue(signature, signature.matches("(?s).*[0-9a-f]{64}.*"));
        assertFalse(b.present("legal-sign"));
        b.screenshot("accounts-legal-signed");

        b.reload();
        b.awaitContent("legal-signature", "Ada Lovelace");
        assertTrue(b.content("legal-signature").contains("Practice owner"));
        assertFalse("a signed agreement offers no second signature", b.present("legal-sign"));
    }

    @Test
    public void d_generalAndSecuritySettingsAreSaved() throws Exception {
        Browser b = signedInDirector();
        b.click("nav-settings-general");
        b.awaitUrlEndsWith("/settings/general");
        b.waiting().until(d -> PRACTICE.equals(b.byId("general-practiceName").getAttribute("value")));
        b.type("general-practiceName", " ");
        b.click("general-save");
        b.waiting().until(d -> b.fieldError("general-practiceName") != null);
        b.screenshot("accounts-general-invalid");
        b.type("general-practiceName", "Harbour Physiotherapy & Rehab");
        b.click("general-save");
        b.awaitText("account-name", "Harbour Physiotherapy & Rehab");
        b.reload();
        b.waiting().until(d -> "Harbour Physiotherapy & Rehab"
                .equals(b.byId("general-practiceName").getAttribute("value")));

        b.click("nav-settings-security");
        b.awaitUrlEndsWith("/settings/security");
        assertEquals(null, b.byId("security-require2fa").getAttribute("checked"));
        b.click("security-require2fa");
        b.click("security-save");
        // Requiring it needs it first: otherwise the director would be held on the set-up page at once.
        b.awaitText("security-error", "for yourself first");
        b.screenshot("accounts-security-own-first");
        b.click("security-set-up-own");
        b.awaitUrlEndsWith("/my-security");
        b.click("two-factor-start");
        Authenticator authenticator = new Authenticator(b.text("two-factor-secret").replace(" ", ""));
        b.type("two-factor-confirm-code", authenticator.code());
        b.click("two-factor-confirm");
        b.click("recovery-codes-saved");
        b.byId("welcome");
        b.click("nav-settings-security");
        b.click("security-require2fa");
        b.click("security-save");
        b.reload();
        b.waiting().until(d -> b.byId("security-require2fa").getAttribute("checked") != null);
        b.screenshot("accounts-security");

        // Back to each member's choice, and off again for the director, so the later tests sign in with passwords.
        b.click("security-require2fa");
        b.click("security-save");
        b.click("nav-my-security");
        b.awaitText("two-factor-status", "On");
        b.type("two-factor-code", authenticator.code());
        b.click("two-factor-disable");
        b.awaitText("two-factor-status", "Off");
    }

    @Test
    public void e_membersAreChangedAndTheLastDirectorIsKept() throws Exception {
        Browser b = signedInDirector();
        b.click("nav-settings-users");
        b.awaitContent("users-members", "Grace Hopper");

        b.click(By.xpath("//vaadin-button[@aria-label='Edit Ada Lovelace']"));
        b.click("edit-member-role");
        b.click(By.xpath("//vaadin-select-item[normalize-space(.)='Clinical']"));
        b.click("edit-member-save");
        b.awaitText("edit-member-error", "last active director");
        b.screenshot("accounts-member-last-director");
        b.click(By.xpath("//vaadin-button[normalize-space(.)='Cancel']"));

        b.click(By.xpath("//vaadin-button[@aria-label='Edit Grace Hopper']"));
        assertEquals("a clinical member starts without billing", null,
                b.byId("edit-member-accessBilling").getAttribute("checked"));
        assertTrue(b.byId("edit-member-onlyAssignedClients").getAttribute("checked") != null);
        b.click("edit-member-accessBilling");
        b.click("edit-member-save");
        b.waiting().until(d -> !b.present("edit-member-save"));
        b.click(By.xpath("//vaadin-button[@aria-label='Edit Grace Hopper']"));
        b.waiting().until(d -> b.byId("edit-member-accessBilling").getAttribute("checked") != null);
        b.screenshot("accounts-member-dialog");
        b.click(By.xpath("//vaadin-button[normalize-space(.)='Cancel']"));

        b.click("users-invite");
        b.type("invite-name", "Alan Turing");
        b.type("invite-email", "alan@harbour.example");
        b.click("invite-send");
        b.awaitContent("users-invitations", "alan@harbour.example");
        b.click(By.xpath("//vaadin-button[starts-with(@id, 'invitation-revoke-')]"));
        b.click("revoke-confirm");
        b.awaitContent("users-invitations", "Revoked");
        b.screenshot("accounts-invitation-revoked");
    }

    private Browser browser() throws IOException {
        return browsers.open();
    }

    private Browser signedInDirector() throws IOException {
        Browser b = browser();
        b.signIn(server.url("signin"), DIRECTOR_EMAIL, DIRECTOR_PASSWORD);
        return b;
    }

}
