package org.sarhad.article;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Reads one input file into articles, reporting each unreadable unit instead of stopping. */
public interface ArticleReader {
    /**
     * Streams every article (or the reason one could not be read) of {@code file} to {@code sink}.
     *
     * @throws IOException when the file itself cannot be opened
     */
    void read(Path file, Consumer<ArticleResult> sink) throws IOException;
}
