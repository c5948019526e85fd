package org.openpractice.ui.internal;

import java.net.URL;

import com.vaadin.flow.server.StaticFileHandler;
import com.vaadin.flow.server.StaticFileHandlerFactory;
import com.vaadin.flow.server.StaticFileServer;
import com.vaadin.flow.server.VaadinService;

/**
 * Vaadin's static file handler for this WAB. It serves {@code /VAADIN/static/push/vaadinPush*.js} from the flow-push
 * bundle (in a servlet container those come from the jar's {@code META-INF/resources}, which Pax Web does not serve
 * from other bundles), and of the WAB's own root, which is also its class path, only {@code /icons/}: class files
 * are not web content. Picked up by Vaadin's Lookup through {@code @HandlesTypes}.
 */
public class BundleStaticFileHandlerFactory implements StaticFileHandlerFactory {
    private static final long serialVersionUID = 1L;

    @Override
    public StaticFileHandler createHandler(VaadinService service) {
        return new PushAwareStaticFileServer(service);
    }

    private static final class PushAwareStaticFileServer extends StaticFileServer {
        private static final long serialVersionUID = 1L;
        private static final String PUSH_PATH = "/VAADIN/static/push/";
        private static final String FLOW_PUSH = "com.vaadin.flow.push";
        private static final String PUBLIC_PATH = "/icons/";

        PushAwareStaticFileServer(VaadinService service) {
            super(service);
        }

        @Override
        protected URL getStaticResource(String path) {
            if (path.startsWith(PUSH_PATH)) {
                URL url = Bundles.entry(OsgiServices.contextOf(BundleStaticFileHandlerFactory.class), FLOW_PUSH,
                        "META-INF/resources" + path);
                if (url != null) {
                    return url;
                }
            }
            return path.startsWith(PUBLIC_PATH) ? super.getStaticResource(path) : null;
        }
    }
}
