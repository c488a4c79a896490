package org.sarhad.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SchemaDO;
import org.sarhad.gazetteer.GeoNamesLoader;
import org.sarhad.iri.IriMinter;
import org.sarhad.linking.Linking;
import org.sarhad.linking.StoreLinker;
import org.sarhad.pipeline.Components;
import org.sarhad.store.TdbArticleStore;
import org.sarhad.vocab.SARHAD;

/**
 * Linking cost per article as the store grows to N articles, side by side with storing the same articles without
 * linking: two TDB2 stores on disk, written in alternating groups of {@value #GROUP} articles. Article k is dev
 * article k mod 53 under a new id, copy k / 53 published 14 days after the one before on one timeline ({@link
 * #shifted}), so the store grows in time as a news archive does: a month holds about as many reports at the 10,000th
 * article as at the 100th.
 * Run by {@code bench/linking.sh}: {@code LinkBench dev.jsonl dev2.jsonl gazetteer-dir N out.md}.
 */
public final class LinkBench {
    static final int GROUP = 50;
    private static final int SHIFT_DAYS = 14;
    private static final String TIMELINE = "2026-01-01";

    private LinkBench() {
    }

    public static void main(String[] args) throws IOException {
        Components c = Components.create(IriMinter.DEFAULT_BASE);
        Path dev = Path.of(args[0]);
        Path both = Files.createTempFile("link-bench", ".jsonl");
        Files.write(both, Files.readAllLines(dev));
        Files.write(both, Files.readAllLines(Path.of(args[1])), java.nio.file.StandardOpenOption.APPEND);
        SyntheticArticles articles = SyntheticArticles.map(c, both);
        int n = Integer.parseInt(args[3]);
        Path work = Files.createDirectories(Path.of("bench", "work", "link-bench-" + System.nanoTime()));
        TdbArticleStore plain = TdbArticleStore.open(work.resolve("plain"));
        TdbArticleStore linked = TdbArticleStore.open(work.resolve("linked"));
        List<Path> gazetteer;
        try (var files = Files.list(Path.of(args[2]))) {
            gazetteer = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        for (TdbArticleStore s : List.of(plain, linked)) {
            c.storeContext(s);
            GeoNamesLoader.load(s.dataset(), c.iris(), gazetteer);
        }
        Linking linking = StoreLinker.of(c, linked.dataset()).linking();
        List<String> rows = new ArrayList<>();
        Window window = new Window();
        for (int start = 0; start < n; start += GROUP) {
            Map<String, Model> graphs = new LinkedHashMap<>();
            List<String> ids = new ArrayList<>();
            for (int k = start; k < Math.min(n, start + GROUP); k++) {
                Model m = ModelFactory.createModelForGraph(shifted(articles.article(k), k / articles.size()));
                // the copy's own id: the last segment of its (renamed) article IRI
                String iri = m.listSubjectsWithProperty(org.sarhad.vocab.SARHAD.articleId).next().getURI();
                String id = iri.substring(iri.lastIndexOf('/') + 1);
                graphs.put(c.iris().articleGraph(id), m);
                ids.add(id);
            }
            long t0 = System.nanoTime();
            plain.replaceGraphs(graphs);
            long plainNanos = System.nanoTime() - t0;
            long t1 = System.nanoTime();
            Map<String, Model> withLinks = new LinkedHashMap<>(graphs);
            ids.forEach(id -> withLinks.put(linking.linkGraph(id), linking.articleLinks(graphs.get(c.iris().articleGraph(id)))));
            linked.replaceGraphs(withLinks);
            long t2 = System.nanoTime();
            Txn.executeWrite(linked.dataset(), () -> linking.updateEvents(linked.dataset(),
                    ids.stream().map(c.iris()::article).toList()));
            long t3 = System.nanoTime();
            window.add(graphs.size(), plainNanos, t2 - t1, t3 - t2);
            int done = Math.min(n, start + GROUP);
            if (start == 0 || done % 1000 == 0 || done == n) {
                long events = Txn.calculateRead(linked.dataset(), () -> {
                    long count = 0;
                    for (var it = linked.dataset().listModelNames(); it.hasNext();) {
                        count += it.next().getURI().contains("/graph/event/") ? 1 : 0;
                    }
                    return count;
                });
                rows.add(window.row(done, events));
                window = new Window();
            }
        }
        StringBuilder md = new StringBuilder("## Per-article cost as the store grows (" + n + " articles, groups of "
                + GROUP + "; each row the mean over the articles since the row before)\n\n| articles | store without"
                + " linking ms | store with link graphs ms | event update ms | linking ms (link graphs + events - plain"
                + " store) | with linking / without | events in store |\n|---|---|---|---|---|---|---|\n");
        rows.forEach(r -> md.append(r).append('\n'));
        Files.writeString(Path.of(args[4]), md.toString(), StandardCharsets.UTF_8);
    }

    /** Times summed over the groups since the last row. */
    private static final class Window {
        private long articles;
        private long plain;
        private long linkGraphs;
        private long events;

        void add(int size, long plainNanos, long linkGraphNanos, long eventNanos) {
            articles += size;
            plain += plainNanos;
            linkGraphs += linkGraphNanos;
            events += eventNanos;
        }

        String row(int done, long eventsInStore) {
            double linkMs = Math.max(0, (linkGraphs - plain + events) / 1e6 / articles);
            return String.format(Locale.ROOT, "| %d | %.2f | %.2f | %.2f | %.2f | %.2f | %d |", done,
                    plain / 1e6 / articles, linkGraphs / 1e6 / articles, events / 1e6 / articles, linkMs,
                    (double) (linkGraphs + events) / plain, eventsInStore);
        }
    }

    /**
     * Copy {@code copy} of an article, moved in time so that it was published {@code copy * 14} days after
     * {@value #TIMELINE}: every date literal moves by the same number of days (months and years with them), so what
     * it reports keeps its distance from its publication. An article without a publication date is anchored on the
     * latest date its incidents carry, and its copies get one: a real archive does not hold hundreds of identical
     * reports that nothing dates. Anchoring every copy on one timeline keeps each month at about 53 articles in 14
     * days however large the store grows (moving each article on from its own date would pile the copies of articles
     * twenty years apart into the same months).
     */
    static Graph shifted(Graph g, int copy) {
        if (copy == 0) {
            return g;
        }
        Node published = NodeFactory.createURI(SchemaDO.datePublished.getURI());
        Triple article = g.find(Node.ANY, SARHAD.articleId.asNode(), Node.ANY).next();
        LocalDate at = LocalDate.parse(TIMELINE).plusDays((long) copy * SHIFT_DAYS);
        List<Triple> own = g.find(article.getSubject(), published, Node.ANY).toList();
        LocalDate anchor = own.isEmpty() ? latestDate(g) : LocalDate.parse(own.get(0).getObject().getLiteralLexicalForm());
        long days = ChronoUnit.DAYS.between(anchor, at);
        Graph out = GraphFactory.createGraphMem();
        g.find().forEach((Triple t) -> out.add(Triple.create(t.getSubject(), t.getPredicate(), shift(t.getObject(),
                days))));
        if (own.isEmpty()) {
            out.add(Triple.create(article.getSubject(), published, NodeFactory.createLiteralDT(at.toString(),
                    XSDDatatype.XSDdate)));
        }
        return out;
    }

    /** The latest date an incident of the article carries (a month or year read as its first day). */
    private static LocalDate latestDate(Graph g) {
        return g.find(Node.ANY, SARHAD.date.asNode(), Node.ANY).toList().stream().map(t -> {
            String lex = t.getObject().getLiteralLexicalForm();
            return LocalDate.parse(lex.length() == 4 ? lex + "-01-01" : lex.length() == 7 ? lex + "-01" : lex);
        }).max(LocalDate::compareTo).orElse(LocalDate.parse(TIMELINE));
    }

    private static Node shift(Node n, long days) {
        if (!n.isLiteral()) {
            return n;
        }
        String dt = n.getLiteralDatatypeURI();
        String lex = n.getLiteralLexicalForm();
        if (XSDDatatype.XSDdate.getURI().equals(dt)) {
            return NodeFactory.createLiteralDT(LocalDate.parse(lex).plusDays(days).toString(), XSDDatatype.XSDdate);
        }
        if (XSDDatatype.XSDgYearMonth.getURI().equals(dt)) {
            return NodeFactory.createLiteralDT(YearMonth.from(YearMonth.parse(lex).atDay(1).plusDays(days)).toString(),
                    XSDDatatype.XSDgYearMonth);
        }
        if (XSDDatatype.XSDgYear.getURI().equals(dt)) {
            return NodeFactory.createLiteralDT(Integer.toString(LocalDate.of(Integer.parseInt(lex), 1, 1).plusDays(days)
                    .getYear()), XSDDatatype.XSDgYear);
        }
        return n;
    }
}
