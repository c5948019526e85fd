package org.openpractice.platform.ui;

/** Bundle header that marks a bundle whose {@code @Route} classes the UI registers while the bundle is active. */
public final class UiContributions {
    /** Header name; its value lists the packages holding routes, comma separated. */
    public static final String HEADER = "OpenPractice-UI-Routes";

    private UiContributions() {
    }
}
