package io.jnewman.owners;

import java.util.List;

/** One line of an owners file: whatever {@code pattern} matches belongs to {@code owner}. */
public record OwnerRule(PathPattern pattern, Owner owner, int line) {

    public boolean matches(List<String> path) {
        return pattern.matches(path);
    }
}
