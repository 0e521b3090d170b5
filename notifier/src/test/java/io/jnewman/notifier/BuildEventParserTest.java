package io.jnewman.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BuildEventParserTest {

    private final BuildEventParser parser = new BuildEventParser();

    private BuildEvent parse(String json) {
        return parser.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsBuildArnProjectAndStatusOfTheSampleEvent() {
        BuildEvent event = parse(NotifierFixture.event(NotifierFixture.BUILD_ARN, "SUCCEEDED"));
        assertThat(event).isEqualTo(new BuildEvent(NotifierFixture.BUILD_ARN, "jnewman-smoke", "SUCCEEDED"));
        assertThat(event.isFinal()).isTrue();
    }

    @Test
    void fallsBackToTheEventResourceForTheBuildArn() {
        BuildEvent event = parse("""
                {"source":"aws.codebuild","detail-type":"CodeBuild Build State Change",
                 "resources":["arn:aws:codebuild:eu-west-1:1:build/p:1"],"detail":{"build-status":"FAILED"}}""");
        assertThat(event.buildArn()).isEqualTo("arn:aws:codebuild:eu-west-1:1:build/p:1");
    }

    @Test
    void rejectsWhatIsNotABuildStateChange() {
        assertThatThrownBy(() -> parse("not json")).isInstanceOf(MalformedEventException.class)
                .hasMessageStartingWith("event is not JSON");
        assertThatThrownBy(() -> parse("42")).hasMessage("event is not a JSON object");
        assertThatThrownBy(() -> parse("""
                {"source":"aws.codedeploy","detail-type":"CodeDeploy Deployment State-change Notification"}"""))
                .hasMessage("expected source 'aws.codebuild' and detail-type 'CodeBuild Build State Change', got "
                        + "'aws.codedeploy' / 'CodeDeploy Deployment State-change Notification'");
        assertThatThrownBy(() -> parse("""
                {"source":"aws.codebuild","detail-type":"CodeBuild Build State Change","detail":{}}"""))
                .hasMessage("event has no CodeBuild build ARN in detail.build-id");
        assertThatThrownBy(() -> parse("""
                {"source":"aws.codebuild","detail-type":"CodeBuild Build State Change",
                 "detail":{"build-id":"arn:aws:codebuild:r:1:build/p:1"}}"""))
                .hasMessage("event has no detail.build-status");
    }
}
