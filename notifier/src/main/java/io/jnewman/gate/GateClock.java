package io.jnewman.gate;

import java.time.Duration;
import java.time.Instant;

/** Time for the gate's waiting: real in Lambda; in tests it advances on sleep, so a 14-minute wait takes no time. */
public interface GateClock {

    GateClock REAL = new GateClock() {
        @Override
        public Instant now() {
            return Instant.now();
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
            Thread.sleep(duration.toMillis());
        }
    };

    Instant now();

    void sleep(Duration duration) throws InterruptedException;
}
