package org.openpractice.ui.internal.accounts;

import java.util.List;
import java.util.Set;

import org.openpractice.accounts.Invitation;
import org.openpractice.accounts.Member;
import org.openpractice.platform.security.CurrentMember;
import org.openpractice.platform.security.Role;
import org.openpractice.ui.api.MainLayout;
import org.openpractice.ui.api.Panels;
import org.openpractice.ui.internal.UiSession;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;

/** Settings → Users: the account's members with their roles and permissions, and the invitations sent. */
@Route(value = UsersView.ROUTE, layout = MainLayout.class)
@PageTitle("Users · OpenPractice")
public class UsersView extends SettingsPage {
    static final String ROUTE = "settings/users";
    private static final long serialVersionUID = 1L;

    private final Grid<Member> members = new Grid<>();
    private final Grid<Invitation> invitations = new Grid<>();
    private final Div invitationsArea = new Div();
    private CurrentMember me;
    private AccountTime time;

    public UsersView() {
        super("Users", "Who works in this account, what each of them may do, and the invitations you have sent.",
                Set.of(Role.DIRECTOR));
    }

    @Override
    protected void render(CurrentMember member) {
        me = member;
        time = AccountTime.ofAccount();
        Button invite = new Button("Invite member", VaadinIcon.PLUS.create(),
                click -> new InviteDialog(me.accountName(), this::invited).open());
        invite.setId("users-invite");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addHeaderAction(invite);

        members.setId("users-members");
        members.addComponentColumn(this::nameCell).setHeader("Name").setFlexGrow(2).setAutoWidth(true);
        members.addColumn(Member::email).setHeader("E-mail").setFlexGrow(2).setAutoWidth(true);
        members.addColumn(m -> Roles.name(m.role())).setHeader("Role").setAutoWidth(true);
        members.addComponentColumn(m -> m.active() ? Panels.badge("Active", "success")
                : Panels.badge("Deactivated", "contrast")).setHeader("Status").setAutoWidth(true);
        members.addComponentColumn(this::editButton).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setFlexGrow(0);
        members.setAllRowsVisible(true);
        members.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);

        invitations.setId("users-invitations");
        invitations.addColumn(Invitation::displayName).setHeader("Name").setFlexGrow(2).setAutoWidth(true);
        invitations.addColumn(Invitation::email).setHeader("E-mail").setFlexGrow(2).setAutoWidth(true);
        invitations.addColumn(i -> Roles.name(i.role())).setHeader("Role").setAutoWidth(true);
        invitations.addComponentColumn(this::invitationStatus).setHeader("Status").setAutoWidth(true);
        invitations.addColumn(i -> "PENDING".equals(i.status()) ? "Expires " + time.date(i.expiresAt())
                : "Sent " + time.date(i.createdAt())).setHeader("When").setAutoWidth(true);
        invitations.addComponentColumn(this::revokeButton).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setFlexGrow(0);
        invitations.setAllRowsVisible(true);
        invitations.addThemeVariants(GridVariant.LUMO_NO_BORDER);

        add(Panels.card("Members", members), Panels.card("Invitations", invitationsArea));
        refresh();
    }

    private void refresh() {
        members.setItems(Backend.call(() -> Backend.members().members()));
        List<Invitation> sent = Backend.call(() -> Backend.members().invitations());
        invitationsArea.removeAll();
        if (sent.isEmpty()) {
            Div empty = Panels.empty(VaadinIcon.ENVELOPE_O, "No invitations yet",
                    "Invite a colleague with \"Invite member\"; they get a link by e-mail and choose their own "
                            + "password.");
            empty.setId("users-no-invitations");
            invitationsArea.add(empty);
        } else {
            invitations.setItems(sent);
            invitationsArea.add(invitations);
        }
    }

    private Component nameCell(Member member) {
        Span name = new Span(member.displayName());
        if (!member.id().equals(me.memberId())) {
            return name;
        }
        Span you = new Span(" (you)");
        you.addClassName("op-muted");
        return new Span(name, you);
    }

    private Component editButton(Member member) {
        Button edit = new Button("Edit", VaadinIcon.EDIT.create(), click -> new MemberDialog(member,
                member.id().equals(me.memberId()), this::changed).open());
        edit.setId("member-edit-" + member.id());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        edit.getElement().setAttribute("aria-label", "Edit " + member.displayName());
        // offered only while a module that keeps My Details serves the page
        String details = "settings/users/" + member.id() + "/details";
        if (RouteConfiguration.forApplicationScope().getRoute(details).isEmpty()) {
            return edit;
        }
        Button editDetails = new Button("Edit user details", VaadinIcon.USER_CARD.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(details)));
        editDetails.setId("member-details-" + member.id());
        editDetails.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        editDetails.getElement().setAttribute("aria-label", "Edit user details of " + member.displayName());
        return new Span(edit, editDetails);
    }

    private Component invitationStatus(Invitation invitation) {
        String variant = switch (invitation.status()) {
            case "ACCEPTED" -> "success";
            case "REVOKED" -> "error";
            case "EXPIRED" -> "contrast";
            default -> "";
        };
        return Panels.badge(Panels.label(invitation.status()), variant);
    }

    private Component revokeButton(Invitation invitation) {
        if (!"PENDING".equals(invitation.status())) {
            return new Span();
        }
        Button revoke = new Button("Revoke", click -> confirmRevoke(invitation));
        revoke.setId("invitation-revoke-" + invitation.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return revoke;
    }

    private void confirmRevoke(Invitation invitation) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("revoke-dialog");
        dialog.setHeader("Revoke the invitation?");
        dialog.setText("The link sent to " + invitation.email() + " stops working. You can invite them again later.");
        dialog.setCancelable(true);
        Button confirm = new Button("Revoke", click -> {
            dialog.close();
            revoke(invitation);
        });
        confirm.setId("revoke-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.setConfirmButton(confirm);
        dialog.open();
    }

    private void revoke(Invitation invitation) {
        try {
            Backend.run(() -> Backend.members().revoke(invitation.id()));
            Feedback.success("The invitation to " + invitation.email() + " is revoked.");
            refresh();
        } catch (RuntimeException e) {
            Feedback.failed(e);
        }
    }

    private void invited(Invitation invitation) {
        Feedback.success("Invitation sent to " + invitation.email() + ".");
        refreshQuietly();
    }

    private void changed(Member member) {
        if (member.id().equals(me.memberId()) && !member.role().equals(me.role().name())) {
            // a director who gave up the role may no longer see this page; the guard decides on the reload
            UiSession.refresh();
            getUI().ifPresent(ui -> ui.getPage().reload());
            return;
        }
        Feedback.success("Changes to " + member.displayName() + " saved.");
        refreshQuietly();
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            Feedback.failed(e);
        }
    }
}
