package io.jnewman.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GateConfigTest {

    @Test
    void readsTheLambdaEnvironmentWithDefaults() {
        GateConfig config = GateConfig.fromEnvironment(Map.of("PROJECT_NAME", "jnewman-smoke",
                "DEPLOYMENT_STAGES", "{\"shop/shop-prod\":\"production\"}"));

        assertThat(config.stageOf("shop", "shop-prod")).contains("production");
        assertThat(config.stageOf("shop", "other")).isEmpty();
        assertThat(config.margin()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.firstPoll()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.longestPoll()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void badSettingsAreNamedInOneLine() {
        assertThatThrownBy(() -> GateConfig.fromEnvironment(Map.of("PROJECT_NAME", "p")))
                .hasMessage("environment variable DEPLOYMENT_STAGES is not set");
        assertThatThrownBy(() -> GateConfig.fromEnvironment(Map.of("PROJECT_NAME", "p", "DEPLOYMENT_STAGES", "[1]")))
                .hasMessage("DEPLOYMENT_STAGES must be a JSON object of application/group to stage");
        assertThatThrownBy(() -> GateConfig.fromEnvironment(Map.of("PROJECT_NAME", "p", "DEPLOYMENT_STAGES", "{}",
                "RESERVE_SECONDS", "-1")))
                .hasMessage("environment variable RESERVE_SECONDS is not a number of seconds: -1");
    }
}
