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
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.helpers.DefaultHandler;

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
 * <p>Check, list, floor and parse floor each run on the same schedule: a fresh JVM's first run is the
 * cold figure (class loading, interpreted code: what one Maven build pays), the median of
 * {@value #COLD_JVMS} such JVMs; runs after a warm-up in one of them give the warm figure (the work
 * itself, compiled).
 *
 * <p>Each input's check also runs once more, in a JVM capped at {@value #TIGHT_HEAP}: completing
 * there bounds the heap it needs.
 *
 * <p>Limitations: the peak heap is the sum of each heap pool's own peak, which is at least the true
 * peak of the heap as a whole and includes garbage not yet collected; on a shared machine other
 * builds' load reaches every figure, the warm medians least.
 */
public final class Benchmark {

    private static final String HEAP_CAP = "256m";
    private static final long HEAP_CAP_BYTES = 256L * 1024 * 1024;

    /**
     * A heap well under the goal's 256 MB that one check of each input must also complete in, so that
     * what the check needs is measured by a cap, not by pool peaks that count uncollected garbage.
     */
    private static final String TIGHT_HEAP = "96m";

    /** Fresh JVMs per measurement; the cold figure is the median of their first runs. */
    private static final int COLD_JVMS = 3;

    /**
     * Runs after the first before any is measured warm: at least this many, and at least WARM_UP_NANOS
     * of this thread's CPU time, which other builds on the machine do not shorten.
     */
    private static final int WARM_UP_RUNS = 5;

    private static final long WARM_UP_NANOS = 3_000_000_000L;

