package org.openpractice.profiles.internal.ui;

import org.openpractice.ui.api.MainLayout;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/**
 * Settings → Users → Edit user details: {@link MyDetailsView} for the member the route names. Directors may edit
 * anyone in the practice; for anyone else the service refuses, and ids of other practices are not found.
 */
@Route(value = MemberDetailsView.ROUTE, layout = MainLayout.class)
@PageTitle("User details · OpenPractice")
public class MemberDetailsView extends MyDetailsView {
    /** The Users page links here only while this route is registered. */
    static final String ROUTE = "settings/users/:memberId/details";
    private static final long serialVersionUID = 1L;
}
