package org.openpractice.ui.internal.views;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openpractice.accounts.AccountService;
import org.openpractice.accounts.SignedIn;
import org.openpractice.platform.DomainException;
import org.openpractice.ui.internal.UiRuntime;
import org.openpractice.ui.internal.UiSession;
import org.openpractice.ui.api.Forms;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

/**
 * The sign-in page: e-mail and password, then the authenticator code when the login has two-factor authentication;
 * opens a session and goes to the dashboard.
 */
@Route("signin")
@PageTitle("Sign in · OpenPractice")
public class SignInView extends AuthCard {
    private static final long serialVersionUID = 1L;

    private final EmailField email = new EmailField("E-mail");
    private final PasswordField password = new PasswordField("Password");
    private final TextField code = new TextField("Code from your authenticator app");
    private final Paragraph codeHelp = new Paragraph("Lost your phone? Enter one of your recovery codes instead.");
    private final RouterLink forgot = new RouterLink("Forgot your password?", ForgotPasswordView.class);
    private final Paragraph error = formError();

    public SignInView() {
        super("Sign in", "Welcome back. Sign in to your practice.");
        email.setId("email");
        email.setAutocomplete(Autocomplete.USERNAME);
        email.setAutofocus(true);
        email.setWidthFull();
        password.setId("password");
        password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        password.setWidthFull();
        Button signIn = new Button("Sign in", click -> signIn());
        signIn.setId("signin");
        signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signIn.addClickShortcut(Key.ENTER);
        signIn.setWidthFull();
        signIn.addClassName("op-auth-submit");
        code.setId("signin-code");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setMaxLength(16);
        code.setWidthFull();
        code.setVisible(false);
        codeHelp.addClassNames("op-muted", "op-field-help");
        codeHelp.setVisible(false);
        forgot.setId("forgot-link");
        forgot.addClassName("op-auth-link");
        addToCard(error, email, password, code, codeHelp, signIn, forgot);
    }

    /** Asks for the second factor, keeping the e-mail and password typed (they are sent again with the code). */
    private void askForCode() {
        email.setVisible(false);
        password.setVisible(false);
        forgot.setVisible(false);
        code.setVisible(true);
        codeHelp.setVisible(true);
        retitle("Two-factor authentication", "Enter the 6-digit code your authenticator app shows for OpenPractice.");
        code.focus();
    }

    private void startOver() {
        email.setVisible(true);
        password.setVisible(true);
        forgot.setVisible(true);
        code.clear();
        code.setVisible(false);
        codeHelp.setVisible(false);
        retitle("Sign in", "Welcome back. Sign in to your practice.");
    }

    private void signIn() {
        Forms.clear(List.of(email, password, code), error);
        Optional<AccountService> accounts = UiRuntime.current().services().find(AccountService.class);
        if (accounts.isEmpty()) {
            Forms.formError(error, StartingView.MESSAGE);
            return;
        }
        try {
            SignedIn signedIn = accounts.get().signIn(email.getValue().trim(), password.getValue(),
                    code.isVisible() ? code.getValue() : null, null, UiSession.clientAddress());
            UiSession.start(signedIn);
            UI.getCurrent().navigate(HomeView.class);
        } catch (DomainException e) {
            if ("two_factor_required".equals(e.code())) {
                askForCode();
                return;
            }
            if ("bad_two_factor_code".equals(e.code())) {
                code.clear();
                Forms.invalid(code, "That code is not right or was already used. Wait for the next code.");
                return;
            }
            password.clear();
            if (code.isVisible()) {
                startOver();
            }
            switch (e.kind()) {
                case UNAUTHENTICATED -> Forms.formError(error, "The e-mail address or password is not correct.");
                case TOO_MANY_REQUESTS -> Forms.formError(error,
                        "Too many sign-in attempts. Wait a few minutes, then try again.");
                default -> Forms.show(e, Map.of("email", email, "password", password), error);
            }
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(SignInView.class).warn("Sign-in failed", e);
            Forms.formError(error, "Signing in is not possible right now. Try again in a moment.");
        }
    }
}
