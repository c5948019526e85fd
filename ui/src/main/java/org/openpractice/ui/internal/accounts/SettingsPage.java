package org.openpractice.ui.internal.accounts;

import java.util.Optional;
import java.util.Set;

import org.openpractice.platform.security.CurrentMember;
import org.openpractice.platform.security.Role;
import org.openpractice.ui.api.Panels;
import org.openpractice.ui.internal.UiSession;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

/**
 * The frame of an account settings page: its title and introduction, then the page itself, which is built on entry
 * and only for the roles it is meant for; anyone else gets a "not allowed" message instead of the page.
 */
abstract class SettingsPage extends Div implements BeforeEnterObserver {
    private static final long serialVersionUID = 1L;

    private final String title;
    private final String intro;
    private final Set<Role> roles;
    private final Div header = new Div();

    protected SettingsPage(String title, String intro, Set<Role> roles) {
        this.title = title;
        this.intro = intro;
        this.roles = roles;
        addClassNames("op-page", "op-settings-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        header.removeAll();
        H1 heading = new H1(title);
        heading.setId("page-title");
        header.add(heading);
        header.addClassName("op-page-header");
        Paragraph text = new Paragraph(intro);
        text.addClassNames("op-muted", "op-page-intro");
        add(header, text);
        Optional<CurrentMember> member = UiSession.member();
        if (member.isEmpty() || !(roles.isEmpty() || roles.contains(member.get().role()))) {
            add(notAllowed());
            return;
        }
        try {
            render(member.get());
        } catch (RuntimeException e) {
            Feedback.failed(e);
            add(Panels.empty(VaadinIcon.WARNING, "This page could not be loaded",
                    "Reload the page in a moment. If it keeps failing, ask your administrator to check the server."));
        }
    }

    /** Builds the page for {@code member}, whose role this page allows. */
    protected abstract void render(CurrentMember member);

    /** Puts an action, such as "Invite member", next to the page title. */
    protected void addHeaderAction(Component action) {
        Div actions = new Div(action);
        actions.addClassName("op-page-actions");
        header.add(actions);
    }

    private Component notAllowed() {
        String who = roles.equals(Set.of(Role.DIRECTOR)) ? "directors" : "directors and administrative members";
        Anchor home = new Anchor("", "Back to the dashboard");
        home.getElement().setAttribute("router-link", true);
        Div panel = Panels.empty(VaadinIcon.LOCK, "Not allowed",
                "Your role does not include this page. Only " + who + " of the account can open it.", home);
        panel.setId("not-allowed");
        return panel;
    }
}
