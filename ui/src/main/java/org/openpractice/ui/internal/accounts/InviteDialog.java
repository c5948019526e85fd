package org.openpractice.ui.internal.accounts;

import java.util.Map;
import java.util.function.Consumer;

import org.openpractice.accounts.Invitation;
import org.openpractice.accounts.NewInvitation;
import org.openpractice.platform.security.Role;
import org.openpractice.ui.api.Forms;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

/** Settings → Users → Invite member: name, e-mail and role; the invitee gets a link by e-mail. */
final class InviteDialog extends Dialog {
    private static final long serialVersionUID = 1L;

    private final TextField name = new TextField("Name");
    private final EmailField email = new EmailField("E-mail");
    private final Select<Role> role = Roles.select("Role", Role.CLINICAL);
    private final Paragraph error = new Paragraph();
    private final Consumer<Invitation> sent;

    InviteDialog(String accountName, Consumer<Invitation> sent) {
        this.sent = sent;
        setHeaderTitle("Invite a member");
        setWidth("34rem");
        Paragraph intro = new Paragraph("We e-mail a link to join " + accountName
                + ". It works once and expires after 7 days.");
        intro.addClassNames("op-muted", "op-dialog-intro");
        error.setId("invite-error");
        error.addClassName("op-form-error");
        error.setVisible(false);
        name.setId("invite-name");
        name.setAutofocus(true);
        email.setId("invite-email");
        role.setId("invite-role");
        FormLayout form = new FormLayout(name, email, role);
        form.setResponsiveSteps(new ResponsiveStep("0", 1));
        add(intro, error, form);

        Button cancel = new Button("Cancel", click -> close());
        Button send = new Button("Send invitation", click -> send());
        send.setId("invite-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, send);
    }

    private void send() {
        Map<String, HasValidation> inputs = Map.of("displayName", name, "email", email, "role", role);
        Forms.clear(inputs.values(), error);
        NewInvitation invitation = new NewInvitation(email.getValue().trim(), name.getValue().trim(),
                role.getValue() == null ? null : role.getValue().name());
        try {
            Invitation created = Backend.call(() -> Backend.members().invite(invitation));
            close();
            sent.accept(created);
        } catch (org.openpractice.platform.DomainException e) {
            Forms.show(e, inputs, error);
        } catch (RuntimeException e) {
            Feedback.failed(e);
        }
    }
}
