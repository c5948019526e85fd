package org.openpractice.ui.internal.accounts;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openpractice.accounts.LoginSecurityService;
import org.openpractice.accounts.RecoveryCodes;
import org.openpractice.accounts.TwoFactorEnrolment;
import org.openpractice.accounts.TwoFactorStatus;
import org.openpractice.platform.DomainException;
import org.openpractice.platform.security.CurrentMember;
import org.openpractice.ui.api.Forms;
import org.openpractice.ui.api.MainLayout;
import org.openpractice.ui.api.Panels;
import org.openpractice.ui.internal.UiRuntime;
import org.openpractice.ui.internal.UiSession;
import org.openpractice.ui.internal.views.HomeView;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;

/**
 * The signed-in member's own sign-in security: changing the password, and turning two-factor authentication on (QR
 * code, first code, recovery codes shown once) or off. When the account requires two-factor authentication and the
 * member has not set it up, this is the only page they can open until they do.
 */
@Route(value = SignInSecurityView.ROUTE, layout = MainLayout.class)
@PageTitle("Sign-in & security · OpenPractice")
public class SignInSecurityView extends SettingsPage {
    public static final String ROUTE = "my-security";
    private static final long serialVersionUID = 1L;

    private final Div passwordCard = new Div();
    private final Div twoFactorCard = new Div();

    public SignInSecurityView() {
        super("Sign-in & security", "Your password and two-factor authentication, for every account you belong to.",
                Set.of());
    }

    @Override
    protected void render(CurrentMember member) {
        passwordCard.removeAll();
        twoFactorCard.removeAll();
        if (member.mustEnrolTwoFactor()) {
            Paragraph required = new Paragraph(member.accountName() + " requires two-factor authentication. Set it"
                    + " up now to continue; it takes a minute with an authenticator app on your phone.");
            required.setId("two-factor-required");
            required.addClassName("op-form-error");
            add(required);
        } else {
            passwordCard.add(passwordForm());
            add(passwordCard);
        }
        add(twoFactorCard);
        showTwoFactor();
    }

    private static LoginSecurityService security() {
        return UiRuntime.current().services().find(LoginSecurityService.class).orElseThrow(
                () -> new DomainException(DomainException.Kind.UNAVAILABLE, "unavailable", Backend.UNAVAILABLE));
    }

    private Div passwordForm() {
        PasswordField current = new PasswordField("Current password");
        current.setId("password-current");
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        PasswordField fresh = new PasswordField("New password");
        fresh.setId("password-new");
        fresh.setAutocomplete(Autocomplete.NEW_PASSWORD);
        fresh.setHelperText("At least 12 characters; a passphrase of several words is easy to remember."
                + " Common passwords are refused.");
        PasswordField again = new PasswordField("New password again");
        again.setId("password-again");
        again.setAutocomplete(Autocomplete.NEW_PASSWORD);
        Paragraph error = Forms.errorParagraph("password-form-error");
        Button change = new Button("Change password", click -> {
            Forms.clear(List.of(current, fresh, again), error);
            if (!fresh.getValue().equals(again.getValue())) {
                Forms.invalid(again, "The two new passwords differ.");
                return;
            }
            try {
                Backend.run(() -> security().changePassword(current.getValue(), fresh.getValue()));
                current.clear();
                fresh.clear();
                again.clear();
                Feedback.success("Your password is changed. You were signed out on every other device.");
            } catch (DomainException e) {
                Forms.show(e, Map.of("currentPassword", current, "newPassword", fresh), error);
            }
        });
        change.setId("password-change");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return Panels.card("Password", error, current, fresh, again, actions(change));
    }

