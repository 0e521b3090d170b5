package io.jnewman.resolve;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.jnewman.model.Variable;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VariableResolverTest {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private static VariableScope scope(String kind, String... kv) {
        VariableScope s = VariableScope.empty(kind);
        for (int i = 0; i < kv.length; i += 2) s.set(kv[i], JSON.textNode(kv[i + 1]));
        return s;
    }

    @Test
    void localBeatsDataBeatsEnvironmentBeatsCollectionBeatsGlobals() {
        VariableScope local = scope("local", "a", "local");
        VariableScope data = scope("data", "a", "data", "b", "data");
        VariableScope env = scope("environment", "a", "env", "b", "env", "c", "env");
        VariableScope coll = scope("collection", "a", "coll", "b", "coll", "c", "coll", "d", "coll");
        VariableScope globals = scope("globals", "a", "g", "b", "g", "c", "g", "d", "g", "e", "g");
        VariableResolver r = new VariableResolver(List.of(local, data, env, coll, globals), null);
        assertThat(r.resolve("{{a}} {{b}} {{c}} {{d}} {{e}}")).isEqualTo("local data env coll g");
    }

    @Test
    void nestedReferencesResolveInnermostFirst() {
        VariableResolver r = new VariableResolver(List.of(scope("environment", "inner", "ok", "name_ok", "nested-ok")), null);
        assertThat(r.resolve("n={{name_{{inner}}}}")).isEqualTo("n=nested-ok");
    }

    @Test
    void unresolvedReferencesStayLiteral() {
        VariableResolver r = new VariableResolver(List.of(scope("environment", "x", "1")), null);
        assertThat(r.resolve("{{x}}/{{missing}}")).isEqualTo("1/{{missing}}");
    }

    @Test
    void disabledVariablesDoNotResolve() {
        VariableScope env = new VariableScope("environment", null, null,
                List.of(new Variable("x", JSON.textNode("off"), "any", true)));
        VariableResolver r = new VariableResolver(List.of(env), null);
        assertThat(r.resolve("{{x}}")).isEqualTo("{{x}}");
    }

    @Test
    void valuesAreStringifiedLikeJavaScript() {
        VariableScope env = VariableScope.empty("environment");
        env.set("n", JSON.numberNode(42));
        env.set("f", JSON.numberNode(1.5));
        env.set("b", JSON.booleanNode(true));
        env.set("o", JSON.objectNode().put("k", 1));
        VariableResolver r = new VariableResolver(List.of(env), null);
        assertThat(r.resolve("{{n}} {{f}} {{b}} {{o}}")).isEqualTo("42 1.5 true [object Object]");
    }

    @Test
    void selfReferenceStopsAfterTheSubstitutionLimit() {
        VariableResolver r = new VariableResolver(List.of(scope("environment", "loop", "{{loop}}")), null);
        assertThat(r.resolve("{{loop}}")).isEqualTo("{{loop}}");
    }

    @Test
    void dynamicVariablesAreTheLastFallbackAndFreshPerOccurrence() {
        DynamicVariables dynamic = new DynamicVariables();
        VariableResolver r = new VariableResolver(List.of(scope("environment", "$guid", "mine")), dynamic);
        assertThat(r.resolve("{{$guid}}")).isEqualTo("mine");
        VariableResolver plain = new VariableResolver(List.of(), dynamic);
        String two = plain.resolve("{{$randomUUID}} {{$randomUUID}}");
        String[] parts = two.split(" ");
        assertThat(parts[0]).matches("[0-9a-f-]{36}").isNotEqualTo(parts[1]);
        assertThat(Integer.parseInt(plain.resolve("{{$randomInt}}"))).isBetween(0, 1000);
        assertThat(plain.resolve("{{$timestamp}}")).matches("\\d{10}");
    }
}
