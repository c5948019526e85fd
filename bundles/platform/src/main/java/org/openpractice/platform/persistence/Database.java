package org.openpractice.platform.persistence;

/** Names shared by every persistence unit and the migrations. */
public final class Database {
    /** The pax-jdbc DataSource's name ({@code etc/org.ops4j.datasource-openpractice.cfg}). */
    public static final String DATA_SOURCE_NAME = "openpractice";
    /** LDAP filter that selects the application DataSource service. */
    public static final String DATA_SOURCE_FILTER = "(osgi.jndi.service.name=openpractice)";

    private Database() {
    }
}
