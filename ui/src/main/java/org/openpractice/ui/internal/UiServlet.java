package org.openpractice.ui.internal;

import com.vaadin.flow.server.VaadinServlet;

/** The Vaadin servlet of this WAB; a class of the WAB so that Pax Web scopes it, and its context, to this bundle. */
public class UiServlet extends VaadinServlet {
    private static final long serialVersionUID = 1L;
}