    private void showTwoFactor() {
        twoFactorCard.removeAll();
        TwoFactorStatus status = Backend.call(() -> security().twoFactorStatus());
        Span state = Panels.badge(status.enabled() ? "On" : "Off", status.enabled() ? "success" : "contrast");
        state.setId("two-factor-status");
        Paragraph about = new Paragraph("Two-factor authentication asks for a 6-digit code from an authenticator app"
                + " (such as Google Authenticator, Microsoft Authenticator or 1Password) each time you sign in, so a"
                + " stolen password alone does not open your practice's records.");
        about.addClassNames("op-muted", "op-field-help");
        if (!status.enabled()) {
            Button start = new Button("Set up two-factor authentication", click -> enrol());
            start.setId("two-factor-start");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            twoFactorCard.add(Panels.card("Two-factor authentication", state, about, actions(start)));
            return;
        }
        Paragraph left = new Paragraph(status.recoveryCodesLeft() + " unused recovery codes left.");
        left.setId("recovery-codes-left");
        TextField code = codeField("two-factor-code", "Code from your app, or a recovery code");
        Paragraph error = Forms.errorParagraph("two-factor-form-error");
        Button renew = new Button("New recovery codes", click -> {
            Forms.clear(List.of(code), error);
            try {
                RecoveryCodes codes = Backend.call(() -> security().newRecoveryCodes(code.getValue()));
                showRecoveryCodes(codes, "Your new recovery codes replace the old ones.");
            } catch (DomainException e) {
                Forms.show(e, Map.of("code", code), error);
            }
        });
        renew.setId("recovery-codes-new");
        Button off = new Button("Turn off", click -> {
            Forms.clear(List.of(code), error);
            try {
                Backend.run(() -> security().disableTwoFactor(code.getValue()));
                Feedback.success("Two-factor authentication is off.");
                showTwoFactor();
            } catch (DomainException e) {
                Forms.show(e, Map.of("code", code), error);
            }
        });
        off.setId("two-factor-disable");
        off.addThemeVariants(ButtonVariant.LUMO_ERROR);
        off.setEnabled(!status.requiredByAccount());
        Paragraph keep = new Paragraph(status.requiredByAccount()
                ? "Your practice requires two-factor authentication, so it cannot be turned off."
                : "Turning it off or getting new recovery codes needs a current code.");
        keep.addClassNames("op-muted", "op-field-help");
        twoFactorCard.add(Panels.card("Two-factor authentication", state, about, left, error, code, keep,
                actions(renew, off)));
    }

    private void enrol() {
        TwoFactorEnrolment enrolment;
        try {
            enrolment = Backend.call(() -> security().startTwoFactor());
        } catch (DomainException e) {
            Feedback.failed(e);
            return;
        }
        twoFactorCard.removeAll();
        OrderedList steps = new OrderedList(
                new ListItem("Open your authenticator app and add an account."),
                new ListItem("Scan this QR code, or type the key below."),
                new ListItem("Enter the 6-digit code the app shows."));
        byte[] png = enrolment.qrCodePng();
        Image qr = new Image(new StreamResource("two-factor.png", () -> new ByteArrayInputStream(png)),
                "QR code for your authenticator app");
        qr.setId("two-factor-qr");
        qr.addClassName("op-qr");
        Span secret = new Span(enrolment.secret().replaceAll("(.{4})(?!$)", "$1 "));
        secret.setId("two-factor-secret");
        secret.addClassName("op-secret");
        Paragraph key = new Paragraph(new Span("Key: "), secret);
        TextField code = codeField("two-factor-confirm-code", "6-digit code");
        code.getElement().setAttribute("inputmode", "numeric");
        Paragraph error = Forms.errorParagraph("two-factor-form-error");
        Button confirm = new Button("Turn on", click -> {
            Forms.clear(List.of(code), error);
            try {
                RecoveryCodes codes = Backend.call(() -> security().confirmTwoFactor(code.getValue()));
                UiSession.refresh();
                showRecoveryCodes(codes, "Two-factor authentication is on.");
            } catch (DomainException e) {
                Forms.show(e, Map.of("code", code), error);
            }
        });
        confirm.setId("two-factor-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        twoFactorCard.add(Panels.card("Set up two-factor authentication", steps, qr, key, error, code,
                actions(confirm)));
        code.focus();
    }

    private void showRecoveryCodes(RecoveryCodes codes, String heading) {
        twoFactorCard.removeAll();
        Paragraph intro = new Paragraph(heading + " Save these recovery codes somewhere safe, such as a password"
                + " manager. Each one signs you in once if you lose your phone. They are shown only now.");
        OrderedList list = new OrderedList();
        list.setId("recovery-codes");
        list.addClassName("op-recovery-codes");
        codes.codes().forEach(c -> list.add(new ListItem(c)));
        Button done = new Button("I have saved my recovery codes", click -> {
            if (UiSession.member().map(CurrentMember::mustEnrolTwoFactor).orElse(false)) {
                UiSession.refresh();
            }
            UI.getCurrent().navigate(HomeView.class);
        });
        done.setId("recovery-codes-saved");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        twoFactorCard.add(Panels.card("Recovery codes", intro, list, actions(done)));
    }

    private static TextField codeField(String id, String label) {
        TextField code = new TextField(label);
        code.setId(id);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setMaxLength(16);
        return code;
    }

    private static Div actions(Button... buttons) {
        Div actions = new Div(buttons);
        actions.addClassName("op-form-actions");
        return actions;
    }
}
