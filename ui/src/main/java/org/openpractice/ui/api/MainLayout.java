package org.openpractice.ui.api;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.openpractice.accounts.AccountService;
import org.openpractice.accounts.SignedIn;
import org.openpractice.platform.security.CurrentMember;
import org.openpractice.platform.ui.MenuContribution;
import org.openpractice.ui.internal.MenuLinks;
import org.openpractice.ui.internal.MenuRegistry;
import org.openpractice.ui.internal.UiRuntime;
import org.openpractice.ui.internal.UiSession;
import org.openpractice.ui.internal.accounts.AccountSwitcher;
import org.openpractice.ui.internal.accounts.SignInSecurityView;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.shared.Registration;

/**
 * The application frame: the practice's name (a menu to switch between the member's accounts), the signed-in member
 * (with their photo from a {@link MemberPhotos} service, initials without one) and sign-out in the header, and a navigation drawer built from every {@link MenuContribution} the member's role may
 * see, updated while modules come and go.
 * Views of other bundles use it as their layout: {@code @Route(value = "settings/locations", layout = MainLayout.class)}.
 */
public class MainLayout extends AppLayout implements AfterNavigationObserver {
    private static final long serialVersionUID = 1L;

    private final AccountSwitcher accountSwitcher = new AccountSwitcher();
    private final Avatar avatar = new Avatar();
    private final Span memberName = new Span();
    private final Span memberRole = new Span();
    private final Nav navigation = new Nav();
    private final List<Anchor> links = new ArrayList<>();
    private String currentPath = "";
    private Registration menuSubscription;
    /** The menu shows only the two-factor set-up while the member must enrol. */
    private boolean held;
    private Registration photoSubscription;
    /** Whose photo the avatar shows ("account/member") and its tag, so it is fetched again only when either changes. */
    private String photoOwner;
    private String photoTag;

    public MainLayout() {
        setPrimarySection(Section.DRAWER);
        addToNavbar(header());
        addToDrawer(drawer());
        showMember();
    }

