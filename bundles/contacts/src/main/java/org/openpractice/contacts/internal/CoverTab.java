package org.openpractice.contacts.internal;

import org.openpractice.contacts.ContactTab;
import org.osgi.service.component.annotations.Component;

/** The contact file's cover page: files and tasks. */
@Component(service = ContactTab.class)
public class CoverTab implements ContactTab {
    @Override
    public String id() {
        return "cover";
    }

    @Override
    public String label() {
        return "Cover page";
    }

    @Override
    public int order() {
        return 10;
    }
}
