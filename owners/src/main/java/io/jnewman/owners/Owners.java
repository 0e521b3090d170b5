package io.jnewman.owners;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The owners of a set of collections, read from an owners file kept beside them ({@code collections/OWNERS}).
 * As in CODEOWNERS, the last line whose pattern matches a request decides its owner.
 */
public final class Owners {

    /** The conventional file name, looked up next to a collection. */
    public static final String FILE_NAME = "OWNERS";

    private static final Owners NONE = new Owners(List.of());

    private final List<OwnerRule> rules;

    private Owners(List<OwnerRule> rules) {
        this.rules = rules;
    }

    /** Reads an owners file; a missing file, unreadable file or bad line gives a one-line {@link OwnersFileException}. */
    public static Owners load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new OwnersFileException(file + ": cannot read owners file (" + describe(e) + ")", e);
        }
        return parse(file.toString(), text);
    }

    /** Parses owners file text; {@code sourceName} prefixes error messages ({@code sourceName:line: reason}). */
    public static Owners parse(String sourceName, String text) {
        return new Owners(new OwnersParser(sourceName).parse(text));
    }

    /** The owners file beside a collection file, if there is one. */
    public static Optional<Path> besideCollection(Path collectionFile) {
        Path dir = collectionFile.toAbsolutePath().getParent();
        if (dir == null) {
            return Optional.empty();
        }
        Path candidate = dir.resolve(FILE_NAME);
        return Files.isRegularFile(candidate) ? Optional.of(candidate) : Optional.empty();
    }

    /** Owners with no rules: nobody owns anything. */
    public static Owners none() {
        return NONE;
    }

    public List<OwnerRule> rules() {
        return rules;
    }

    /**
     * The owner of a request (or folder) of a collection.
     *
     * @param collectionFile the collection's file name; a leading directory is ignored
     * @param itemPath folder names then the request name, outermost first; empty for the collection itself
     */
    public Optional<Owner> ownerOf(String collectionFile, List<String> itemPath) {
        List<String> path = new ArrayList<>(itemPath.size() + 1);
        path.add(fileName(collectionFile));
        path.addAll(itemPath);
        for (int i = rules.size() - 1; i >= 0; i--) {
            OwnerRule rule = rules.get(i);
            if (rule.matches(path)) {
                return Optional.of(rule.owner());
            }
        }
        return Optional.empty();
    }

    /** The owner a team name stands for (its last line in the file), for reports that carry only the team name. */
    public Optional<Owner> ownerNamed(String team) {
        for (int i = rules.size() - 1; i >= 0; i--) {
            Owner owner = rules.get(i).owner();
            if (owner.team().equals(team)) {
                return Optional.of(owner);
            }
        }
        return Optional.empty();
    }

    private static String fileName(String collectionFile) {
        int slash = Math.max(collectionFile.lastIndexOf('/'), collectionFile.lastIndexOf('\\'));
        return slash < 0 ? collectionFile : collectionFile.substring(slash + 1);
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