    private Div header() {
        memberName.setId("member-name");
        memberName.addClassName("op-member-name");
        memberRole.setId("member-role");
        memberRole.getElement().getThemeList().add("badge contrast pill small");
        avatar.setId("header-avatar");
        avatar.addThemeVariants(AvatarVariant.LUMO_SMALL);
        Div member = new Div(memberName, memberRole);
        member.addClassName("op-member");
        Button signOut = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), click -> signOut());
        signOut.setId("signout");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div spacer = new Div();
        spacer.addClassName("op-header-spacer");
        Div header = new Div(new DrawerToggle(), accountSwitcher, spacer, avatar, member, signOut);
        header.addClassName("op-header");
        return header;
    }

    private Div drawer() {
        Span title = new Span("OpenPractice");
        Div brand = new Div(VaadinIcon.CLIPBOARD_HEART.create(), title);
        brand.setId("app-title");
        brand.addClassName("op-brand");
        navigation.addClassName("op-nav");
        return new Div(brand, navigation);
    }

    /** Shows the session's member again, e.g. after the practice was renamed. */
    public void memberChanged() {
        showMember();
        accountSwitcher.refresh(UiSession.member());
    }

    private void showMember() {
        Optional<CurrentMember> member = UiSession.member();
        accountSwitcher.show(member);
        memberName.setText(member.map(CurrentMember::displayName).orElse(""));
        memberRole.setText(member.map(m -> MenuLinks.roleName(m.role())).orElse(""));
        avatar.setName(member.map(CurrentMember::displayName).orElse(null));
        String owner = member.map(m -> m.accountId() + "/" + m.memberId()).orElse(null);
        if (!Objects.equals(owner, photoOwner)) {
            photoOwner = owner;
            showPhoto();
        }
    }

    /** Shows the member's current photo, or initials when there is none or no module keeps photos. */
    private void showPhoto() {
        Optional<MemberPhotos.Photo> photo = UiSession.member().flatMap(MainLayout::photoOf);
        String tag = photo.map(MemberPhotos.Photo::etag).orElse(null);
        if (tag != null && tag.equals(photoTag)) {
            return;
        }
        photoTag = tag;
        if (photo.isPresent()) {
            byte[] png = photo.get().png();
            avatar.setImageResource(new StreamResource("photo-" + tag + ".png", () -> new ByteArrayInputStream(png)));
        } else {
            avatar.setImage(null);
        }
    }

    private static Optional<MemberPhotos.Photo> photoOf(CurrentMember member) {
        try {
            return UiRuntime.current().services().find(MemberPhotos.class)
                    .flatMap(photos -> photos.photo(member.accountId(), member.memberId()));
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(MainLayout.class).debug("No photo for the header: {}", e.toString());
            return Optional.empty();
        }
    }

    private void buildMenu() {
        navigation.removeAll();
        links.clear();
        held = mustEnrol();
        if (held) {
            // Until the member sets up two-factor authentication the account requires, only that page opens.
            addLink(SignInSecurityView.ROUTE, "Sign-in & security", "vaadin:lock");
            highlight();
            return;
        }
        addLink("", "Dashboard", "vaadin:dashboard");
        boolean settingsHeading = false;
        for (MenuContribution entry : UiRuntime.current().menu()
                .visibleTo(UiSession.member().map(CurrentMember::role).orElse(null))) {
            if (!settingsHeading && MenuRegistry.SETTINGS.equals(entry.section())) {
                H2 heading = new H2("Settings");
                heading.addClassName("op-nav-heading");
                navigation.add(heading);
                settingsHeading = true;
            }
            addLink(entry.route(), entry.label(), entry.icon());
        }
        highlight();
    }

    private void addLink(String route, String label, String icon) {
        Anchor link = MenuLinks.link(route, label, icon);
        link.setId(MenuLinks.id(route));
        link.addClassName("op-nav-link");
        link.getElement().setProperty("route", route);
        links.add(link);
        navigation.add(link);
    }

    private static boolean mustEnrol() {
        return UiSession.member().map(CurrentMember::mustEnrolTwoFactor).orElse(false);
    }

    private void highlight() {
        for (Anchor link : links) {
            String route = link.getElement().getProperty("route", "");
            boolean current = route.isEmpty() ? currentPath.isEmpty()
                    : currentPath.equals(route) || currentPath.startsWith(route + "/");
            link.getElement().setAttribute("highlight", current);
            if (current) {
                link.getElement().setAttribute("aria-current", "page");
            } else {
                link.getElement().removeAttribute("aria-current");
            }
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        currentPath = event.getLocation().getPath();
        memberChanged();
        if (held != mustEnrol()) {
            buildMenu();
        }
        highlight();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        menuSubscription = UiRuntime.current().menu().subscribe(attachEvent.getUI(), this::buildMenu);
        photoSubscription = ComponentUtil.addListener(attachEvent.getUI(), MemberPhotos.Changed.class,
                changed -> showPhoto());
        buildMenu();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (menuSubscription != null) {
            menuSubscription.remove();
            menuSubscription = null;
        }
        if (photoSubscription != null) {
            photoSubscription.remove();
            photoSubscription = null;
        }
    }

    private void signOut() {
        Optional<SignedIn> signedIn = UiSession.signedIn();
        Optional<AccountService> accounts = UiRuntime.current().services().find(AccountService.class);
        if (signedIn.isPresent() && accounts.isPresent()) {
            try {
                accounts.get().signOut(signedIn.get().token());
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(MainLayout.class).warn("Sign-out could not end the server session", e);
            }
        }
        UiSession.forget();
        // A plain request ends the HTTP session and the cookie, then lands on the sign-in page.
        UI.getCurrent().getPage().setLocation("signout");
    }
}
