package io.jnewman.report;

import java.util.List;
import java.util.Optional;

/**
 * The reporter registry: Newman's built-ins {@code cli}, {@code json}, {@code junit} ({@code --reporter-junit-codebuild}
 * for the CodeBuild layout), {@code progress} and {@code emojitrain}. Any other name gets Newman's warning
 * {@code could not find "X" reporter} and is skipped, so a run never fails for a reporter name.
 */
public final class Reporters {
    public static final List<String> BUILT_IN = List.of("cli", "json", "junit", "html", "progress", "emojitrain");

    private Reporters() {
    }

    public static Optional<Reporter> create(String name, ReporterOptions options, ReportContext context) {
        return switch (name) {
            case "cli" -> Optional.of(new CliReporter(options, context));
            case "json" -> Optional.of(new JsonReporter(options, context));
            case "html" -> Optional.of(new io.jnewman.report.html.HtmlReporter(options, context));
            case "junit" -> Optional.of(options.flag("codebuild")
                    ? new CodebuildJunitReporter(options, context)
                    : new JunitReporter(options, context));
            case "progress" -> Optional.of(new ProgressReporter(options, context));
            case "emojitrain" -> Optional.of(new EmojiTrainReporter(options, context));
            default -> {
                context.err().println("jnewman: could not find \"" + name + "\" reporter");
                context.err().println("  built-in reporters are: " + String.join(", ", BUILT_IN));
                yield Optional.empty();
            }
        };
    }
}