    /** Warm runs measured after the warm-up; the warm figure is their median. */
    private static final int WARM_RUNS = 7;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static final String[] WHATS = {"check", "list", "floor", "parse"};
    private static final int[] SERIES = {250, 500, 1000, 2000};

    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 5 && args[0].equals("measure")) {
            measure(args[1], args[2], Path.of(args[3]), args[4].equals("cold"));
        } else if (args.length == 1) {
            drive(Path.of(args[0]).toAbsolutePath().normalize());
        } else {
            throw new IllegalArgumentException(
                    "usage: Benchmark <target/bench> | measure <what> <kind> <input> <cold|warm>");
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
        Map<Input, String> tightFailures = new LinkedHashMap<>();
        for (Input input : inputs) {
            Map<String, Map<String, String>> byWhat = new LinkedHashMap<>();
            for (String what : WHATS) {
                Map<String, String> result = measureInFreshJvms(what, input);
                System.out.println(what + " " + input.name() + ": " + result);
                byWhat.put(what, result);
            }
            results.put(input, byWhat);
            Map<String, String> tight = runChild("check", input, "cold", TIGHT_HEAP);
            System.out.println("check in -Xmx" + TIGHT_HEAP + " " + input.name() + ": " + tight);
            tightFailures.put(input, tight.getOrDefault("failed", ""));
        }
        String table = report(results, tightFailures);
        System.out.println(table);
        Files.writeString(bench.resolve("results.md"), table);
    }

    /**
     * One JVM measures the first run and then the warm runs; the others only their first run, so the
     * cold figure is the median of {@value #COLD_JVMS} first runs, each in a JVM that has run nothing
     * else. Check and floor go through the same schedule.
     */
    private static Map<String, String> measureInFreshJvms(String what, Input input) throws Exception {
        Map<String, String> result = runChild(what, input, "warm", HEAP_CAP);
        if (result.containsKey("failed")) {
            return result;
        }
        List<Map<String, String>> firsts = new ArrayList<>(List.of(result));
        for (int jvm = 1; jvm < COLD_JVMS; jvm++) {
            Map<String, String> cold = runChild(what, input, "cold", HEAP_CAP);
            if (cold.containsKey("failed")) {
                return cold;
            }
            firsts.add(cold);
        }
        firsts.sort(Comparator.comparingDouble(first -> Double.parseDouble(first.get("coldMs"))));
        Map<String, String> median = new LinkedHashMap<>(firsts.get(firsts.size() / 2));
        median.forEach((key, value) -> {
            if (key.startsWith("cold")) {
                result.put(key, value);
            }
        });
        result.put(
                "peakMb",
                String.valueOf(firsts.stream()
                        .mapToDouble(first -> Double.parseDouble(first.get("peakMb")))
                        .max()
                        .orElseThrow()));
        return result;
    }

    /** Runs one measurement in a fresh JVM with the heap cap, so a run that needs more fails. */
    private static Map<String, String> runChild(String what, Input input, String schedule, String heap)
            throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(
                        java,
                        "-Xmx" + heap,
                        "-cp",
                        System.getProperty("java.class.path"),
                        Benchmark.class.getName(),
                        "measure",
                        what,
                        input.kind(),
                        input.path().toString(),
                        schedule)
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

    /**
     * Runs {@code what} once in this fresh JVM (the cold run: class loading, interpreted code), then,
     * unless {@code coldOnly}, warms it up and measures {@value #WARM_RUNS} more runs (the warm runs).
     * Prints the first run's time and details with a {@code cold} prefix, the median warm run's as they
     * are, and the largest heap peak of every run.
     */
    private static void measure(String what, String kind, Path input, boolean coldOnly) throws Exception {
        AuthenticationSettings authentication = compliantAuthentication();
        Callable<Map<String, String>> operation = switch (what) {
            case "check" -> () -> check(kind, input, authentication);
            case "list" -> () -> kind.equals("folder") ? listFolder(input) : listZip(input);
            case "floor" -> () -> kind.equals("folder") ? floorFolder(input, false) : floorZip(input, false);
            case "parse" -> () -> kind.equals("folder") ? floorFolder(input, true) : floorZip(input, true);
            default -> throw new IllegalArgumentException(what);
        };
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
        long[] peak = {0};
        Callable<Run> timed = () -> {
            System.gc();
            heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            long startCpu = THREADS.getCurrentThreadCpuTime();
            Map<String, String> details = operation.call();
            long cpu = THREADS.getCurrentThreadCpuTime() - startCpu;
            long time = System.nanoTime() - start;
            peak[0] = Math.max(
                    peak[0],
                    heapPools.stream()
                            .mapToLong(pool -> pool.getPeakUsage().getUsed())
                            .sum());
            return new Run(time, cpu, details);
        };
        Run cold = timed.call();
        StringBuilder result = new StringBuilder("RESULT");
        result.append(
                String.format(Locale.ROOT, " coldMs=%.1f coldCpuMs=%.1f", cold.nanos() / 1e6, cold.cpuNanos() / 1e6));
        cold.details()
                .forEach((key, value) -> result.append(" cold")
                        .append(Character.toUpperCase(key.charAt(0)))
                        .append(key.substring(1))
                        .append('=')
                        .append(value));
        if (!coldOnly) {
            long warmUpStart = THREADS.getCurrentThreadCpuTime();
            int warmUps = 0;
            while (warmUps < WARM_UP_RUNS || THREADS.getCurrentThreadCpuTime() - warmUpStart < WARM_UP_NANOS) {
                timed.call();
                warmUps++;
            }
            List<Run> warm = new ArrayList<>();
            for (int run = 0; run < WARM_RUNS; run++) {
                warm.add(timed.call());
            }
            long[] cpus = warm.stream().mapToLong(Run::cpuNanos).sorted().toArray();
            warm.sort(Comparator.comparingLong(Run::nanos));
            Run median = warm.get(WARM_RUNS / 2);
            result.append(String.format(
                    Locale.ROOT,
                    " warmUps=%d ms=%.1f minMs=%.1f cpuMs=%.1f",
                    warmUps,
                    median.nanos() / 1e6,
                    warm.get(0).nanos() / 1e6,
                    cpus[WARM_RUNS / 2] / 1e6));
            median.details()
                    .forEach((key, value) ->
                            result.append(' ').append(key).append('=').append(value));
        }
        result.append(String.format(Locale.ROOT, " peakMb=%.1f", peak[0] / (1024.0 * 1024.0)));
        System.out.println(result);
    }

    /** One run's wall time, this thread's CPU time and what the operation reports. */
    private record Run(long nanos, long cpuNanos, Map<String, String> details) {}

    /**
     * What CheckMojo does once it has found its inputs: build the selector and scanner, scan, read the
     * deployment, judge it.
     */
    private static Map<String, String> check(String kind, Path input, AuthenticationSettings authentication)
            throws Exception {
        long start = THREADS.getCurrentThreadCpuTime();
        DeploymentScanner scanner =
                new DeploymentScanner(input.getParent(), DescriptorSelector.defaults(), ReadLimits.DEFAULT);
        List<Descriptor> found =
                kind.equals("folder") ? scanner.scanFolders(List.of(input)) : scanner.scanArchives(List.of(input));
        long scanned = THREADS.getCurrentThreadCpuTime();
        Deployment deployment = new DeploymentReader().read(found, authentication);
        long read = THREADS.getCurrentThreadCpuTime();
        List<Finding> findings = RuleCatalog.standard().judge(deployment, Policy.GUIDE);
        long judged = THREADS.getCurrentThreadCpuTime();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("files", String.valueOf(found.size()));
        details.put("scanCpuMs", millis(scanned - start));
        details.put("readCpuMs", millis(read - scanned));
        details.put("judgeCpuMs", millis(judged - read));
        details.put("findings", String.valueOf(findings.size()));
        details.put("malformed", String.valueOf(deployment.malformed().size()));
        return details;
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
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
    private static Map<String, String> listZip(Path zip) throws IOException {
        int entries = 0;
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> all = file.entries();
            while (all.hasMoreElements()) {
                all.nextElement().getName();
                entries++;
            }
        }
        return Map.of("entries", String.valueOf(entries));
    }

    private static Map<String, String> listFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return Map.of(
                    "entries", String.valueOf(files.filter(Files::isRegularFile).count()));
        }
    }

    /**
     * The bytes of exactly the entries the check selects, found through the central directory; nested
     * archives can only be streamed through, so the floor streams them. With {@code parse}, each file
     * then goes through the JDK's parser and is dropped: the parse floor.
     */
    private static Map<String, String> floorZip(Path zip, boolean parse) throws Exception {
        Tally tally = new Tally(parse);
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> all = file.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                if (isSelected(entry.getName())) {
                    try (InputStream in = file.getInputStream(entry)) {
                        tally.add(entry.getName(), in.readAllBytes());
                    }
                } else if (isArchive(entry.getName())) {
                    try (InputStream in = file.getInputStream(entry)) {
                        streamNested(in, tally);
                    }
                }
            }
        }
        return tally.result();
    }

    private static void streamNested(InputStream in, Tally tally) throws Exception {
        ZipInputStream zip = new ZipInputStream(in);
        ZipEntry entry;
        while ((entry = zip.getNextEntry()) != null) {
            if (entry.isDirectory()) {
                continue;
            }
            if (isSelected(entry.getName())) {
                tally.add(entry.getName(), zip.readAllBytes());
            } else if (isArchive(entry.getName())) {
                streamNested(zip, tally);
            }
        }
    }

    private static Map<String, String> floorFolder(Path folder, boolean parse) throws Exception {
        Tally tally = new Tally(parse);
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = folder.relativize(file).toString();
                if (Files.isRegularFile(file) && isSelected(name)) {
                    tally.add(name, Files.readAllBytes(file));
                }
            }
        }
        return tally.result();
    }

    /**
     * The files a floor read, and with {@code parse} each one parsed as the least a checker using the
     * JDK's SAX parser must do: XML into a handler that keeps nothing, with secure processing on as the
     * check has it; properties by {@link Properties#load}. No model is built and no rule runs.
     */
    private static final class Tally {

        private final boolean parse;
        private SAXParserFactory factory;
        private long files;
        private long bytes;

        Tally(boolean parse) {
            this.parse = parse;
        }

        void add(String name, byte[] content) throws Exception {
            files++;
            bytes += content.length;
            if (!parse) {
                return;
            }
            if (name.toLowerCase(Locale.ROOT).endsWith(".properties")) {
                new Properties().load(new ByteArrayInputStream(content));
                return;
            }
            if (factory == null) {
                factory = SAXParserFactory.newDefaultInstance();
                factory.setNamespaceAware(true);
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            }
            factory.newSAXParser().parse(new ByteArrayInputStream(content), new DefaultHandler());
        }

        Map<String, String> result() {
            return Map.of("files", String.valueOf(files), "bytes", String.valueOf(bytes));
        }
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

    private static String report(Map<Input, Map<String, Map<String, String>>> results, Map<Input, String> tightFailures)
            throws IOException {
        StringBuilder table = new StringBuilder();
        table.append(String.format(
                Locale.ROOT,
                "Machine: %d cores, %s %s, %s, load average at the end %s; each figure from JVMs of its own"
                        + " with -Xmx%s. Cold: the first run in a fresh JVM, median of %d JVMs. Warm: median"
                        + " (min) of %d runs after at least %d runs and %d s of CPU time of warm-up in one of"
                        + " them. CPU: the measuring thread's CPU time, median.%n%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"),
                System.getProperty("os.name"),
                Files.readString(Path.of("/proc/loadavg")).strip(),
                HEAP_CAP,
                COLD_JVMS,
                WARM_RUNS,
                WARM_UP_RUNS,
                WARM_UP_NANOS / 1_000_000_000L));
        table.append("| input | size MB | entries | files read | check cold ms (CPU) | check warm ms (min; CPU)"
                + " | check CPU ms, cold: scan / read / judge | warm: scan / read / judge | check peak heap MB"
                + " | list warm ms (CPU) | floor cold ms (CPU) | floor warm ms (min; CPU) | floor peak heap MB"
                + " | check / floor cold (CPU) | check / floor warm (CPU) | parse floor cold ms (CPU)"
                + " | parse floor warm ms (min; CPU) | check / parse floor cold (CPU) |\n");
        table.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        boolean noneFailed = true;
        boolean allUnderCap = true;
        for (Map.Entry<Input, Map<String, Map<String, String>>> row : results.entrySet()) {
            Input input = row.getKey();
            Map<String, String> check = row.getValue().get("check");
            Map<String, String> list = row.getValue().get("list");
            Map<String, String> floor = row.getValue().get("floor");
            Map<String, String> parse = row.getValue().get("parse");
            noneFailed &= Stream.of(check, list, floor, parse).noneMatch(r -> r.containsKey("failed"));
            allUnderCap &= noneFailed
                    && Stream.of(check, list, floor, parse)
                            .allMatch(r -> Double.parseDouble(r.get("peakMb")) * 1024 * 1024 < HEAP_CAP_BYTES);
            table.append(String.format(
                    Locale.ROOT,
                    "| %s | %.0f | %s | %s (floor %s) | %s (%s) | %s (%s; %s) | %s / %s / %s | %s / %s / %s | %s"
                            + " | %s (%s) | %s | %s | %s (%s) | %s (%s) | %s | %s (%s) |%n",
                    input.name(),
                    sizeMb(input.path()),
                    list.getOrDefault("entries", "?"),
                    check.getOrDefault("files", "FAILED " + check.getOrDefault("failed", "-")),
                    floor.getOrDefault("files", "?"),
                    check.getOrDefault("coldMs", "-"),
                    check.getOrDefault("coldCpuMs", "-"),
                    check.getOrDefault("ms", "-"),
                    check.getOrDefault("minMs", "-"),
                    check.getOrDefault("cpuMs", "-"),
                    check.getOrDefault("coldScanCpuMs", "-"),
                    check.getOrDefault("coldReadCpuMs", "-"),
                    check.getOrDefault("coldJudgeCpuMs", "-"),
                    check.getOrDefault("scanCpuMs", "-"),
                    check.getOrDefault("readCpuMs", "-"),
                    check.getOrDefault("judgeCpuMs", "-"),
                    check.getOrDefault("peakMb", "-"),
                    list.getOrDefault("ms", "-"),
                    list.getOrDefault("cpuMs", "-"),
                    coldAndWarm(floor),
                    floor.getOrDefault("peakMb", "-"),
                    ratio(check, floor, "coldMs"),
                    ratio(check, floor, "coldCpuMs"),
                    ratio(check, floor, "ms"),
                    ratio(check, floor, "cpuMs"),
                    coldAndWarm(parse),
                    ratio(check, parse, "coldMs"),
                    ratio(check, parse, "coldCpuMs")));
        }
        table.append("\n").append(goals(results, tightFailures, noneFailed, allUnderCap));
        return table.toString();
    }

    /** A floor's two table cells: cold ms (CPU), then warm median ms (fastest; CPU). */
    private static String coldAndWarm(Map<String, String> result) {
        return String.format(
                Locale.ROOT,
                "%s (%s) | %s (%s; %s)",
                result.getOrDefault("coldMs", "-"),
                result.getOrDefault("coldCpuMs", "-"),
                result.getOrDefault("ms", "-"),
                result.getOrDefault("minMs", "-"),
                result.getOrDefault("cpuMs", "-"));
    }

    private static String goals(
            Map<Input, Map<String, Map<String, String>>> results,
            Map<Input, String> tightFailures,
            boolean noneFailed,
            boolean allUnderCap) {
        StringBuilder goals = new StringBuilder();
        Map<String, Map<String, String>> portal = results.values().iterator().next();
        for (String state : List.of("warm", "cold")) {
            // Warm: the fastest runs, the ones other builds on the machine disturbed least.
            String wall = state.equals("warm") ? "minMs" : "coldMs";
            String cpu = state.equals("warm") ? "cpuMs" : "coldCpuMs";
            double wallRatio = millis(portal.get("check"), wall) / millis(portal.get("floor"), wall);
            double cpuRatio = millis(portal.get("check"), cpu) / millis(portal.get("floor"), cpu);
            goals.append(String.format(
                    Locale.ROOT,
                    "- check of the Work Portal zip within 2x the floor, %s: %s (%.2fx wall time%s, %.2fx CPU time)%n",
                    state,
                    wallRatio <= 2 ? "HOLDS" : "FAILS",
                    wallRatio,
                    state.equals("warm") ? " of the fastest runs" : "",
                    cpuRatio));
        }
        // Cold, the parse floor bounds any checker that reads XML with the JDK's parser from below.
        goals.append(String.format(
                Locale.ROOT,
                "- cold, the parse floor alone takes %.2fx the floor; the check takes %.2fx the parse floor"
                        + " (%.2fx CPU time)%n",
                millis(portal.get("parse"), "coldMs") / millis(portal.get("floor"), "coldMs"),
                millis(portal.get("check"), "coldMs") / millis(portal.get("parse"), "coldMs"),
                millis(portal.get("check"), "coldCpuMs") / millis(portal.get("parse"), "coldCpuMs")));
        goals.append("- every measurement ran within -Xmx" + HEAP_CAP + ": " + (noneFailed ? "HOLDS" : "FAILS")
                + "; sum of heap pool peaks under 256 MB for all: " + (allUnderCap ? "yes" : "no") + "\n");
        List<String> tightFailed = tightFailures.entrySet().stream()
                .filter(entry -> !entry.getValue().isEmpty())
                .map(entry -> entry.getKey().name() + " (" + entry.getValue() + ")")
                .toList();
        goals.append("- every input's check completes in a JVM capped at -Xmx" + TIGHT_HEAP + ", so its heap stays"
                + " under 256 MB: " + (tightFailed.isEmpty() ? "HOLDS" : "FAILS: " + String.join("; ", tightFailed))
                + "\n");
        List<double[]> series = new ArrayList<>();
        results.forEach((input, byWhat) -> {
            if (input.descriptors() > 0) {
                series.add(new double[] {input.descriptors(), millis(byWhat.get("check"), "cpuMs")});
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
                "- warm check CPU time linear in descriptors: %s (ratio per doubling:%s %.2f ms per web.config"
                        + " at %.0f)%n",
                linear ? "HOLDS" : "FAILS",
                steps,
                last[1] / last[0],
                last[0]));
        return goals.toString();
    }

    private static String ratio(Map<String, String> check, Map<String, String> floor, String figure) {
        if (!check.containsKey(figure) || !floor.containsKey(figure)) {
            return "?";
        }
        return String.format(Locale.ROOT, "%.2fx", millis(check, figure) / Math.max(0.1, millis(floor, figure)));
    }

    private static double millis(Map<String, String> result, String figure) {
        return result.containsKey(figure) ? Double.parseDouble(result.get(figure)) : Double.NaN;
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
