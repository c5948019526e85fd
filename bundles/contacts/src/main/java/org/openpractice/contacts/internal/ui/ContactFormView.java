package org.openpractice.contacts.internal.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.openpractice.contacts.Contact;
import org.openpractice.contacts.ContactAddress;
import org.openpractice.contacts.ContactInput;
import org.openpractice.contacts.ContactService;
import org.openpractice.contacts.ContactType;
import org.openpractice.contacts.MessagingMethod;
import org.openpractice.contacts.Phone;
import org.openpractice.contacts.PhoneType;
import org.openpractice.platform.DomainException;
import org.openpractice.platform.validation.OtherId;
import org.openpractice.ui.api.AddressFields;
import org.openpractice.ui.api.Forms;
import org.openpractice.ui.api.MainLayout;
import org.openpractice.ui.api.Panels;
import org.openpractice.ui.api.PhoneRows;
import org.openpractice.ui.api.Services;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

/**
 * A new contact ("contacts/new"), or changes to one ("contacts/&lt;id&gt;/edit"). Every rule is the contacts
 * service's; its per-field messages show under the fields. A new contact starts with the account's default messaging
 * methods.
 */
@Route(value = ContactFormView.NEW_ROUTE, layout = MainLayout.class)
@RouteAlias(value = "contacts/:id(" + ContactFileView.ID + ")/edit", layout = MainLayout.class)
@PageTitle("Contact · OpenPractice")
public class ContactFormView extends Div implements BeforeEnterObserver {
    static final String NEW_ROUTE = "contacts/new";
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> QUALIFIERS = Map.of("0B", "State licence number", "1G",
            "Provider UPIN", "G2", "Provider commercial number", "LU", "Location number", "ZZ", "Provider taxonomy");

    private final H1 title = new H1();
    private final TextField name = field("contact-name", "Name");
    private final TextField qualifications = field("contact-qualifications", "Qualifications (e.g. MD, CCC-SLP)");
    private final TextField organisation = field("contact-organisation", "Organisation");
    private final Select<ContactType> type = new Select<>();
    private final TextField npi = field("contact-npi", "NPI");
    private final TextField otherId = field("contact-other-id", "Other ID");
    private final ComboBox<String> qualifier = new ComboBox<>("Other ID qualifier");
    private final CheckboxGroup<MessagingMethod> methods = new CheckboxGroup<>();
    private final EmailRows emails = new EmailRows();
    private final PhoneRows<PhoneType> phones = new PhoneRows<>(PhoneType.values(), ContactText::phoneType,
            PhoneType.CELL);
    private final AddressFields addressFields = new AddressFields("contact", true);
    private final TextArea notes = new TextArea("Notes");
    private final Paragraph formError = Forms.errorParagraph("contact-form-error");
    private final Button archive = new Button();
    private Contact existing;

