package org.openpractice.platform.rest;

/**
 * Constants for resources and extensions of the {@code /api} application. A resource is a prototype-scoped DS
 * component with {@code @JaxrsResource} and {@code @JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)}; every
 * method carries {@code @RolesAllowed} or {@code @PermitAll} (methods with neither are refused).
 */
public final class RestApi {
    /** {@code osgi.jaxrs.name} of the application. */
    public static final String APPLICATION_NAME = "openpractice";
    /** Filter for {@code @JaxrsApplicationSelect}. */
    public static final String APPLICATION_SELECT = "(osgi.jaxrs.name=openpractice)";
    /** Every role: for methods any signed-in member may call. */
    public static final String[] ANY_MEMBER = {"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"};

    private RestApi() {
    }
}
