package org.openpractice.ui.internal.accounts;

import java.util.List;
import java.util.Map;

import org.openpractice.accounts.Acceptance;
import org.openpractice.accounts.InvitationPreview;
import org.openpractice.accounts.SignedIn;
import org.openpractice.platform.DomainException;
import org.openpractice.ui.api.Panels;
import org.openpractice.ui.internal.UiSession;
import org.openpractice.ui.internal.views.AuthCard;
import org.openpractice.ui.internal.views.HomeView;
import org.openpractice.ui.api.Forms;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/**
 * The page an invitation's e-mailed link opens, signed in or not: the practice and role, then a password (a new one
 * for a new login, the existing one otherwise); accepting signs the member in to that practice.
 */
@Route("invitation/:token")
@PageTitle("Invitation · OpenPractice")
public class InvitationView extends AuthCard implements BeforeEnterObserver {
    private static final long serialVersionUID = 1L;

    private final Div body = new Div();
    private final Paragraph error = formError();
    private final PasswordField password = new PasswordField();
    private final PasswordField passwordConfirm = new PasswordField("Confirm password");
    private final TextField code = new TextField("Code from your authenticator app");
    private String token = "";
    private InvitationPreview preview;

    public InvitationView() {
        super("Your invitation", "");
        body.addClassName("op-auth-body");
        addToCard(body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        try {
            preview = Backend.call(() -> Backend.members().preview(token));
            showInvitation();
        } catch (DomainException e) {
            unavailable(e);
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(InvitationView.class).warn("An invitation could not be read", e);
            unavailable(new DomainException(DomainException.Kind.UNAVAILABLE, "unavailable", Backend.UNAVAILABLE));
        }
    }

    private void showInvitation() {
        retitle("Join " + preview.accountName(), "Hello " + preview.displayName() + ", you are invited to join "
                + preview.accountName() + " on OpenPractice as " + Roles.asMember(preview.role()) + ".");
        body.removeAll();
        Div terms = Panels.terms();
        terms.setId("invitation-details");
        Panels.term(terms, "Practice", preview.accountName());
        Panels.term(terms, "Role", Roles.name(preview.role()));
        Panels.term(terms, "Your sign-in", preview.email());
        password.setId("invitation-password");
        password.setWidthFull();
        password.setAutofocus(true);
        if (preview.newLogin()) {
            password.setLabel("Choose a password");
            password.setHelperText("At least 12 characters. A few unrelated words work well.");
            password.setAutocomplete(Autocomplete.NEW_PASSWORD);
            passwordConfirm.setId("invitation-password-confirm");
            passwordConfirm.setWidthFull();
            passwordConfirm.setAutocomplete(Autocomplete.NEW_PASSWORD);
        } else {
            password.setLabel("Your existing password");
            password.setHelperText("You already sign in to OpenPractice as " + preview.email()
                    + ". Confirm with that password; " + preview.accountName() + " is added to your accounts.");
            password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        }
        Button accept = new Button("Accept invitation", click -> accept());
        accept.setId("invitation-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClickShortcut(Key.ENTER);
        accept.setWidthFull();
        accept.addClassName("op-auth-submit");
        body.add(terms, error, password);
        if (preview.newLogin()) {
            body.add(passwordConfirm);
        }
        if (preview.twoFactor()) {
            code.setId("invitation-code");
            code.setWidthFull();
            code.setMaxLength(16);
            code.getElement().setAttribute("autocomplete", "one-time-code");
            code.setHelperText("Your login has two-factor authentication: the 6-digit code, or a recovery code");
            body.add(code);
        }
        body.add(accept);
    }

    private void accept() {
        Forms.clear(List.of(password, passwordConfirm, code), error);
        if (preview.newLogin() && !password.getValue().equals(passwordConfirm.getValue())) {
            Forms.invalid(passwordConfirm, "Does not match the password");
            return;
        }
        try {
            SignedIn signedIn = Backend.call(() -> Backend.members().accept(token,
                    new Acceptance(password.getValue(), preview.twoFactor() ? code.getValue() : null),
                    UiSession.clientAddress()));
            UiSession.start(signedIn);
            UI.getCurrent().navigate(HomeView.class);
        } catch (DomainException e) {
            password.clear();
            passwordConfirm.clear();
            code.clear();
            if (e.kind() == DomainException.Kind.NOT_FOUND || e.kind() == DomainException.Kind.CONFLICT) {
                unavailable(e);
            } else {
                Forms.show(e, Map.of("password", password, "code", code), error);
            }
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(InvitationView.class).warn("Accepting an invitation failed", e);
            Forms.formError(error, "The invitation could not be accepted right now. Try again in a moment.");
        }
    }

    private void unavailable(DomainException e) {
        String message = switch (e.code()) {
            case "invitation_expired" -> "This invitation has expired. Ask the practice to send you a new one.";
            case "invitation_accepted" -> "This invitation has already been accepted. Sign in with your e-mail "
                    + "address and password.";
            case "invitation_revoked" -> "The practice has withdrawn this invitation. Ask them if you still "
                    + "need access.";
            case "not_found" -> "This invitation link is not valid. Check that you opened the whole link from "
                    + "the e-mail, or ask the practice for a new invitation.";
            default -> Forms.sentence(e.getMessage());
        };
        retitle("Invitation not available", message);
        body.removeAll();
        Anchor signIn = new Anchor("signin", "Go to sign-in");
        signIn.setId("invitation-signin");
        signIn.addClassName("op-auth-link");
        body.add(signIn);
        setId("invitation-unavailable");
    }
}
