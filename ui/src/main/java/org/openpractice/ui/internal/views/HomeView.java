package org.openpractice.ui.internal.views;

import java.util.List;
import java.util.Optional;

import org.openpractice.platform.security.CurrentMember;
import org.openpractice.platform.ui.MenuContribution;
import org.openpractice.ui.api.MainLayout;
import org.openpractice.ui.internal.MenuLinks;
import org.openpractice.ui.internal.UiRuntime;
import org.openpractice.ui.internal.UiSession;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;

/** The dashboard: a welcome to the practice and the modules installed, as the member's menu lists them. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Dashboard · OpenPractice")
public class HomeView extends Div {
    private static final long serialVersionUID = 1L;

    private final Div modules = new Div();
    private Registration menuSubscription;

    public HomeView() {
        addClassName("op-page");
        Optional<CurrentMember> member = UiSession.member();
        H1 welcome = new H1("Welcome to " + member.map(CurrentMember::accountName).orElse("OpenPractice"));
        welcome.setId("welcome");
        Paragraph intro = new Paragraph(member.map(m -> "Signed in as " + m.displayName() + ", "
                + MenuLinks.roleName(m.role()).toLowerCase(java.util.Locale.ROOT) + ".").orElse(""));
        intro.addClassName("op-muted");
        H2 heading = new H2("Installed modules");
        modules.setId("modules");
        modules.addClassName("op-modules");
        add(welcome, intro, heading, modules);
    }

    private void showModules() {
        modules.removeAll();
        List<MenuContribution> entries = UiRuntime.current().menu()
                .modulesVisibleTo(UiSession.member().map(CurrentMember::role).orElse(null));
        if (entries.isEmpty()) {
            Paragraph none = new Paragraph("No modules are installed yet. Modules you add appear here and in the menu.");
            none.addClassName("op-muted");
            modules.add(none);
        }
        for (MenuContribution entry : entries) {
            Anchor card = MenuLinks.link(entry.route(), entry.label(), entry.icon());
            card.addClassName("op-module-card");
            modules.add(card);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        menuSubscription = UiRuntime.current().menu().subscribe(attachEvent.getUI(), this::showModules);
        showModules();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (menuSubscription != null) {
            menuSubscription.remove();
            menuSubscription = null;
        }
    }
}
