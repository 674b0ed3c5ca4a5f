package dk.ics.test;

import static dk.ics.test.IcsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.Severity;
import dk.ics.model.triangle.Dimension;
import dk.ics.templates.CaseDocument;
import dk.ics.templates.DocumentStatus;
import dk.ics.templates.Role;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentFixtureTest {

    private static List<DocumentFixture> everyBuiltIn() {
        return List.of(IcsFixtures.aBfu(), IcsFixtures.aPlan(), IcsFixtures.aFollowUp(), IcsFixtures.aNotification(),
                IcsFixtures.anAfdaekning(), IcsFixtures.anUngeplan(), IcsFixtures.aPartnerStatement(Partner.SCHOOL),
                IcsFixtures.aPartnerStatement(Partner.DAY_CARE),
                IcsFixtures.aPartnerStatement(Partner.HEALTH_VISITOR));
    }

    @Test
    void everyBuiltInFixtureIsValidInItsCase() {
        everyBuiltIn().forEach(f -> assertThat(f.validate()).as(f.toString()).hasNoFindings());
    }

    @Test
    void everyBuiltInTemplateHasAFixture() {
        assertThat(everyBuiltIn().stream().map(f -> f.template().id()))
                .containsExactlyInAnyOrderElementsOf(dk.ics.templates.TemplateRegistry.builtIn().ids());
    }

    @Test
    void withoutChildPerspectiveIsAnErrorWhenFinalAndAWarningInADraft() {
        assertThat(IcsFixtures.aBfu().withoutChildPerspective().validate())
                .hasFindingWithCode("ICS-BFU-006").withSeverity(Severity.ERROR);
        assertThat(IcsFixtures.aBfu().withoutChildPerspective().draft().validate()).hasNoErrors()
                .hasFindingWithCode("ICS-BFU-006").withSeverity(Severity.WARNING);
    }

    @Test
    void dimensionOutOfFocusStaysValid() {
        DocumentFixture f = IcsFixtures.aBfu().withDimensionOutOfFocus(Dimension.SUNDHEDSFORHOLD);

        assertThat(f.validate()).hasNoFindings();
        assertThat(f.bound().inFocus(Dimension.SUNDHEDSFORHOLD)).hasValueSatisfying(b -> assertThat(b.value())
                .isFalse());
        assertThat(f.bound().funnelDimensions()).noneMatch(b -> b.value() == Dimension.SUNDHEDSFORHOLD);
    }

    @Test
    void outputsAreTheSameDocument() {
        DocumentFixture f = IcsFixtures.aPlan().draft();

        CaseDocument fromBytes = CaseDocument.parse(f.toBytes());
        assertThat(fromBytes.status()).isEqualTo(DocumentStatus.DRAFT);
        assertThat(CaseDocument.parse(f.toJson()).toJson()).isEqualTo(fromBytes.toJson());
        assertThat(new String(f.toBytes(), StandardCharsets.UTF_8)).isEqualTo(f.toJson());
        assertThat(f.toDocument().templateRef().id()).isEqualTo("barnets-plan");
    }

    @Test
    void changesAreMadeByRoleNotByFieldName() {
        DocumentFixture f = IcsFixtures.aPlan().withIn(Role.GOAL_RESPONSIBLE, 1, "Familiebehandleren");

        assertThat(f.bound().goals().get(1).responsible()).map(b -> b.value()).contains("Familiebehandleren");
    }

    @Test
    void aChangeWhoseRoleTheTemplateLacksFailsInsteadOfChangingNothing() {
        assertThatThrownBy(() -> IcsFixtures.aNotification().withoutChildWishes())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CHILD_WISHES")
                .hasMessageContaining("underretning@1.0.0");
    }

    @Test
    void fixturesAreIndependent() {
        DocumentFixture a = IcsFixtures.aBfu();
        IcsFixtures.aBfu().withoutNetworkPerspective();

        assertThat(a.validate()).hasNoFindings();
    }

    @Test
    void aCopyIsIndependentOfItsOriginal() {
        DocumentFixture original = IcsFixtures.aPlan();
        DocumentFixture copy = original.copy().withoutChildWishes();

        assertThat(original.validate()).hasNoFindings();
        assertThat(copy.validate()).hasFindingWithCode("ICS-PLAN-004");
        assertThat(copy.context().latestBfu()).isPresent();
    }
}
