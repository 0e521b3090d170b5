package io.jnewman.run;

import io.jnewman.model.Item;

/**
 * One entry of run.failures: an assertion failure, a script error or a request error.
 *
 * @param name    error name (AssertionError, TypeError, Error …)
 * @param message error message
 * @param stack   error stack as reported
 * @param test    the assertion name, for assertion failures
 * @param index   the assertion index, for assertion failures (else -1)
 * @param at      "assertion:0 in test-script", "test-script", "prerequest-script" or "request"
 * @param item    the request item it happened in (null for a run-level error)
 * @param cursor  where in the run
 */
public record Failure(String name, String message, String stack, String test, int index, String at, Item item,
                      Cursor cursor) {
}
