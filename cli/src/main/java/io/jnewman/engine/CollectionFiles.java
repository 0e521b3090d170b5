package io.jnewman.engine;

import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.discovery.ClasspathResourceSelector;
import org.junit.platform.engine.discovery.ClasspathRootSelector;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.discovery.FileSelector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which collection files a discovery request names: files, directories and classpath roots are searched for
 * {@code *.postman_collection.json}; the {@code jnewman.collections} parameter (comma-separated files or directories)
 * adds more. When neither names anything, the {@code collections/} folder of the working directory is used.
 */
final class CollectionFiles {
    static final String SUFFIX = ".postman_collection.json";
    static final String COLLECTIONS_PARAMETER = "jnewman.collections";

    private CollectionFiles() {
    }

    static List<Path> selectedBy(EngineDiscoveryRequest request) {
        Set<Path> found = new LinkedHashSet<>();
        boolean anySelector = false;
        for (DiscoverySelector selector : request.getSelectorsByType(DiscoverySelector.class)) {
            switch (selector) {
                case FileSelector file -> {
                    anySelector = true;
                    if (isCollection(file.getPath())) found.add(file.getPath().toAbsolutePath().normalize());
                }
                case DirectorySelector dir -> {
                    anySelector = true;
                    found.addAll(scan(dir.getPath()));
                }
                case ClasspathRootSelector root -> {
                    anySelector = true;
                    if ("file".equals(root.getClasspathRoot().getScheme())) found.addAll(scan(Path.of(root.getClasspathRoot())));
                }
                case ClasspathResourceSelector resource -> {
                    anySelector = true;
                    Path path = resourcePath(resource.getClasspathResourceName());
                    if (path != null && isCollection(path)) found.add(path);
                }
                default -> {
                }
            }
        }
        var parameter = request.getConfigurationParameters().get(COLLECTIONS_PARAMETER);
        if (parameter.isPresent()) {
            anySelector = true;
            for (String part : parameter.get().split(",")) {
                if (part.isBlank()) continue;
                Path path = Path.of(part.strip());
                if (Files.isDirectory(path)) found.addAll(scan(path));
                else if (Files.isRegularFile(path)) found.add(path.toAbsolutePath().normalize());
            }
        }
        if (!anySelector) found.addAll(scan(Path.of("collections")));
        return new ArrayList<>(found);
    }

    private static boolean isCollection(Path path) {
        return Files.isRegularFile(path) && path.getFileName().toString().endsWith(SUFFIX);
    }

    /** Collection files under a directory, sorted so the plan is the same on every machine. */
    private static List<Path> scan(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(CollectionFiles::isCollection).map(p -> p.toAbsolutePath().normalize()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Only resources that are plain files can be loaded by path; resources inside jars are not supported. */
    private static Path resourcePath(String name) {
        URL url = Thread.currentThread().getContextClassLoader().getResource(name.startsWith("/") ? name.substring(1) : name);
        if (url == null || !"file".equals(url.getProtocol())) return null;
        try {
            return Path.of(url.toURI()).toAbsolutePath().normalize();
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
