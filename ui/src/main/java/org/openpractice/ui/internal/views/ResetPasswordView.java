package org.openpractice.ui.internal.views;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openpractice.accounts.LoginSecurityService;
import org.openpractice.platform.DomainException;
import org.openpractice.ui.api.Forms;
import org.openpractice.ui.internal.UiRuntime;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

/** Chooses a new password with the token from an e-mailed reset link. */
@Route("reset-password/:token")
@PageTitle("Choose a new password · OpenPractice")
public class ResetPasswordView extends AuthCard implements BeforeEnterObserver {
    private static final long serialVersionUID = 1L;

    private final PasswordField password = new PasswordField("New password");
    private final PasswordField again = new PasswordField("New password again");
    private final Paragraph error = formError();
    private String token;

    public ResetPasswordView() {
        super("Choose a new password", "At least 12 characters; a passphrase of several words is easy to remember."
                + " Signing in again is needed everywhere afterwards.");
        password.setId("reset-password");
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setAutofocus(true);
        password.setWidthFull();
        again.setId("reset-again");
        again.setAutocomplete(Autocomplete.NEW_PASSWORD);
        again.setWidthFull();
        Button save = new Button("Set new password", click -> save());
        save.setId("reset-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setWidthFull();
        save.addClassName("op-auth-submit");
        addToCard(error, password, again, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
    }

    private void save() {
        Forms.clear(List.of(password, again), error);
        if (!password.getValue().equals(again.getValue())) {
            Forms.invalid(again, "The two passwords differ.");
            return;
        }
        Optional<LoginSecurityService> security = UiRuntime.current().services().find(LoginSecurityService.class);
        if (security.isEmpty()) {
            Forms.formError(error, StartingView.MESSAGE);
            return;
        }
        try {
            security.get().resetPassword(token, password.getValue());
        } catch (DomainException e) {
            Forms.show(e, Map.of("password", password), error);
            if ("reset_link_invalid".equals(e.code())) {
                RouterLink newLink = new RouterLink("Send a new link", ForgotPasswordView.class);
                newLink.setId("reset-new-link");
                newLink.addClassName("op-auth-link");
                addToCard(newLink);
            }
            return;
        }
        Paragraph done = new Paragraph("Your password is changed. Sign in with it now.");
        done.setId("reset-done");
        RouterLink signIn = new RouterLink("Sign in", SignInView.class);
        signIn.setId("reset-signin");
        signIn.addClassName("op-auth-link");
        retitle("Password changed", null);
        replaceCard(done, signIn);
    }
}
