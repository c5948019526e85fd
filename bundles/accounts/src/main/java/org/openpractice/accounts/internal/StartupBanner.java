package org.openpractice.accounts.internal;

import org.openpractice.accounts.AccountService;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells the administrator, on the console and in the log, where OpenPractice answers and what to do first. */
@Component(immediate = true, service = {})
public class StartupBanner {
    private final Logger logger = LoggerFactory.getLogger(StartupBanner.class);

    @Activate
    public StartupBanner(@Reference AccountService accounts, @Reference ConfigurationAdmin configurations) {
        String url = "http://localhost:" + PublicAddress.httpPort(configurations) + "/";
        String next = accounts.firstRunPending()
                ? "first run is waiting: open " + url + " to create the practice and its director"
                : "sign in at " + url;
        String line = "OpenPractice is running at " + url + " (API " + url + "api, health " + url + "api/health); "
                + next;
        logger.info(line);
        System.out.println(line);
    }
}
