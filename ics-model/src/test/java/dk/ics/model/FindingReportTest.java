package dk.ics.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FindingReportTest {

    private static Finding f(String code, Severity s, String ptr, QualityBeacon b) {
        return new Finding(code, s, ptr, "k", List.of(), "Barnets lov § 22", b, LocalizedText.of("da " + code,
                "en " + code));
    }

    @Test
    void findingsAreOrderedBySeverityThenPointerInDocumentOrderThenCode() {
        FindingReport r = FindingReport.of(List.of(
                f("B", Severity.WARNING, "/goals/10", null),
                f("A", Severity.WARNING, "/goals/9", null),
                f("C", Severity.ERROR, "/z", QualityBeacon.INDDRAGELSE),
                f("A", Severity.ERROR, "/z", QualityBeacon.INDDRAGELSE),
                f("Z", Severity.INFO, "", null)));
        assertThat(r.findings()).extracting(x -> x.code() + x.pointer())
                .containsExactly("A/z", "C/z", "A/goals/9", "B/goals/10", "Z");
    }

    @Test
    void theReportCountsBySeverityAndBeacon() {
        FindingReport r = FindingReport.of(List.of(f("A", Severity.ERROR, "/a", QualityBeacon.OPFOELGNING),
                f("B", Severity.WARNING, "/b", QualityBeacon.OPFOELGNING), f("C", Severity.WARNING, "/c", null)));
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.countsBySeverity()).containsEntry(Severity.ERROR, 1).containsEntry(Severity.WARNING, 2)
                .containsEntry(Severity.INFO, 0);
        assertThat(r.countsByBeacon()).containsEntry(QualityBeacon.OPFOELGNING, 2)
                .containsEntry(QualityBeacon.INDDRAGELSE, 0);
        assertThat(r.withCode("B")).hasSize(1);
        assertThat(FindingReport.empty().hasErrors()).isFalse();
    }

    @Test
    void theReportRendersInDanishAndEnglish() {
        FindingReport r = FindingReport.of(List.of(f("A", Severity.ERROR, "/a", null)));
        assertThat(r.render(Language.DA)).isEqualTo("ERROR A /a: da A (Barnets lov § 22)\n");
        assertThat(r.render(Language.EN)).isEqualTo("ERROR A /a: en A (Barnets lov § 22)\n");
    }

    @Test
    void severityCanBeChangedWithoutLosingTheRest() {
        Finding e = f("A", Severity.ERROR, "/a", QualityBeacon.INDDRAGELSE);
        Finding w = e.withSeverity(Severity.WARNING);
        assertThat(w.severity()).isEqualTo(Severity.WARNING);
        assertThat(w).usingRecursiveComparison().ignoringFields("severity").isEqualTo(e);
        assertThat(e.toString()).isEqualTo("ERROR A at /a: en A");
    }

    @Test
    void reportsMergeInReportOrderAndTheEmptyReportChangesNothing() {
        FindingReport a = FindingReport.of(List.of(f("B", Severity.WARNING, "/b", null)));
        FindingReport b = FindingReport.of(List.of(f("A", Severity.ERROR, "/z", null),
                f("C", Severity.WARNING, "/a", null)));
        FindingReport merged = a.plus(b);
        assertThat(merged.findings()).extracting(Finding::code).containsExactly("A", "C", "B");
        assertThat(merged).isEqualTo(b.plus(a)).hasSameHashCodeAs(b.plus(a)).isNotEqualTo(a);
        assertThat(a.plus(FindingReport.empty())).isSameAs(a);
        assertThat(FindingReport.empty().plus(a)).isEqualTo(a);
        assertThat(FindingReport.of(List.of())).isSameAs(FindingReport.empty());
        assertThat(FindingReport.empty().isEmpty()).isTrue();
        assertThat(a.isEmpty()).isFalse();
    }

    @Test
    void theReportShowsOnlyItsCountsAsText() {
        FindingReport r = FindingReport.of(List.of(f("A", Severity.ERROR, "/child/cpr", null)));
        assertThat(r.toString()).isEqualTo("FindingReport" + r.countsBySeverity()).contains("ERROR=1")
                .doesNotContain("/child/cpr", "da A", "en A");
    }
}
