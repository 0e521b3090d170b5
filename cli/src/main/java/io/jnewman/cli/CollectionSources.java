package io.jnewman.cli;

import io.jnewman.load.LoadException;
import io.jnewman.load.SourceText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The collection arguments of a run as the list of sources to load. Files and URLs stand for themselves; a directory
 * stands for its {@code *.postman_collection.json} files or, when it has none, for all its {@code *.json} files,
 * sorted by path. Directories are not searched recursively, so fixtures or archived collections in sub-folders stay
 * out unless named.
 */
final class CollectionSources {
    static final String COLLECTION_SUFFIX = ".postman_collection.json";

    private CollectionSources() {
    }

    static List<String> expand(List<String> arguments) {
        List<String> sources = new ArrayList<>();
        for (String argument : arguments) {
            Path path = SourceText.isUrl(argument) ? null : Path.of(argument);
            if (path != null && Files.isDirectory(path)) {
                sources.addAll(filesIn(path, argument));
            } else {
                sources.add(argument);
            }
        }
        return sources;
    }

    private static List<String> filesIn(Path dir, String argument) {
        List<Path> json;
        try (Stream<Path> entries = Files.list(dir)) {
            json = entries.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new LoadException("collection could not be loaded: directory \"" + argument + "\" cannot be read: "
                    + e.getMessage());
        }
        List<Path> collections = json.stream().filter(p -> p.getFileName().toString().endsWith(COLLECTION_SUFFIX))
                .toList();
        List<Path> chosen = collections.isEmpty() ? json : collections;
        if (chosen.isEmpty()) {
            throw new LoadException("collection could not be loaded: directory \"" + argument
                    + "\" has no *" + COLLECTION_SUFFIX + " or *.json files");
        }
        return chosen.stream().map(Path::toString).toList();
    }
}
