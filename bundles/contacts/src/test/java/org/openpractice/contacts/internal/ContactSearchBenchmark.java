package org.openpractice.contacts.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.persistence.EntityManagerFactory;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.openpractice.contacts.ContactInput;
import org.openpractice.contacts.ContactPage;
import org.openpractice.contacts.ContactQuery;
import org.openpractice.contacts.ContactType;
import org.openpractice.contacts.MessagingMethod;
import org.openpractice.contacts.Phone;
import org.openpractice.contacts.PhoneType;
import org.openpractice.platform.ValidationException;
import org.openpractice.platform.persistence.Ids;
import org.openpractice.platform.persistence.MigrationRunner;
import org.openpractice.platform.persistence.Transactions;
import org.openpractice.platform.security.CurrentMember;
import org.openpractice.platform.security.RequestContext;
import org.openpractice.platform.security.Role;
import org.openpractice.testing.TestDatabase;

/**
 * Not a unit test: fills an on-disk Derby database under target/ with N contacts in one account (plus N/20 in a
 * second) and times the searches of the contact list through the real service and persistence unit.
 * Contacts are checked by the real rules and tokenised by the real code, then written with batched JDBC into the
 * same tables (as the service would write them, only faster). Run it with
 * {@code mvn -o -q test-compile exec:java} in bundles/contacts (argument: number of contacts, default 100000).
 */
public final class ContactSearchBenchmark {
    private static final String A = "11111111-1111-1111-1111-111111111111";
    private static final String B = "22222222-2222-2222-2222-222222222222";
    private static final int WARMUP = 5;
    private static final int RUNS = 25;
    private static final String[] FIRST = ("James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth"
            + " William Barbara Richard Susan Joseph Jessica Thomas Sarah Charles Karen Christopher Lisa Daniel Nancy"
            + " Matthew Betty Anthony Margaret Mark Sandra Donald Ashley Steven Kimberly Paul Emily Andrew Donna Joshua"
            + " Michelle Kenneth Carol Kevin Amanda Brian Dorothy George Melissa Timothy Deborah Ronald Stephanie Jason"
            + " Rebecca Edward Sharon Jeffrey Laura Ryan Cynthia Jacob Kathleen Gary Amy Nicholas Angela Eric Shirley"
            + " Jonathan Anna Stephen Brenda Larry Pamela Justin Emma Scott Nicole Brandon Helen Benjamin Samantha"
            + " Samuel Katherine Gregory Christine Alexander Debra Frank Rachel Patrick Carolyn Raymond Janet Jack"
            + " Catherine Dennis Maria Jerry Heather José Zoë Renée").split(" ");
    private static final String[] LAST = ("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez"
            + " Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White"
            + " Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill"
            + " Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans"
            + " Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz"
            + " Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez"
            + " Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster"
            + " Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher"
            + " Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West"
            + " Cole Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens"
            + " Harrison Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb Tucker Guzman"
            + " Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Muñoz Hunt Hicks"
            + " Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice Schmidt Garza"
            + " Daniels Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Kelley Spencer Hawkins"
            + " Arnold Pierce Vazquez Hansen Peters Santos Hart Bradley Knight Elliott O'Brien Smiley").split(" ");
    private static final String[] PLACE = ("Bayview Harbor Northside Southside Lakeside Riverside Hillcrest Oakwood"
            + " Maple Cedar Pine Elm Willow Sunset Sunrise Valley Summit Meadow Brookside Fairview Greenfield Westwood"
            + " Eastgate Parkside Highland Lincoln Jefferson Madison Franklin Washington Central Pacific Atlantic"
            + " Golden Silver Evergreen Mission Union Liberty Heritage Pioneer Coastal Prairie Canyon Mesa Desert"
            + " Mountain Forest Garden Orchard Bridge Harborview Stonebridge Clearwater Springfield Ashford Kingsley"
            + " Redwood Sequoia Aspen Birch Magnolia").split(" ");
    private static final String[] KIND = {"Pediatrics", "Family Medicine", "Community Care", "Aged Care",
        "Clinic", "Medical Group", "Therapy Center", "Health", "Children's Hospital", "Speech Therapy"};
    private static final String[] MAIL = {"gmail.example", "yahoo.example", "outlook.example", "icloud.example",
        "mail.example"};
    private static final int[] AREA = {201, 202, 206, 212, 213, 214, 215, 216, 217, 303, 305, 312, 313, 314, 317,
        404, 408, 410, 412, 415, 503, 504, 510, 512, 602, 612, 617, 646, 702, 713, 718, 720, 773, 801, 808, 818,
        858, 916, 919, 925, 949, 971};

