package org.openpractice.profiles.internal.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.openpractice.platform.DomainException;
import org.openpractice.platform.validation.OtherId;
import org.openpractice.platform.validation.TaxId;
import org.openpractice.profiles.Phone;
import org.openpractice.profiles.PhoneType;
import org.openpractice.profiles.Profile;
import org.openpractice.profiles.ProfileInput;
import org.openpractice.profiles.ProfileService;
import org.openpractice.profiles.Title;
import org.openpractice.ui.api.Forms;
import org.openpractice.ui.api.MainLayout;
import org.openpractice.ui.api.PhoneRows;
import org.openpractice.ui.api.Services;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/**
 * My Details: a member's provider profile, photo and notification settings in the active account. On its own route
 * the signed-in member's; with a {@code memberId} route parameter ({@link MemberDetailsView}) that member's, which
 * the service allows to the member themself and to directors.
 */
@Route(value = "my-details", layout = MainLayout.class)
@PageTitle("My Details · OpenPractice")
public class MyDetailsView extends VerticalLayout implements BeforeEnterObserver {
    private static final long serialVersionUID = 1L;
    private final Select<Title> title = new Select<>();
    private final TextField firstName = field("details-first-name", "First name");
    private final TextField lastName = field("details-last-name", "Last name");
    private final TextField credentials = field("details-credentials", "Credentials (e.g. RD, LDN)");
    private final EmailField contactEmail = new EmailField("Contact e-mail (on documents and bills)");
    private final PhoneRows<PhoneType> phones = new PhoneRows<>(PhoneType.values(), MyDetailsView::phoneLabel,
            PhoneType.CELL);
    private final TextField npi = field("details-npi", "Individual NPI");
    private final TextField npiLabel = field("details-npi-label", "NPI label (optional)");
    private final TextField taxId = field("details-tax-id", "Individual tax ID (optional)");
    private final RadioButtonGroup<TaxId.Type> taxIdType = new RadioButtonGroup<>();
    private final TextField otherId = field("details-other-id", "Other ID");
    private final ComboBox<String> qualifier = new ComboBox<>("Other ID qualifier");
    private final TextArea description = new TextArea("Provider description (shown to clients who book online)");
    private final Paragraph formError = Forms.errorParagraph("details-form-error");
    private final H2 heading = new H2("My Details");
    private final Div photo = new Div();
    private final Div notifications = new Div();
    private final Paragraph missing = new Paragraph();
    /** The member shown; null for the signed-in member. */
    private String memberId;
    private Profile current;

