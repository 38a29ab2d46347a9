package dev.hardening.bizagi.bench;

import dev.hardening.bizagi.input.DeploymentScanner;
import dev.hardening.bizagi.input.Descriptor;
import dev.hardening.bizagi.input.DescriptorSelector;
import dev.hardening.bizagi.input.ReadLimits;
import dev.hardening.bizagi.model.AuthenticationSettings;
import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.DeploymentReader;
import dev.hardening.bizagi.parse.LocatedProperties;
import dev.hardening.bizagi.rules.Finding;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Measures the check on realistic inputs against the least any reader must do, each figure in a JVM
 * of its own capped at {@value #HEAP_CAP} of heap, and writes the table to
 * {@code target/bench/results.md}. Run with {@code mvn -B -Pbenchmark test-compile}; see
 * docs/performance.md.
 *
 * <p>Invoked with one argument, the benchmark folder (inside {@code target/}), it generates the inputs
 * and drives the measurements; invoked as {@code measure <what> <kind> <input>} it runs one
 * measurement and prints a {@code RESULT} line for the driver.
 *
 * <p>Limitations: the peak heap is the sum of each heap pool's own peak, which is at least the true
 * peak of the heap as a whole and includes garbage not yet collected; times are medians of
 * {@value #RUNS} runs in one JVM, the first of which includes class loading and JIT compilation.
 */
public final class Benchmark {

    private static final String HEAP_CAP = "256m";
    private static final long HEAP_CAP_BYTES = 256L * 1024 * 1024;
    private static final int RUNS = 5;
    private static final String[] WHATS = {"check", "list", "floor"};
    private static final int[] SERIES = {250, 500, 1000, 2000};

    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 4 && args[0].equals("measure")) {
            measure(args[1], args[2], Path.of(args[3]));
        } else if (args.length == 1) {
            drive(Path.of(args[0]).toAbsolutePath().normalize());
        } else {
            throw new IllegalArgumentException("usage: Benchmark <target/bench> | measure <what> <kind> <input>");
        }
    }

    private record Input(String name, String kind, Path path, int descriptors) {}

    private static void drive(Path bench) throws Exception {
        if (!bench.toString().replace('\\', '/').contains("/target/")) {
            throw new IllegalArgumentException(bench + ": the benchmark writes only inside a target/ folder");
        }
        BenchInputs generator = new BenchInputs(bench.resolve("inputs"));
        List<Input> inputs = new ArrayList<>();
        long started = System.nanoTime();
        inputs.add(new Input("Work Portal zip, 20,000 entries", "zip", generator.portalZip(20_000, 340_000_000L), 0));
        inputs.add(new Input("ear, 3 wars x 200 jars with web-fragment.xml", "zip", generator.ear(3, 200), 0));
        inputs.add(new Input("folder tree, 2,000 deployment folders", "folder", generator.folderTree(2_000), 0));
        for (int n : SERIES) {
            inputs.add(new Input("series: zip with " + n + " web.config", "zip", generator.descriptorSeries(n), n));
        }
        System.out.printf(
                Locale.ROOT, "Inputs ready in %.1f s under %s%n", seconds(System.nanoTime() - started), bench);

        Map<Input, Map<String, Map<String, String>>> results = new LinkedHashMap<>();
        for (Input input : inputs) {
            Map<String, Map<String, String>> byWhat = new LinkedHashMap<>();
            for (String what : WHATS) {
                Map<String, String> result = runChild(what, input);
                System.out.println(what + " " + input.name() + ": " + result);
                byWhat.put(what, result);
            }
            results.put(input, byWhat);
        }
        String table = report(results);
        System.out.println(table);
        Files.writeString(bench.resolve("results.md"), table);
    }

    /** Runs one measurement in a fresh JVM with the heap cap, so a run that needs more fails. */
    private static Map<String, String> runChild(String what, Input input) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(
                        java,
                        "-Xmx" + HEAP_CAP,
                        "-cp",
                        System.getProperty("java.class.path"),
                        Benchmark.class.getName(),
                        "measure",
                        what,
                        input.kind(),
                        input.path().toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        Map<String, String> result = new LinkedHashMap<>();
        output.lines()
                .filter(line -> line.startsWith("RESULT "))
                .forEach(line -> Arrays.stream(line.substring(7).split(" "))
                        .map(pair -> pair.split("=", 2))
                        .forEach(pair -> result.put(pair[0], pair[1])));
        if (exit != 0 || result.isEmpty()) {
            result.put(
                    "failed",
                    "exit " + exit + ": "
                            + output.strip().lines().reduce((a, b) -> b).orElse(""));
        }
        return result;
    }

    private static void measure(String what, String kind, Path input) throws Exception {
        AuthenticationSettings authentication = compliantAuthentication();
        Callable<String> operation = switch (what) {
            case "check" -> () -> check(kind, input, authentication);
            case "list" -> () -> kind.equals("folder") ? listFolder(input) : listZip(input);
            case "floor" -> () -> kind.equals("folder") ? floorFolder(input) : floorZip(input);
            default -> throw new IllegalArgumentException(what);
        };
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
        long[] times = new long[RUNS];
        String[] details = new String[RUNS];
        long peak = 0;
        for (int run = 0; run < RUNS; run++) {
            System.gc();
            heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            details[run] = operation.call();
            times[run] = System.nanoTime() - start;
            peak = Math.max(
                    peak,
                    heapPools.stream()
                            .mapToLong(pool -> pool.getPeakUsage().getUsed())
                            .sum());
        }
        Integer[] order = new Integer[RUNS];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Long.compare(times[a], times[b]));
        int median = order[RUNS / 2];
        System.out.printf(
                Locale.ROOT,
                "RESULT ms=%.0f minMs=%.0f firstMs=%.0f peakMb=%.1f %s%n",
                times[median] / 1e6,
                times[order[0]] / 1e6,
                times[0] / 1e6,
                peak / (1024.0 * 1024.0),
                details[median]);
    }

    /** What CheckMojo does once it has found its inputs: scan, read the deployment, judge it. */
    private static String check(String kind, Path input, AuthenticationSettings authentication) throws Exception {
        DeploymentScanner scanner =
                new DeploymentScanner(input.getParent(), DescriptorSelector.defaults(), ReadLimits.DEFAULT);
        long start = System.nanoTime();
        List<Descriptor> found =
                kind.equals("folder") ? scanner.scanFolders(List.of(input)) : scanner.scanArchives(List.of(input));
        long scanned = System.nanoTime();
        Deployment deployment = new DeploymentReader().read(found, authentication);
        List<Finding> findings = RuleCatalog.standard().judge(deployment, Policy.GUIDE);
        long judged = System.nanoTime();
        return String.format(
                Locale.ROOT,
                "files=%d scanMs=%.0f judgeMs=%.0f findings=%d malformed=%d",
                found.size(),
                (scanned - start) / 1e6,
                (judged - scanned) / 1e6,
                findings.size(),
                deployment.malformed().size());
    }

    private static AuthenticationSettings compliantAuthentication() throws IOException {
        try (InputStream in = Benchmark.class.getResourceAsStream("/rules/compliant-authentication.properties")) {
            if (in == null) {
                throw new IllegalStateException("rules/compliant-authentication.properties is not on the classpath");
            }
            return new AuthenticationSettings(LocatedProperties.read(in.readAllBytes(), "authentication.properties"));
        }
    }

    /** Every entry's name from the central directory; nothing is inflated. */
    private static String listZip(Path zip) throws IOException {
        int entries = 0;
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> all = file.entries();
            while (all.hasMoreElements()) {
                all.nextElement().getName();
                entries++;
            }
        }
        return "entries=" + entries;
    }

    private static String listFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return "entries=" + files.filter(Files::isRegularFile).count();
        }
    }

    /**
     * The bytes of exactly the entries the check selects, found through the central directory; nested
     * archives can only be streamed through, so the floor streams them.
     */
    private static String floorZip(Path zip) throws IOException {
        long[] counts = new long[2];
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> all = file.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                if (isSelected(entry.getName())) {
                    try (InputStream in = file.getInputStream(entry)) {
                        count(in.readAllBytes(), counts);
                    }
                } else if (isArchive(entry.getName())) {
                    try (InputStream in = file.getInputStream(entry)) {
                        streamNested(in, counts);
                    }
                }
            }
        }
        return "files=" + counts[0] + " bytes=" + counts[1];
    }

    private static void streamNested(InputStream in, long[] counts) throws IOException {
        ZipInputStream zip = new ZipInputStream(in);
        ZipEntry entry;
        while ((entry = zip.getNextEntry()) != null) {
            if (entry.isDirectory()) {
                continue;
            }
            if (isSelected(entry.getName())) {
                count(zip.readAllBytes(), counts);
            } else if (isArchive(entry.getName())) {
                streamNested(zip, counts);
            }
        }
    }

    private static String floorFolder(Path folder) throws IOException {
        long[] counts = new long[2];
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file)
                        && isSelected(folder.relativize(file).toString())) {
                    count(Files.readAllBytes(file), counts);
                }
            }
        }
        return "files=" + counts[0] + " bytes=" + counts[1];
    }

    private static void count(byte[] content, long[] counts) {
        counts[0]++;
        counts[1] += content.length;
    }

    /**
     * The check's default selection (web.config, web.xml, bizagi-config.properties and their
     * companions) by plain name tests, the cheapest a reader could decide it.
     */
    private static boolean isSelected(String name) {
        String path = name.replace('\\', '/').toLowerCase(Locale.ROOT);
        String file = path.substring(path.lastIndexOf('/') + 1);
        return file.endsWith(".config")
                || path.endsWith("web-inf/web.xml")
                || path.endsWith("meta-inf/web-fragment.xml")
                || file.equals("bizagi-config.properties")
                || file.equals("parameters.xml")
                || file.equals("archive.xml");
    }

    private static boolean isArchive(String name) {
        String path = name.toLowerCase(Locale.ROOT);
        return path.endsWith(".zip") || path.endsWith(".war") || path.endsWith(".ear") || path.endsWith(".jar");
    }

    private static String report(Map<Input, Map<String, Map<String, String>>> results) throws IOException {
        StringBuilder table = new StringBuilder();
        table.append(String.format(
                Locale.ROOT,
                "Machine: %d cores, %s %s, %s, load average at the end %s; each figure from its own JVM with"
                        + " -Xmx%s; times are the median (min, first) of %d runs.%n%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"),
                System.getProperty("os.name"),
                Files.readString(Path.of("/proc/loadavg")).strip(),
                HEAP_CAP,
                RUNS));
        table.append(
                "| input | size MB | entries | files read | check ms (min, first) | scan / judge ms"
                        + " | check peak heap MB | list ms | floor ms (min, first) | floor peak heap MB | check / floor (min) |\n");
        table.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        boolean noneFailed = true;
        boolean allUnderCap = true;
        for (Map.Entry<Input, Map<String, Map<String, String>>> row : results.entrySet()) {
            Input input = row.getKey();
            Map<String, String> check = row.getValue().get("check");
            Map<String, String> list = row.getValue().get("list");
            Map<String, String> floor = row.getValue().get("floor");
            noneFailed &= Stream.of(check, list, floor).noneMatch(r -> r.containsKey("failed"));
            allUnderCap &= noneFailed
                    && Stream.of(check, list, floor)
                            .allMatch(r -> Double.parseDouble(r.get("peakMb")) * 1024 * 1024 < HEAP_CAP_BYTES);
            table.append(String.format(
                    Locale.ROOT,
                    "| %s | %.0f | %s | %s (floor %s) | %s (%s, %s) | %s / %s | %s | %s | %s (%s, %s) | %s | %s |%n",
                    input.name(),
                    sizeMb(input.path()),
                    list.getOrDefault("entries", "?"),
                    check.getOrDefault("files", "FAILED " + check.getOrDefault("failed", "-")),
                    floor.getOrDefault("files", "?"),
                    check.getOrDefault("ms", "-"),
                    check.getOrDefault("minMs", "-"),
                    check.getOrDefault("firstMs", "-"),
                    check.getOrDefault("scanMs", "-"),
                    check.getOrDefault("judgeMs", "-"),
                    check.getOrDefault("peakMb", "-"),
                    list.getOrDefault("ms", "-"),
                    floor.getOrDefault("ms", "-"),
                    floor.getOrDefault("minMs", "-"),
                    floor.getOrDefault("firstMs", "-"),
                    floor.getOrDefault("peakMb", "-"),
                    ratio(check, floor)));
        }
        table.append("\n").append(goals(results, noneFailed, allUnderCap));
        return table.toString();
    }

    private static String goals(
            Map<Input, Map<String, Map<String, String>>> results, boolean noneFailed, boolean allUnderCap) {
        StringBuilder goals = new StringBuilder();
        Map<String, Map<String, String>> portal = results.values().iterator().next();
        double portalRatio = millis(portal.get("check")) / millis(portal.get("floor"));
        goals.append(String.format(
                Locale.ROOT,
                "- check of the Work Portal zip within 2x the floor: %s (%.2fx)%n",
                portalRatio <= 2 ? "HOLDS" : "FAILS",
                portalRatio));
        goals.append("- every measurement ran within -Xmx" + HEAP_CAP + ": " + (noneFailed ? "HOLDS" : "FAILS")
                + "; sum of heap pool peaks under 256 MB for all: " + (allUnderCap ? "yes" : "no") + "\n");
        List<double[]> series = new ArrayList<>();
        results.forEach((input, byWhat) -> {
            if (input.descriptors() > 0) {
                series.add(new double[] {input.descriptors(), millis(byWhat.get("check"))});
            }
        });
        StringBuilder steps = new StringBuilder();
        boolean linear = true;
        for (int i = 1; i < series.size(); i++) {
            double sizeRatio = series.get(i)[0] / series.get(i - 1)[0];
            double timeRatio = series.get(i)[1] / series.get(i - 1)[1];
            // Quadratic growth would show as about 4x per doubling; allow noise well short of that.
            linear &= timeRatio <= sizeRatio * 1.5;
            steps.append(String.format(
                    Locale.ROOT, " %.0f->%.0f: x%.2f;", series.get(i - 1)[0], series.get(i)[0], timeRatio));
        }
        double[] last = series.get(series.size() - 1);
        goals.append(String.format(
                Locale.ROOT,
                "- check time linear in descriptors: %s (time ratio per doubling:%s %.2f ms per web.config at %.0f)%n",
                linear ? "HOLDS" : "FAILS",
                steps,
                last[1] / last[0],
                last[0]));
        return goals.toString();
    }

    private static String ratio(Map<String, String> check, Map<String, String> floor) {
        if (!check.containsKey("minMs") || !floor.containsKey("minMs")) {
            return "?";
        }
        return String.format(Locale.ROOT, "%.2fx", millis(check) / Math.max(1, millis(floor)));
    }

    private static double millis(Map<String, String> result) {
        // The fastest run is the one least disturbed by other work on the machine.
        return result.containsKey("minMs") ? Double.parseDouble(result.get("minMs")) : Double.NaN;
    }

    private static double sizeMb(Path input) throws IOException {
        if (Files.isRegularFile(input)) {
            return Files.size(input) / 1e6;
        }
        try (Stream<Path> files = Files.walk(input)) {
            return files.filter(Files::isRegularFile)
                            .mapToLong(file -> {
                                try {
                                    return Files.size(file);
                                } catch (IOException e) {
                                    return 0;
                                }
                            })
                            .sum()
                    / 1e6;
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
