package org.openpractice.ui.internal.accounts;

import java.util.Set;

import org.openpractice.accounts.SecuritySettings;
import org.openpractice.platform.DomainException;
import org.openpractice.platform.security.CurrentMember;
import org.openpractice.platform.security.Role;
import org.openpractice.ui.api.Forms;
import org.openpractice.ui.api.MainLayout;
import org.openpractice.ui.api.Panels;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

/** Settings → Security: whether every member must use two-factor authentication. */
@Route(value = SecuritySettingsView.ROUTE, layout = MainLayout.class)
@PageTitle("Security settings · OpenPractice")
public class SecuritySettingsView extends SettingsPage {
    static final String ROUTE = "settings/security";
    private static final long serialVersionUID = 1L;

    private final Checkbox requireTwoFactor = new Checkbox("Require two-factor authentication for every member");
    private final Paragraph error = Forms.errorParagraph("security-error");
    private final RouterLink setUp = new RouterLink("Set up two-factor authentication", SignInSecurityView.class);

    public SecuritySettingsView() {
        super("Security", "Protect the practice's records beyond passwords.",
                Set.of(Role.DIRECTOR, Role.ADMINISTRATIVE));
    }

    @Override
    protected void render(CurrentMember member) {
        requireTwoFactor.setId("security-require2fa");
        requireTwoFactor.setValue(Backend.call(() -> Backend.settings().security()).requireTwoFactor());
        Paragraph explanation = new Paragraph("Two-factor authentication asks for a code from the member's phone "
                + "at each sign-in, so a stolen password alone does not open the account. When it is required, "
                + "members who have not set it up yet must do so at their next sign-in.");
        explanation.addClassNames("op-muted", "op-field-help");
        Button save = new Button("Save", click -> save());
        save.setId("security-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(save);
        actions.addClassName("op-form-actions");
        setUp.setId("security-set-up-own");
        setUp.setVisible(false);
        add(Panels.card("Two-factor authentication", error, setUp, requireTwoFactor, explanation, actions));
    }

    private void save() {
        boolean required = requireTwoFactor.getValue();
        error.setVisible(false);
        setUp.setVisible(false);
        try {
            SecuritySettings saved = Backend.call(() -> Backend.settings()
                    .updateSecurity(new SecuritySettings(required)));
            requireTwoFactor.setValue(saved.requireTwoFactor());
            Feedback.success(saved.requireTwoFactor()
                    ? "Two-factor authentication is now required for every member."
                    : "Two-factor authentication is now each member's choice.");
        } catch (DomainException e) {
            String problem = e.fields().get("requireTwoFactor");
            if (problem == null) {
                Feedback.failed(e);
                return;
            }
            Forms.formError(error, problem);
            setUp.setVisible(true);
            requireTwoFactor.setValue(false);
        } catch (RuntimeException e) {
            Feedback.failed(e);
        }
    }
}