    public MyDetailsView() {
        setMaxWidth("960px");
        title.setId("details-title");
        title.setLabel("Title");
        title.setItems(Title.values());
        title.setItemLabelGenerator(t -> t == Title.NONE ? "(none)" : t.label());
        contactEmail.setId("details-contact-email");
        taxIdType.setId("details-tax-id-type");
        taxIdType.setLabel("Tax ID type");
        taxIdType.setItems(TaxId.Type.values());
        qualifier.setId("details-qualifier");
        qualifier.setItems(List.copyOf(new TreeSet<>(OtherId.QUALIFIERS)));
        qualifier.setClearButtonVisible(true);
        description.setId("details-description");
        description.setMaxLength(2000);
        description.setWidthFull();

        FormLayout general = new FormLayout(title, firstName, lastName, credentials, contactEmail);
        Button addPhone = new Button("Add phone number", VaadinIcon.PLUS.create(), e -> phones.addRow(null, ""));
        addPhone.setId("phone-add");
        addPhone.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button reveal = new Button("Reveal", VaadinIcon.EYE.create(), e -> reveal());
        reveal.setId("details-tax-id-reveal");
        reveal.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        FormLayout identifiers = new FormLayout(npi, npiLabel, taxId, taxIdType, otherId, qualifier);
        Button save = new Button("Save", e -> save());
        save.setId("details-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        missing.setId("member-details-not-found");
        add(heading, missing, photo, formError, general, new H3("Phone numbers"),
                new Paragraph("The first number is the one clients and the practice use."), phones, addPhone,
                new H3("Identifiers"), identifiers, reveal, new H3("About you"), description, save,
                new H3("Notifications"), notifications);
    }

    /** Shows the member the route names (none: the signed-in member), or why they cannot be shown. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        memberId = event.getRouteParameters().get("memberId").orElse(null);
        Profile profile;
        try {
            profile = fetch();
        } catch (DomainException e) {
            getChildren().forEach(child -> child.setVisible(child == heading || child == missing));
            heading.setText("User details");
            missing.setText(e.kind() == DomainException.Kind.NOT_FOUND ? "Member not found in this practice."
                    : Forms.sentence(e.getMessage()));
            return;
        }
        getChildren().forEach(child -> child.setVisible(child != missing && child != formError));
        String name = (text(profile.firstName()) + " " + text(profile.lastName())).strip();
        heading.setText(memberId == null ? "My Details" : "Details of " + name);
        photo.removeAll();
        photo.add(new PhotoSection(profile.memberId(), name));
        notifications.removeAll();
        notifications.add(new NotificationsSection(profile.memberId()));
        load();
    }

    private Profile fetch() {
        return Services.call(getClass(), ProfileService.class, s -> memberId == null ? s.mine() : s.get(memberId));
    }

    private static TextField field(String id, String label) {
        TextField f = new TextField(label);
        f.setId(id);
        return f;
    }

    private void load() {
        try {
            current = fetch();
            title.setValue(current.title() == null ? Title.NONE : current.title());
            firstName.setValue(text(current.firstName()));
            lastName.setValue(text(current.lastName()));
            credentials.setValue(text(current.credentials()));
            contactEmail.setValue(text(current.contactEmail()));
            phones.setEntries(current.phones().stream()
                    .map(p -> new PhoneRows.Entry<>(p.type(), p.display() == null ? p.number() : p.display()))
                    .toList());
            npi.setValue(text(current.npi()));
            npiLabel.setValue(text(current.npiLabel()));
            taxId.setValue(text(current.taxId()));
            taxIdType.setValue(current.taxIdType());
            otherId.setValue(text(current.otherId()));
            qualifier.setValue(current.otherIdQualifier());
            description.setValue(text(current.providerDescription()));
        } catch (DomainException e) {
            Notification.show(e.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void reveal() {
        try {
            String plain = Services.call(getClass(), ProfileService.class, s -> s.revealTaxId(current.memberId()));
            taxId.setValue(plain);
        } catch (DomainException e) {
            Notification.show(e.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private Map<String, HasValidation> inputs() {
        Map<String, HasValidation> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("firstName", firstName);
        m.put("lastName", lastName);
        m.put("credentials", credentials);
        m.put("contactEmail", contactEmail);
        m.put("npi", npi);
        m.put("npiLabel", npiLabel);
        m.put("taxId", taxId);
        m.put("taxIdType", taxIdType);
        m.put("otherId", otherId);
        m.put("otherIdQualifier", qualifier);
        m.put("providerDescription", description);
        phones.putInputs(m);
        return m;
    }

    private void save() {
        Forms.clear(inputs().values(), formError);
        ProfileInput input = new ProfileInput(title.getValue(), firstName.getValue(), lastName.getValue(),
                credentials.getValue(), contactEmail.getValue(), phones(), npi.getValue(), npiLabel.getValue(),
                taxId.getValue(), taxIdType.getValue(), otherId.getValue(), qualifier.getValue(),
                description.getValue(), current == null ? null : current.version());
        try {
            Services.call(getClass(), ProfileService.class, s -> s.update(current.memberId(), input));
            Notification.show(memberId == null ? "Your details are saved" : "The details are saved")
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            load();
        } catch (DomainException e) {
            Forms.show(e, inputs(), formError);
        }
    }

    private List<Phone> phones() {
        return phones.entries().stream().map(e -> new Phone(e.type(), e.number(), null)).toList();
    }

    private static String phoneLabel(PhoneType type) {
        return switch (type) {
            case CELL -> "Cell";
            case HOME -> "Home";
            case WORK -> "Work";
            case AFTER_HOURS -> "After hours";
            case FAX -> "Fax";
            case OTHER -> "Other";
        };
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
