package org.openpractice.ui.internal.views;

import javax.servlet.http.HttpServletResponse;

import org.openpractice.ui.api.MainLayout;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;

/** Shown inside the frame for an address that has no page, e.g. one of a module that was just removed. */
@ParentLayout(MainLayout.class)
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {
    private static final long serialVersionUID = 1L;

    private final Paragraph detail = new Paragraph();

    public NotFoundView() {
        setId("not-found");
        addClassName("op-page");
        detail.addClassName("op-muted");
        Anchor home = new Anchor("", "Back to the dashboard");
        home.getElement().setAttribute("router-link", true);
        add(new H1("Page not found"), detail, home);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        detail.setText("There is no page at /" + event.getLocation().getPath()
                + ". The module that provides it may not be installed.");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
