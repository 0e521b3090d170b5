package io.jnewman.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A collection for the engine tests: a folder with a request whose tests pass, fail and skip, a top-level request
 * whose test script throws, and one whose request cannot connect.
 */
final class SampleCollection {
    private SampleCollection() {
    }

    static Path write(Path dir, String baseUrl) throws IOException {
        String json = """
                {
                  "info": {"name": "Sample", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                  "item": [
                    {"name": "Users", "item": [
                      {"name": "list users",
                       "request": {"method": "GET", "url": "%1$s/users?page={{page}}"},
                       "event": [{"listen": "test", "script": {"exec": [
                         "pm.test('status is 200', () => pm.response.to.have.status(200));",
                         "pm.test('page comes from the environment', () => pm.expect(pm.response.json().args.page).to.equal('2'));",
                         "pm.test('count is wrong', () => pm.expect(1).to.equal(2));",
                         "pm.test.skip('not yet', () => {});"
                       ]}}]}
                    ]},
                    {"name": "broken script",
                     "request": {"method": "GET", "url": "%1$s/broken"},
                     "event": [{"listen": "test", "script": {"exec": ["nope.x = 1;"]}}]},
                    {"name": "unreachable",
                     "request": {"method": "GET", "url": "http://127.0.0.1:1/"}}
                  ]
                }
                """.formatted(baseUrl);
        Path file = dir.resolve("sample.postman_collection.json");
        Files.writeString(file, json);
        return file;
    }
}
