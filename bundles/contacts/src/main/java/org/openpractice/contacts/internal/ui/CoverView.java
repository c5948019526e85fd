package org.openpractice.contacts.internal.ui;

import org.openpractice.contacts.ContactService;
import org.openpractice.platform.DomainException;
import org.openpractice.ui.api.Services;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** The cover page of a contact's file: its files and its tasks. */
@Route(value = "contacts/:id(" + ContactFileView.ID + ")/cover", layout = ContactFileLayout.class)
@PageTitle("Contact · OpenPractice")
public class CoverView extends Div implements BeforeEnterObserver {
    static final String TAB = "cover";
    private static final long serialVersionUID = 1L;

    public CoverView() {
        setId("contact-cover");
        getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fit, minmax(24rem, 1fr))")
                .set("gap", "var(--lumo-space-l)").set("align-items", "start");
    }

    static String route(String contactId) {
        return ContactFileView.route(contactId) + "/" + TAB;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String id = event.getRouteParameters().get("id").orElseThrow();
        if (!ContactAccess.enter(event, ContactTabs.roles(id, TAB))) {
            return;
        }
        try {
            Services.call(getClass(), ContactService.class, s -> s.get(id));
        } catch (DomainException e) {
            return; // the file's frame says what is wrong
        }
        add(new FilesPanel(id), new TasksPanel(id));
    }
}
