package io.jnewman.load;

import io.jnewman.model.Collection;
import io.jnewman.model.Item;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CollectionLoaderTest {
    private static final String COLLECTION = """
            {"info": {"_postman_id": "c1", "name": "Demo", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
             "event": [{"listen": "test", "script": {"exec": ["pm.test('c', () => {})"]}}],
             "auth": {"type": "basic", "basic": [{"key": "username", "value": "u"}, {"key": "password", "value": "p"}]},
             "variable": [{"key": "host", "value": "localhost"}],
             "item": [
               {"name": "Folder", "auth": {"type": "noauth"},
                "event": [{"listen": "test", "script": {"exec": "pm.test('f', () => {})"}}],
                "item": [{"id": "r1", "name": "Inner", "request": {"method": "post", "url": "http://{{host}}/post?a=1",
                          "header": [{"key": "X", "value": "1", "disabled": true}]},
                          "event": [{"listen": "test", "script": {"exec": ["pm.test('r', () => {})"]}}]}]},
               {"name": "Top", "request": "http://{{host}}/get"}
             ]}
            """;

    @Test
    void loadsTreeScriptsAndInheritance() {
        Collection c = CollectionLoader.fromJson(JsonInput.parse(COLLECTION, "demo.json", "collection"), "demo.json");
        assertThat(c.name()).isEqualTo("Demo");
        assertThat(c.requestItems()).extracting(Item::name).containsExactly("Inner", "Top");
        Item inner = c.requestItems().get(0);
        assertThat(inner.request().method()).isEqualTo("POST");
        assertThat(inner.request().url().toString()).isEqualTo("http://{{host}}/post?a=1");
        assertThat(inner.request().headers().get(0).disabled()).isTrue();
        assertThat(inner.listeners("test")).extracting(e -> e.script().source())
                .containsExactly("pm.test('c', () => {})", "pm.test('f', () => {})", "pm.test('r', () => {})");
        assertThat(inner.effectiveAuth().type()).isEqualTo("noauth");
        assertThat(c.requestItems().get(1).effectiveAuth().param("username")).isEqualTo("u");
        assertThat(inner.path()).containsExactly("Folder", "Inner");
    }

    @Test
    void acceptsACollectionWrappedInAnEnvelope() {
        String wrapped = "{\"collection\": " + COLLECTION + "}";
        Collection c = CollectionLoader.fromJson(JsonInput.parse(wrapped, "w.json", "collection"), "w.json");
        assertThat(c.requestItems()).hasSize(2);
    }

    @Test
    void missingFileIsOneLineNamingTheFile() {
        assertThatThrownBy(() -> CollectionLoader.load("/nope/missing.json"))
                .isInstanceOf(LoadException.class)
                .hasMessage("collection could not be loaded: unable to read data from file \"/nope/missing.json\": no such file");
    }

    @Test
    void malformedCollectionNamesLineAndColumn(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("broken.json");
        Files.writeString(f, "{\n  \"info\": {\"name\": \"x\"},\n  \"item\": [ }\n}");
        assertThatThrownBy(() -> CollectionLoader.load(f.toString()))
                .hasMessageStartingWith("collection could not be loaded: \"" + f + "\" is not valid JSON at line 3, column");
    }

    @Test
    void utf16CollectionWithByteOrderMarkLoads(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("utf16.json");
        byte[] text = "{\"info\":{\"name\":\"é\"},\"item\":[]}".getBytes(StandardCharsets.UTF_16LE);
        byte[] all = new byte[text.length + 2];
        all[0] = (byte) 0xFF;
        all[1] = (byte) 0xFE;
        System.arraycopy(text, 0, all, 2, text.length);
        Files.write(f, all);
        assertThat(CollectionLoader.load(f.toString()).name()).isEqualTo("é");
    }

    @Test
    void v1CollectionsRunSubFoldersBeforeAFoldersOwnRequests() {
        String v1 = """
                {"id": "c", "name": "v1", "order": ["r0"], "folders_order": ["f1"],
                 "folders": [{"id": "f1", "name": "F1", "order": ["r1"], "folders_order": ["f2"]},
                             {"id": "f2", "name": "F2", "order": ["r2"], "folders_order": []}],
                 "requests": [{"id": "r0", "name": "root", "method": "GET", "url": "http://x/0", "headers": "A: 1\n",
                               "tests": "tests['ok'] = true;"},
                              {"id": "r1", "name": "one", "method": "POST", "url": "http://x/1", "dataMode": "raw", "rawModeData": "{}"},
                              {"id": "r2", "name": "two", "method": "GET", "url": "http://x/2"}]}
                """;
        Collection c = CollectionLoader.fromJson(JsonInput.parse(v1, "v1.json", "collection"), "v1.json");
        assertThat(c.requestItems()).extracting(Item::name).containsExactly("two", "one", "root");
        Item root = c.requestItems().get(2);
        assertThat(root.request().header("A")).isEqualTo("1");
        assertThat(root.listeners("test")).hasSize(1);
        assertThat(c.requestItems().get(1).request().body().raw()).isEqualTo("{}");
    }

    @Test
    void aSingleEventObjectCountsAsAList() {
        String json = "{\"info\":{\"name\":\"x\"},\"item\":[{\"name\":\"r\",\"request\":\"http://x\","
                + "\"event\":{\"listen\":\"test\",\"script\":{\"exec\":[\"1\"]}}}]}";
        Collection c = CollectionLoader.fromJson(JsonInput.parse(json, "x.json", "collection"), "x.json");
        assertThat(c.requestItems().get(0).listeners("test")).hasSize(1);
    }
}
