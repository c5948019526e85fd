package org.openpractice.ui.internal;

import java.util.Optional;
import java.util.Set;

import org.openpractice.accounts.AccountService;
import org.openpractice.accounts.SignedIn;
import org.openpractice.platform.security.CurrentMember;
import org.openpractice.platform.security.Role;
import org.openpractice.platform.security.SessionResolver;
import org.openpractice.ui.internal.accounts.InvitationView;
import org.openpractice.ui.internal.accounts.SignInSecurityView;
import org.openpractice.ui.internal.views.ForgotPasswordView;
import org.openpractice.ui.internal.views.FirstRunView;
import org.openpractice.ui.internal.views.HomeView;
import org.openpractice.ui.internal.views.ResetPasswordView;
import org.openpractice.ui.internal.views.SignInView;
import org.openpractice.ui.internal.views.StartingView;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;

/**
 * Decides where a navigation may go: the first-run page while no account exists, the sign-in page for anyone not
 * signed in (except an invitation's page and the forgotten-password pages), a "starting" page while the accounts
 * service is absent, the two-factor set-up page only while the account requires two-factor authentication of a
 * member who has not set it up, and no module page the member's role excludes, nor any page below it.
 */
final class NavigationGuard implements BeforeEnterListener {
    private static final long serialVersionUID = 1L;
    /** Pages opened from e-mailed links, which work without signing in. */
    private static final Set<Class<?>> PUBLIC = Set.of(InvitationView.class, ForgotPasswordView.class,
            ResetPasswordView.class);

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
            if (PUBLIC.contains(target)) {
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
        if (member.mustEnrolTwoFactor()) {
            if (target != SignInSecurityView.class) {
                event.forwardTo(SignInSecurityView.class);
            }
        } else if (target == SignInView.class || target == FirstRunView.class || target == StartingView.class) {
            event.forwardTo(HomeView.class);
        } else if (!allows(event.getLocation().getPath(), member.role())) {
            event.forwardTo(HomeView.class);
            Notification.show("Your role does not include that page.");
        }
    }

    /**
     * A page and every page below it follow the menu entries of the path and of each of its ancestors, so that
     * "contacts/<id>/cover" is closed to whoever may not open "contacts".
     */
    private static boolean allows(String path, Role role) {
        MenuRegistry menu = UiRuntime.current().menu();
        for (String route = path; !route.isEmpty(); route = route.substring(0, Math.max(route.lastIndexOf('/'), 0))) {
            if (!menu.allows(route, role)) {
                return false;
            }
        }
        return true;
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
