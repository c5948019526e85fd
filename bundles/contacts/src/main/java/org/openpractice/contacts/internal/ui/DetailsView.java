package org.openpractice.contacts.internal.ui;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.openpractice.contacts.Contact;
import org.openpractice.contacts.ContactAddress;
import org.openpractice.contacts.ContactService;
import org.openpractice.platform.DomainException;
import org.openpractice.ui.api.Panels;
import org.openpractice.ui.api.Services;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** The details of a contact, read only, with the way to change them. */
@Route(value = "contacts/:id(" + ContactFileView.ID + ")/details", layout = ContactFileLayout.class)
@PageTitle("Contact details · OpenPractice")
public class DetailsView extends Div implements BeforeEnterObserver {
    static final String TAB = "details";
    private static final long serialVersionUID = 1L;

    public DetailsView() {
        setId("contact-details");
        setMaxWidth("60rem");
    }

    static String route(String contactId) {
        return ContactFileView.route(contactId) + "/" + TAB;
    }

    static String editRoute(String contactId) {
        return ContactFileView.route(contactId) + "/edit";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String id = event.getRouteParameters().get("id").orElseThrow();
        if (!ContactAccess.enter(event, ContactTabs.roles(id, TAB))) {
            return;
        }
        Contact c;
        try {
            c = Services.call(getClass(), ContactService.class, s -> s.get(id));
        } catch (DomainException e) {
            return; // the file's frame says what is wrong
        }
        Div contact = Panels.terms();
        Panels.term(contact, "Name", c.name(), "contact-detail-name");
        Panels.term(contact, "Qualifications", c.qualifications(), "contact-detail-qualifications");
        Panels.term(contact, "Organisation", c.organisation(), "contact-detail-organisation");
        Panels.term(contact, "Type", ContactText.type(c.type()), "contact-detail-type");
        Panels.term(contact, "NPI", c.npi(), "contact-detail-npi");
        Panels.term(contact, "Other ID", c.otherId() == null ? null
                : c.otherId() + (c.otherIdQualifier() == null ? "" : " (" + c.otherIdQualifier() + ")"),
                "contact-detail-other-id");

        Div messaging = Panels.terms();
        Panels.term(messaging, "Messaging methods", c.messagingMethods().stream().map(ContactText::method)
                .collect(Collectors.joining(", ")), "contact-detail-methods");
        Panels.term(messaging, "E-mail", String.join("\n", c.emails()), "contact-detail-emails");
        Panels.term(messaging, "Phone", c.phones().stream().map(p -> ContactText.phone(p.number(), p.type()))
                .collect(Collectors.joining("\n")), "contact-detail-phones");
        Panels.term(messaging, "Address", address(c.address()), "contact-detail-address");
        messaging.getChildren().forEach(child -> child.getElement().getStyle().set("white-space", "pre-line"));

        Div notes = new Div();
        notes.setId("contact-detail-notes");
        notes.setText(c.notes() == null ? "No notes." : c.notes());
        notes.getStyle().set("white-space", "pre-wrap");

        Button edit = new Button("Edit", VaadinIcon.EDIT.create(), e -> UI.getCurrent().navigate(editRoute(id)));
        edit.setId("contact-edit");
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(Panels.card("Contact", contact), Panels.card("Messaging and address", messaging),
                Panels.card("Notes", notes), edit);
    }

    private static String address(ContactAddress a) {
        if (a == null) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (String line : new String[] {a.street(), a.street2()}) {
            if (line != null) {
                text.append(line).append('\n');
            }
        }
        String place = String.join(" ", Stream.of(a.city() == null ? null : a.city() + ",",
                a.state(), a.postalCode()).filter(Objects::nonNull).toList());
        text.append(place.endsWith(",") ? place.substring(0, place.length() - 1) : place);
        if (a.country() != null && !"US".equals(a.country())) {
            text.append('\n').append(a.country());
        }
        return text.toString().strip();
    }
}
