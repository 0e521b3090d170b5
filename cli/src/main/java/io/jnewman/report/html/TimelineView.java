package io.jnewman.report.html;

import java.util.List;

/** The waterfall: its bars in run order, the summed response time, and a note when bars were left out. */
public record TimelineView(List<TimelineBar> bars, String total, String note) {
}
