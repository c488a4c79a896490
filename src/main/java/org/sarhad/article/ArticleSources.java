package org.sarhad.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads article inputs: {@code .json}, {@code .jsonl} and {@code .txt} files, or folders of them (walked in
 * name order). Every problem is reported per input unit through the sink; nothing stops the batch.
 */
public final class ArticleSources {
    private ArticleSources() {
    }

    public static void read(List<Path> paths, Consumer<ArticleResult> sink) {
        for (Path p : paths) {
            for (Path file : files(p, sink)) {
                readFile(file, sink);
            }
        }
    }

    private static List<Path> files(Path p, Consumer<ArticleResult> sink) {
        if (!Files.exists(p)) {
            sink.accept(ArticleResult.failed(p.toString(), "no such file or folder"));
            return List.of();
        }
        if (!Files.isDirectory(p)) {
            return List.of(p);
        }
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(p)) {
            s.filter(Files::isRegularFile).filter(f -> readerFor(f) != null).sorted().forEach(out::add);
        } catch (IOException e) {
            sink.accept(ArticleResult.failed(p.toString(), "cannot list folder: " + e.getMessage()));
        }
        return out;
    }

    private static void readFile(Path file, Consumer<ArticleResult> sink) {
        ArticleReader reader = readerFor(file);
        if (reader == null) {
            sink.accept(ArticleResult.failed(file.toString(), "unsupported file type (use .json, .jsonl or .txt)"));
            return;
        }
        try {
            reader.read(file, sink);
        } catch (IOException e) {
            sink.accept(ArticleResult.failed(file.toString(), "cannot read: " + e.getMessage()));
        }
    }

    static ArticleReader readerFor(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return new JsonLinesArticleReader();
        }
        if (name.endsWith(".json")) {
            return new JsonArticleReader();
        }
        if (name.endsWith(".txt")) {
            return new TextArticleReader();
        }
        return null;
    }
}
