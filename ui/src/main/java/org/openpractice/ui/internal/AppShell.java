package org.openpractice.ui.internal;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;

/** Page-wide settings: server push (menus follow installed modules live) and the OpenPractice theme on Lumo. */
@Push
@Theme("openpractice")
public class AppShell implements AppShellConfigurator {
    private static final long serialVersionUID = 1L;

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("OpenPractice");
        settings.addMetaTag("description", "OpenPractice practice management");
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}
