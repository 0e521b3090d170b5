package io.jnewman.engine;

import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Exposes jnewman runs as a JUnit Platform test plan: each Postman collection is a container, its folders and
 * requests are nested containers, and the assertions a request makes at run time are dynamic tests.
 */
public final class JnewmanTestEngine implements TestEngine {
    public static final String ENGINE_ID = "jnewman";

    @Override
    public String getId() {
        return ENGINE_ID;
    }

    @Override
    public Optional<String> getGroupId() {
        return Optional.of("io.jnewman");
    }

    @Override
    public Optional<String> getArtifactId() {
        return Optional.of("jnewman-cli");
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        EngineDescriptor engine = new EngineDescriptor(uniqueId, "jnewman");
        for (Path file : CollectionFiles.selectedBy(request)) {
            engine.addChild(CollectionDescriptor.of(engine.getUniqueId(), file));
        }
        return engine;
    }

    @Override
    public void execute(ExecutionRequest request) {
        TestDescriptor engine = request.getRootTestDescriptor();
        var listener = request.getEngineExecutionListener();
        listener.executionStarted(engine);
        RunInputs inputs = RunInputs.from(request.getConfigurationParameters());
        for (TestDescriptor child : engine.getChildren()) {
            new CollectionExecution((CollectionDescriptor) child, inputs, listener).execute();
        }
        listener.executionFinished(engine, org.junit.platform.engine.TestExecutionResult.successful());
    }
}
