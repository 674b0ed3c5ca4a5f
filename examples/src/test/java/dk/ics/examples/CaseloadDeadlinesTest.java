package dk.ics.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CaseloadDeadlinesTest {

    private final List<String> out = ProgramOutput.of(CaseloadDeadlines::run);

    @Test
    void listsThePlacementCasesTwoOverdueDeadlinesWithTheirSections() {
        assertThat(section("Overskredet (2)")).containsExactly(
                "  sag-2025-0113  2026-09-20  Næste opfølgning på den planlagte dato  (Barnets lov § 95, stk. 3)",
                "  sag-2025-0113  2026-11-22  Ungeplan inden for 3 måneder  (Barnets lov § 108, stk. 3)");
    }

    @Test
    void theNextFollowUpAndTheAcknowledgementOfTheNotifierAreDueWithinFourteenDays() {
        assertThat(section("Forfalder senest 2026-12-08 (2)")).containsExactly(
                "  sag-2025-0203  2026-12-03  Næste opfølgning på den planlagte dato  (Barnets lov § 95, stk. 3)",
                "  sag-2026-1120  2026-11-30  Kvittering til den faglige underretter inden for 6 hverdage"
                        + "  (Barnets lov § 138)");
    }

    @Test
    void laterOpenDeadlinesIncludeTheInvestigationsFourMonths() {
        assertThat(section("Åbne, senere (4)")).hasSize(4)
                .contains("  sag-2026-1120  2027-03-21  Børnefaglig undersøgelse afsluttet inden for 4 måneder"
                        + "  (Barnets lov § 20, stk. 3)")
                .contains("  sag-2025-0113  2028-02-22  Afgørelse om ungestøtte senest 6 måneder før det fyldte 18. år"
                        + "  (Barnets lov § 111, stk. 1)")
                .allSatisfy(line -> assertThat(line).doesNotContain("sag-2023-0411"));
    }

    @Test
    void theClosedServicelovenCaseNeedsNoAttention() {
        assertThat(out.get(0)).isEqualTo("Frister pr. 2026-11-24");
        assertThat(out).noneMatch(line -> line.contains("sag-2023-0411"));
    }

    /** The indented lines under a heading. */
    private List<String> section(String heading) {
        int start = out.indexOf(heading);
        assertThat(start).as("heading %s in %s", heading, out).isNotNegative();
        return out.subList(start + 1, out.size()).stream().takeWhile(line -> line.startsWith("  ")).toList();
    }
}
