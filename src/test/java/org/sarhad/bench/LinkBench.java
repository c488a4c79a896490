package org.sarhad.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
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
 * article k mod 53 under a new id with its dates moved on by 14 days per copy, so the store grows in time as a news
 * archive does (a month holds about as many reports of each story at the 10,000th article as at the 100th); a copy of
 * an article without a publication date is given one ({@link #shifted}).
 * Run by {@code bench/linking.sh}: {@code LinkBench dev.jsonl dev2.jsonl gazetteer-dir N out.md}.
 */
public final class LinkBench {
    static final int GROUP = 50;
    private static final int SHIFT_DAYS = 14;
    private static final String UNDATED_ANCHOR = "2020-01-01";

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
        long events = 0;
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
            int done = Math.min(n, start + GROUP);
            if (start == 0 || done % 1000 == 0 || done == n) {
                events = Txn.calculateRead(linked.dataset(), () -> {
                    long count = 0;
                    for (var it = linked.dataset().listModelNames(); it.hasNext();) {
                        count += it.next().getURI().contains("/graph/event/") ? 1 : 0;
                    }
                    return count;
                });
                int size = graphs.size();
                double linkMs = ((t2 - t1) - plainNanos + (t3 - t2)) / 1e6 / size;
                rows.add(String.format(Locale.ROOT, "| %d | %.2f | %.2f | %.2f | %.2f | %d |", done,
                        plainNanos / 1e6 / size, (t2 - t1) / 1e6 / size, (t3 - t2) / 1e6 / size,
                        Math.max(0, linkMs), events));
            }
        }
        StringBuilder md = new StringBuilder("## Per-article cost as the store grows (" + n + " articles, groups of "
                + GROUP + ")\n\n| articles | store without linking ms | store with link graphs ms | event update ms |"
                + " linking ms (link graphs + events - plain store) | events in store |\n|---|---|---|---|---|---|\n");
        rows.forEach(r -> md.append(r).append('\n'));
        Files.writeString(Path.of(args[4]), md.toString(), StandardCharsets.UTF_8);
    }

    /**
     * The article with every date literal moved on by {@code copy * 14} days (months and years likewise). A copy of an
     * article without a publication date gets one, {@code copy * 14} days after the latest date its incidents carry
     * (or after {@value #UNDATED_ANCHOR}): an archive does not hold hundreds of identical reports that nothing dates,
     * which would all be one event.
     */
    static Graph shifted(Graph g, int copy) {
        if (copy == 0) {
            return g;
        }
        Graph out = GraphFactory.createGraphMem();
        g.find().forEach((Triple t) -> out.add(Triple.create(t.getSubject(), t.getPredicate(), shift(t.getObject(),
                copy * SHIFT_DAYS))));
        Node published = NodeFactory.createURI(SchemaDO.datePublished.getURI());
        Node articleId = SARHAD.articleId.asNode();
        g.find(Node.ANY, articleId, Node.ANY).forEach((Triple t) -> {
            if (!g.contains(t.getSubject(), published, Node.ANY)) {
                LocalDate anchor = latestDate(g);
                out.add(Triple.create(t.getSubject(), published, NodeFactory.createLiteralDT(
                        anchor.plusDays((long) copy * SHIFT_DAYS).toString(), XSDDatatype.XSDdate)));
            }
        });
        return out;
    }

    /** The latest date an incident of the article carries (a month or year read as its first day). */
    private static LocalDate latestDate(Graph g) {
        LocalDate latest = LocalDate.parse(UNDATED_ANCHOR);
        boolean any = false;
        for (Triple t : g.find(Node.ANY, SARHAD.date.asNode(), Node.ANY).toList()) {
            String lex = t.getObject().getLiteralLexicalForm();
            String day = lex.length() == 4 ? lex + "-01-01" : lex.length() == 7 ? lex + "-01" : lex;
            LocalDate d = LocalDate.parse(day);
            latest = !any || d.isAfter(latest) ? d : latest;
            any = true;
        }
        return latest;
    }

    private static Node shift(Node n, int days) {
        if (!n.isLiteral()) {
            return n;
        }
        String dt = n.getLiteralDatatypeURI();
        String lex = n.getLiteralLexicalForm();
        if (XSDDatatype.XSDdate.getURI().equals(dt)) {
            return NodeFactory.createLiteralDT(LocalDate.parse(lex).plusDays(days).toString(), XSDDatatype.XSDdate);
        }
        if (XSDDatatype.XSDgYearMonth.getURI().equals(dt)) {
            return NodeFactory.createLiteralDT(YearMonth.parse(lex).plusMonths(days / 30).toString(),
                    XSDDatatype.XSDgYearMonth);
        }
        if (XSDDatatype.XSDgYear.getURI().equals(dt)) {
            return NodeFactory.createLiteralDT(Integer.toString(Integer.parseInt(lex) + days / 365),
                    XSDDatatype.XSDgYear);
        }
        return n;
    }
}
