package org.sarhad.cli;

import java.util.Set;
import org.sarhad.iri.IriMinter;
import org.sarhad.store.ArticleStore;
import picocli.CommandLine.Option;

/** {@code --base IRI}, shared by every command that mints or reads entity IRIs. */
final class BaseOption {
    @Option(names = "--base", paramLabel = "IRI",
            description = "base IRI of minted entities (default: the store's, else " + IriMinter.DEFAULT_BASE + ")")
    String base;

    /** The given base, else the default: for commands without a store. */
    String orDefault() {
        return base == null ? IriMinter.DEFAULT_BASE : base;
    }

    /**
     * The base the store's data was minted under when it has one, which {@code --base} may repeat but not change:
     * a second base would mint a second copy of every entity and reference graph beside the first.
     */
    String of(ArticleStore store) {
        Set<String> recorded = store.recordedBases();
        if (recorded.size() > 1) {
            throw new IllegalArgumentException("the store holds data minted under several bases " + recorded
                    + "; export what you need and ingest it into a fresh store");
        }
        if (recorded.isEmpty()) {
            return orDefault();
        }
        String stored = recorded.iterator().next();
        if (base != null && !base.equals(stored)) {
            throw new IllegalArgumentException("the store was ingested with --base " + stored + ", not " + base
                    + "; leave out --base (the store's is used) or use a fresh store for the other base");
        }
        return stored;
    }
}
