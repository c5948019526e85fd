package org.openpractice.ui.internal.views;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** Shown instead of any page while the accounts service is absent; reloads itself until the service is there. */
@Route("starting")
@PageTitle("Starting · OpenPractice")
public class StartingView extends AuthCard {
    static final String MESSAGE = "Service starting… OpenPractice is not ready yet. Try again in a moment.";
    private static final long serialVersionUID = 1L;

    public StartingView() {
        super("Service starting…", "OpenPractice is still starting its services. This page reloads by itself.");
        setId("starting");
        ProgressBar progress = new ProgressBar();
        progress.setIndeterminate(true);
        addToCard(progress);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().executeJs("setTimeout(function() { window.location.reload(); }, 3000);");
    }
}
