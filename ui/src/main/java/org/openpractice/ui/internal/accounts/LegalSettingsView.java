package org.openpractice.ui.internal.accounts;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openpractice.accounts.GeneralSettings;
import org.openpractice.accounts.LegalStatus;
import org.openpractice.platform.security.CurrentMember;
import org.openpractice.platform.security.Role;
import org.openpractice.ui.api.MainLayout;
import org.openpractice.ui.api.Panels;
import org.openpractice.ui.internal.views.Regions;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/**
 * Settings → Legal: the Business Associate Agreement of US accounts, to read and sign once; after signing, the
 * signature as recorded, which never changes.
 */
@Route(value = LegalSettingsView.ROUTE, layout = MainLayout.class)
@PageTitle("Legal · OpenPractice")
public class LegalSettingsView extends SettingsPage {
    static final String ROUTE = "settings/legal";
    private static final long serialVersionUID = 1L;

    private final Div content = new Div();
    private CurrentMember member;
    private GeneralSettings general;

    public LegalSettingsView() {
        super("Legal", "Agreements between your practice and the provider of this OpenPractice installation.",
                Set.of(Role.DIRECTOR, Role.ADMINISTRATIVE));
    }

    @Override
    protected void render(CurrentMember current) {
        member = current;
        general = Backend.call(() -> Backend.settings().general());
        add(content);
        show(Backend.call(() -> Backend.settings().legal()));
    }

    private void show(LegalStatus legal) {
        content.removeAll();
        if (!legal.applicable()) {
            content.add(notApplicable());
        } else if (legal.signature() == null) {
            content.add(unsigned(legal));
        } else {
            content.add(signed(legal));
        }
    }

    private Component notApplicable() {
        Anchor general = new Anchor(GeneralSettingsView.ROUTE, "Open General settings");
        general.getElement().setAttribute("router-link", true);
        Div panel = Panels.empty(VaadinIcon.FILE_TEXT_O, "Nothing to sign",
                "The Business Associate Agreement (BAA) is required by HIPAA for practices in the United States. "
                        + "This account's country is " + Regions.countryName(this.general.country())
                        + ", so it does not apply. If your practice is in the United States, change its country "
                        + "under General first.", general);
        panel.setId("legal-not-applicable");
        return panel;
    }

    private Component unsigned(LegalStatus legal) {
        Pre text = new Pre(legal.agreementText());
        text.setId("legal-text");
        text.addClassName("op-agreement");
        TextField title = new TextField("Your title");
        title.setId("legal-title");
        title.setPlaceholder("e.g. Practice owner");
        title.setWidth("20em");
        Paragraph who = new Paragraph("You sign in your own name, " + member.displayName() + ", on behalf of "
                + member.accountName() + ". The signature records your name, title and e-mail, the agreement "
                + "version and the time; it cannot be changed afterwards.");
        who.addClassNames("op-muted", "op-field-help");
        Button sign = new Button("Sign agreement", VaadinIcon.PENCIL.create(), click -> confirm(legal, title));
        sign.setId("legal-sign");
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(sign);
        actions.addClassName("op-form-actions");
        Span version = Panels.badge("Version " + legal.agreementVersion(), "contrast");
        Div card = Panels.card("Business Associate Agreement", version, text, title, who, actions);
        card.setId("legal-unsigned");
        return card;
    }

    private void confirm(LegalStatus legal, TextField title) {
        Feedback.clear(List.of(title));
        String signerTitle = title.getValue().strip();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("legal-confirm-dialog");
        dialog.setHeader("Sign the Business Associate Agreement?");
        dialog.setText("You sign version " + legal.agreementVersion() + " for " + member.accountName() + " as "
                + member.displayName() + (signerTitle.isEmpty() ? "" : ", " + signerTitle)
                + ". A signature is permanent.");
        dialog.setCancelable(true);
        Button confirm = new Button("Sign agreement", click -> {
            dialog.close();
            sign(signerTitle, title);
        });
        confirm.setId("legal-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.setConfirmButton(confirm);
        dialog.open();
    }

    private void sign(String signerTitle, TextField title) {
        try {
            show(Backend.call(() -> Backend.settings().signAgreement(signerTitle.isEmpty() ? null : signerTitle)));
            Feedback.success("The Business Associate Agreement is signed.");
        } catch (RuntimeException e) {
            Feedback.failed(e, Map.of("signerTitle", title));
            try {
                show(Backend.call(() -> Backend.settings().legal()));
            } catch (RuntimeException ignored) {
                // the failure is already on screen; the page keeps what it showed
            }
        }
    }

    private Component signed(LegalStatus legal) {
        LegalStatus.Signature signature = legal.signature();
        AccountTime time = AccountTime.of(general.timeZone());
        Div terms = Panels.terms();
        Panels.term(terms, "Signed by", signature.signerName());
        Panels.term(terms, "Title", signature.signerTitle());
        Panels.term(terms, "E-mail", signature.signerEmail());
        Panels.term(terms, "Agreement version", signature.agreementVersion());
        Panels.term(terms, "Signed at", time.dateTime(signature.signedAt()));
        Span hash = new Span(signature.agreementSha256());
        hash.addClassName("op-hash");
        Panels.term(terms, "SHA-256 of the text", hash);
        Span status = Panels.badge("Signed", "success");
        Paragraph note = new Paragraph("This signature is permanent. The SHA-256 identifies the exact text that "
                + "was signed.");
        note.addClassNames("op-muted", "op-field-help");
        Div signatureCard = Panels.card("Business Associate Agreement", status, terms, note);
        signatureCard.setId("legal-signature");
        Pre text = new Pre(legal.agreementText());
        text.addClassName("op-agreement");
        Details agreement = new Details("Read the agreement text", text);
        agreement.setId("legal-agreement");
        return new Div(signatureCard, Panels.card(null, agreement));
    }
}
