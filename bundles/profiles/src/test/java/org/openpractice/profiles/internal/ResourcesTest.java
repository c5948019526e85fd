package org.openpractice.profiles.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;

import org.junit.Test;

/** The REST resources declare who may call each method; only the online-booking listing is public. */
public class ResourcesTest {
    private static List<Method> endpoints(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(GET.class)
                || m.isAnnotationPresent(PUT.class) || m.isAnnotationPresent(POST.class)
                || m.isAnnotationPresent(DELETE.class)).toList();
    }

    @Test
    public void everyProfileMethodIsForSignedInMembers() {
        List<Method> methods = endpoints(ProfilesResource.class);
        assertEquals(15, methods.size());
        for (Method m : methods) {
            RolesAllowed roles = m.getAnnotation(RolesAllowed.class);
            assertTrue(m.getName() + " declares roles", roles != null);
            assertEquals(Set.of("DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"), Set.of(roles.value()));
            assertFalse(m.isAnnotationPresent(PermitAll.class));
        }
        assertEquals("{memberId}/tax-id/reveal", endpoints(ProfilesResource.class).stream()
                .filter(m -> m.getName().equals("revealTaxId")).findFirst().orElseThrow()
                .getAnnotation(Path.class).value());
        assertTrue(endpoints(ProfilesResource.class).stream().filter(m -> m.getName().equals("revealTaxId"))
                .allMatch(m -> m.isAnnotationPresent(POST.class)));
    }

    @Test
    public void theProviderListingIsPublic() {
        assertEquals("public/accounts", PublicProvidersResource.class.getAnnotation(Path.class).value());
        List<Method> methods = endpoints(PublicProvidersResource.class);
        assertEquals(1, methods.size());
        assertTrue(methods.get(0).isAnnotationPresent(PermitAll.class));
        assertEquals("{accountId}/providers", methods.get(0).getAnnotation(Path.class).value());
    }
}
