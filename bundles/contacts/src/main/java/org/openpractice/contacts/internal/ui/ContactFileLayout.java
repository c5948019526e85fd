package org.openpractice.contacts.internal.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.openpractice.contacts.Contact;
import org.openpractice.contacts.ContactService;
import org.openpractice.contacts.Phone;
import org.openpractice.platform.DomainException;
import org.openpractice.platform.security.CurrentMember;
import org.openpractice.platform.security.RequestContext;
import org.openpractice.ui.api.MainLayout;
import org.openpractice.ui.api.Panels;
import org.openpractice.ui.api.Services;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLayout;

/**
 * The frame of a contact's file: who the contact is (name, type, organisation, first phone and e-mail) and one tab
 * per {@code ContactTab} service, sorted by order, each leading to its tab's view shown below.
 */
@ParentLayout(MainLayout.class)
public class ContactFileLayout extends Div implements RouterLayout, BeforeEnterObserver {
    private static final long serialVersionUID = 1L;
    private final H1 name = new H1();
    private final Div badges = new Div();
    private final Div facts = new Div();
    private final Tabs tabs = new Tabs();
    private final Div content = new Div();
    private final Map<Tab, String> routes = new HashMap<>();
    private final Div notFound = Panels.empty(VaadinIcon.QUESTION_CIRCLE_O, "Contact not found",
            "This contact does not exist in this practice. It may be in another of your accounts.");

    public ContactFileLayout() {
        addClassName("op-page");
        name.setId("contact-title");
        badges.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)");
        Div header = new Div(name, badges);
        header.addClassName("op-page-header");
        header.getStyle().set("justify-content", "flex-start");
        facts.setId("contact-header");
        facts.addClassName("op-muted");
        facts.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)")
                .set("margin", "var(--lumo-space-s) 0 var(--lumo-space-m)");
        tabs.setId("contact-tabs");
        tabs.addSelectedChangeListener(e -> {
            String route = routes.get(e.getSelectedTab());
            if (e.isFromClient() && route != null) {
                UI.getCurrent().navigate(route);
            }
        });
        content.getStyle().set("padding-top", "var(--lumo-space-m)");
        notFound.setId("contact-not-found");
        notFound.setVisible(false);
        Anchor back = new Anchor("contacts", "\u2190 All contacts");
        back.setId("contact-back");
        back.getElement().setAttribute("router-link", true);
        add(back, header, facts, tabs, notFound, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!ContactAccess.enter(event)) {
            return;
        }
        String id = event.getRouteParameters().get("id").orElse(null);
        Contact contact;
        try {
            contact = Services.call(getClass(), ContactService.class, s -> s.get(id));
        } catch (DomainException e) {
            showMissing(e);
            return;
        }
        show(contact);
        showTabs(id, event.getLocation().getPath());
    }

    private void showMissing(DomainException e) {
        name.setText(e.kind() == DomainException.Kind.NOT_FOUND ? "Contact not found" : "Contact");
        badges.removeAll();
        facts.removeAll();
        tabs.setVisible(false);
        content.setVisible(false);
        notFound.setVisible(e.kind() == DomainException.Kind.NOT_FOUND);
        if (e.kind() != DomainException.Kind.NOT_FOUND) {
            facts.add(new Span(e.getMessage()));
        }
    }

    private void show(Contact c) {
        name.setText(ContactText.nameWithQualifications(c.name(), c.qualifications()));
        badges.removeAll();
        Span type = Panels.badge(ContactText.type(c.type()), "");
        type.setId("contact-header-type");
        badges.add(type);
        if (c.archived()) {
            badges.add(Panels.badge("Archived", "contrast"));
        }
        facts.removeAll();
        fact("contact-header-organisation", VaadinIcon.BUILDING_O, c.organisation());
        Phone phone = c.phones().isEmpty() ? null : c.phones().get(0);
        fact("contact-header-phone", VaadinIcon.PHONE, phone == null ? null
                : ContactText.phone(phone.number(), phone.type()));
        fact("contact-header-email", VaadinIcon.ENVELOPE_O, c.emails().isEmpty() ? null : c.emails().get(0));
        notFound.setVisible(false);
        tabs.setVisible(true);
        content.setVisible(true);
    }

    private void fact(String id, VaadinIcon icon, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        Span value = new Span(text);
        Span fact = new Span(icon.create(), value);
        fact.setId(id);
        fact.getStyle().set("display", "inline-flex").set("align-items", "center").set("gap",
                "var(--lumo-space-xs)");
        facts.add(fact);
    }

    private void showTabs(String contactId, String path) {
        List<ContactTabs.Tab> visible = ContactTabs.visibleTo(contactId,
                RequestContext.current().map(CurrentMember::role).orElse(null));
        tabs.removeAll();
        routes.clear();
        Tab current = null;
        for (ContactTabs.Tab t : visible) {
            Tab tab = new Tab(t.label());
            tab.setId("contact-tab-" + t.id());
            routes.put(tab, t.route());
            tabs.add(tab);
            if (Objects.equals(t.route(), path)) {
                current = tab;
            }
        }
        tabs.setSelectedTab(current);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        if (view != null) {
            content.getElement().appendChild(view.getElement());
        }
    }
}
