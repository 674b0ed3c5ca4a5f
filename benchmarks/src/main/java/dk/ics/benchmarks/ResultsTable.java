package dk.ics.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a JMH JSON result file ({@code -rf json -rff results.json}) into the Markdown results table of
 * {@code benchmarks/README.md}: the machine, every benchmark's score (wall clock, and CPU time and allocation per
 * operation when the run had {@code -prof dk.ics.benchmarks.CpuTimeProfiler} and {@code -prof gc}), and the ratios
 * against the targets, all from the one run. Usage:
 * {@code java -cp benchmarks/target/benchmarks.jar dk.ics.benchmarks.ResultsTable results.json}.
 */
public final class ResultsTable {

    private static final String CPU = "·cpu.worker.ns/op";
    private static final String ALLOC = "gc.alloc.rate.norm";

    private final List<JsonNode> results = new ArrayList<>();

    private ResultsTable(JsonNode root) {
        root.forEach(results::add);
    }

    /**
     * Prints the table.
     *
     * @param args the JMH JSON result file
     * @throws IOException when the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ResultsTable <jmh-results.json>");
            System.exit(2);
        }
        JsonNode root = JsonMapper.builder().build().readTree(Files.readAllBytes(Path.of(args[0])));
        System.out.print(new ResultsTable(root).render());
    }

    private String render() {
        StringBuilder out = new StringBuilder();
        JsonNode first = results.isEmpty() ? null : results.get(0);
        out.append("Run of ").append(LocalDate.now(ZoneOffset.UTC)).append(" (UTC); JDK ")
                .append(first == null ? "?" : first.path("jdkVersion").asString() + " ("
                        + first.path("vmName").asString() + ")")
                .append("; ").append(Machine.describe()).append(".\n\n");
        out.append("| benchmark | mode | score (wall clock) | CPU per op (worker threads) | allocated per op |\n");
        out.append("| --- | --- | --- | --- | --- |\n");
        for (JsonNode r : results) {
            JsonNode p = r.path("primaryMetric");
            out.append("| `").append(name(r)).append("` | ").append(r.path("mode").asString())
                    .append(r.path("threads").asInt() > 1 ? ", " + r.path("threads").asInt() + " threads" : "")
                    .append(" | ").append(fmt(p.path("score").asDouble())).append(" ± ")
                    .append(fmt(p.path("scoreError").asDouble())).append(' ').append(p.path("scoreUnit").asString())
                    .append(" | ").append(cpu(r)).append(" | ").append(alloc(r)).append(" |\n");
        }
        out.append("\n| target | measured (wall clock) | measured (CPU per op) | met? |\n");
        out.append("| --- | --- | --- | --- |\n");
        ratio(out, "full validation ≤ 3× parse floor", "ValidationBenchmark.fullValidate",
                "ParseFloorBenchmark.jacksonReadTree", 3.0);
        ratio(out, "full validation ≤ 1.5× schema-only", "ValidationBenchmark.fullValidate",
                "ValidationBenchmark.schemaOnly", 1.5);
        scaling(out);
        limit(out, "registry start-up < 300 ms (warm)", "StartupBenchmark.registryOfBuiltIns", 300);
        limit(out, "deadlines of 10 000 cases < 50 ms", "CaseloadBenchmark.deadlinesOf10000Cases", 50);
        limit(out, "national barometer (100 × 50) < 20 ms", "CaseloadBenchmark.barometer100x50", 20);
        parts(out);
        return out.toString();
    }

    /** The full validation in parts, each as CPU per op and as a multiple of the floor. */
    private void parts(StringBuilder out) {
        JsonNode floor = find("ParseFloorBenchmark.jacksonReadTree");
        JsonNode parse = find("ParseFloorBenchmark.limitsAwareReadTree");
        JsonNode schemaOnly = find("ValidationBenchmark.schemaOnly");
        JsonNode check = find("ValidationBenchmark.partSchemaCheck");
        JsonNode afterParse = find("ValidationBenchmark.partAfterParse");
        JsonNode full = find("ValidationBenchmark.fullValidate");
        if (floor == null || parse == null || schemaOnly == null || check == null || afterParse == null
                || full == null || Double.isNaN(cpuNs(floor))) {
            return;
        }
        double f = cpuNs(floor);
        out.append("\nThe full validation in parts (CPU per op of the worker thread, and as a multiple of the floor):\n\n");
        out.append("| part | CPU per op | × floor |\n| --- | --- | --- |\n");
        part(out, "Jackson parse (the floor)", f, f);
        part(out, "networknt validation alone (schema-only minus the floor)", cpuNs(schemaOnly) - f, f);
        part(out, "limits-aware parse (the library's reader)", cpuNs(parse), f);
        part(out, "template check: schema and switched-off content", cpuNs(check), f);
        part(out, "binding, rules, report (after-parse minus template check)", cpuNs(afterParse) - cpuNs(check), f);
        part(out, "full validation", cpuNs(full), f);
    }

    private static void part(StringBuilder out, String name, double ns, double floorNs) {
        out.append("| ").append(name).append(" | ").append(fmt(ns / 1e3)).append(" µs | ")
                .append(fmt(ns / floorNs)).append("× |\n");
    }