    public ContactFormView() {
        addClassNames("op-page", "op-settings-page");
        title.setId("page-title");
        Div header = new Div(title);
        header.addClassName("op-page-header");
        formError.addClassName("op-form-error");

        type.setId("contact-type");
        type.setLabel("Type");
        type.setItems(ContactType.values());
        type.setItemLabelGenerator(ContactText::type);
        type.setPlaceholder("Choose a type");
        qualifier.setId("contact-qualifier");
        qualifier.setItems(List.copyOf(new TreeSet<>(OtherId.QUALIFIERS)));
        qualifier.setItemLabelGenerator(q -> q + " \u00b7 " + QUALIFIERS.getOrDefault(q, ""));
        qualifier.setClearButtonVisible(true);
        methods.setId("contact-methods");
        methods.setLabel("Messaging methods");
        methods.setItems(MessagingMethod.values());
        methods.setItemLabelGenerator(ContactText::method);
        notes.setId("contact-notes");
        notes.setMaxLength(10000);
        notes.setWidthFull();
        notes.setMinHeight("6rem");

        FormLayout who = new FormLayout(name, qualifications, organisation, type);
        FormLayout ids = new FormLayout(npi, otherId, qualifier);
        ids.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 3));
        Button addEmail = new Button("Add e-mail address", VaadinIcon.PLUS.create(), e -> emails.addRow(""));
        addEmail.setId("email-add");
        addEmail.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button addPhone = new Button("Add phone number", VaadinIcon.PLUS.create(), e -> phones.addRow(null, ""));
        addPhone.setId("phone-add");
        addPhone.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        FormLayout address = new FormLayout();
        addressFields.addTo(address);

        Button save = new Button("Save", e -> save());
        save.setId("contact-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> leave());
        cancel.setId("contact-cancel");
        archive.setId("contact-archive");
        archive.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        archive.addClickListener(e -> archiveOrRestore());
        Div actions = new Div(save, cancel, archive);
        actions.addClassName("op-form-actions");

        add(header, formError,
                Panels.card("Contact", who),
                Panels.card("Identifiers for claims", help("The NPI and Other ID of a referring provider go on"
                        + " CMS-1500 claims (boxes 17a and 17b)."), ids),
                Panels.card("Messaging", help("Messages use the first e-mail address and the first phone number;"
                        + " SMS needs a cell number in first place. Numbers need their area code."), methods,
                        emails, addEmail, phones, addPhone),
                Panels.card("Address", address),
                Panels.card("Notes", notes),
                actions);
    }

    private static TextField field(String id, String label) {
        TextField f = new TextField(label);
        f.setId(id);
        return f;
    }

    private static Paragraph help(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassNames("op-muted", "op-field-help");
        return p;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!ContactAccess.enter(event)) {
            return;
        }
        Forms.clear(inputs().values(), formError);
        String id = event.getRouteParameters().get("id").orElse(null);
        try {
            if (id == null) {
                existing = null;
                fillNew(Services.call(getClass(), ContactService.class, ContactService::defaultMessagingMethods));
            } else {
                existing = Services.call(getClass(), ContactService.class, s -> s.get(id));
                fill(existing);
            }
        } catch (DomainException e) {
            Forms.formError(formError, e.getMessage());
        }
    }

    private void fillNew(List<MessagingMethod> defaults) {
        title.setText("New contact");
        archive.setVisible(false);
        for (TextField f : List.of(name, qualifications, organisation, npi, otherId)) {
            f.clear();
        }
        addressFields.setValue(null);
        type.clear();
        qualifier.clear();
        notes.clear();
        methods.setValue(Set.copyOf(defaults));
        emails.setAddresses(List.of(""));
        phones.setEntries(List.of(new PhoneRows.Entry<>(PhoneType.CELL, "")));
    }

    private void fill(Contact c) {
        title.setText(c.name());
        archive.setVisible(true);
        archive.setText(c.archived() ? "Restore" : "Archive");
        name.setValue(c.name());
        qualifications.setValue(ContactText.orEmpty(c.qualifications()));
        organisation.setValue(ContactText.orEmpty(c.organisation()));
        type.setValue(c.type());
        npi.setValue(ContactText.orEmpty(c.npi()));
        otherId.setValue(ContactText.orEmpty(c.otherId()));
        qualifier.setValue(c.otherIdQualifier());
        methods.setValue(Set.copyOf(c.messagingMethods()));
        emails.setAddresses(c.emails());
        phones.setEntries(c.phones().stream().map(p -> new PhoneRows.Entry<>(p.type(), p.number())).toList());
        ContactAddress a = c.address();
        addressFields.setValue(a == null ? null : new AddressFields.Value(a.street(), a.street2(), a.city(),
                a.state(), a.postalCode(), a.country()));
        notes.setValue(ContactText.orEmpty(c.notes()));
    }

    private Map<String, HasValidation> inputs() {
        Map<String, HasValidation> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("qualifications", qualifications);
        m.put("organisation", organisation);
        m.put("type", type);
        m.put("npi", npi);
        m.put("otherId", otherId);
        m.put("otherIdQualifier", qualifier);
        m.put("messagingMethods", methods);
        // The service says "phones" when SMS is ticked without a number to send it to.
        m.put("phones", methods);
        emails.putInputs(m);
        phones.putInputs(m);
        addressFields.putInputs(m);
        m.put("notes", notes);
        return m;
    }

    private ContactInput input() {
        // Empty rows are what the form offers to fill in, not entries.
        List<String> emailList = emails.addresses().stream().filter(a -> !a.isBlank()).toList();
        List<Phone> phoneList = phones.entries().stream().filter(p -> !p.number().isBlank())
                .map(p -> new Phone(p.type(), p.number(), null)).toList();
        AddressFields.Value a = addressFields.getValue();
        ContactAddress address = addressFields.isEmpty() ? null : new ContactAddress(a.street(), a.street2(),
                a.city(), a.state(), a.postalCode(), a.country());
        List<MessagingMethod> chosen = List.of(MessagingMethod.values()).stream().filter(methods.getValue()::contains)
                .toList();
        return new ContactInput(name.getValue(), qualifications.getValue(), organisation.getValue(), type.getValue(),
                npi.getValue(), otherId.getValue(), qualifier.getValue(), chosen, emailList, phoneList, address,
                notes.getValue(), existing == null ? null : existing.version());
    }

    private void save() {
        dropBlankRows();
        Forms.clear(inputs().values(), formError);
        ContactInput input = input();
        try {
            Contact saved = Services.call(getClass(), ContactService.class,
                    s -> existing == null ? s.create(input) : s.update(existing.id(), input));
            Notification.show(saved.name() + " saved").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate(existing == null ? CoverView.route(saved.id()) : DetailsView.route(saved.id()));
        } catch (DomainException e) {
            Forms.show(e, inputs(), formError);
            if (e.fields().containsKey("type") && type.getValue() == null) {
                Forms.invalid(type, "Choose what kind of contact this is");
            }
            if (!e.fields().isEmpty() && !formError.isVisible()) {
                Forms.formError(formError, "Please correct the fields marked below.");
            }
            // Save sits at the foot of a long form: bring the first problem into view.
            inputs().values().stream().filter(HasValidation::isInvalid).findFirst()
                    .map(invalid -> (Component) invalid).orElse(formError).scrollIntoView();
        }
    }

    /** Blank rows are left out of what is saved, so they go before the service numbers the rows for its errors. */
    private void dropBlankRows() {
        List<String> addresses = emails.addresses();
        if (addresses.stream().anyMatch(String::isBlank)) {
            emails.setAddresses(addresses.stream().filter(a -> !a.isBlank()).toList());
        }
        List<PhoneRows.Entry<PhoneType>> entries = phones.entries();
        if (entries.stream().anyMatch(p -> p.number().isBlank())) {
            phones.setEntries(entries.stream().filter(p -> !p.number().isBlank()).toList());
        }
    }

    private void archiveOrRestore() {
        if (existing == null) {
            return;
        }
        if (existing.archived()) {
            run(() -> Services.call(getClass(), ContactService.class, s -> s.restore(existing.id())),
                    existing.name() + " is restored", DetailsView.route(existing.id()));
            return;
        }
        Panels.confirm("Archive " + existing.name() + "?", "Archived contacts leave the contact list but keep their"
                + " files, tasks and history; you can restore them at any time.", "Archive", "contact-archive-confirm",
                () -> run(() -> Services.call(getClass(), ContactService.class, s -> s.archive(existing.id())),
                        existing.name() + " is archived", "contacts"));
    }

    private void run(Runnable action, String done, String then) {
        try {
            action.run();
            Notification.show(done).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate(then);
        } catch (DomainException e) {
            Forms.formError(formError, e.getMessage());
        }
    }

    private void leave() {
        UI.getCurrent().navigate(existing == null ? "contacts" : DetailsView.route(existing.id()));
    }
}
