package org.openpractice.ui.internal.accounts;

import java.util.Map;
import java.util.function.Consumer;

import org.openpractice.accounts.Member;
import org.openpractice.accounts.MemberChange;
import org.openpractice.accounts.Permissions;
import org.openpractice.platform.DomainException;
import org.openpractice.platform.security.Role;
import org.openpractice.ui.api.Forms;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;

/** Settings → Users → a member: role, the five permissions on top of it, and whether the membership is active. */
final class MemberDialog extends Dialog {
    private static final long serialVersionUID = 1L;

    private final Member member;
    private final Select<Role> role;
    private final Checkbox accessBilling = new Checkbox("Access billing");
    private final Checkbox showOnCalendar = new Checkbox("Show on calendar");
    private final Checkbox onlyAssignedClients = new Checkbox("Access only assigned clients");
    private final Checkbox editOwnAvailability = new Checkbox("Edit own availability");
    private final Checkbox editDocumentTemplates = new Checkbox("Edit document templates");
    private final Checkbox active = new Checkbox("Active");
    private final Paragraph error = new Paragraph();
    private final Consumer<Member> saved;

    MemberDialog(Member member, boolean self, Consumer<Member> saved) {
        this.member = member;
        this.saved = saved;
        setHeaderTitle(member.displayName() + (self ? " (you)" : ""));
        setWidth("36rem");
        Paragraph email = new Paragraph(member.email());
        email.addClassNames("op-muted", "op-dialog-intro");
        error.setId("edit-member-error");
        error.addClassName("op-form-error");
        error.setVisible(false);

        role = Roles.select("Role", parse(member.role()));
        role.setId("edit-member-role");
        role.setWidthFull();
        Button defaults = new Button("Use the role's defaults", VaadinIcon.REFRESH.create(),
                click -> fill(Permissions.defaults(role.getValue() == null ? Role.CLINICAL : role.getValue())));
        defaults.setId("edit-member-defaults");
        defaults.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        H3 permissionsTitle = new H3("Permissions");
        permissionsTitle.addClassName("op-dialog-section");
        Div permissionsHeader = new Div(permissionsTitle, defaults);
        permissionsHeader.addClassName("op-dialog-section-header");
        accessBilling.setId("edit-member-accessBilling");
        showOnCalendar.setId("edit-member-showOnCalendar");
        onlyAssignedClients.setId("edit-member-onlyAssignedClients");
        editOwnAvailability.setId("edit-member-editOwnAvailability");
        editDocumentTemplates.setId("edit-member-editDocumentTemplates");
        Div permissions = new Div(accessBilling, showOnCalendar, onlyAssignedClients, editOwnAvailability,
                editDocumentTemplates);
        permissions.addClassName("op-switches");
        fill(member.permissions() == null ? Permissions.defaults(role.getValue()) : member.permissions());

        H3 accessTitle = new H3("Access");
        accessTitle.addClassName("op-dialog-section");
        active.setId("edit-member-active");
        active.setValue(member.active());
        Paragraph activeHelp = new Paragraph("A member who is not active cannot sign in to this account. "
                + "Their records stay.");
        activeHelp.addClassNames("op-muted", "op-field-help");
        add(email, error, role, permissionsHeader, permissions, accessTitle, active, activeHelp);

        Button cancel = new Button("Cancel", click -> close());
        Button save = new Button("Save", click -> save());
        save.setId("edit-member-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
    }

    private void fill(Permissions permissions) {
        accessBilling.setValue(permissions.accessBilling());
        showOnCalendar.setValue(permissions.showOnCalendar());
        onlyAssignedClients.setValue(permissions.onlyAssignedClients());
        editOwnAvailability.setValue(permissions.editOwnAvailability());
        editDocumentTemplates.setValue(permissions.editDocumentTemplates());
    }

    private void save() {
        Map<String, HasValidation> inputs = Map.of("role", role);
        Forms.clear(inputs.values(), error);
        Permissions permissions = new Permissions(accessBilling.getValue(), showOnCalendar.getValue(),
                onlyAssignedClients.getValue(), editOwnAvailability.getValue(), editDocumentTemplates.getValue());
        MemberChange change = new MemberChange(role.getValue() == null ? null : role.getValue().name(), permissions,
                active.getValue(), null);
        try {
            Member changed = Backend.call(() -> Backend.members().change(member.id(), change));
            close();
            saved.accept(changed);
        } catch (DomainException e) {
            Forms.show(e, inputs, error);
        } catch (RuntimeException e) {
            Feedback.failed(e);
        }
    }

    private static Role parse(String role) {
        try {
            return Role.valueOf(role);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
