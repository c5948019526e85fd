package org.openpractice.rest.internal;

import javax.ws.rs.core.Application;

import org.openpractice.platform.rest.RestApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/** The one JAX-RS application of OpenPractice, at {@code /api}; areas add resources to it at runtime. */
@Component(service = Application.class)
@JaxrsName(RestApi.APPLICATION_NAME)
@JaxrsApplicationBase("api")
@JaxrsExtensionSelect({"(osgi.jaxrs.name=openpractice.json)", "(osgi.jaxrs.name=openpractice.errors)",
        "(osgi.jaxrs.name=openpractice.auth)"})
public class OpenPracticeApplication extends Application {
}
