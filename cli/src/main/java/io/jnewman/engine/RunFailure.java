package io.jnewman.engine;

/**
 * A request error, a script error or a collection that did not load, carried to the test report. The stack would
 * point into the engine, not at anything the collection's author can act on, so none is recorded.
 */
final class RunFailure extends RuntimeException {
    RunFailure(String message) {
        super(message, null, false, false);
    }
}
