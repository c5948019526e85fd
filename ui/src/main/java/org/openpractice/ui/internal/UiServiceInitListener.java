package org.openpractice.ui.internal;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Starts the UI's OSGi side with the Vaadin service and guards every navigation. Found by Vaadin through
 * {@code META-INF/services}, read with the WAB's class loader.
 */
public class UiServiceInitListener implements VaadinServiceInitListener {
    private static final long serialVersionUID = 1L;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinService service = event.getSource();
        UiRuntime runtime = UiRuntime.start(service);
        service.addServiceDestroyListener(destroyed -> runtime.close());
        NavigationGuard guard = new NavigationGuard();
        service.addUIInitListener(init -> init.getUI().addBeforeEnterListener(guard));
    }
}
