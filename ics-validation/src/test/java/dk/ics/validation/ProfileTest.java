package dk.ics.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.IcsParseException;
import dk.ics.model.IcsUnknownCodeException;
import dk.ics.model.Severity;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A municipality's profile switches rules off, changes severities and sets thresholds; bad profiles are refused. */
class ProfileTest {

    private static final Path DIR = Path.of("src/test/resources/profiles");

    private static ValidationReport validateBfu(IcsValidator v, String removePointer) {
        var doc = Cases.edited("bfu.json", null,
                removePointer == null ? null : Cases.JSON.createArrayNode().add(removePointer), null);
        return v.validate(Cases.document(doc, "bfu.json"), CaseContext.builder(LocalDate.of(2025, 5, 27)).build());
    }

    @Test
    void defaultProfileRunsEveryBuiltInRuleWithItsDefaultSeverity() {
        IcsValidator v = IcsValidator.standard();
        assertThat(v.profile().name()).isEqualTo("default");
        assertThat(v.activeRules()).hasSize(v.rules().size());
        v.rules().forEach(r -> assertThat(v.activeRules().get(r.code())).isEqualTo(r.defaultSeverity()));
    }

    @Test
    void profileSwitchesOffARule() {
        IcsValidator v = IcsValidator.builder().profile(Profile.load(DIR.resolve("kommune.json"))).build();
        assertThat(v.activeRules()).doesNotContainKey("ICS-BFU-008");
        assertThat(validateBfu(v, "/beskrivelse/perspektiver/netvaerketsPerspektiv").withCode("ICS-BFU-008"))
                .isEmpty();
        assertThat(validateBfu(IcsValidator.standard(), "/beskrivelse/perspektiver/netvaerketsPerspektiv")
                .withCode("ICS-BFU-008")).hasSize(1);
    }

    @Test
    void profileChangesASeverity() {
        IcsValidator v = IcsValidator.builder().profile(Profile.load(DIR.resolve("kommune.json"))).build();
        assertThat(v.activeRules().get("ICS-PLAN-003")).isEqualTo(Severity.ERROR);
        assertThat(IcsValidator.standard().activeRules().get("ICS-PLAN-003")).isEqualTo(Severity.WARNING);
    }

