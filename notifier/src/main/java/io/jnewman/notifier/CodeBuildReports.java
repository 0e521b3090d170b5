package io.jnewman.notifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.codebuild.CodeBuildClient;
import software.amazon.awssdk.services.codebuild.model.BatchGetBuildsResponse;
import software.amazon.awssdk.services.codebuild.model.Build;
import software.amazon.awssdk.services.codebuild.model.DescribeTestCasesRequest;
import software.amazon.awssdk.services.codebuild.model.DescribeTestCasesResponse;
import software.amazon.awssdk.services.codebuild.model.EnvironmentVariable;
import software.amazon.awssdk.services.codebuild.model.Report;
import software.amazon.awssdk.services.codebuild.model.ReportType;

/**
 * Collects what the Slack summary needs from CodeBuild; the build event itself carries no test data:
 * BatchGetBuilds gives the report ARNs, BatchGetReports keeps the test reports, DescribeTestCases pages their cases.
 */
public final class CodeBuildReports {

    private static final int PAGE_SIZE = 100; // the API's maximum

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
        BatchGetBuildsResponse builds = codeBuild.batchGetBuilds(r -> r.ids(buildArn));
        if (!builds.hasBuilds() || builds.builds().isEmpty()) {
            throw new IllegalStateException("CodeBuild does not know build " + buildArn);
        }
        BuildRun run = toRun(builds.builds().get(0));
        List<TestReport> reports = new ArrayList<>();
        if (!run.reportArns().isEmpty()) {
            for (Report report : codeBuild.batchGetReports(r -> r.reportArns(run.reportArns())).reports()) {
                if (report.type() == null || report.type() == ReportType.TEST) {
                    reports.add(new TestReport(report.arn(), testCases(report.arn())));
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
                build.hasReportArns() ? build.reportArns() : List.of(), monitor);
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