    private ContactSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Path.of("target", "benchmark-derby");
        deleteTree(dir);
        System.setProperty("derby.stream.error.file", Path.of("target", "benchmark-derby.log").toString());
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(dir.toString());
        ds.setCreateDatabase("create");
        MigrationRunner runner = new MigrationRunner(ds);
        runner.migrate("platform", TestDatabase.scripts("platform"));
        runner.migrate("contacts", TestDatabase.scripts("contacts"));

        Random random = new Random(42);
        long start = System.nanoTime();
        int[] rows = fill(ds, A, count, random, true);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Filled %,d contacts in account A (%,d e-mails, %,d phones, %,d tokens) in %.1f s:"
                + " %,.0f contacts/s (batched JDBC, real rules and tokens)%n", count, rows[0], rows[1], rows[2],
                seconds, count / seconds);
        fill(ds, B, count / 20, random, false);
        System.out.printf("Filled %,d contacts in account B%n", count / 20);
        // Steady state, as on a server that has run a while: index statistics current (Derby's background
        // statistics thread would get there on its own, competing with the first searches), then a restart.
        start = System.nanoTime();
        try (Connection c = ds.getConnection()) {
            for (String table : List.of("OP_CONTACT", "OP_CONTACT_TOKEN", "OP_CONTACT_EMAIL", "OP_CONTACT_PHONE")) {
                c.createStatement().execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', '" + table + "', NULL)");
            }
        }
        shutdown(dir);
        System.out.printf("Index statistics updated and database restarted in %.1f s%n",
                (System.nanoTime() - start) / 1e9);

        Map<String, Object> props = new HashMap<>();
        props.put("javax.persistence.nonJtaDataSource", ds);
        props.put("eclipselink.logging.level", "WARNING");
        EntityManagerFactory emf = new PersistenceProvider().createEntityManagerFactory("openpractice-contacts",
                props);
        Contacts contacts = new Contacts(transactions(emf), Clock.systemUTC());
        RequestContext.set(new CurrentMember("s", "l", "bench@example.org", A, "A", "m", "Bench", Role.DIRECTOR));

        int created = 500;
        start = System.nanoTime();
        for (int i = 0; i < created; i++) {
            contacts.create(generate(random, i));
        }
        seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Created %d more through ContactService.create (EclipseLink, tokens, audit): %,.0f"
                + " contacts/s%n%n", created, created / seconds);

        System.out.printf("%-52s %8s %9s %9s%n", "search (account A, " + (count + created) + " contacts)", "total",
                "median ms", "worst ms");
        time("name prefix, rare: \"quack\"", () -> contacts.list(ContactQuery.firstPage("quack")));
        time("name prefix, common: \"smi\"", () -> contacts.list(ContactQuery.firstPage("smi")));
        time("first + last name: \"mary smith\"", () -> contacts.list(ContactQuery.firstPage("mary smith")));
        time("name prefix, one letter: \"w\"", () -> contacts.list(ContactQuery.firstPage("w")));
        time("organisation: \"harbor pediatrics\"", () -> contacts.list(ContactQuery.firstPage("harbor pediatrics")));
        time("organisation word: \"bayview\"", () -> contacts.list(ContactQuery.firstPage("bayview")));
        time("e-mail: \"zelda.q@harborpeds.example\"",
                () -> contacts.list(ContactQuery.firstPage("zelda.q@harborpeds.example")));
        time("phone: \"(415) 555-0134\"", () -> contacts.list(ContactQuery.firstPage("(415) 555-0134")));
        time("phone: \"415.555.0134\"", () -> contacts.list(ContactQuery.firstPage("415.555.0134")));
        time("phone: \"4155550134\"", () -> contacts.list(ContactQuery.firstPage("4155550134")));
        time("phone, last 7: \"555-0134\"", () -> contacts.list(ContactQuery.firstPage("555-0134")));
        time("type PHYSICIAN, page 1 by name (+ count)",
                () -> contacts.list(new ContactQuery(null, ContactType.PHYSICIAN, "name", 0, 50, false)));
        time("type PHYSICIAN + \"smi\"",
                () -> contacts.list(new ContactQuery("smi", ContactType.PHYSICIAN, "name", 0, 50, false)));
        time("all, page 1 of 50 by name (+ count)", () -> contacts.list(ContactQuery.firstPage(null)));
        time("all, page 100 of 50 by name (+ count)",
                () -> contacts.list(new ContactQuery(null, null, "name", 99, 50, false)));
        time("all, page 1 by organisation (+ count)",
                () -> contacts.list(new ContactQuery(null, null, "organisation", 0, 50, false)));
        time("all, page 1 by first e-mail (+ count)",
                () -> contacts.list(new ContactQuery(null, null, "email", 0, 50, false)));
        time("all, page 1 by first phone descending (+ count)",
                () -> contacts.list(new ContactQuery(null, null, "-phone", 0, 50, false)));
        time("all, page 1 by name descending (+ count)",
                () -> contacts.list(new ContactQuery(null, null, "-name", 0, 50, false)));
        time("total count only (page size 1)", () -> contacts.list(new ContactQuery(null, null, null, 0, 1, false)));
        time("\"smi\", page 1 by organisation (+ count)",
                () -> contacts.list(new ContactQuery("smi", null, "organisation", 0, 50, false)));
        time("all, page 1 by organisation descending (+ count)",
                () -> contacts.list(new ContactQuery(null, null, "-organisation", 0, 50, false)));
        time("type PHYSICIAN, page 1 by name descending",
                () -> contacts.list(new ContactQuery(null, ContactType.PHYSICIAN, "-name", 0, 50, false)));
        RequestContext.clear();
        emf.close();
        shutdown(dir);
    }

    private static void shutdown(Path dir) {
        EmbeddedDataSource shutdown = new EmbeddedDataSource();
        shutdown.setDatabaseName(dir.toString());
        shutdown.setShutdownDatabase("shutdown");
        try {
            shutdown.getConnection().close();
        } catch (SQLException expected) {
            // Derby answers a clean shutdown with an exception.
        }
    }

    private static void time(String label, Supplier<ContactPage> search) {
        for (int i = 0; i < WARMUP; i++) {
            search.get();
        }
        double[] ms = new double[RUNS];
        long total = 0;
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            total = search.get().total();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%-52s %8d %9.1f %9.1f%n", label, total, ms[RUNS / 2], ms[RUNS - 1]);
    }

    private static ContactInput generate(Random r, int i) {
        String first = FIRST[r.nextInt(FIRST.length)];
        String last = LAST[r.nextInt(LAST.length)];
        String organisation = r.nextInt(10) < 6 ? PLACE[r.nextInt(PLACE.length)] + " " + KIND[r.nextInt(KIND.length)]
                : null;
        int t = r.nextInt(100);
        ContactType type = t < 35 ? ContactType.PHYSICIAN : t < 65 ? ContactType.PARENT_GUARDIAN
                : t < 75 ? ContactType.COMMUNITY_CARE : t < 85 ? ContactType.AGED_CARE_FACILITY : ContactType.OTHER;
        List<String> emails = new ArrayList<>();
        int e = r.nextInt(10);
        String local = (first + "." + last).toLowerCase().replaceAll("[^a-z.]", "");
        if (e < 8) {
            emails.add(local + i + "@" + MAIL[r.nextInt(MAIL.length)]);
        }
        if (e < 2) {
            emails.add("office" + i + "@" + (organisation == null ? "practice" : organisation.split(" ")[0]
                    .toLowerCase()) + ".example");
        }
        List<Phone> phones = new ArrayList<>();
        int p = r.nextInt(10);
        if (p < 9) {
            phones.add(new Phone(p < 5 ? PhoneType.CELL : PhoneType.WORK, number(r), null));
        }
        if (p < 3) {
            phones.add(new Phone(PhoneType.FAX, number(r), null));
        }
        List<MessagingMethod> methods = phones.isEmpty() || phones.get(0).type() != PhoneType.CELL
                ? List.of(MessagingMethod.EMAIL) : List.of(MessagingMethod.EMAIL, MessagingMethod.SMS);
        return new ContactInput(first + " " + last, type == ContactType.PHYSICIAN ? "MD" : null, organisation, type,
                null, null, null, methods, emails, phones, null, null, null);
    }

    private static String number(Random r) {
        return String.format("(%d) %d-%04d", AREA[r.nextInt(AREA.length)], 200 + r.nextInt(800), r.nextInt(10000));
    }

    private static ContactInput target() {
        return new ContactInput("Zelda Quackenbush", "MD", "Harbor Pediatrics Group", ContactType.PHYSICIAN, null,
                null, null, List.of(MessagingMethod.EMAIL), List.of("zelda.q@harborpeds.example"),
                List.of(new Phone(PhoneType.WORK, "(415) 555-0134", null)), null, null, null);
    }

    /** Inserts contacts as the service stores them; answers the numbers of e-mails, phones and tokens written. */
    private static int[] fill(EmbeddedDataSource ds, String account, int count, Random random, boolean withTarget)
            throws SQLException {
        int[] rows = new int[3];
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            PreparedStatement contact = c.prepareStatement("INSERT INTO op_contact (id, account_id, name, name_key,"
                    + " qualifications, organisation, organisation_key, contact_type, messaging_methods, primary_email,"
                    + " primary_phone, primary_phone_type, archived, version, created_at, created_by, updated_at,"
                    + " updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 1, ?, 'bench', ?, 'bench')");
            PreparedStatement email = c.prepareStatement("INSERT INTO op_contact_email (contact_id, sort_order,"
                    + " address) VALUES (?, ?, ?)");
            PreparedStatement phone = c.prepareStatement("INSERT INTO op_contact_phone (contact_id, sort_order,"
                    + " phone_type, e164, national_number) VALUES (?, ?, ?, ?, ?)");
            PreparedStatement token = c.prepareStatement("INSERT INTO op_contact_token (account_id, token,"
                    + " archived, contact_type, name_key, contact_id) VALUES (?, ?, 0, ?, ?, ?)");
            for (int i = 0; i < count; i++) {
                ContactRules.Valid v;
                try {
                    v = ContactRules.check(withTarget && i == count / 2 ? target() : generate(random, i), List.of());
                } catch (ValidationException invalidNumber) {
                    i--;
                    continue;
                }
                String id = Ids.newId();
                contact.setString(1, id);
                contact.setString(2, account);
                contact.setString(3, v.name());
                contact.setString(4, SearchTokens.key(v.name()));
                contact.setString(5, v.qualifications());
                contact.setString(6, v.organisation());
                contact.setString(7, SearchTokens.key(v.organisation()));
                contact.setString(8, v.type().name());
                contact.setString(9, ContactRules.formatMethods(v.methods()));
                contact.setString(10, v.emails().isEmpty() ? null : v.emails().get(0));
                contact.setString(11, v.phones().isEmpty() ? null : v.phones().get(0).national);
                contact.setString(12, v.phones().isEmpty() ? null : v.phones().get(0).type.name());
                contact.setTimestamp(13, now);
                contact.setTimestamp(14, now);
                contact.addBatch();
                for (int k = 0; k < v.emails().size(); k++, rows[0]++) {
                    email.setString(1, id);
                    email.setInt(2, k);
                    email.setString(3, v.emails().get(k));
                    email.addBatch();
                }
                for (int k = 0; k < v.phones().size(); k++, rows[1]++) {
                    phone.setString(1, id);
                    phone.setInt(2, k);
                    phone.setString(3, v.phones().get(k).type.name());
                    phone.setString(4, v.phones().get(k).e164);
                    phone.setString(5, v.phones().get(k).national);
                    phone.addBatch();
                }
                for (String t : SearchTokens.of(v.name(), v.organisation(), v.emails(), v.phones())) {
                    token.setString(1, account);
                    token.setString(2, t);
                    token.setString(3, v.type().name());
                    token.setString(4, SearchTokens.key(v.name()));
                    token.setString(5, id);
                    token.addBatch();
                    rows[2]++;
                }
                if (i % 1000 == 999 || i == count - 1) {
                    contact.executeBatch();
                    email.executeBatch();
                    phone.executeBatch();
                    token.executeBatch();
                    c.commit();
                }
            }
            try (PreparedStatement tally = c.prepareStatement("INSERT INTO op_contact_tally (account_id,"
                    + " contact_type, archived, total) SELECT account_id, contact_type, archived, COUNT(*)"
                    + " FROM op_contact WHERE account_id = ? GROUP BY account_id, contact_type, archived")) {
                tally.setString(1, account);
                tally.executeUpdate();
            }
            c.commit();
        }
        return rows;
    }

    private static Transactions transactions(EntityManagerFactory emf) {
        return TestDatabase.transactions(emf);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
