package org.openpractice.ui.internal.views;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openpractice.accounts.LoginSecurityService;
import org.openpractice.platform.DomainException;
import org.openpractice.ui.api.Forms;
import org.openpractice.ui.internal.UiRuntime;
import org.openpractice.ui.internal.UiSession;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

/** Asks for a password reset link; says the same whether or not the e-mail belongs to a login. */
@Route("forgot-password")
@PageTitle("Forgot password · OpenPractice")
public class ForgotPasswordView extends AuthCard {
    private static final long serialVersionUID = 1L;

    private final EmailField email = new EmailField("E-mail");
    private final Paragraph error = formError();

    public ForgotPasswordView() {
        super("Forgot your password?", "Enter the e-mail you sign in with. We will send a link to choose a new"
                + " password; it works once, for one hour.");
        email.setId("forgot-email");
        email.setAutocomplete(Autocomplete.USERNAME);
        email.setAutofocus(true);
        email.setWidthFull();
        Button send = new Button("Send reset link", click -> send());
        send.setId("forgot-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.setWidthFull();
        send.addClassName("op-auth-submit");
        RouterLink back = new RouterLink("Back to sign in", SignInView.class);
        back.addClassName("op-auth-link");
        addToCard(error, email, send, back);
    }

    private void send() {
        Forms.clear(List.of(email), error);
        Optional<LoginSecurityService> security = UiRuntime.current().services().find(LoginSecurityService.class);
        if (security.isEmpty()) {
            Forms.formError(error, StartingView.MESSAGE);
            return;
        }
        try {
            security.get().requestPasswordReset(email.getValue(), UiSession.clientAddress());
        } catch (DomainException e) {
            Forms.show(e, Map.of("email", email), error);
            return;
        }
        Paragraph done = new Paragraph("If " + email.getValue().strip() + " belongs to an OpenPractice login, a"
                + " reset link is on its way. Check your inbox (and spam folder) in a minute.");
        done.setId("forgot-done");
        RouterLink back = new RouterLink("Back to sign in", SignInView.class);
        back.addClassName("op-auth-link");
        retitle("Check your e-mail", null);
        replaceCard(done, back);
    }
}
