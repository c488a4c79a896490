package org.sarhad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.sarhad.store.ArticleStore;
import org.sarhad.store.RemoteArticleStore;
import org.sarhad.store.StoreUnavailableException;
import org.sarhad.store.TdbArticleStore;

/** {@code --store DIR|URL}: a TDB2 directory, or the URL of a remote SPARQL 1.1 dataset. */
final class StoreOption {
    private StoreOption() {
    }

    static boolean isRemote(String store) {
        return store.startsWith("http://") || store.startsWith("https://");
    }

    static ArticleStore open(String store) {
        return isRemote(store) ? RemoteArticleStore.connect(store) : TdbArticleStore.open(Path.of(store));
    }

    static TdbArticleStore openLocal(String store) {
        if (isRemote(store)) {
            throw new IllegalArgumentException("this command needs a local store directory, not " + store);
        }
        return TdbArticleStore.open(Path.of(store));
    }

    /**
     * A local store that must already exist: commands that only read (query, export, serve, validate, backup,
     * compact) would otherwise create an empty store wherever a path was mistyped and answer as if it held nothing.
     */
    static TdbArticleStore openExisting(String store) {
        if (!isRemote(store) && !exists(Path.of(store))) {
            throw new StoreUnavailableException("no store at " + store, null);
        }
        return openLocal(store);
    }

    /** A TDB2 store directory holds at least one generation {@code Data-NNNN}. */
    static boolean exists(Path dir) {
        try (Stream<Path> entries = Files.isDirectory(dir) ? Files.list(dir) : Stream.empty()) {
            return entries.anyMatch(p -> p.getFileName().toString().startsWith("Data-") && Files.isDirectory(p));
        } catch (IOException e) {
            return false;
        }
    }
}
