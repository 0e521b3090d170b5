package io.jnewman.report.html;

import java.util.List;

/** One iteration's requests in run order; {@code number} counts from 1. */
public record IterationView(int number, List<RequestView> requests) {
    public long failed() {
        return requests.stream().filter(RequestView::failed).count();
    }
}
