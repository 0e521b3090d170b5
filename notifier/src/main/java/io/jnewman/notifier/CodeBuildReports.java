package io.jnewman.notifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.codebuild.CodeBuildClient;
import software.amazon.awssdk.services.codebuild.model.BatchGetBuildBatchesResponse;
import software.amazon.awssdk.services.codebuild.model.BatchGetBuildsResponse;
import software.amazon.awssdk.services.codebuild.model.Build;
import software.amazon.awssdk.services.codebuild.model.BuildBatch;
import software.amazon.awssdk.services.codebuild.model.BuildGroup;
import software.amazon.awssdk.services.codebuild.model.DescribeTestCasesRequest;
import software.amazon.awssdk.services.codebuild.model.DescribeTestCasesResponse;
import software.amazon.awssdk.services.codebuild.model.EnvironmentVariable;
import software.amazon.awssdk.services.codebuild.model.Report;
import software.amazon.awssdk.services.codebuild.model.ReportType;

/**
 * Collects what the Slack summary needs from CodeBuild; the build event itself carries no test data:
 * BatchGetBuilds gives the report ARNs, BatchGetReports keeps the test reports, DescribeTestCases pages their cases.
 * For a build of a batch, BatchGetBuildBatches names the batch's builds (its build groups), and BatchGetBuilds on
 * those gives their statuses and report ARNs.
 */
public final class CodeBuildReports {

    private static final int PAGE_SIZE = 100; // the API's maximum
    private static final int MAX_IDS = 100; // BatchGetBuilds and BatchGetReports take at most 100 at a time
    /**
     * The build group of a batch that downloads the source and reads the batch buildspec; the identifier is the one
     * in the batch-get-build-batches examples of AWS's CodeBuild user guide.
     */
    static final String SOURCE_GROUP = "DOWNLOAD_SOURCE";

    private final CodeBuildClient codeBuild;
    private final String stageVariable;
    private final String monitorVariable;

    /** @param stageVariable the build environment variable that names the stage, e.g. {@code STAGE} */
    public CodeBuildReports(CodeBuildClient codeBuild, String stageVariable) {
        this(codeBuild, stageVariable, NotifierConfig.DEFAULT_MONITOR_VARIABLE);
    }

    /** @param monitorVariable the build environment variable that is {@code true} for monitor runs */
    public CodeBuildReports(CodeBuildClient codeBuild, String stageVariable, String monitorVariable) {
        this.codeBuild = codeBuild;
        this.stageVariable = stageVariable;
        this.monitorVariable = monitorVariable;
    }

    public BuildResult fetch(String buildArn) {
        return results(build(buildArn));
    }

    /** The build as BatchGetBuilds describes it (its batch ARN set when it ran as part of a batch build). */
    public BuildRun build(String buildArn) {
        BatchGetBuildsResponse builds = codeBuild.batchGetBuilds(r -> r.ids(buildArn));
        if (!builds.hasBuilds() || builds.builds().isEmpty()) {
            throw new IllegalStateException("CodeBuild does not know build " + buildArn);
        }
        return toRun(builds.builds().get(0));
    }

    /** A batch build and its shard builds, each as BatchGetBuilds describes it. */
    public BatchRun batch(String batchArn) {
        String batchId = ArnParts.of(batchArn).resourceId();
        BatchGetBuildBatchesResponse batches = codeBuild.batchGetBuildBatches(r -> r.ids(batchId));
        if (!batches.hasBuildBatches() || batches.buildBatches().isEmpty()) {
            throw new IllegalStateException("CodeBuild does not know batch build " + batchArn);
        }
        BuildBatch batch = batches.buildBatches().get(0);
        List<String> buildArns = new ArrayList<>();
        boolean allGroupsBuilt = true;
        for (BuildGroup group : batch.hasBuildGroups() ? batch.buildGroups() : List.<BuildGroup>of()) {
            if (SOURCE_GROUP.equals(group.identifier())) {
                continue; // reads the batch buildspec and starts the others; it runs no collections
            }
            if (group.currentBuildSummary() == null || group.currentBuildSummary().arn() == null) {
                allGroupsBuilt = false;
            } else {
                buildArns.add(group.currentBuildSummary().arn());
            }
        }
        List<BuildRun> runs = new ArrayList<>();
        for (int from = 0; from < buildArns.size(); from += MAX_IDS) {
            List<String> ids = buildArns.subList(from, Math.min(buildArns.size(), from + MAX_IDS));
            BatchGetBuildsResponse builds = codeBuild.batchGetBuilds(r -> r.ids(ids));
            if (builds.hasBuilds()) builds.builds().forEach(b -> runs.add(toRun(b)));
        }
        if (runs.size() < buildArns.size()) allGroupsBuilt = false;
        return new BatchRun(batch.arn(), orEmpty(batch.projectName()), batch.buildBatchNumber(),
                batch.buildBatchStatusAsString(), Boolean.TRUE.equals(batch.complete()), batch.startTime(),
                batch.endTime(), allGroupsBuilt, runs);
    }

    /** The test reports of a build, or of all the builds of a batch. */
    public BuildResult results(BuildRun run) {
        List<TestReport> reports = new ArrayList<>();
        if (!run.reportArns().isEmpty()) {
            for (int from = 0; from < run.reportArns().size(); from += MAX_IDS) {
                List<String> arns = run.reportArns().subList(from, Math.min(run.reportArns().size(), from + MAX_IDS));
                for (Report report : codeBuild.batchGetReports(r -> r.reportArns(arns)).reports()) {
                    if (report.type() == null || report.type() == ReportType.TEST) {
                        reports.add(new TestReport(report.arn(), testCases(report.arn())));
                    }
                }
            }
        }
        return new BuildResult(run, reports);
    }

    private List<TestCase> testCases(String reportArn) {
        List<TestCase> cases = new ArrayList<>();
        String nextToken = null;
        do {
            DescribeTestCasesRequest.Builder request = DescribeTestCasesRequest.builder()
                    .reportArn(reportArn).maxResults(PAGE_SIZE);
            if (nextToken != null) {
                request.nextToken(nextToken);
            }
            DescribeTestCasesResponse page = codeBuild.describeTestCases(request.build());
            for (var c : page.testCases()) {
                cases.add(new TestCase(orEmpty(c.prefix()), orEmpty(c.testSuiteName()), orEmpty(c.name()),
                        orEmpty(c.status()), orEmpty(c.message())));
            }
            nextToken = page.nextToken();
        } while (nextToken != null && !nextToken.isEmpty());
        return cases;
    }

    private BuildRun toRun(Build build) {
        Optional<String> stage = variable(build, stageVariable);
        boolean monitor = variable(build, monitorVariable).filter("true"::equalsIgnoreCase).isPresent();
        return new BuildRun(build.arn(), orEmpty(build.projectName()), build.buildNumber(),
                build.buildStatusAsString(), stage, build.startTime(), build.endTime(),
                build.hasReportArns() ? build.reportArns() : List.of(), monitor, build.buildBatchArn(), 1);
    }

    /** A build environment variable's value, if set and not blank. */
    private static Optional<String> variable(Build build, String name) {
        if (build.environment() == null || !build.environment().hasEnvironmentVariables()) {
            return Optional.empty();
        }
        return build.environment().environmentVariables().stream()
                .filter(v -> name.equals(v.name()))
                .map(EnvironmentVariable::value)
                .filter(v -> v != null && !v.isBlank())
                .findFirst();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
