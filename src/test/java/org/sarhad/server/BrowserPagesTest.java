package org.sarhad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each page kind rendered by headless Chromium: it loads, shows its heading, logs nothing, its links resolve and its
 * scripts are all this server's; the editor runs a query into a table, and the incident browser draws its map
 * outlines and timeline. Screenshots go to {@code target/screenshots/} for a person to look at.
 */
@Tag("slow")
class BrowserPagesTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    static final Pattern SCRIPT_SRC = Pattern.compile("<script[^>]*\\ssrc=\"([^\"]*)\"");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Virtual time Chromium lets pass before it dumps the page: scripts, fetches and the query finish first. */
    static final int SETTLE_MS = 15_000;
    static NewsServer server;
    static Http http;

    @BeforeAll
    static void start() {
        assumeTrue(Files.isExecutable(CHROMIUM), "chromium not installed at " + CHROMIUM
            + ": browser checks skipped (apt-get install -y chromium)");
        server = NewsServer.builder().dataset(TestStore.fresh("browser")).port(0).build().start();
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    record Rendered(String dom, String log) {
    }

    static Rendered render(String url) throws IOException, InterruptedException {
        return chromium(url, "--dump-dom");
    }

    /** The page as a person sees it, written to target/screenshots/NAME.png. */
    static Path screenshot(String url, String name) throws IOException, InterruptedException {
        Files.createDirectories(SCREENSHOTS);
        Path png = SCREENSHOTS.resolve(name + ".png").toAbsolutePath();
        Files.deleteIfExists(png);
        chromium(url, "--screenshot=" + png, "--window-size=1400,1600", "--hide-scrollbars");
        assertTrue(Files.size(png) > 10_000, "screenshot written: " + png);
        return png;
    }

    static Rendered chromium(String url, String... mode) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile");
        Path err = Files.createTempFile("chromium", ".log");
        List<String> cmd = new java.util.ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
            "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, "--enable-logging=stderr",
            "--v=0", "--virtual-time-budget=" + SETTLE_MS));
        cmd.addAll(List.of(mode));
        cmd.add(url);
        try {
            Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
            String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(90, TimeUnit.SECONDS), "chromium finished");
            return new Rendered(dom, Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            deleteTree(profile); // one profile per page: left behind they fill the temporary directory
            Files.deleteIfExists(err);
        }
    }

    /** Best effort: a browser helper process still writing there must not fail the page's test. */
    private static void deleteTree(Path root) {
        try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            System.err.println("left " + root + ": " + e);
        }
    }

    static List<String> console(Rendered page) {
        return page.log().lines().filter(l -> l.contains(":CONSOLE(") || l.contains("Uncaught")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/doc/incident/amu-1-i1", "/doc/actor/jamaat-ansarullah", "/doc/place/khorugh",
        "/doc/claim/amu-1-c1", "/doc/article/amu-1", "/doc/actor/the-band", "/ontology", "/void", "/search?q=Kevron",
        "/incidents", "/events", "/sarhad/sparql"})
    void page_renders_and_links_resolve(String path) throws IOException, InterruptedException {
        Rendered page = render(http.root() + path);
        assertTrue(page.dom().contains("<h1>"), "rendered a heading: " + page.dom());
        assertEquals(List.of(), console(page), "no console messages");
        Matcher src = SCRIPT_SRC.matcher(page.dom());
        while (src.find()) {
            assertTrue(src.group(1).startsWith("/assets/"), "scripts only from this server's assets: " + src.group(1));
        }
        assertFalse(page.dom().contains("<script>alert"), "no injected script");
        Set<String> links = new LinkedHashSet<>();
        Matcher m = HREF.matcher(page.dom());
        while (m.find()) {
            String href = m.group(1).replace("&amp;", "&");
            if (href.startsWith("/")) {
                links.add(href);
            }
        }
        assertFalse(links.isEmpty(), "page links somewhere");
        for (String href : links) {
            int status = http.get(href, "Accept", "text/html").statusCode();
            assertNotEquals(404, status, path + " links to missing " + href);
            assertTrue(status < 400, path + " -> " + href + " answered " + status);
        }
    }

    @Test
    void editor_runs_a_query_and_shows_a_table() throws IOException, InterruptedException {
        String query = "PREFIX sarhad: <https://w3id.org/sarhad/ontology#>\nSELECT ?incident ?fatalities "
            + "WHERE { ?incident a sarhad:Incident ; sarhad:fatalities ?fatalities }";
        String url = http.root() + "/sarhad/sparql#query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        Rendered page = render(url);
        assertEquals(List.of(), console(page), "no console messages");
        assertTrue(page.dom().contains("CodeMirror"), "the editor is drawn");
        int table = page.dom().indexOf("<table");
        assertTrue(table >= 0, "a result table: " + page.dom());
        String results = page.dom().substring(table);
        assertTrue(results.contains("http://localhost:3030/id/incident/amu-1-i1"), "the incident in the table");
        assertTrue(results.contains("href=\"http://localhost:3030/id/incident/amu-1-i1\""), "linked");
        assertTrue(page.dom().contains("Seized materiel"), "example queries as tabs");
        screenshot(url, "editor");
    }

    @Test
    void editor_opens_on_an_example_and_runs_it_from_a_link() throws IOException, InterruptedException {
        Rendered plain = render(http.root() + "/sarhad/sparql");
        assertTrue(plain.dom().contains("CodeMirror") && plain.dom().contains("Incidents by border and year"),
            "the first example open in the editor");
        String url = http.root() + "/sarhad/sparql#example=seized-materiel-totals";
        Rendered page = render(url);
        assertEquals(List.of(), console(page), "no console messages");
        int table = page.dom().indexOf("<table");
        assertTrue(table >= 0, "the example ran into a table");
        String results = page.dom().substring(table);
        assertTrue(results.contains("kilograms of heroin") && results.contains("weight"), "a weight, kept apart");
        screenshot(url, "editor-example");
    }

    @Test
    void incidents_filtered_show_outlines_points_and_timeline() throws IOException, InterruptedException {
        String url = http.root() + "/incidents?country=TJ&from=2023";
        Rendered page = render(url);
        assertEquals(List.of(), console(page), "no console messages");
        String dom = page.dom();
        Files.createDirectories(SCREENSHOTS);
        Files.writeString(SCREENSHOTS.resolve("incidents.html"), dom);
        assertTrue(count(dom, "class=\"country") > 100, "country outlines drawn (DOM in target/screenshots/incidents.html)");
        assertTrue(dom.contains("class=\"border"), "borders drawn");
        assertEquals(2, count(dom, "incident-point"), "Kevron and Khorugh");
        assertTrue(dom.contains("data-ready=\"true\""), "map finished");
        assertEquals(2, count(dom, "<rect class=\"bar\""), "timeline bars for 2023-08 and 2023-09");
        assertTrue(dom.contains("2 of 4 incidents match"), "filter applied");
        screenshot(url, "incidents");
    }

    @Test
    void entity_pages_draw_the_same_map_and_their_timeline() throws IOException, InterruptedException {
        Rendered incident = render(http.root() + "/doc/incident/amu-1-i1");
        assertEquals(List.of(), console(incident), "no console messages");
        assertTrue(count(incident.dom(), "class=\"country") > 100 && incident.dom().contains("focus-point"),
            "outlines and the incident's own point");
        Rendered actor = render(http.root() + "/doc/actor/tajik-border-troops");
        assertEquals(List.of(), console(actor), "no console messages");
        assertEquals(2, count(actor.dom(), "incident-point"), "the actor's incidents at Kevron and Khorugh");
        assertEquals(2, count(actor.dom(), "<rect class=\"bar\""), "its timeline");
        Rendered country = render(http.root() + "/doc/place/tajikistan");
        assertTrue(country.dom().contains("country highlighted"), "a country page shows its area");
        screenshot(http.root() + "/doc/place/kevron", "place");
        screenshot(http.root() + "/doc/actor/tajik-border-troops", "actor");
        screenshot(http.root() + "/doc/place/tajikistan", "country");
    }

    static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
