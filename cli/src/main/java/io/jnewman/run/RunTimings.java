package io.jnewman.run;

/** run.timings: response time statistics (ms) over the run's responses, and start/completion instants (epoch ms). */
public record RunTimings(double responseAverage, double responseMin, double responseMax, double responseSd,
                         long started, long completed) {
}
