package io.jnewman.script;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Tests that run scripts in one sandbox per test class (a sandbox takes about a second to start). */
abstract class SandboxTest {
    static GraalSandbox sandbox;

    @BeforeAll
    static void startSandbox() {
        sandbox = new GraalSandbox();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }
}