    private void ratio(StringBuilder out, String target, String of, String to, double max) {
        JsonNode a = find(of);
        JsonNode b = find(to);
        if (a == null || b == null) {
            out.append("| ").append(target).append(" | not in this run | | |\n");
            return;
        }
        double wall = score(a) / score(b);
        double cpu = cpuNs(a) / cpuNs(b);
        out.append("| ").append(target).append(" | ").append(fmt(wall)).append("× | ")
                .append(Double.isNaN(cpu) ? "-" : fmt(cpu) + "×").append(" | ").append(met(wall <= max))
                .append(" (wall)").append(Double.isNaN(cpu) ? "" : "; " + met(cpu <= max) + " (CPU)").append(" |\n");
    }

    private void scaling(StringBuilder out) {
        JsonNode one = find("ValidationThreadsBenchmark.fullValidate1Thread");
        JsonNode two = find("ValidationThreadsBenchmark.fullValidate2Threads");
        String target = "2 threads ≥ 1.8× one thread";
        if (one == null || two == null) {
            out.append("| ").append(target).append(" | not in this run | | |\n");
            return;
        }
        double wall = score(two) / score(one);
        // With a free core each, two threads reach 2 × (CPU per op alone) / (CPU per op together) of one thread.
        double cpu = 2 * cpuNs(one) / cpuNs(two);
        out.append("| ").append(target).append(" | ").append(fmt(wall)).append("× | ")
                .append(Double.isNaN(cpu) ? "-" : fmt(cpu) + "× (2 × CPU/op alone ÷ CPU/op together)")
                .append(" | ").append(met(wall >= 1.8)).append(Double.isNaN(cpu) ? "" : " (wall); "
                        + met(cpu >= 1.8) + " (CPU)").append(" |\n");
    }

    private void limit(StringBuilder out, String target, String name, double maxMs) {
        JsonNode r = find(name);
        if (r == null) {
            out.append("| ").append(target).append(" | not in this run | | |\n");
            return;
        }
        double wall = score(r);
        double cpu = cpuNs(r) / 1e6;
        out.append("| ").append(target).append(" | ").append(fmt(wall)).append(" ms | ")
                .append(Double.isNaN(cpu) ? "-" : fmt(cpu) + " ms").append(" | ")
                .append(met(wall < maxMs)).append(" (wall)")
                .append(Double.isNaN(cpu) ? "" : "; " + met(cpu < maxMs) + " (CPU)").append(" |\n");
    }

    private JsonNode find(String name) {
        for (JsonNode r : results) {
            if (r.path("benchmark").asString().endsWith("." + name)) {
                return r;
            }
        }
        return null;
    }

    private static String name(JsonNode r) {
        String full = r.path("benchmark").asString();
        String[] parts = full.split("\\.");
        String n = parts.length >= 2 ? parts[parts.length - 2] + "." + parts[parts.length - 1] : full;
        JsonNode params = r.path("params");
        if (params.isObject() && !params.isEmpty()) {
            List<String> ps = new ArrayList<>();
            params.properties().forEach(e -> ps.add(e.getValue().asString()));
            n += " (" + String.join(", ", ps) + ")";
        }
        return n;
    }

    private static double score(JsonNode r) {
        return r.path("primaryMetric").path("score").asDouble();
    }

    private static double cpuNs(JsonNode r) {
        JsonNode c = r.path("secondaryMetrics").path(CPU);
        return c.isMissingNode() ? Double.NaN : c.path("score").asDouble();
    }

    private static String cpu(JsonNode r) {
        double ns = cpuNs(r);
        if (Double.isNaN(ns)) {
            return "-";
        }
        return ns >= 1e6 ? fmt(ns / 1e6) + " ms" : fmt(ns / 1e3) + " µs";
    }

    private static String alloc(JsonNode r) {
        JsonNode a = r.path("secondaryMetrics").path(ALLOC);
        if (a.isMissingNode()) {
            return "-";
        }
        double bytes = a.path("score").asDouble();
        return bytes >= 1 << 20 ? fmt(bytes / (1 << 20)) + " MB" : fmt(bytes / 1024) + " KB";
    }

    private static String met(boolean yes) {
        return yes ? "yes" : "no";
    }

    private static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : "%.2f", v);
    }

    /** The machine the table is printed on (the run's machine when printed right after it). */
    static final class Machine {

        private Machine() {
        }

        static String describe() {
            String cpu = "unknown CPU";
            try {
                for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                    if (line.startsWith("model name")) {
                        cpu = line.substring(line.indexOf(':') + 1).strip();
                        break;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not Linux: the CPU stays unknown
            }
            String load = "";
            try {
                String[] l = Files.readString(Path.of("/proc/loadavg")).split(" ");
                load = ", load average " + l[0] + " / " + l[1] + " / " + l[2] + " (1 / 5 / 15 min) when printed";
            } catch (IOException | RuntimeException e) {
                // not Linux: no load average
            }
            return Runtime.getRuntime().availableProcessors() + " cores (nproc), " + cpu + load;
        }
    }
}
