package io.jnewman.cli;

import io.jnewman.load.CollectionLoader;
import io.jnewman.mock.MockServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code jnewman mock <collection>}: serves the collection's saved examples until interrupted. */
@Command(name = "mock", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Serve a collection's saved examples over HTTP on a loopback port.")
public final class MockCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<collection>", description = "Collection file path or http(s) URL.")
    String collection;

    @Option(names = {"-p", "--port"}, paramLabel = "<port>", description = "Port to listen on (default 0: any free port).")
    int port;

    @Override
    public Integer call() throws IOException, InterruptedException {
        MockServer server = MockServer.start(CollectionLoader.load(collection), port);
        spec.commandLine().getOut().println("serving " + server.exampleCount() + " saved examples at " + server.baseUrl()
                + " (Ctrl-C to stop)");
        spec.commandLine().getOut().flush();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        new CountDownLatch(1).await();
        return 0;
    }
}
