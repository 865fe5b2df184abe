package org.unigate.testbed.bench;

import java.lang.management.ManagementFactory;

/** How busy this process and the machine are: a benchmark on a shared machine says so beside its figures. */
final class MachineLoad {

    private MachineLoad() {
    }

    /** CPU time of this whole process so far, in nanoseconds; 0 where the JVM does not tell. */
    static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** The machine's load average over the last minute (runnable processes), negative where unknown. */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
