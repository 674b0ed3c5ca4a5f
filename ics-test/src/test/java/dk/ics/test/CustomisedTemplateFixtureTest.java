package dk.ics.test;

import static dk.ics.test.IcsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.model.Finding;
import dk.ics.model.triangle.Dimension;
import dk.ics.model.triangle.Side;
import dk.ics.templates.Template;
import dk.ics.templates.TemplateRegistry;
import dk.ics.validation.IcsValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The named changes work by role, so the same change breaks a municipality's customised template the same way. */
class CustomisedTemplateFixtureTest {

    private static final Path DATA = Path.of("../examples/data");
    private static final TemplateRegistry REGISTRY = TemplateRegistry.builder().addBuiltIns()
            .add(DATA.resolve("templates/bfu-eksempelkommune.json")).build();
    private static final IcsValidator VALIDATOR = IcsValidator.builder().registry(REGISTRY).build();

    private static DocumentFixture customised() throws IOException {
        String json = Files.readString(DATA.resolve("documents/bfu-eksempelkommune.json"));
        Template t = REGISTRY.templateOf(dk.ics.templates.CaseDocument.parse(json));
        return IcsFixtures.document(t, json, LocalDate.of(2025, 5, 27));
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of("without child perspective", (UnaryOperator<DocumentFixture>)
                        DocumentFixture::withoutChildPerspective),
                Arguments.of("without resources", (UnaryOperator<DocumentFixture>)
                        f -> f.withoutResources(Dimension.SUNDHEDSFORHOLD)),
                Arguments.of("without challenges", (UnaryOperator<DocumentFixture>)
                        f -> f.withoutChallenges(Dimension.TRYGT_OMSORGSMILJOE)),
                Arguments.of("without analysis", (UnaryOperator<DocumentFixture>)
                        f -> f.withoutAnalysisOf(Side.FAMILIE_OG_NETVAERK)),
                Arguments.of("without legal basis", (UnaryOperator<DocumentFixture>)
                        DocumentFixture::withoutDecisionLegalBasis),
                Arguments.of("out of focus, coherently", (UnaryOperator<DocumentFixture>)
                        f -> f.withDimensionOutOfFocus(Dimension.SUNDHEDSFORHOLD)));
    }

    private static List<String> ruleCodes(DocumentFixture f) {
        return f.validate(VALIDATOR).findings().stream().map(Finding::code).filter(c -> c.startsWith("ICS-"))
                .sorted().toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void aNamedChangeGivesTheSameRuleFindingsOnBothTemplates(String name, UnaryOperator<DocumentFixture> change)
            throws IOException {
        DocumentFixture builtIn = change.apply(IcsFixtures.aBfu().inCase(b -> b.regime(null)));
        DocumentFixture custom = change.apply(customised());

        assertThat(ruleCodes(custom)).isEqualTo(ruleCodes(builtIn));
    }

    @Test
    void theCustomisedDocumentHasNoRuleFindingsBeforeAChange() throws IOException {
        assertThat(ruleCodes(customised())).isEmpty();
        assertThat(customised().validate(VALIDATOR)).hasNoErrors();
    }

    @Test
    void aChangeIsVisibleUnderTheCustomisedFieldNames() throws IOException {
        assertThat(customised().toJson()).contains("\"barnetsStemme\"");
        assertThat(customised().withoutChildPerspective().toJson()).doesNotContain("\"barnetsStemme\"");
    }
}
