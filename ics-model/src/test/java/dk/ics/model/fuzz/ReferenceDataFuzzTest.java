package dk.ics.model.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dk.ics.model.IcsException;
import dk.ics.model.ReadLimits;
import dk.ics.model.age.AgeGroup;
import dk.ics.model.age.AgeGroups;
import dk.ics.model.focus.FocusAreas;
import dk.ics.model.focus.FocusCatalogue;
import dk.ics.model.internal.JsonSupport;
import dk.ics.model.internal.ReferenceData;
import dk.ics.model.triangle.DimensionMigration;
import dk.ics.model.triangle.LegacyDimension;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;

/**
 * Fuzzes the loading of reference data, the path {@code AgeGroups.load}, {@code FocusAreas.load} and
 * {@code DimensionMigration.load} take after opening their file: arbitrary bytes give a whole, usable value or an
 * {@link IcsException}, never another exception.
 */
class ReferenceDataFuzzTest {

    private static final String SOURCE = "fuzz.json";

    private static <T> T load(byte[] input, Class<T> type) {
        return ReferenceData.bind(JsonSupport.readTree(new ByteArrayInputStream(input), SOURCE, ReadLimits.DEFAULTS),
                type, SOURCE);
    }

    @FuzzTest(maxDuration = "5m")
    void ageGroupLoading(byte[] input) {
        AgeGroups groups;
        try {
            groups = load(input, AgeGroups.class);
        } catch (IcsException expected) {
            return;
        }
        assertThat(groups.codes()).doesNotHaveDuplicates();
        for (AgeGroup g : groups.groups()) {
            assertThat(groups.byCode(g.code())).isEqualTo(g);
        }
        LocalDate today = LocalDate.of(2025, 1, 1);
        for (int years = 0; years < 30; years += 3) {
            groups.ageGroupOf(today.minusYears(years), today).ifPresent(g -> assertThat(groups.codes())
                    .contains(g.code()));
        }
        groups.withoutAfterCare();
    }

    @FuzzTest(maxDuration = "5m")
    void focusAreaLoading(byte[] input) {
        FocusAreas areas;
        try {
            areas = FocusAreas.of(load(input, FocusCatalogue.class), AgeGroups.standard());
        } catch (IcsException expected) {
            return;
        }
        for (AgeGroup g : AgeGroups.standard().groups()) {
            assertThat(areas.forAgeGroup(g)).isNotNull();
        }
        assertThat(areas.allStatements()).doesNotContainNull();
    }

    @FuzzTest(maxDuration = "5m")
    void migrationLoading(byte[] input) {
        DimensionMigration map;
        try {
            map = load(input, DimensionMigration.class);
        } catch (IcsException expected) {
            return;
        }
        for (LegacyDimension d : LegacyDimension.values()) {
            assertThat(map.targetsOf(d)).isNotEmpty();
        }
        assertThat(map.asMap()).hasSize(LegacyDimension.values().length);
        map.needingReview();
    }
}
