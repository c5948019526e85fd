package org.openpractice.ui.internal.accounts;

import org.openpractice.accounts.SignedIn;
import org.openpractice.platform.DomainException;
import org.openpractice.ui.internal.UiSession;

import com.vaadin.flow.component.UI;

/** Moves this browser's sign-in to another account of the same login, without signing in again. */
final class Switching {
    private Switching() {
    }

    /**
     * Makes {@code accountId} the session's active account, then loads {@code route} (the dashboard when empty) in
     * it, or the current page again when {@code route} is null.
     */
    static void switchTo(String accountId, String route) {
        try {
            SignedIn signedIn = UiSession.signedIn().orElseThrow(() -> new DomainException(
                    DomainException.Kind.UNAUTHENTICATED, "unauthenticated", "Sign in first"));
            SignedIn switched = Backend.call(() -> Backend.accounts().switchAccount(signedIn.token(), accountId));
            UiSession.remember(switched);
            UI ui = UI.getCurrent();
            if (route == null) {
                ui.getPage().reload();
            } else {
                // a full load, so that every part of the page, the menu included, is built for the new account
                ui.getPage().setLocation(route.isEmpty() ? "." : route);
            }
        } catch (RuntimeException e) {
            Feedback.failed(e);
        }
    }
}
