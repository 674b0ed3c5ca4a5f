package dk.ics.test;

import static dk.ics.test.IcsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.Finding;
import dk.ics.model.FindingReport;
import dk.ics.model.Language;
import dk.ics.model.LocalizedText;
import dk.ics.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingReportAssertTest {

    private static final Finding NO_CHILD = new Finding("ICS-BFU-006", Severity.ERROR, "/beskrivelse/perspektiver",
            "bfu.childPerspective", List.of("CHILD_PERSPECTIVE"), "Barnets lov § 5", null,
            LocalizedText.of("Barnets perspektiv mangler.", "The child's perspective is missing."));
    private static final Finding NO_NETWORK = new Finding("ICS-BFU-008", Severity.WARNING,
            "/beskrivelse/perspektiver", "bfu.network", List.of(), "", null,
            LocalizedText.of("Netværkets perspektiv mangler.", "The network's perspective is missing."));
    private static final FindingReport REPORT = FindingReport.of(List.of(NO_CHILD, NO_NETWORK));
    private static final FindingReport WARNINGS_ONLY = FindingReport.of(List.of(NO_NETWORK));

    @Test
    void findingWithCodePointerSeverityAndMessagePasses() {
        assertThat(REPORT).hasFindingWithCode("ICS-BFU-006").atPointer("/beskrivelse/perspektiver")
                .withSeverity(Severity.ERROR).withMessageContaining("Barnets perspektiv", Language.DA).occurs(1);
    }

    @Test
    void missingCodeFailsShowingTheReportAsATable() {
        assertThatThrownBy(() -> assertThat(REPORT).hasFindingWithCode("ICS-PLAN-002"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting a finding with code ICS-PLAN-002")
                .hasMessageContaining("severity | code        | pointer                   | message")
                .hasMessageContaining("ERROR    | ICS-BFU-006 | /beskrivelse/perspektiver | The child's perspective");
    }

    @Test
    void wrongPointerFailsNamingWhatWasLookedFor() {
        assertThatThrownBy(() -> assertThat(REPORT).hasFindingWithCode("ICS-BFU-006").atPointer("/analyse"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting a finding code ICS-BFU-006 at pointer /analyse")
                .hasMessageContaining("The whole report:");
    }

    @Test
    void wrongSeverityFails() {
        assertThatThrownBy(() -> assertThat(REPORT).hasFindingWithCode("ICS-BFU-008").withSeverity(Severity.ERROR))
                .isInstanceOf(AssertionError.class).hasMessageContaining("with severity ERROR")
                .hasMessageContaining("WARNING  | ICS-BFU-008");
    }

    @Test
    void messageInTheOtherLanguageFailsAndShowsThatLanguage() {
        assertThatThrownBy(() -> assertThat(REPORT).hasFindingWithCode("ICS-BFU-006")
                .withMessageContaining("Barnets perspektiv", Language.EN))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("with a EN message containing \"Barnets perspektiv\"");
    }

    @Test
    void occursCountsTheFindingsStillMatching() {
        assertThatThrownBy(() -> assertThat(REPORT).hasFindingWithCode("ICS-BFU-006").occurs(2))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Expecting 2 finding(s) code ICS-BFU-006");
    }

    @Test
    void noErrorsPassesOnWarningsAndFailsOnAnError() {
        assertThat(WARNINGS_ONLY).hasNoErrors();
        assertThatThrownBy(() -> assertThat(REPORT).hasNoErrors()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting no errors, but the report has 1")
                .hasMessageContaining("ICS-BFU-006");
    }

    @Test
    void hasErrorsIsTheOpposite() {
        assertThat(REPORT).hasErrors();
        assertThatThrownBy(() -> assertThat(WARNINGS_ONLY).hasErrors()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting errors, but the report has none");
    }

    @Test
    void noFindingsPassesOnAnEmptyReportAndFailsOtherwise() {
        assertThat(FindingReport.empty()).hasNoFindings();
        assertThatThrownBy(() -> assertThat(WARNINGS_ONLY).hasNoFindings()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting no findings, but the report has 1").hasMessageContaining("ICS-BFU-008");
    }

    @Test
    void emptyReportIsShownAsNoFindings() {
        assertThatThrownBy(() -> assertThat(FindingReport.empty()).hasFindingWithCode("X"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("(no findings)");
    }

    @Test
    void onlyCodesNamesWhatIsMissingAndWhatIsExtra() {
        assertThat(REPORT).hasOnlyCodes("ICS-BFU-008", "ICS-BFU-006");
        assertThatThrownBy(() -> assertThat(REPORT).hasOnlyCodes("ICS-BFU-006", "ICS-BFU-001"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("[ICS-BFU-001] missing and [ICS-BFU-008] unexpected");
    }

    @Test
    void noFindingWithCodeAndCountBySeverity() {
        assertThat(REPORT).hasNoFindingWithCode("ICS-PLAN-001").hasCount(Severity.WARNING, 1);
        assertThatThrownBy(() -> assertThat(REPORT).hasNoFindingWithCode("ICS-BFU-008"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Expecting no finding with code ICS-BFU-008");
        assertThatThrownBy(() -> assertThat(REPORT).hasCount(Severity.ERROR, 2))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting 2 finding(s) of severity ERROR, but the report has 1");
    }

    @Test
    void argumentNarrowsToFindingsWithIt() {
        assertThat(REPORT).hasFindingWithCode("ICS-BFU-006").withArgument("CHILD_PERSPECTIVE").findings()
                .forEach(f -> org.assertj.core.api.Assertions.assertThat(f.code()).isEqualTo("ICS-BFU-006"));
        assertThatThrownBy(() -> assertThat(REPORT).hasFindingWithCode("ICS-BFU-008").withArgument("X"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("code ICS-BFU-008 with argument X");
    }
}
