package org.openpractice.contacts.internal.ui;

import java.util.ArrayList;
import java.util.Map;
import java.util.Set;

import org.openpractice.contacts.ContactService;
import org.openpractice.contacts.ContactSettings;
import org.openpractice.contacts.MessagingMethod;
import org.openpractice.platform.DomainException;
import org.openpractice.ui.api.Forms;
import org.openpractice.ui.api.MainLayout;
import org.openpractice.ui.api.Services;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** Account settings → Contacts: the messaging methods a new contact starts with. */
@Route(value = "settings/contacts", layout = MainLayout.class)
@PageTitle("Contact settings · OpenPractice")
public class ContactSettingsView extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    private final CheckboxGroup<MessagingMethod> methods = new CheckboxGroup<>();
    private final Paragraph formError = Forms.errorParagraph("contact-settings-error");

    public ContactSettingsView() {
        setMaxWidth("760px");
        methods.setId("contact-settings-methods");
        methods.setLabel("Messaging methods of a new contact");
        methods.setItems(MessagingMethod.values());
        methods.setItemLabelGenerator(ContactText::method);
        methods.setHelperText("Each contact can still be changed on its own form. SMS needs a cell number first.");
        Button save = new Button("Save", e -> save());
        save.setId("contact-settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2("Contacts"), new Paragraph("How the practice reaches new referring physicians, parents and"
                + " facilities unless you choose otherwise for one of them."), formError, methods, save);
        try {
            show(Services.call(getClass(), ContactService.class, ContactService::settings));
        } catch (DomainException e) {
            Forms.formError(formError, e.getMessage());
            save.setEnabled(false);
        }
    }

    private void show(ContactSettings settings) {
        methods.setValue(Set.copyOf(settings.defaultMessagingMethods()));
    }

    private void save() {
        Forms.clear(java.util.List.of(methods), formError);
        ArrayList<MessagingMethod> chosen = new ArrayList<>();
        for (MessagingMethod method : MessagingMethod.values()) {
            if (methods.getValue().contains(method)) {
                chosen.add(method);
            }
        }
        try {
            show(Services.call(getClass(), ContactService.class, s -> s.updateSettings(new ContactSettings(chosen))));
            Notification.show("Contact settings saved").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (DomainException e) {
            Forms.show(e, Map.of("defaultMessagingMethods", methods), formError);
        }
    }
}
