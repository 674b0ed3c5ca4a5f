package dk.ics.validation.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dk.ics.model.IcsException;
import dk.ics.model.Language;
import dk.ics.model.casework.LegalRegime;
import dk.ics.validation.CaseContext;
import dk.ics.validation.IcsValidator;
import dk.ics.validation.Profile;
import dk.ics.validation.ValidationReport;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Fuzzes validating a document (reading, the template check and every rule) and loading a profile: arbitrary bytes
 * give a report or a profile, or an {@link IcsException} with a location, never another exception. A report is
 * checked for behaviour too: it renders, exports as JSON, and gives the same findings a second time; a profile that
 * loads either builds a validator or is refused as naming an unknown rule or threshold. In {@code mvn verify} each
 * target runs over its committed inputs in {@code ValidationFuzzTestInputs/}; {@code -Pfuzz} fuzzes one for a set
 * time.
 */
class ValidationFuzzTest {

    private static final IcsValidator VALIDATOR = IcsValidator.standard();
    private static final IcsValidator ENGLISH = IcsValidator.builder().language(Language.EN).build();

    @FuzzTest(maxDuration = "5m")
    void documentValidation(byte[] input) {
        CaseContext context = context(input);
        ValidationReport report;
        try {
            report = VALIDATOR.validate(input, "fuzz.json", context);
        } catch (IcsException expected) {
            assertThat(expected.location()).isNotNull();
            return;
        }
        assertThat(report.render()).isNotNull();
        assertThat(report.toJson()).startsWith("{");
        assertThat(VALIDATOR.validate(input, "fuzz.json", context).report()).isEqualTo(report.report());
        assertThat(ENGLISH.validate(input, "fuzz.json", context).codes()).isEqualTo(report.codes());
    }

    @FuzzTest(maxDuration = "5m")
    void profileLoading(byte[] input) {
        Profile profile;
        try {
            profile = Profile.parse(input, "fuzz.json");
        } catch (IcsException expected) {
            assertThat(expected.location()).isNotNull();
            return;
        }
        assertThat(profile.name()).isNotBlank();
        try {
            IcsValidator v = IcsValidator.builder().profile(profile).build();
            v.activeRules().keySet().forEach(code -> assertThat(profile.isEnabled(code)).isTrue());
        } catch (IcsException documented) {
            assertThat(documented.location()).isNotNull();
        }
    }

    /** A context derived from the input, so that the rules see dates before, on and after a document's own. */
    private static CaseContext context(byte[] input) {
        int h = Arrays.hashCode(input);
        LocalDate on = LocalDate.of(2024, 1, 1).plusDays(Math.floorMod(h, 1200));
        CaseContext.Builder b = CaseContext.builder(on);
        if ((h & 1) == 0) {
            b.regime(LegalRegime.BARNETS_LOV).supportDecisionDate(on.minusDays(Math.floorMod(h >> 3, 200)));
        }
        if ((h & 2) == 0) {
            b.childBirthDate(on.minusYears(Math.floorMod(h >> 5, 20)));
        }
        return b.build();
    }
}
