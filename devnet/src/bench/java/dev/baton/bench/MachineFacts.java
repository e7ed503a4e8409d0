package dev.baton.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the figures were measured on: they are ratios, but a loaded 2-core machine still shapes
 * them.
 */
record MachineFacts(int cpus, String cpuModel, long memoryGiB, String os, double loadAverage) {

    static MachineFacts current() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        long memory =
                os instanceof com.sun.management.OperatingSystemMXBean sun
                        ? sun.getTotalMemorySize()
                        : 0;
        return new MachineFacts(
                Runtime.getRuntime().availableProcessors(),
                readCpuModel(),
                Math.round(memory / (double) (1L << 30)),
                System.getProperty("os.name").toLowerCase(),
                os.getSystemLoadAverage());
    }

    /** As bench-report.js prints the machine: {@code 2 × <model>, 8 GiB, linux}. */
    String describe() {
        return cpus + " × " + cpuModel + ", " + memoryGiB + " GiB, " + os;
    }

    private static String readCpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse("cpu");
        } catch (IOException | RuntimeException e) {
            return "cpu";
        }
    }
}
