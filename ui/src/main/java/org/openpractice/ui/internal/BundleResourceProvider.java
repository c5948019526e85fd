package org.openpractice.ui.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.BundleContext;

import com.vaadin.flow.di.ResourceProvider;

/**
 * Vaadin's resource look-up for this WAB. Vaadin's default reads through flow-server's class loader and so cannot see
 * the production frontend bundle and build info inside this bundle; this one reads through the WAB's class loader, and
 * client-engine resources from the flow-client bundle. Picked up by Vaadin's Lookup through {@code @HandlesTypes}.
 */
public class BundleResourceProvider implements ResourceProvider {
    private static final String FLOW_CLIENT = "com.vaadin.flow.client";

    private final ClassLoader loader = BundleResourceProvider.class.getClassLoader();
    private final Map<String, byte[]> clientCache = new ConcurrentHashMap<>();

    @Override
    public URL getApplicationResource(String path) {
        return loader.getResource(path);
    }

    @Override
    public List<URL> getApplicationResources(String path) throws IOException {
        return Collections.list(loader.getResources(path));
    }

    @Override
    public URL getClientResource(String path) {
        BundleContext context = OsgiServices.contextOf(BundleResourceProvider.class);
        URL url = Bundles.entry(context, FLOW_CLIENT, path);
        return url != null ? url : loader.getResource(path);
    }

    @Override
    public InputStream getClientResourceAsStream(String path) throws IOException {
        byte[] content = clientCache.get(path);
        if (content == null) {
            URL url = getClientResource(path);
            if (url == null) {
                throw new IOException("Client resource not found: " + path);
            }
            try (InputStream in = url.openStream()) {
                content = in.readAllBytes();
            }
            clientCache.put(path, content);
        }
        return new ByteArrayInputStream(content);
    }
}
