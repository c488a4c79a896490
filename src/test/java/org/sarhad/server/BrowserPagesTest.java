package org.sarhad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each page kind rendered by headless Chromium: it loads, shows its heading, logs nothing, and its links resolve. */
class BrowserPagesTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
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
        Path profile = Files.createTempDirectory("chromium-profile");
        Path err = Files.createTempFile("chromium", ".log");
        Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0", "--dump-dom", url)
            .redirectError(err.toFile()).start();
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "chromium finished");
        return new Rendered(dom, Files.readString(err, StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/doc/incident/amu-1-i1", "/doc/actor/jamaat-ansarullah", "/doc/place/khorugh",
        "/doc/claim/amu-1-c1", "/doc/article/amu-1", "/doc/actor/the-band", "/ontology", "/void", "/search?q=Kevron"})
    void page_renders_and_links_resolve(String path) throws IOException, InterruptedException {
        Rendered page = render(http.root() + path);
        assertTrue(page.dom().contains("<h1>"), "rendered a heading: " + page.dom());
        List<String> console = page.log().lines().filter(l -> l.contains(":CONSOLE(") || l.contains("Uncaught")).toList();
        assertEquals(List.of(), console, "no console messages");
        assertFalse(page.dom().contains("<script"), "no scripts on pages");
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
}
