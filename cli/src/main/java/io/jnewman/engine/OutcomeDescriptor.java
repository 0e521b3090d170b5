package io.jnewman.engine;

import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/** A dynamic test under a request: one assertion, or a request or script error, reported as it happened. */
final class OutcomeDescriptor extends AbstractTestDescriptor {
    OutcomeDescriptor(UniqueId id, String displayName) {
        super(id, displayName.isEmpty() ? "(unnamed)" : displayName);
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }
}
