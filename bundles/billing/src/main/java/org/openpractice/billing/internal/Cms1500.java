package org.openpractice.billing.internal;

import org.openpractice.billing.Cms1500Boxes;
import org.openpractice.billing.Cms1500Request;
import org.openpractice.billing.Cms1500Service;
import org.openpractice.locations.Location;
import org.openpractice.locations.LocationService;
import org.openpractice.platform.DomainException;
import org.openpractice.platform.validation.Errors;
import org.openpractice.profiles.ProviderDirectory;
import org.openpractice.profiles.ProviderIdentity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The CMS-1500 provider boxes from the rendering member's profile, a location and a billing address. */
@Component(service = Cms1500Service.class)
public class Cms1500 implements Cms1500Service {
    private final BillingAddresses billing;
    private final LocationService locations;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile ProviderDirectory providers;

    @Activate
    public Cms1500(@Reference BillingAddresses billing, @Reference LocationService locations) {
        this.billing = billing;
        this.locations = locations;
    }

    Cms1500(BillingAddresses billing, LocationService locations, ProviderDirectory providers) {
        this(billing, locations);
        this.providers = providers;
    }

    @Override
    public Cms1500Boxes providerBoxes(Cms1500Request request) {
        Errors errors = new Errors();
        errors.required("renderingMemberId", request.renderingMemberId());
        errors.required("locationId", request.locationId());
        errors.required("billingAddressId", request.billingAddressId());
        errors.throwIfAny();
        ProviderDirectory directory = providers;
        if (directory == null) {
            throw new DomainException(DomainException.Kind.UNAVAILABLE, "profiles_unavailable",
                    "Provider details (My Details) are not installed");
        }
        ProviderIdentity rendering = directory.provider(request.renderingMemberId())
                .orElseThrow(() -> DomainException.notFound("Member"));
        Location location = locations.get(request.locationId());
        BillingAddresses.ForClaim address = billing.forClaim(request.billingAddressId());
        return Cms1500Mapper.map(rendering, location, address, request.referring(), request.client());
    }
}
