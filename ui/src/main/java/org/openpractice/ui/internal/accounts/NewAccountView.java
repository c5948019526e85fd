package org.openpractice.ui.internal.accounts;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openpractice.accounts.AccountSummary;
import org.openpractice.accounts.NewAccount;
import org.openpractice.platform.security.CurrentMember;
import org.openpractice.platform.security.Role;
import org.openpractice.ui.api.MainLayout;
import org.openpractice.ui.api.Panels;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/**
 * Settings → New account: another practice or workplace for the same login, either a child of the current account
 * (sharing its catalogues, paid by it) or independent, optionally with the current account's members.
 */
@Route(value = NewAccountView.ROUTE, layout = MainLayout.class)
@PageTitle("New account · OpenPractice")
public class NewAccountView extends SettingsPage {
    static final String ROUTE = "settings/new-account";
    private static final long serialVersionUID = 1L;
    private static final boolean CHILD = true;
    private static final boolean INDEPENDENT = false;

    private final TextField name = new TextField("Account name");
    private final RadioButtonGroup<Boolean> kind = new RadioButtonGroup<>();
    private final Paragraph kindHelp = new Paragraph();
    private final Checkbox copyMembers = new Checkbox("Copy this account's members");
    private final Div content = new Div();
    private CurrentMember member;

    public NewAccountView() {
        super("New account", "Set up another practice location or workplace. You can switch between your "
                + "accounts without signing in again.", Set.of(Role.DIRECTOR));
    }

    @Override
    protected void render(CurrentMember current) {
        member = current;
        name.setId("new-account-name");
        name.setRequiredIndicatorVisible(true);
        name.setWidth("24em");
        kind.setLabel("Relationship to " + member.accountName());
        kind.setItems(List.of(CHILD, INDEPENDENT));
        kind.setItemLabelGenerator(child -> child ? "Child of " + member.accountName() : "Independent");
        kind.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        // the group makes one radio button per item, in item order; tests and labels find them by id
        List<Component> buttons = kind.getChildren()
                .filter(c -> "vaadin-radio-button".equals(c.getElement().getTag())).toList();
        if (buttons.size() == 2) {
            buttons.get(0).setId("new-account-child");
            buttons.get(1).setId("new-account-independent");
        }
        kind.addValueChangeListener(change -> explainKind());
        kindHelp.addClassNames("op-muted", "op-field-help");
        copyMembers.setId("new-account-copy");
        add(content);
        showForm();
    }

    private void showForm() {
        content.removeAll();
        name.clear();
        kind.setValue(INDEPENDENT);
        explainKind();
        copyMembers.setValue(false);
        Paragraph copyHelp = new Paragraph("Every active member of " + member.accountName() + " joins the new "
                + "account with the same role and permissions. You are its director either way.");
        copyHelp.addClassNames("op-muted", "op-field-help");
        Button create = new Button("Create account", click -> create());
        create.setId("new-account-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(create);
        actions.addClassName("op-form-actions");
        content.add(Panels.card(null, name, kind, kindHelp, copyMembers, copyHelp, actions));
    }

    private void explainKind() {
        kindHelp.setText(Boolean.TRUE.equals(kind.getValue())
                ? "A child account uses " + member.accountName() + "'s document templates, custom terms, billing "
                        + "items, billing templates and appointment types, and " + member.accountName()
                        + " pays its subscription."
                : "An independent account shares nothing with " + member.accountName()
                        + " and keeps its own catalogues and subscription.");
    }

    private void create() {
        Map<String, HasValidation> inputs = Map.of("name", name);
        Feedback.clear(inputs.values());
        NewAccount request = new NewAccount(name.getValue().trim(), Boolean.TRUE.equals(kind.getValue()),
                copyMembers.getValue());
        try {
            AccountSummary created = Backend.call(() -> Backend.accounts().createAccount(request));
            showCreated(created, request);
        } catch (RuntimeException e) {
            Feedback.failed(e, inputs);
        }
    }

    private void showCreated(AccountSummary created, NewAccount request) {
        content.removeAll();
        Button switchTo = new Button("Switch to it", VaadinIcon.EXCHANGE.create(),
                click -> Switching.switchTo(created.id(), ""));
        switchTo.setId("new-account-switch");
        switchTo.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button another = new Button("Create another account", click -> showForm());
        another.setId("new-account-another");
        another.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        String what = (request.child() ? "A child account of " + member.accountName() : "An independent account")
                + (request.copyMembers() ? ", with this account's members." : ", with you as its only member.");
        Div done = Panels.empty(VaadinIcon.CHECK_CIRCLE, created.name() + " is ready",
                what + " You stay in " + member.accountName() + " until you switch.", switchTo, another);
        done.setId("new-account-created");
        done.addClassName("op-success");
        content.add(done);
    }
}
