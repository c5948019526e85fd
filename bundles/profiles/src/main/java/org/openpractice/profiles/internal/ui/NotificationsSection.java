package org.openpractice.profiles.internal.ui;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.openpractice.platform.DomainException;
import org.openpractice.profiles.NotificationCategory;
import org.openpractice.profiles.NotificationFrequency;
import org.openpractice.profiles.NotificationSettings;
import org.openpractice.profiles.NotificationSettingsService;
import org.openpractice.ui.api.Forms;
import org.openpractice.ui.api.Services;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

/** How often a member gets system notification e-mails, one choice per kind, saved on its own. */
final class NotificationsSection extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final String memberId;
    private final Map<NotificationCategory, Select<NotificationFrequency>> choices =
            new EnumMap<>(NotificationCategory.class);
    private final Paragraph error = Forms.errorParagraph("notify-error");

    NotificationsSection(String memberId) {
        this.memberId = memberId;
        setPadding(false);
        FormLayout form = new FormLayout();
        for (NotificationCategory category : NotificationCategory.values()) {
            Select<NotificationFrequency> choice = new Select<>();
            choice.setId("notify-" + category.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            choice.setLabel(label(category));
            choice.setItems(NotificationFrequency.values());
            choice.setItemLabelGenerator(NotificationsSection::label);
            choices.put(category, choice);
            form.add(choice);
        }
        Button save = new Button("Save notification settings", click -> save());
        save.setId("notify-save");
        add(new Paragraph("How often notification e-mails go to the contact e-mail above, for each kind."), error,
                form, save);
        load();
    }

    private void load() {
        try {
            NotificationSettings settings = Services.call(getClass(), NotificationSettingsService.class,
                    s -> s.get(memberId));
            choices.forEach((category, choice) -> choice.setValue(settings.frequencies().get(category)));
        } catch (DomainException e) {
            Forms.formError(error, e.getMessage());
        }
    }

    private void save() {
        Map<String, HasValidation> inputs = new LinkedHashMap<>();
        choices.forEach((category, choice) -> inputs.put("frequencies." + category.name(), choice));
        Forms.clear(inputs.values(), error);
        Map<NotificationCategory, NotificationFrequency> wanted = new EnumMap<>(NotificationCategory.class);
        choices.forEach((category, choice) -> wanted.put(category, choice.getValue()));
        try {
            Services.call(getClass(), NotificationSettingsService.class,
                    s -> s.update(memberId, new NotificationSettings(memberId, wanted)));
            Notification.show("Notification settings saved").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            load();
        } catch (DomainException e) {
            Forms.show(e, inputs, error);
        }
    }

    static String label(NotificationCategory category) {
        return switch (category) {
            case NEW_MESSAGES -> "New messages";
            case MESSAGING_ERRORS -> "Messaging errors";
            case APPOINTMENTS -> "Appointments";
            case DOCUMENT_SUBMISSIONS -> "Document submissions";
        };
    }

    static String label(NotificationFrequency frequency) {
        return switch (frequency) {
            case IMMEDIATELY -> "Immediately";
            case HOURLY_DIGEST -> "Hourly digest";
            case DAILY_DIGEST -> "Daily digest";
            case NEVER -> "Never";
        };
    }
}
