package org.openpractice.ui.internal.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openpractice.accounts.GeneralSettings;
import org.openpractice.platform.security.CurrentMember;
import org.openpractice.platform.security.Role;
import org.openpractice.ui.api.MainLayout;
import org.openpractice.ui.api.Panels;
import org.openpractice.ui.internal.UiSession;
import org.openpractice.ui.internal.views.Regions;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** Settings → General: the practice's name, country, time zone, currency and profession. */
@Route(value = GeneralSettingsView.ROUTE, layout = MainLayout.class)
@PageTitle("General settings · OpenPractice")
public class GeneralSettingsView extends SettingsPage {
    static final String ROUTE = "settings/general";
    private static final long serialVersionUID = 1L;
    private static final List<String> PROFESSIONS = List.of("Counselor", "Dietitian", "Nutritionist",
            "Occupational therapist", "Physical therapist", "Psychologist", "Social worker",
            "Speech-language pathologist");

    private final TextField practiceName = new TextField("Practice name");
    private final ComboBox<String> country = new ComboBox<>("Country");
    private final ComboBox<String> timeZone = new ComboBox<>("Time zone");
    private final ComboBox<String> currency = new ComboBox<>("Currency");
    private final ComboBox<String> profession = new ComboBox<>("Profession");
    private final List<String> professions = new ArrayList<>(PROFESSIONS);

    public GeneralSettingsView() {
        super("General", "How your practice appears on documents, bills and messages, and the time zone and "
                + "currency it works in.", Set.of(Role.DIRECTOR, Role.ADMINISTRATIVE));
    }

    @Override
    protected void render(CurrentMember member) {
        practiceName.setId("general-practiceName");
        practiceName.setRequiredIndicatorVisible(true);
        country.setId("general-country");
        country.setItems(Regions.countries());
        country.setItemLabelGenerator(Regions::countryName);
        country.setRequiredIndicatorVisible(true);
        timeZone.setId("general-timeZone");
        timeZone.setItems(Regions.timeZones());
        timeZone.setRequiredIndicatorVisible(true);
        timeZone.setHelperText("Appointments, messages and signatures are shown in this zone.");
        currency.setId("general-currency");
        currency.setItems(Regions.currencies());
        currency.setItemLabelGenerator(Regions::currencyName);
        currency.setRequiredIndicatorVisible(true);
        profession.setId("general-profession");
        profession.setItems(professions);
        profession.setAllowCustomValue(true);
        profession.setHelperText("Pick one or type your own.");
        profession.addCustomValueSetListener(typed -> profession.setValue(withProfession(typed.getDetail())));
        show(Backend.call(() -> Backend.settings().general()));

        FormLayout form = new FormLayout(practiceName, country, timeZone, currency, profession);
        form.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", 2));
        form.setColspan(practiceName, 2);
        Button save = new Button("Save", click -> save());
        save.setId("general-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(save);
        actions.addClassName("op-form-actions");
        add(Panels.card(null, form, actions));
    }

    private void save() {
        Map<String, HasValidation> inputs = Map.of("practiceName", practiceName, "country", country, "timeZone",
                timeZone, "currency", currency, "profession", profession);
        Feedback.clear(inputs.values());
        GeneralSettings changed = new GeneralSettings(practiceName.getValue().trim(), country.getValue(),
                timeZone.getValue(), currency.getValue(), profession.getValue());
        try {
            show(Backend.call(() -> Backend.settings().updateGeneral(changed)));
            Feedback.success("General settings saved.");
            // the header shows the practice's name from the session, which knows nothing of the new one yet
            UiSession.refresh();
            MainLayout layout = findAncestor(MainLayout.class);
            if (layout != null) {
                layout.memberChanged();
            }
        } catch (RuntimeException e) {
            Feedback.failed(e, inputs);
        }
    }

    private void show(GeneralSettings settings) {
        practiceName.setValue(settings.practiceName() == null ? "" : settings.practiceName());
        country.setValue(settings.country());
        timeZone.setValue(settings.timeZone());
        currency.setValue(settings.currency());
        profession.setValue(withProfession(settings.profession()));
    }

    /** {@code value}, made one of the profession choices when it is not among them yet. */
    private String withProfession(String value) {
        if (value != null && !value.isBlank() && !professions.contains(value.strip())) {
            professions.add(value.strip());
            profession.setItems(professions);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }
}
