package org.openpractice.ui.internal.views;

import java.util.Map;
import java.util.Optional;

import org.openpractice.accounts.AccountService;
import org.openpractice.accounts.FirstRun;
import org.openpractice.accounts.SignedIn;
import org.openpractice.platform.DomainException;
import org.openpractice.ui.internal.UiRuntime;
import org.openpractice.ui.internal.UiSession;
import org.openpractice.ui.api.Forms;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** The first-run page: creates the practice and its director, then signs the director in. */
@Route("first-run")
@PageTitle("Set up your practice · OpenPractice")
public class FirstRunView extends AuthCard {
    static final String DEFAULT_COUNTRY = "US";
    static final String DEFAULT_TIME_ZONE = "America/New_York";
    private static final long serialVersionUID = 1L;

    private final TextField practiceName = new TextField("Practice name");
    private final TextField firstName = new TextField("First name");
    private final TextField lastName = new TextField("Last name");
    private final EmailField email = new EmailField("E-mail");
    private final PasswordField password = new PasswordField("Password");
    private final PasswordField passwordConfirm = new PasswordField("Confirm password");
    private final ComboBox<String> country = new ComboBox<>("Country");
    private final ComboBox<String> timeZone = new ComboBox<>("Time zone");
    private final Paragraph error = formError();
    private boolean timeZoneChosen;

    public FirstRunView() {
        super("Set up your practice",
                "Create your practice and your own director sign-in. Locations, team members and everything else "
                        + "can be added afterwards.");
        wide();
        practiceName.setId("practiceName");
        practiceName.setAutofocus(true);
        firstName.setId("firstName");
        firstName.setAutocomplete(Autocomplete.GIVEN_NAME);
        lastName.setId("lastName");
        lastName.setAutocomplete(Autocomplete.FAMILY_NAME);
        email.setId("email");
        email.setAutocomplete(Autocomplete.USERNAME);
        password.setId("password");
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        passwordConfirm.setId("passwordConfirm");
        passwordConfirm.setAutocomplete(Autocomplete.NEW_PASSWORD);
        country.setId("country");
        country.setItems(Regions.countries());
        country.setItemLabelGenerator(Regions::countryName);
        country.setValue(DEFAULT_COUNTRY);
        timeZone.setId("timeZone");
        timeZone.setItems(Regions.timeZones());
        timeZone.setValue(DEFAULT_TIME_ZONE);
        timeZone.addValueChangeListener(change -> timeZoneChosen = change.isFromClient());

        FormLayout form = new FormLayout(practiceName, firstName, lastName, email, password, passwordConfirm, country,
                timeZone);
        form.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        form.setColspan(practiceName, 2);
        form.setColspan(email, 2);

        Button create = new Button("Create practice", click -> create());
        create.setId("create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("op-auth-submit");
        addToCard(error, form, create);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().retrieveExtendedClientDetails(details -> {
            String browserZone = details.getTimeZoneId();
            if (!timeZoneChosen && browserZone != null && Regions.timeZones().contains(browserZone)) {
                timeZone.setValue(browserZone);
            }
        });
    }

    private void create() {
        Map<String, HasValidation> inputs = Map.of("practiceName", practiceName, "firstName", firstName, "lastName",
                lastName, "email", email, "password", password, "passwordConfirm", passwordConfirm, "country", country,
                "timeZone", timeZone);
        Forms.clear(inputs.values(), error);
        if (!password.getValue().equals(passwordConfirm.getValue())) {
            Forms.invalid(passwordConfirm, "Does not match the password");
            return;
        }
        Optional<AccountService> accounts = UiRuntime.current().services().find(AccountService.class);
        if (accounts.isEmpty()) {
            Forms.formError(error, StartingView.MESSAGE);
            return;
        }
        FirstRun request = new FirstRun(practiceName.getValue().trim(), firstName.getValue().trim(),
                lastName.getValue().trim(), email.getValue().trim(), password.getValue(), country.getValue(),
                timeZone.getValue());
        try {
            SignedIn signedIn = accounts.get().completeFirstRun(request, UiSession.clientAddress());
            UiSession.start(signedIn);
            UI.getCurrent().navigate(HomeView.class);
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.CONFLICT) {
                Forms.formError(error, "This installation is already set up. Sign in instead.");
            } else {
                Forms.show(e, inputs, error);
            }
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(FirstRunView.class).warn("First run failed", e);
            Forms.formError(error, "The practice could not be created right now. Try again in a moment.");
        }
    }
}
