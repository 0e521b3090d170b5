package io.jnewman.notifier;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Links into the CodeBuild console for a build and for a test report. */
public final class ConsoleLinks {

    private ConsoleLinks() {
    }

    /**
     * {@code arn:aws:codebuild:r:a:build/project:id} → the build's page;
     * {@code arn:aws:codebuild:r:a:build-batch/project:id} → the batch build's page.
     */
    public static String build(String buildArn) {
        ArnParts arn = ArnParts.of(buildArn);
        String id = arn.resourceId();
        String project = id.contains(":") ? id.substring(0, id.indexOf(':')) : id;
        String kind = arn.resource().startsWith("build-batch/") ? "/batch/" : "/build/";
        return base(arn) + "/projects/" + encode(project) + kind + encode(id) + "/?region=" + arn.region();
    }

    /** {@code arn:aws:codebuild:r:a:report/group:id} → the test report's page. */
    public static String report(String reportArn) {
        ArnParts arn = ArnParts.of(reportArn);
        return base(arn) + "/testReports/reports/" + encode(arn.resourceId()) + "?region=" + arn.region();
    }

    private static String base(ArnParts arn) {
        return "https://" + arn.region() + ".console.aws.amazon.com/codesuite/codebuild/" + arn.account();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
