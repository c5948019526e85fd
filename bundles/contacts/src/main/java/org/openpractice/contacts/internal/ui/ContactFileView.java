package org.openpractice.contacts.internal.ui;

import java.util.List;

import org.openpractice.platform.security.CurrentMember;
import org.openpractice.platform.security.RequestContext;
import org.openpractice.ui.api.MainLayout;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

/** A contact's file ("contacts/&lt;id&gt;"): opens its first tab, the cover page. */
@Route(value = "contacts/:id(" + ContactFileView.ID + ")", layout = MainLayout.class)
public class ContactFileView extends Div implements BeforeEnterObserver {
    /** What a contact id looks like in an address; anything else is not a contact's page. */
    static final String ID = "[0-9a-f-]{36}";
    private static final long serialVersionUID = 1L;

    /** The address of a contact's file. */
    static String route(String contactId) {
        return "contacts/" + contactId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!ContactAccess.enter(event)) {
            return;
        }
        String id = event.getRouteParameters().get("id").orElseThrow();
        List<ContactTabs.Tab> tabs = ContactTabs.visibleTo(id,
                RequestContext.current().map(CurrentMember::role).orElse(null));
        event.forwardTo(tabs.isEmpty() ? CoverView.route(id) : tabs.get(0).route());
    }
}
