package org.unigate.testbed.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * What the garbage collector did in this process since the watch started (or was reset), from
 * the JVM's GC notifications and memory pools: collections and their pauses, young (and G1's
 * mixed) apart from full, and how full the heap and its old generation got, at their peak and
 * right after collections. With G1 on Java 17 a full collection is one of "G1 Old Generation";
 * the concurrent cycle's short remark and cleanup pauses are not reported by the JVM.
 */
final class GcWatch implements AutoCloseable {

    /** The figures at one moment; byte sizes, pause times in nanoseconds. */
    record Figures(long youngCount, long youngPauseNanos, long fullCount, long fullPauseNanos, long longestPauseNanos,
                   long heapUsed, long heapPeak, long heapAfterGcMax, long heapMax,
                   long oldUsed, long oldPeak, long oldAfterGcLast, long oldAfterGcMax) {

        double percentOfHeap(long bytes) {
            return heapMax <= 0 ? Double.NaN : 100.0 * bytes / heapMax;
        }
    }

    private static final double MIB = 1048576.0;

    private final AtomicLong youngCount = new AtomicLong();
    private final AtomicLong youngPause = new AtomicLong();
    private final AtomicLong fullCount = new AtomicLong();
    private final AtomicLong fullPause = new AtomicLong();
    private final AtomicLong longestPause = new AtomicLong();
    private final AtomicLong heapAfterGcMax = new AtomicLong();
    private final AtomicLong oldAfterGcLast = new AtomicLong();
    private final AtomicLong oldAfterGcMax = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::onGc;
    private final Optional<MemoryPoolMXBean> oldPool = heapPools().stream()
            .filter(p -> p.getName().contains("Old") || p.getName().contains("Tenured")).findFirst();

    GcWatch() {
        reset();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
    }

    /** Starts counting again from now. */
    void reset() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        for (AtomicLong a : List.of(youngCount, youngPause, fullCount, fullPause, longestPause, heapAfterGcMax,
                oldAfterGcLast, oldAfterGcMax)) {
            a.set(0);
        }
    }

    Figures now() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long peak = heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Figures(youngCount.get(), youngPause.get(), fullCount.get(), fullPause.get(), longestPause.get(),
                heap.getUsed(), peak, heapAfterGcMax.get(), heap.getMax(),
                oldPool.map(p -> p.getUsage().getUsed()).orElse(0L),
                oldPool.map(p -> p.getPeakUsage().getUsed()).orElse(0L), oldAfterGcLast.get(), oldAfterGcMax.get());
    }

    /** The collector, e.g. "G1 Young Generation + G1 Old Generation". */
    static String collectors() {
        return String.join(" + ", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).toList());
    }

    static double mib(long bytes) {
        return bytes / MIB;
    }

    private void onGc(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        GcInfo gc = info.getGcInfo();
        long pause = gc.getDuration() * 1_000_000L;
        if (info.getGcAction().toLowerCase(Locale.ROOT).contains("major")) {
            fullCount.incrementAndGet();
            fullPause.addAndGet(pause);
        } else {
            youngCount.incrementAndGet();
            youngPause.addAndGet(pause);
        }
        longestPause.accumulateAndGet(pause, Math::max);
        long heapAfter = 0;
        for (MemoryPoolMXBean pool : heapPools()) {
            MemoryUsage after = gc.getMemoryUsageAfterGc().get(pool.getName());
            heapAfter += after == null ? 0 : after.getUsed();
        }
        heapAfterGcMax.accumulateAndGet(heapAfter, Math::max);
        oldPool.map(p -> gc.getMemoryUsageAfterGc().get(p.getName())).ifPresent(old -> {
            oldAfterGcLast.set(old.getUsed());
            oldAfterGcMax.accumulateAndGet(old.getUsed(), Math::max);
        });
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    @Override
    public void close() {
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(listener);
            } catch (ListenerNotFoundException ignored) {
                // already gone: nothing to undo
            }
        }
    }
}
