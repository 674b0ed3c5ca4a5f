package dk.ics.test;

import static dk.ics.test.IcsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.model.Finding;
import dk.ics.validation.IcsValidator;
import dk.ics.validation.spi.RuleInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rule-coverage test: every rule fires on its own variant and on no other. */
class BrokenVariantsTest {

    private static Map<String, Set<String>> codesByVariant;

    @BeforeAll
    static void validateEveryVariantOnce() {
        codesByVariant = new TreeMap<>();
        BrokenVariants.all().forEach((code, v) -> codesByVariant.put(code, v.fixture().validate().findings()
                .stream().map(Finding::code).collect(Collectors.toCollection(TreeSet::new))));
    }

    @Test
    void everyBuiltInRuleHasAVariant() {
        List<String> rules = IcsValidator.standard().rules().stream().map(RuleInfo::code).toList();

        assertThat(rules.stream().filter(r -> !BrokenVariants.all().containsKey(r))).as("rules without a variant")
                .isEmpty();
    }

    @Test
    void everyVariantProducesItsOwnCode() {
        codesByVariant.forEach((code, found) -> assertThat(found).as(code).contains(code));
    }

    @Test
    void everyRuleVariantProducesNoOtherRuleCode() {
        BrokenVariants.rules().forEach(v -> assertThat(codesByVariant.get(v.code()).stream()
                .filter(c -> c.startsWith("ICS-"))).as(v.toString()).containsOnly(v.code()));
    }

    @Test
    void everyTemplateVariantProducesOnlyItsOwnCode() {
        BrokenVariants.templateConstraints().forEach(v -> assertThat(codesByVariant.get(v.code()))
                .as(v.toString()).containsOnly(v.code()));
    }

    @Test
    void everyCodeFiresOnItsOwnVariantOnly() {
        // TPL-REQUIRED is the exception: where the template requires what a rule looks for, both fire.
        codesByVariant.keySet().stream().filter(code -> !code.equals("TPL-REQUIRED")).forEach(code -> assertThat(codesByVariant.entrySet().stream()
                .filter(e -> e.getValue().contains(code)).map(Map.Entry::getKey)).as(code).containsOnly(code));
    }

    @Test
    void ruleVariantsBreakOnlyWhatTheTemplateRequiresBesides() {
        BrokenVariants.rules().forEach(v -> assertThat(codesByVariant.get(v.code()))
                .as(v.toString()).isSubsetOf(v.code(), "TPL-REQUIRED"));
    }

    @Test
    void variantsAreFreshEachTime() {
        BrokenVariant v = BrokenVariants.of("ICS-BFU-006");
        v.fixture().withoutParentsPerspective();

        assertThat(v.fixture().validate()).hasOnlyCodes("ICS-BFU-006");
    }
}
