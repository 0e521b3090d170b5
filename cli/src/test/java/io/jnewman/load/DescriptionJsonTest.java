package io.jnewman.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jnewman.model.Collection;
import io.jnewman.model.Description;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DescriptionJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyDescriptionInTheCollectionBecomesContentAndType() throws Exception {
        JsonNode root = JSON.readTree("""
                {"info": {"name": "c", "description": "collection text"},
                 "variable": [{"key": "v", "value": "1", "description": null}],
                 "item": [{"name": "folder", "description": {"content": "folder text", "version": 2},
                           "item": [{"name": "r", "description": "item text",
                                     "protocolProfileBehavior": {"description": "left as it is"},
                                     "request": {"url": "http://localhost/", "description": {"content": "# md", "type": "text/markdown"},
                                                 "header": [{"key": "X", "value": "1", "description": "header text"}]}}]}]}
                """);
        Collection collection = CollectionLoader.fromJson(root, "c.json");
        JsonNode json = collection.json();
        assertThat(json.at("/info/description").toString()).isEqualTo("{\"content\":\"collection text\",\"type\":\"text/plain\"}");
        assertThat(json.at("/variable/0/description").toString()).isEqualTo("{}");
        assertThat(json.at("/item/0/description").toString()).isEqualTo("{\"content\":\"folder text\",\"type\":\"text/plain\"}");
        JsonNode item = json.at("/item/0/item/0");
        assertThat(item.at("/description").toString()).isEqualTo("{\"content\":\"item text\",\"type\":\"text/plain\"}");
        assertThat(item.at("/protocolProfileBehavior/description").asText()).isEqualTo("left as it is");
        assertThat(item.at("/request/description").toString()).isEqualTo("{\"content\":\"# md\",\"type\":\"text/markdown\"}");
        assertThat(item.at("/request/header/0/description").toString()).isEqualTo("{\"content\":\"header text\",\"type\":\"text/plain\"}");
        // the models read the text as before, and a request keeps its type
        assertThat(collection.description()).isEqualTo("collection text");
        assertThat(collection.items().get(0).children().get(0).request().description()).isEqualTo(new Description("# md", "text/markdown"));
    }

    @Test
    void aRequestIsWrittenWithItsDescriptionFirst() throws Exception {
        var request = RequestJson.fromJson(JSON.readTree("{\"url\": \"http://localhost/\", \"method\": \"GET\", \"description\": \"text\"}"));
        assertThat(RequestJson.toJson(request).toString())
                .startsWith("{\"description\":{\"content\":\"text\",\"type\":\"text/plain\"},\"url\":");
    }
}
