package org.openpractice.contacts.internal;

import org.openpractice.contacts.ContactTab;
import org.osgi.service.component.annotations.Component;

/** The contact file's details: what the new-contact form holds. */
@Component(service = ContactTab.class)
public class DetailsTab implements ContactTab {
    @Override
    public String id() {
        return "details";
    }

    @Override
    public String label() {
        return "Details";
    }

    @Override
    public int order() {
        return 20;
    }
}