    @Test
    void profileSetsAThreshold() {
        IcsValidator v = IcsValidator.builder().profile(Profile.load(DIR.resolve("kommune.json"))).build();
        var report = validateBfu(v, null);
        // every description of the example is shorter than 2000 characters
        assertThat(report.withCode("ICS-BFU-002")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.messageKey()).isEqualTo("ICS-BFU-002.short"))
                .allSatisfy(f -> assertThat(f.arguments()).contains("2000"));
        assertThat(validateBfu(IcsValidator.standard(), null).withCode("ICS-BFU-002")).isEmpty();
    }

    @Test
    void profileSetsTheSeverityOfContextMissingFindings() {
        IcsValidator v = IcsValidator.builder().profile(Profile.load(DIR.resolve("kommune.json"))).build();
        var report = validateBfu(v, "/indledning/behovKendtDato");
        assertThat(report.withCode("ICS-CTX-MISSING")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void unknownRuleCodeIsRefusedNamingIt() {
        Profile p = Profile.load(DIR.resolve("unknown-rule.json"));
        assertThatThrownBy(() -> IcsValidator.builder().profile(p).build())
                .isInstanceOf(IcsUnknownCodeException.class)
                .hasMessageContaining("ICS-BFU-999").hasMessageContaining("/rules/ICS-BFU-999")
                .hasMessageContaining("unknown-rule.json").hasMessageContaining("ICS-BFU-001");
    }

    @Test
    void theValidatorsOwnFindingsCannotBeSwitchedOff() {
        Profile p = Profile.parse("{\"rules\": {\"ICS-CTX-MISSING\": {\"enabled\": false}}}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), "p.json");
        assertThatThrownBy(() -> IcsValidator.builder().profile(p).build())
                .isInstanceOf(IcsInvalidDataException.class).hasMessageContaining("/rules/ICS-CTX-MISSING")
                .hasMessageContaining("only the severity");
    }

    @Test
    void unknownThresholdIsRefusedNamingIt() {
        Profile p = Profile.load(DIR.resolve("unknown-threshold.json"));
        assertThatThrownBy(() -> IcsValidator.builder().profile(p).build())
                .isInstanceOf(IcsUnknownCodeException.class)
                .hasMessageContaining("maxLength").hasMessageContaining("minLength")
                .hasMessageContaining("/rules/ICS-BFU-002/thresholds/maxLength");
    }

    @Test
    void badSeverityIsRefusedAtItsPointer() {
        assertThatThrownBy(() -> Profile.load(DIR.resolve("bad-severity.json")))
                .isInstanceOf(IcsInvalidDataException.class)
                .hasMessageContaining("/rules/ICS-BFU-002/severity").hasMessageContaining("ERROR, WARNING, INFO");
    }

    @Test
    void negativeThresholdIsRefusedAtItsPointer() {
        assertThatThrownBy(() -> Profile.load(DIR.resolve("negative-threshold.json")))
                .isInstanceOf(IcsInvalidDataException.class)
                .hasMessageContaining("/rules/ICS-BFU-002/thresholds/minLength")
                .hasMessageContaining("non-negative");
    }

    @Test
    void unknownSettingIsRefusedAtItsPointer() {
        assertThatThrownBy(() -> Profile.load(DIR.resolve("unknown-setting.json")))
                .isInstanceOf(IcsInvalidDataException.class)
                .hasMessageContaining("/rules/ICS-BFU-002/disabled");
    }

    @Test
    void profileThatIsNotAnObjectIsRefused() {
        assertThatThrownBy(() -> Profile.load(DIR.resolve("not-an-object.json")))
                .isInstanceOf(IcsInvalidDataException.class);
    }

    @Test
    void profileThatIsNotJsonIsRefusedWithLineAndColumn() {
        assertThatThrownBy(() -> Profile.parse("{\"rules\": {".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "p.json")).isInstanceOf(IcsParseException.class).hasMessageContaining("p.json");
    }

    private static Profile parse(String json) {
        return Profile.parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "p.json");
    }

    @Test
    void anUnknownSettingOrPropertyIsNamedWhenItLooksLikeANameAndOnlyPointedAtOtherwise() {
        assertThatThrownBy(() -> parse("{\"name\": \"p\", \"owner\": \"x\"}"))
                .isInstanceOfSatisfying(IcsInvalidDataException.class, e -> {
                    assertThat(e.location().pointer()).isEqualTo("/owner");
                    assertThat(e.reason()).contains("'owner'").contains("[calendar, name, rules]");
                });
        assertThatThrownBy(() -> parse("{\"rules\": {\"ICS-BFU-002\": {\"sagt af mor 0101\": true}}}"))
                .isInstanceOfSatisfying(IcsInvalidDataException.class, e -> {
                    assertThat(e.location().pointer()).isEqualTo("/rules/ICS-BFU-002");
                    assertThat(e.getMessage()).doesNotContain("mor").contains("[enabled, severity, thresholds]");
                });
    }

    @Test
    void aRuleCodeOrThresholdNameThatIsNotCodeShapedIsRefusedWithoutBeingQuoted() {
        assertThatThrownBy(() -> parse("{\"rules\": {\"barnet sagde nej\": {\"enabled\": false}}}"))
                .isInstanceOfSatisfying(IcsInvalidDataException.class, e -> {
                    assertThat(e.location().pointer()).isEqualTo("/rules");
                    assertThat(e.getMessage()).doesNotContain("barnet").contains("16 characters");
                });
        assertThatThrownBy(() -> parse("{\"rules\": {\"1207094321\": {}}}"))
                .isInstanceOfSatisfying(IcsInvalidDataException.class,
                        e -> assertThat(e.getMessage()).doesNotContain("1207094321"));
        assertThatThrownBy(() -> parse("{\"rules\": {\"ICS-BFU-002\": {\"thresholds\": {\"min 1207094321\": 1}}}}"))
                .isInstanceOfSatisfying(IcsInvalidDataException.class, e -> {
                    assertThat(e.location().pointer()).isEqualTo("/rules/ICS-BFU-002/thresholds");
                    assertThat(e.getMessage()).doesNotContain("1207094321");
                });
    }

    @Test
    void anUnknownCodeShapedRuleIsStillNamedWhenTheValidatorIsBuilt() {
        Profile p = parse("{\"rules\": {\"ICS-XYZ-999\": {\"enabled\": false}}}");
        assertThatThrownBy(() -> IcsValidator.builder().profile(p).build())
                .isInstanceOfSatisfying(IcsUnknownCodeException.class, e -> {
                    assertThat(e.location().pointer()).isEqualTo("/rules/ICS-XYZ-999");
                    assertThat(e.getMessage()).contains("'ICS-XYZ-999'");
                });
    }
}
