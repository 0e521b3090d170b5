package io.jnewman.notifier.fakes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnewman.notifier.TestCase;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CodeBuild's BatchGetBuilds, BatchGetReports and DescribeTestCases over the AWS JSON 1.1 protocol, serving builds
 * and reports a test adds. DescribeTestCases pages like the real API: at most {@code maxResults} (and at most the
 * fake's page size) cases a page, with a {@code nextToken} while more remain.
 */
public final class FakeCodeBuild extends AwsJsonFake {

    private final Map<String, ObjectNode> builds = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> reports = new ConcurrentHashMap<>();
    private final Map<String, List<TestCase>> cases = new ConcurrentHashMap<>();
    private volatile int pageSize = 100;

    public FakeCodeBuild() {
        super("application/x-amz-json-1.1");
    }

    public void pageSize(int size) {
        this.pageSize = size;
    }

    public void addBuild(String arn, String status, String stage, Instant start, Instant end,
                         List<String> reportArns) {
        ObjectNode build = JSON.createObjectNode()
                .put("arn", arn)
                .put("id", arn.substring(arn.indexOf("build/") + 6))
                .put("buildNumber", 42)
                .put("buildStatus", status)
                .put("projectName", arn.substring(arn.indexOf("build/") + 6, arn.lastIndexOf(':')))
                .put("startTime", start.getEpochSecond())
                .put("endTime", end.getEpochSecond());
        ObjectNode environment = build.putObject("environment")
                .put("type", "LINUX_CONTAINER").put("image", "aws/codebuild/standard:7.0")
                .put("computeType", "BUILD_GENERAL1_SMALL");
        ArrayNode variables = environment.putArray("environmentVariables");
        if (stage != null) {
            variables.addObject().put("name", "STAGE").put("value", stage).put("type", "PLAINTEXT");
        }
        ArrayNode arns = build.putArray("reportArns");
        reportArns.forEach(arns::add);
        builds.put(arn, build);
    }

    /** Adds a build environment variable, as a StartBuild override or the project would. */
    public void setVariable(String buildArn, String name, String value) {
        ((ArrayNode) builds.get(buildArn).path("environment").path("environmentVariables")).addObject()
                .put("name", name).put("value", value).put("type", "PLAINTEXT");
    }

    public void addReport(String reportArn, List<TestCase> testCases) {
        ObjectNode report = JSON.createObjectNode()
                .put("arn", reportArn)
                .put("type", "TEST")
                .put("name", reportArn.substring(reportArn.lastIndexOf(':') + 1))
                .put("status", testCases.stream().allMatch(TestCase::passed) ? "SUCCEEDED" : "FAILED");
        report.putObject("testSummary").put("total", testCases.size());
        reports.put(reportArn, report);
        cases.put(reportArn, List.copyOf(testCases));
    }

    @Override
    protected Reply handle(String operation, JsonNode input) {
        return switch (operation) {
            case "BatchGetBuilds" -> batchGet(input.path("ids"), builds, "builds", "buildsNotFound");
            case "BatchGetReports" -> batchGet(input.path("reportArns"), reports, "reports", "reportsNotFound");
            case "DescribeTestCases" -> describeTestCases(input);
            default -> error(400, "InvalidInputException", "unknown operation " + operation);
        };
    }

    private Reply batchGet(JsonNode ids, Map<String, ObjectNode> store, String found, String notFound) {
        ObjectNode out = JSON.createObjectNode();
        ArrayNode hits = out.putArray(found);
        ArrayNode misses = out.putArray(notFound);
        ids.forEach(id -> {
            ObjectNode item = store.get(id.asText());
            if (item == null) {
                misses.add(id.asText());
            } else {
                hits.add(item);
            }
        });
        return ok(out);
    }

    private Reply describeTestCases(JsonNode input) {
        String reportArn = input.path("reportArn").asText();
        List<TestCase> all = cases.get(reportArn);
        if (all == null) {
            return error(400, "ResourceNotFoundException", "no report " + reportArn);
        }
        int start = input.hasNonNull("nextToken") ? Integer.parseInt(input.get("nextToken").asText()) : 0;
        int size = Math.min(pageSize, input.path("maxResults").asInt(50));
        int end = Math.min(all.size(), start + size);
        ObjectNode out = JSON.createObjectNode();
        ArrayNode page = out.putArray("testCases");
        for (TestCase c : all.subList(start, end)) {
            page.addObject().put("reportArn", reportArn).put("prefix", c.prefix())
                    .put("testSuiteName", c.suiteName()).put("name", c.name()).put("status", c.status())
                    .put("message", c.message()).put("durationInNanoSeconds", 1_000_000);
        }
        if (end < all.size()) {
            out.put("nextToken", Integer.toString(end));
        }
        return ok(out);
    }
}
