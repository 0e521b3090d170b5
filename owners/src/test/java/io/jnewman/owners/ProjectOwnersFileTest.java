package io.jnewman.owners;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The owners file the project ships beside its own collections parses and assigns the folders it names. */
class ProjectOwnersFileTest {

    private static final Path FILE = Path.of("..", "collections", Owners.FILE_NAME);

    @Test
    void shippedOwnersFileParses() {
        Owners owners = Owners.load(FILE);
        assertThat(owners.rules()).isNotEmpty();
        assertThat(owners.ownerOf("smoke.postman_collection.json", List.of("Orders", "Create order")))
                .map(Owner::team).contains("payments");
        assertThat(owners.ownerOf("anything.postman_collection.json", List.of("x")))
                .map(Owner::team).contains("platform");
    }
}
