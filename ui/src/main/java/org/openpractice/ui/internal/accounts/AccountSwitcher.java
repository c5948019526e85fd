package org.openpractice.ui.internal.accounts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.openpractice.accounts.AccountSummary;
import org.openpractice.platform.security.CurrentMember;
import org.openpractice.platform.security.Role;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Hr;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The active account's name in the header, opening a menu of every account the member belongs to; choosing one
 * switches this session to it and loads the same page there.
 */
public final class AccountSwitcher extends Composite<Button> {
    private static final long serialVersionUID = 1L;

    private final Span name = new Span();
    private final ContextMenu menu;

    public AccountSwitcher() {
        // A button with a context menu rather than a menu bar: Vaadin 23 renders menu bar buttons in its shadow
        // DOM, out of reach of the theme's styles and of the account name's id.
        Button button = getContent();
        button.setId("account-switcher");
        button.addClassName("op-account-switcher");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("aria-haspopup", "menu");
        button.getElement().setAttribute("title", "Switch account");
        name.setId("account-name");
        name.addClassName("op-account-name");
        Icon chevron = VaadinIcon.CHEVRON_DOWN_SMALL.create();
        chevron.addClassName("op-account-chevron");
        button.getElement().appendChild(name.getElement(), chevron.getElement());
        menu = new ContextMenu(button);
        menu.setOpenOnClick(true);
        menu.addClassName("op-account-menu");
    }

    /** Shows the member's account; the list of accounts is read by {@link #refresh}. */
    public void show(Optional<CurrentMember> member) {
        name.setText(member.map(CurrentMember::accountName).orElse(""));
    }

    /** Reads the member's accounts again, e.g. after each navigation, so that a new account shows up. */
    public void refresh(Optional<CurrentMember> member) {
        menu.removeAll();
        if (member.isEmpty()) {
            return;
        }
        List<AccountSummary> accounts;
        try {
            accounts = Backend.call(() -> Backend.accounts().myAccounts());
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(AccountSwitcher.class).warn("The account list is not available: {}",
                    e.toString());
            accounts = List.of();
        }
        Map<String, String> names = accounts.stream()
                .collect(Collectors.toMap(AccountSummary::id, AccountSummary::name, (a, b) -> a));
        for (AccountSummary account : accounts) {
            MenuItem item = menu.addItem(entry(account, names));
            item.setId("switcher-" + account.id());
            if (!account.active()) {
                item.addClickListener(click -> Switching.switchTo(account.id(), null));
            }
        }
        menu.add(new Hr());
        menu.addItem(action(VaadinIcon.EXCHANGE, "All accounts"),
                click -> UI.getCurrent().navigate(SwitchAccountView.ROUTE)).setId("switcher-all");
        if (member.get().role() == Role.DIRECTOR) {
            menu.addItem(action(VaadinIcon.PLUS_CIRCLE_O, "New account"),
                    click -> UI.getCurrent().navigate(NewAccountView.ROUTE)).setId("switcher-new");
        }
    }

    private static Div entry(AccountSummary account, Map<String, String> names) {
        Icon mark = account.active() ? VaadinIcon.CHECK.create() : VaadinIcon.BUILDING_O.create();
        mark.addClassName(account.active() ? "op-switcher-current" : "op-switcher-icon");
        Span title = new Span(account.name());
        title.addClassName("op-switcher-name");
        Span detail = new Span(Roles.name(account.role()) + " · " + family(account, names));
        detail.addClassName("op-switcher-detail");
        Div text = new Div(title, detail);
        text.addClassName("op-switcher-text");
        Div entry = new Div(mark, text);
        entry.addClassName("op-switcher-entry");
        return entry;
    }

    private static Div action(VaadinIcon icon, String text) {
        Icon image = icon.create();
        image.addClassName("op-switcher-icon");
        Div action = new Div(image, new Span(text));
        action.addClassName("op-switcher-entry");
        return action;
    }

    /** "Child of Harbour Physiotherapy", "Child account" when the parent is not one of the member's, or "Independent". */
    static String family(AccountSummary account, Map<String, String> names) {
        if (account.parentId() == null) {
            return "Independent";
        }
        String parent = names.get(account.parentId());
        return parent == null ? "Child account" : "Child of " + parent;
    }
}
