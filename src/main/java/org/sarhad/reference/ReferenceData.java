package org.sarhad.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.sarhad.extract.Dictionary;

/**
 * The curated reference data ({@code data/reference/*.ttl}: states, agencies, armed groups, outlets, persons, places,
 * borders) and the extractor dictionary built from it.
 *
 * <pre>
 * Model ref = ReferenceData.load("http://localhost:3030/");
 * Dictionary dict = ReferenceData.dictionary(ref);
 * </pre>
 *
 * The files are listed in {@value #INDEX} so they load from a shaded jar without classpath scanning.
 */
public final class ReferenceData {
    /** Classpath resource listing the reference files, one name a line. */
    public static final String INDEX = "data/reference/index.txt";
    private static final String DIR = "data/reference/";

    private ReferenceData() {
    }

    /** Parses every listed file with the given base IRI (relative IRIs resolve against it). */
    public static Model load(String base) {
        Objects.requireNonNull(base, "base");
        Model model = ModelFactory.createDefaultModel();
        for (String file : files()) {
            try (InputStream in = open(DIR + file)) {
                RDFParser.source(in).lang(Lang.TURTLE).base(base).parse(model);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read reference file " + DIR + file, e);
            }
        }
        return model;
    }

    /** The names of the reference files, in index order. */
    public static List<String> files() {
        List<String> names = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(INDEX), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + INDEX, e);
        }
        return List.copyOf(names);
    }

    /** The extractor dictionary of any model holding reference data (actors, outlets, places). */
    public static Dictionary dictionary(Model model) {
        return DictionaryBuilder.build(model);
    }

    /** Convenience: load with the base and build the dictionary. */
    public static Dictionary dictionary(String base) {
        return dictionary(load(base));
    }

    private static InputStream open(String resource) {
        InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("reference resource missing from the classpath: " + resource);
        }
        return in;
    }
}
