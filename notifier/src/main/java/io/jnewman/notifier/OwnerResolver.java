package io.jnewman.notifier;

import io.jnewman.owners.Owners;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who owns a failing test case. An owner written into the report ({@code [owner: team]} in the suite name, put
 * there by the cli from the owners file it ran with) wins, because it matches the collections of that run; its Slack
 * mention comes from the bundled owners file. Otherwise the bundled owners file is matched against the case's
 * collection file ({@code prefix}) and {@code folder / sub / request} path ({@code testSuiteName}).
 */
public final class OwnerResolver {

    private static final Pattern OWNER_TAG = Pattern.compile("\\s*\\[owner:\\s*([^\\]]+?)\\s*]");
    private static final String PATH_SEPARATOR = " / ";

    private final Owners owners;

    public OwnerResolver(Owners owners) {
        this.owners = owners;
    }

    public Responsible resolve(TestCase testCase) {
        Matcher tag = OWNER_TAG.matcher(testCase.suiteName());
        if (tag.find()) {
            String team = tag.group(1);
            return owners.ownerNamed(team).map(Responsible::of)
                    .orElseGet(() -> new Responsible(team, Optional.empty()));
        }
        return owners.ownerOf(collectionFile(testCase.prefix()), itemPath(testCase.suiteName()))
                .map(Responsible::of)
                .orElse(Responsible.UNOWNED);
    }

    /** The {@code folder / sub / request} path without an owner tag, as shown in messages. */
    public static String displayPath(TestCase testCase) {
        return OWNER_TAG.matcher(testCase.suiteName()).replaceAll("").trim();
    }

    static List<String> itemPath(String suiteName) {
        String path = OWNER_TAG.matcher(suiteName).replaceAll("").trim();
        if (path.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(path.split(Pattern.quote(PATH_SEPARATOR))).map(String::trim).toList();
    }

    private static String collectionFile(String prefix) {
        // CodeBuild may keep a separator after the prefix it derived from the class name
        return prefix.strip().replaceAll("[.:/]+$", "");
    }
}
