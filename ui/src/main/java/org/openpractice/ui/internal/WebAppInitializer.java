package org.openpractice.ui.internal;

import java.util.EnumSet;
import java.util.Set;

import javax.servlet.DispatcherType;
import javax.servlet.ServletContainerInitializer;
import javax.servlet.ServletContext;
import javax.servlet.ServletContextEvent;
import javax.servlet.ServletContextListener;
import javax.servlet.ServletRegistration;

import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;

/**
 * Completes the web application that Pax Web builds from this WAB, where Vaadin's own {@code @WebListener} (which
 * deploys the servlet and the WebSocket endpoint) is not found: Pax Web scans only the WAB for annotations. Adds the
 * Vaadin servlet, the WebSocket endpoint for push and {@link RequestContextFilter}, all as classes of this bundle so
 * that they share this bundle's servlet context. Runs from this WAB's {@code META-INF/services}.
 */
public class WebAppInitializer implements ServletContainerInitializer {
    static final String SERVLET_NAME = "openpractice-ui";

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        ServletRegistration.Dynamic servlet = context.addServlet(SERVLET_NAME, UiServlet.class);
        servlet.addMapping("/*");
        servlet.setAsyncSupported(true);
        servlet.setLoadOnStartup(1);
        context.addListener(new PushEndpoint());
        context.addFilter("openpractice-sign-out", new SignOutFilter())
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/signout");
        context.addFilter("openpractice-request-context", new RequestContextFilter())
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC), false, "/*");
    }

    /** Registers the JSR 356 endpoint that carries {@code @Push} over WebSocket for the servlet above. */
    private static final class PushEndpoint implements ServletContextListener {
        @Override
        public void contextInitialized(ServletContextEvent event) {
            ServletContext context = event.getServletContext();
            JSR356WebsocketInitializer.initAtmosphereForVaadinServlet(context.getServletRegistration(SERVLET_NAME),
                    context);
        }

        @Override
        public void contextDestroyed(ServletContextEvent event) {
            // Atmosphere is shut down with the servlet
        }
    }
}
