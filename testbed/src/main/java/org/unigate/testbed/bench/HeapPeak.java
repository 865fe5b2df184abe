package org.unigate.testbed.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap's high-water mark over a measured phase, in this process: the sum of the heap pools'
 * peaks (an upper bound of the heap ever used at once) and the largest heap left after a GC (the
 * live data), taken from GC notifications.
 */
final class HeapPeak implements AutoCloseable {

    private static final double MIB = 1048576.0;

    private final AtomicLong maxAfterGc = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::onGc;

    HeapPeak() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
    }

    private void onGc(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long after = 0;
        for (MemoryUsage u : info.getGcInfo().getMemoryUsageAfterGc().values()) {
            after += u.getUsed();
        }
        maxAfterGc.accumulateAndGet(after, Math::max);
    }

    void reset() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        maxAfterGc.set(0);
    }

    double peakMiB() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / MIB;
    }

    /** Includes non-heap pools (metaspace, code cache) a GC reports; small beside the heap. */
    double maxAfterGcMiB() {
        return maxAfterGc.get() / MIB;
    }

    double usedMiB() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MIB;
    }

    double maxMiB() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / MIB;
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
