package org.openpractice.ui.internal;

import java.util.Optional;

import org.openpractice.accounts.AccountService;
import org.openpractice.accounts.SignedIn;
import org.openpractice.platform.security.CurrentMember;
import org.openpractice.platform.security.SessionResolver;
import org.openpractice.ui.internal.accounts.InvitationView;
import org.openpractice.ui.internal.views.FirstRunView;
import org.openpractice.ui.internal.views.HomeView;
import org.openpractice.ui.internal.views.SignInView;
import org.openpractice.ui.internal.views.StartingView;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;

/**
 * Decides where a navigation may go: the first-run page while no account exists, the sign-in page for anyone not
 * signed in (except an invitation's page, opened from its e-mailed link), a "starting" page while the accounts service
 * is absent, and no module page the member's role excludes.
 */
final class NavigationGuard implements BeforeEnterListener {
    private static final long serialVersionUID = 1L;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        OsgiServices services = UiRuntime.current().services();
        Optional<AccountService> accounts = services.find(AccountService.class);
        if (accounts.isEmpty()) {
            starting(event, target);
            return;
        }
        try {
            Optional<SignedIn> signedIn = currentSignIn(services);
            if (signedIn.isPresent()) {
                guardMember(event, target, signedIn.get().member());
                return;
            }
            if (target == InvitationView.class) {
                return;
            }
            if (accounts.get().firstRunPending()) {
                if (target != FirstRunView.class) {
                    event.forwardTo(FirstRunView.class);
                }
                return;
            }
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(NavigationGuard.class).warn("Accounts are not available yet: {}", e.toString());
            starting(event, target);
            return;
        }
        if (target != SignInView.class) {
            event.forwardTo(SignInView.class);
        }
    }

    private static void starting(BeforeEnterEvent event, Class<?> target) {
        if (target != StartingView.class) {
            event.rerouteTo(StartingView.class);
        }
    }

    private static void guardMember(BeforeEnterEvent event, Class<?> target, CurrentMember member) {
        if (target == SignInView.class || target == FirstRunView.class || target == StartingView.class) {
            event.forwardTo(HomeView.class);
        } else if (!UiRuntime.current().menu().allows(event.getLocation().getPath(), member.role())) {
            event.forwardTo(HomeView.class);
            Notification.show("Your role does not include that page.");
        }
    }

    /**
     * The session's sign-in, checked against the accounts area when it can resolve tokens (a session signed out
     * elsewhere ends here too), or restored from the cookie after a server restart.
     */
    private static Optional<SignedIn> currentSignIn(OsgiServices services) {
        Optional<SignedIn> signedIn = UiSession.signedIn();
        Optional<SessionResolver> resolver = services.find(SessionResolver.class);
        if (resolver.isEmpty()) {
            return signedIn;
        }
        Optional<String> token = signedIn.map(SignedIn::token).or(UiSession::cookieToken);
        if (token.isEmpty()) {
            return Optional.empty();
        }
        Optional<CurrentMember> member = resolver.get().resolve(token.get());
        if (member.isEmpty()) {
            if (signedIn.isPresent() || UiSession.cookieToken().isPresent()) {
                UiSession.forget();
            }
            return Optional.empty();
        }
        SignedIn current = new SignedIn(token.get(), member.get());
        if (!current.equals(signedIn.orElse(null))) {
            UiSession.remember(current);
        }
        return Optional.of(current);
    }
}
