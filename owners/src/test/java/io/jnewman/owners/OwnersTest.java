package io.jnewman.owners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnersTest {

    private static final Owner PLATFORM = new Owner("platform", "S0PLATFORM");
    private static final Owner PAYMENTS = new Owner("payments", "S0PAYMENTS");
    private static final Owner ALICE = new Owner("alice", "U0ALICE");

    private final Owners owners = Owners.parse("OWNERS", """
            *.postman_collection.json                        platform  S0PLATFORM
            smoke.postman_collection.json/Payments           payments  S0PAYMENTS
            smoke.postman_collection.json/Payments/Refund    alice     U0ALICE
            """);

    @Test
    void lastMatchingLineWins() {
        assertThat(owners.ownerOf("smoke.postman_collection.json", List.of("Payments", "Refund"))).contains(ALICE);
        assertThat(owners.ownerOf("smoke.postman_collection.json", List.of("Payments", "Charge"))).contains(PAYMENTS);
        assertThat(owners.ownerOf("smoke.postman_collection.json", List.of("Users", "Get"))).contains(PLATFORM);
    }

    @Test
    void collectionDirectoryIsIgnored() {
        assertThat(owners.ownerOf("collections/smoke.postman_collection.json", List.of("Payments", "Charge")))
                .contains(PAYMENTS);
    }

    @Test
    void unmatchedPathHasNoOwner() {
        assertThat(owners.ownerOf("notes.txt", List.of("x"))).isEmpty();
        assertThat(Owners.none().ownerOf("smoke.postman_collection.json", List.of())).isEmpty();
    }

    @Test
    void ownerNamedFindsTheTeamsSlackId() {
        assertThat(owners.ownerNamed("payments")).contains(PAYMENTS);
        assertThat(owners.ownerNamed("nobody")).isEmpty();
    }

    @Test
    void loadReadsAFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("OWNERS"), "a.json team S01\n");
        assertThat(Owners.load(file).ownerOf("a.json", List.of("r"))).contains(new Owner("team", "S01"));
    }

    @Test
    void loadOfMissingFileIsAOneLineError(@TempDir Path dir) {
        Path missing = dir.resolve("OWNERS");
        assertThatThrownBy(() -> Owners.load(missing))
                .isInstanceOf(OwnersFileException.class)
                .hasMessage(missing + ": cannot read owners file (no such file)");
    }

    @Test
    void loadErrorsNameTheFileAndLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("OWNERS"), "a.json team S01\nbroken\n");
        assertThatThrownBy(() -> Owners.load(file)).hasMessageStartingWith(file + ":2: ");
    }

    @Test
    void ownersFileIsFoundBesideTheCollection(@TempDir Path dir) throws IOException {
        Path collection = Files.writeString(dir.resolve("smoke.postman_collection.json"), "{}");
        assertThat(Owners.besideCollection(collection)).isEmpty();
        Files.writeString(dir.resolve("OWNERS"), "");
        assertThat(Owners.besideCollection(collection)).contains(dir.resolve("OWNERS"));
    }
}
