package org.openpractice.ui.internal.accounts;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.openpractice.accounts.AccountSummary;
import org.openpractice.platform.security.CurrentMember;
import org.openpractice.platform.security.Role;
import org.openpractice.ui.api.MainLayout;
import org.openpractice.ui.api.Panels;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** Settings → Switch account: every account the login belongs to, each opened with one click. */
@Route(value = SwitchAccountView.ROUTE, layout = MainLayout.class)
@PageTitle("Switch account · OpenPractice")
public class SwitchAccountView extends SettingsPage {
    static final String ROUTE = "settings/switch";
    private static final long serialVersionUID = 1L;

    public SwitchAccountView() {
        super("Switch account", "The practices and workplaces you belong to. Switching keeps you signed in.",
                Set.of());
    }

    @Override
    protected void render(CurrentMember member) {
        List<AccountSummary> accounts = Backend.call(() -> Backend.accounts().myAccounts());
        Map<String, String> names = accounts.stream()
                .collect(Collectors.toMap(AccountSummary::id, AccountSummary::name, (a, b) -> a));
        Div list = new Div();
        list.setId("switch-accounts");
        list.addClassName("op-account-list");
        accounts.forEach(account -> list.add(row(account, names)));
        add(list);
        if (accounts.size() <= 1) {
            Component action = member.role() == Role.DIRECTOR ? newAccountLink() : new Span();
            add(Panels.empty(VaadinIcon.BUILDING_O, "This is your only account",
                    member.role() == Role.DIRECTOR ? "Create another account for a second location or workplace; "
                            + "you can then switch between them here and from the practice name at the top."
                            : "When another practice invites you, its account appears here.", action));
        }
    }

    private Component row(AccountSummary account, Map<String, String> names) {
        Icon icon = VaadinIcon.BUILDING_O.create();
        icon.addClassName("op-account-icon");
        Span name = new Span(account.name());
        name.addClassName("op-account-row-name");
        Span detail = new Span(Roles.name(account.role()) + " · " + AccountSwitcher.family(account, names));
        detail.addClassName("op-muted");
        Div text = new Div(name, detail);
        text.addClassName("op-account-row-text");
        Component action;
        if (account.active()) {
            action = Panels.badge("Current account", "success");
        } else {
            Button open = new Button("Switch", VaadinIcon.EXCHANGE.create(),
                    click -> Switching.switchTo(account.id(), ""));
            open.setId("switch-" + account.id());
            action = open;
        }
        Div row = new Div(icon, text, action);
        row.addClassName("op-account-row");
        if (account.active()) {
            row.addClassName("op-account-row-current");
        }
        return row;
    }

    private static Component newAccountLink() {
        Anchor link = new Anchor(NewAccountView.ROUTE, "Create a new account");
        link.getElement().setAttribute("router-link", true);
        return link;
    }
}
