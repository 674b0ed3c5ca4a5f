package dk.ics.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The findings of one check, in a deterministic order (severity, then pointer in document order, then code), with
 * counts by severity and by quality beacon. Immutable.
 */
public final class FindingReport {

    /** The order of a report: severity, then JSON Pointer (segment by segment, numbers numerically), then code. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::pointer, FindingReport::comparePointers)
            .thenComparing(Finding::code)
            .thenComparing(Finding::messageKey)
            .thenComparing(f -> String.join("\u0000", f.arguments()));

    private static final FindingReport EMPTY = new FindingReport(List.of());

    private final List<Finding> findings;

    private FindingReport(List<Finding> sorted) {
        this.findings = sorted;
    }

    /** A report of the given findings, sorted. */
    public static FindingReport of(Collection<Finding> findings) {
        if (findings.isEmpty()) {
            return EMPTY;
        }
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(ORDER);
        return new FindingReport(Collections.unmodifiableList(sorted));
    }

    /** The report with no findings. */
    public static FindingReport empty() {
        return EMPTY;
    }

    /** The findings, in report order. */
    public List<Finding> findings() {
        return findings;
    }

    /** Whether there are no findings at all. */
    public boolean isEmpty() {
        return findings.isEmpty();
    }

    /** Whether any finding is an error. */
    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /** The number of findings of a severity. */
    public int count(Severity severity) {
        int n = 0;
        for (Finding f : findings) {
            if (f.severity() == severity) {
                n++;
            }
        }
        return n;
    }

    /** The number of findings per severity (every severity present, zero when none). */
    public Map<Severity, Integer> countsBySeverity() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return Collections.unmodifiableMap(counts);
    }

    /** The number of findings per quality beacon (every beacon present; findings with no beacon are not counted). */
    public Map<QualityBeacon, Integer> countsByBeacon() {
        Map<QualityBeacon, Integer> counts = new EnumMap<>(QualityBeacon.class);
        for (QualityBeacon b : QualityBeacon.values()) {
            counts.put(b, 0);
        }
        findings.stream().filter(f -> f.beacon() != null).forEach(f -> counts.merge(f.beacon(), 1, Integer::sum));
        return Collections.unmodifiableMap(counts);
    }

    /** The findings with the given code. */
    public List<Finding> withCode(String code) {
        return filter(f -> f.code().equals(code));
    }

    /** The findings that match a predicate, in report order. */
    public List<Finding> filter(Predicate<Finding> predicate) {
        return findings.stream().filter(predicate).toList();
    }

    /** This report and another merged into one, sorted. */
    public FindingReport plus(FindingReport other) {
        if (other.isEmpty()) {
            return this;
        }
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(other.findings);
        return of(all);
    }

    /** The report as lines of text in a language: one finding per line, {@code SEVERITY CODE pointer: message}. */
    public String render(Language language) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : findings) {
            sb.append(f.severity()).append(' ').append(f.code()).append(' ')
                    .append(f.pointer().isEmpty() ? "/" : f.pointer()).append(": ").append(f.message(language));
            if (!f.basis().isEmpty()) {
                sb.append(" (").append(f.basis()).append(')');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FindingReport other && findings.equals(other.findings);
    }

    @Override
    public int hashCode() {
        return findings.hashCode();
    }

    @Override
    public String toString() {
        return "FindingReport" + countsBySeverity();
    }

    /** Compares JSON Pointers segment by segment, array indexes numerically, so /goals/10 follows /goals/9. */
    static int comparePointers(String a, String b) {
        String[] sa = a.split("/", -1);
        String[] sb = b.split("/", -1);
        int n = Math.min(sa.length, sb.length);
        for (int i = 0; i < n; i++) {
            int c = compareSegments(sa[i], sb[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(sa.length, sb.length);
    }

    private static int compareSegments(String a, String b) {
        boolean na = isIndex(a);
        boolean nb = isIndex(b);
        if (na && nb) {
            int c = Integer.compare(a.length(), b.length());
            return c != 0 ? c : a.compareTo(b);
        }
        return a.compareTo(b);
    }

    private static boolean isIndex(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
