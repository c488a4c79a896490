package org.sarhad.iri;

import java.util.regex.Pattern;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The one place where Sarhad IRIs are made. Every IRI is a deterministic function of the base and a stable
 * key, so re-mapping an article mints the same IRIs.
 *
 * <pre>
 * IriMinter iris = IriMinter.create("http://localhost:3030/");
 * iris.entity("actor", "State Committee for National Security"); // .../id/actor/state-committee-for-national-security
 * </pre>
 *
 * The default base is {@value #DEFAULT_BASE}.
 */
public final class IriMinter {
    public static final String DEFAULT_BASE = "http://localhost:3030/";
    private static final int MAX_SLUG = 80;
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");
    private static final Pattern KIND = Pattern.compile("[a-z][a-z-]*");

    private final String base;

    private IriMinter(String base) {
        this.base = base;
    }

    /** @param base an absolute http(s) IRI ending in {@code /} */
    public static IriMinter create(String base) {
        Objects.requireNonNull(base, "base");
        if (!base.matches("https?://[^\\s<>\"{}|\\\\^`]+/")) {
            throw new IllegalArgumentException("base IRI must be an absolute http(s) IRI ending in '/': " + base);
        }
        return new IriMinter(base);
    }

    public static IriMinter createDefault() {
        return new IriMinter(DEFAULT_BASE);
    }

    public String base() {
        return base;
    }

    /** {@code {base}id/{kind}/{slug(key)}}: actors, places, borders minted from their name. */
    public String entity(String kind, String key) {
        return base + "id/" + requireKind(kind) + "/" + slug(key);
    }

    public String article(String articleId) {
        return entity("article", articleId);
    }

    /** Things that exist only inside one article (incidents, claims): the article slug plus a local key. */
    public String inArticle(String kind, String articleId, String localKey) {
        return base + "id/" + requireKind(kind) + "/" + slug(articleId) + "-" + slug(localKey);
    }

    /** A node that hangs off another IRI (seized item, participation, evidence selector). */
    public String part(String ownerIri, String partKey) {
        return ownerIri + "/" + slug(partKey);
    }

    /** The named graph that holds everything drawn from one article. */
    private static final String REFERENCE_GRAPH = "graph/reference";

    public String articleGraph(String articleId) {
        return base + "graph/article/" + slug(articleId);
    }

    /** The graph of an article's link decisions (places, borders, index keys), replaced with the article. */
    public String linkGraph(String articleId) {
        return base + "graph/links/" + slug(articleId);
    }

    /** The graph that holds one cross-report event and its links. */
    public String eventGraph(String eventKey) {
        return base + "graph/event/" + slug(eventKey);
    }

    public String referenceGraph() {
        return base + REFERENCE_GRAPH;
    }

    /** The base a reference graph's name was minted under, if it is one. */
    public static Optional<String> baseOfReferenceGraph(String graphName) {
        return graphName.endsWith(REFERENCE_GRAPH)
            ? Optional.of(graphName.substring(0, graphName.length() - REFERENCE_GRAPH.length()))
            : Optional.empty();
    }

    public String ontologyGraph() {
        return base + "graph/ontology";
    }

    public String gazetteerGraph() {
        return base + "graph/gazetteer";
    }

    /** The {@code /doc/} document that describes an {@code /id/} IRI, or null when it is not one of ours. */
    public String documentFor(String iri) {
        String prefix = base + "id/";
        return iri.startsWith(prefix) ? base + "doc/" + iri.substring(prefix.length()) : null;
    }

    /**
     * NFC, lower case, letters and digits kept (any script), everything else folded to single hyphens;
     * over-long keys keep a readable prefix plus a short hash so they stay unique.
     */
    public static String slug(String key) {
        Objects.requireNonNull(key, "key");
        String s = Normalizer.normalize(key, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        s = s.replace("'", "").replace("\u2019", "");
        s = EDGE_HYPHENS.matcher(NOT_LETTER_OR_DIGIT.matcher(s).replaceAll("-")).replaceAll("");
        if (s.isEmpty()) {
            return "x" + hash(key).substring(0, 10);
        }
        if (s.length() > MAX_SLUG) {
            s = s.substring(0, MAX_SLUG - 11).replaceAll("-+$", "") + "-" + hash(key).substring(0, 10);
        }
        return s;
    }

    private static String requireKind(String kind) {
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("bad IRI kind: " + kind);
        }
        return kind;
    }

    private static String hash(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
