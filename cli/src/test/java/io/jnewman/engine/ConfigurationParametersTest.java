package io.jnewman.engine;

import io.jnewman.testing.EchoServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.test;

/** jnewman.collections, jnewman.environment and jnewman.envVar.* as build tools pass them. */
class ConfigurationParametersTest {
    @TempDir
    Path dir;

    @Test
    void collectionsParameterSelectsWithoutSelectorsAndEnvironmentFileFeedsVariables() throws IOException {
        try (EchoServer server = new EchoServer()) {
            Path collections = Files.createDirectory(dir.resolve("postman"));
            SampleCollection.write(collections, server.baseUrl());
            Path environment = Files.writeString(dir.resolve("staging.postman_environment.json"), """
                    {"name": "staging", "values": [{"key": "page", "value": "2", "enabled": true}]}
                    """);

            var tests = EngineTestKit.engine(JnewmanTestEngine.ENGINE_ID)
                    .configurationParameter("jnewman.collections", collections.toString())
                    .configurationParameter("jnewman.environment", environment.toString())
                    .execute()
                    .testEvents();

            tests.assertThatEvents().haveExactly(1,
                    event(test(), displayName("page comes from the environment"), finishedSuccessfully()));
            assertThat(server.seen()).contains("GET /users?page=2");
        }
    }

    @Test
    void envVarOverridesTheEnvironmentFile() throws IOException {
        try (EchoServer server = new EchoServer()) {
            Path collection = SampleCollection.write(dir, server.baseUrl());
            Path environment = Files.writeString(dir.resolve("env.json"), """
                    {"values": [{"key": "page", "value": "9", "enabled": true}]}
                    """);

            EngineTestKit.engine(JnewmanTestEngine.ENGINE_ID)
                    .configurationParameter("jnewman.collections", collection.toString())
                    .configurationParameter("jnewman.environment", environment.toString())
                    .configurationParameter("jnewman.envVar.page", "2")
                    .execute();

            assertThat(server.seen()).contains("GET /users?page=2").doesNotContain("GET /users?page=9");
        }
    }
}
