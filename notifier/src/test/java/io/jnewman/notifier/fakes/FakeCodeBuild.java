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
 * CodeBuild's BatchGetBuilds, BatchGetBuildBatches, BatchGetReports and DescribeTestCases over the AWS JSON 1.1
 * protocol, serving builds, batch builds and reports a test adds. A batch's build groups report the current status
 * of their builds, as the real API does. DescribeTestCases pages like the real API: at most {@code maxResults} (and at most the
 * fake's page size) cases a page, with a {@code nextToken} while more remain.
 */
public final class FakeCodeBuild extends AwsJsonFake {

    private final Map<String, ObjectNode> builds = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> reports = new ConcurrentHashMap<>();
    private final Map<String, List<TestCase>> cases = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> batches = new ConcurrentHashMap<>();
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

    /**
     * Adds a batch build (looked up by its id, {@code project:uuid}) with a source-download group and one group per
     * entry of {@code groupBuildArns}; a null entry is a group whose build has not started yet. Each named build is
     * marked as belonging to the batch.
     */
    public void addBatch(String batchArn, boolean complete, String status, Instant start, List<String> groupBuildArns) {
        String id = batchArn.substring(batchArn.indexOf("build-batch/") + 12);
        ObjectNode batch = JSON.createObjectNode()
                .put("id", id)
                .put("arn", batchArn)
                .put("projectName", id.substring(0, id.indexOf(':')))
                .put("buildBatchNumber", 7)
                .put("buildBatchStatus", status)
                .put("complete", complete)
                .put("startTime", start.getEpochSecond());
        ArrayNode groups = batch.putArray("buildGroups");
        groups.addObject().put("identifier", "DOWNLOAD_SOURCE").putObject("currentBuildSummary")
                .put("arn", batchArn.replace("build-batch/", "build/") + "-source").put("buildStatus", "SUCCEEDED");
        int shard = 1;
        for (String buildArn : groupBuildArns) {
            ObjectNode group = groups.addObject().put("identifier", "shard_" + shard++);
            if (buildArn != null) {
                group.putObject("currentBuildSummary").put("arn", buildArn);
                builds.get(buildArn).put("buildBatchArn", batchArn);
            }
        }
        batches.put(id, batch);
    }

    /** Changes a build's status (a shard ending while the others run on). */
    public void setStatus(String buildArn, String status) {
        builds.get(buildArn).put("buildStatus", status);
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
            case "BatchGetBuildBatches" -> batchGet(input.path("ids"), withGroupStatuses(), "buildBatches",
                    "buildBatchesNotFound");
            case "BatchGetReports" -> batchGet(input.path("reportArns"), reports, "reports", "reportsNotFound");
            case "DescribeTestCases" -> describeTestCases(input);
            default -> error(400, "InvalidInputException", "unknown operation " + operation);
        };
    }

    private Map<String, ObjectNode> withGroupStatuses() {
        Map<String, ObjectNode> out = new ConcurrentHashMap<>();
        batches.forEach((id, batch) -> {
            ObjectNode copy = batch.deepCopy();
            copy.path("buildGroups").forEach(group -> {
                JsonNode summary = group.path("currentBuildSummary");
                ObjectNode build = builds.get(summary.path("arn").asText());
                if (build != null) ((ObjectNode) summary).put("buildStatus", build.path("buildStatus").asText());
            });
            out.put(id, copy);
        });
        return out;
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
