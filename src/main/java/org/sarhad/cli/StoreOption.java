package org.sarhad.cli;

import java.nio.file.Path;
import org.sarhad.store.ArticleStore;
import org.sarhad.store.RemoteArticleStore;
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
}
