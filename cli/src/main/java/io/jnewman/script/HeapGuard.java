package io.jnewman.script;

import javax.management.NotificationEmitter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stops runaway allocation: when the old generation is still over 80 % full after a collection, every running script
 * is interrupted, so its garbage can go and the run continues. The JVM reports this only after a collection, so an
 * allocation that exhausts the heap faster than the collector runs can still end the process.
 */
final class HeapGuard {
    private static final double LIMIT = 0.80;
    private static final Set<Runnable> RUNNING = ConcurrentHashMap.newKeySet();
    private static final List<MemoryPoolMXBean> WATCHED = new CopyOnWriteArrayList<>();
    private static volatile boolean installed;

    private HeapGuard() {
    }

    static void install() {
        if (installed) return;
        synchronized (HeapGuard.class) {
            if (installed) return;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                long max = pool.getUsage().getMax();
                if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported() && max > 0
                        && (pool.getName().contains("Old") || pool.getName().contains("Tenured"))) {
                    pool.setCollectionUsageThreshold((long) (max * LIMIT));
                    WATCHED.add(pool);
                }
            }
            NotificationEmitter emitter = (NotificationEmitter) ManagementFactory.getMemoryMXBean();
            emitter.addNotificationListener((notification, handback) -> {
                // notifications arrive late: act only if the heap is still that full after the latest collection
                if (MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(notification.getType())
                        && stillExceeded()) {
                    RUNNING.forEach(Runnable::run);
                }
            }, null, null);
            installed = true;
        }
    }

    private static boolean stillExceeded() {
        for (MemoryPoolMXBean pool : WATCHED) {
            if (pool.isCollectionUsageThresholdExceeded()) return true;
        }
        return false;
    }

    /** After a script was stopped for memory: collect now, so its garbage does not stop the next script too. */
    static void recover() {
        System.gc();
    }

    /** Registers the action that stops a script while it runs; returns the handle to unregister. */
    static AutoCloseable watch(Runnable stop) {
        RUNNING.add(stop);
        return () -> RUNNING.remove(stop);
    }
}
