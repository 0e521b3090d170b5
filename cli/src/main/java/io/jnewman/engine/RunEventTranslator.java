package io.jnewman.engine;

import io.jnewman.model.Item;
import io.jnewman.run.RunEvent;
import io.jnewman.run.RunListener;
import io.jnewman.script.Assertion;
import io.jnewman.script.ScriptError;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.opentest4j.AssertionFailedError;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Turns the runner's events into JUnit Platform execution events. Folders and requests start when the first request
 * in them starts; they all finish after the run, because setNextRequest may send the runner back into a folder it
 * had left. Whatever never started is reported skipped.
 */
final class RunEventTranslator implements RunListener {
    private final CollectionDescriptor collection;
    private final EngineExecutionListener listener;
    private final Map<Item, ItemDescriptor> descriptors = new IdentityHashMap<>();
    private final Set<TestDescriptor> started = new HashSet<>();

    RunEventTranslator(CollectionDescriptor collection, EngineExecutionListener listener) {
        this.collection = collection;
        this.listener = listener;
        index(collection);
    }

    private void index(TestDescriptor parent) {
        for (TestDescriptor child : parent.getChildren()) {
            if (child instanceof ItemDescriptor item) descriptors.put(item.item(), item);
            index(child);
        }
    }

    @Override
    public void on(RunEvent event) {
        switch (event) {
            case RunEvent.ItemStarted e -> start(descriptors.get(e.item()));
            case RunEvent.AssertionMade e -> assertion(e.item(), e.assertion());
            case RunEvent.ScriptFinished e when e.error() != null ->
                    failed(e.item(), e.eventName() + " script", new RunFailure(describe(e.error())));
            case RunEvent.RequestSent e when !e.fromScript() && e.exchange().failed() ->
                    failed(e.item(), "request", new RunFailure(e.exchange().error().message()));
            default -> {
            }
        }
    }

    private void start(TestDescriptor descriptor) {
        if (descriptor == null || started.contains(descriptor)) return;
        descriptor.getParent().filter(ItemDescriptor.class::isInstance).ifPresent(this::start);
        listener.executionStarted(descriptor);
        started.add(descriptor);
    }

    private void assertion(Item item, Assertion assertion) {
        OutcomeDescriptor test = register(item, assertion.name());
        if (test == null) return;
        if (assertion.skipped()) {
            listener.executionSkipped(test, "skipped by pm.test.skip");
            return;
        }
        listener.executionStarted(test);
        listener.executionFinished(test, assertion.passed()
                ? TestExecutionResult.successful()
                : TestExecutionResult.failed(new AssertionFailedError(describe(assertion.error()))));
    }

    private void failed(Item item, String name, Throwable cause) {
        OutcomeDescriptor test = register(item, name);
        if (test == null) return;
        listener.executionStarted(test);
        listener.executionFinished(test, TestExecutionResult.failed(cause));
    }

    /** Null for events of items outside the plan (collection-level script events carry no item). */
    private OutcomeDescriptor register(Item item, String name) {
        ItemDescriptor parent = item == null ? null : descriptors.get(item);
        if (parent == null) return null;
        start(parent);
        OutcomeDescriptor test = new OutcomeDescriptor(parent.nextTestId(), name);
        parent.addChild(test);
        listener.dynamicTestRegistered(test);
        return test;
    }

    /** Newman prints assertion failures by message alone and other errors as "Name: message". */
    private static String describe(ScriptError error) {
        if (error == null) return "failed";
        String message = error.message() == null ? "" : error.message();
        return error.name() == null || "AssertionError".equals(error.name()) ? message : error.name() + ": " + message;
    }

    /** Finishes what started, children before parents; reports the rest of the plan skipped. */
    void finishAll() {
        finishChildren(collection);
    }

    private void finishChildren(TestDescriptor parent) {
        for (TestDescriptor child : parent.getChildren()) {
            if (!(child instanceof ItemDescriptor)) continue;
            if (started.contains(child)) {
                finishChildren(child);
                listener.executionFinished(child, TestExecutionResult.successful());
            } else {
                listener.executionSkipped(child, "not run");
            }
        }
    }
}
