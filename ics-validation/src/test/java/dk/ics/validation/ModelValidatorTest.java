package dk.ics.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.model.Finding;
import dk.ics.model.FindingReport;
import dk.ics.model.Language;
import dk.ics.model.casework.CaseEvent;
import dk.ics.model.casework.CaseRecord;
import dk.ics.model.casework.CaseRecords;
import dk.ics.model.casework.EventType;
import dk.ics.model.child.Child;
import dk.ics.model.child.Cpr;
import dk.ics.model.constraints.ValidCpr;
import dk.ics.templates.Goal;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** Bean Validation of the model: the custom constraints, messages in both languages, with and without Jakarta EL. */
class ModelValidatorTest {

    private static final ModelValidator STANDARD = ModelValidator.standard();

    /** A host's own form holding a CPR number as text. */
    record HostForm(@ValidCpr String cpr, @ValidCpr(allowSubstitute = false) String strictCpr) {
    }

    private static CaseRecord planCase() {
        return CaseRecords.read(Path.of("src/test/resources/casework/plan-case.json"));
    }

    @Test
    void aConsistentCaseHasNoFindings() {
        assertThat(STANDARD.validate(planCase()).findings()).isEmpty();
        assertThat(STANDARD.validate(Child.withCpr("barn-a", Cpr.parse("140512-4321"))).findings()).isEmpty();
    }

    @Test
    void cprWithABirthDateInTheFutureIsInvalidAndNeverShown() {
        FindingReport r = STANDARD.validate(Child.withCpr("barn-a", Cpr.parse("010136-4321")));
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("BEAN-VALID-CPR");
            assertThat(f.pointer()).isEqualTo("/cpr");
            assertThat(f.messageKey()).isEqualTo("dk.ics.model.constraints.ValidCpr.message");
            assertThat(f.message(Language.DA)).startsWith("skal være et gyldigt CPR-nummer");
            assertThat(f.message(Language.EN)).startsWith("must be a valid CPR number");
            assertThat(f.toString() + f.message().da()).doesNotContain("010136", "4321");
        });
    }

    @Test
    void cprTextIsCheckedOnAHostsOwnType() {
        assertThat(STANDARD.validate(new HostForm("140512-4321", "1405124321")).findings()).isEmpty();
        assertThat(STANDARD.validate(new HostForm("14-05-2012", null)).findings())
                .extracting(Finding::code, Finding::pointer).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("BEAN-VALID-CPR", "/cpr"));
        // a substitute number: day of the month plus 60
        assertThat(STANDARD.validate(new HostForm("740512-4321", "740512-4321")).findings())
                .extracting(Finding::pointer).containsExactly("/strictCpr");
    }

    @Test
    void birthDateInTheFutureIsInvalid() {
        FindingReport r = STANDARD.validate(Child.born("barn-a", LocalDate.now().plusDays(2)));
        assertThat(r.findings()).extracting(Finding::code, Finding::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("BEAN-PAST-OR-PRESENT", "/birthDate"));
    }

    @Test
    void caseOpenedAfterItsDecisionIsOutOfOrder() {
        CaseRecord late = new CaseRecord("sag-1", Child.born("barn-a", LocalDate.of(2015, 11, 19)), null,
                LocalDate.of(2025, 5, 28), List.of(CaseEvent.of(EventType.DECISION_SUPPORT_32, "2025-05-27")));
        assertThat(STANDARD.validate(late).findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("BEAN-DATES-IN-ORDER");
            assertThat(f.pointer()).isEqualTo("/opened");
            assertThat(f.message(Language.DA)).startsWith("sagen skal være oprettet");
        });
        CaseRecord onTheDay = new CaseRecord("sag-1", late.child(), null, LocalDate.of(2025, 5, 27), late.events());
        assertThat(STANDARD.validate(onTheDay).findings()).isEmpty();
    }

    @Test
    void caseOpenedInTheFutureIsOutOfOrder() {
        CaseRecord future = new CaseRecord("sag-1", Child.born("barn-a", LocalDate.of(2015, 11, 19)), null,
                LocalDate.now().plusDays(2), List.of());
        assertThat(STANDARD.validate(future).findings()).extracting(Finding::code)
                .containsExactly("BEAN-DATES-IN-ORDER");
    }

    @Test
    void cascadedChildIsValidatedWithTheCase() {
        CaseRecord r = new CaseRecord("sag-1", Child.born("barn-a", LocalDate.now().plusDays(2)), null, null,
                List.of(CaseEvent.of(EventType.NOTIFICATION_RECEIVED, "2025-02-03T09:40")));
        assertThat(STANDARD.validate(r).findings()).extracting(Finding::pointer).containsExactly("/child/birthDate");
    }

    @Test
    void goalWithoutSomeoneResponsibleIsInvalid() {
        var plan = Cases.edited("barnets-plan.json", null, Cases.JSON.createArrayNode().add("/maal/1/ansvarlig"),
                null);
        List<Goal> goals = Cases.VALIDATOR.bind(Cases.document(plan, "plan")).goals();
        assertThat(STANDARD.validate(goals.get(0)).findings()).isEmpty();
        assertThat(STANDARD.validate(goals.get(1)).findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("BEAN-RESPONSIBLE-NAMED");
            assertThat(f.pointer()).isEqualTo("/maal/1");
            assertThat(f.message(Language.EN)).contains("someone responsible");
            assertThat(f.message(Language.DA)).contains("ansvarlig");
        });
    }

    @Test
    void messagesAreTheSameWithoutAndWithJakartaEl() {
        Child child = Child.withCpr("barn-a", Cpr.parse("010136-4321"));
        ValidatorFactory withoutEl = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
        // the default factory interpolates with Jakarta EL (Expressly is on the test class path)
        ValidatorFactory withEl = Validation.buildDefaultValidatorFactory();
        try (withoutEl; withEl) {
            List<Finding> a = ModelValidator.using(withoutEl).validate(child).findings();
            List<Finding> b = ModelValidator.using(withEl).validate(child).findings();
            assertThat(a).hasSize(1).isEqualTo(b).isEqualTo(STANDARD.validate(child).findings());
        }
    }

    @Test
    void aHostsValidatorIsUsedAsItIs() {
        try (ValidatorFactory host = Validation.buildDefaultValidatorFactory()) {
            ModelValidator v = ModelValidator.using(host.getValidator());
            assertThat(v.validator()).isSameAs(v.validator());
            assertThat(v.validate(Child.withCpr("barn-a", Cpr.parse("010136-4321"))).findings()).singleElement()
                    .satisfies(f -> assertThat(f.message().da()).isEqualTo(f.message().en()));
        }
    }

    @Test
    void standardIsBuiltOnce() {
        assertThat(ModelValidator.standard()).isSameAs(STANDARD);
    }
}
