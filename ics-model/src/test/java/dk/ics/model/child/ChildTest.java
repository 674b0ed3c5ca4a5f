package dk.ics.model.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.internal.JsonSupport;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChildTest {

    @Test
    void aChildWithoutCprIsKnownByItsBirthDate() {
        Child child = Child.born("barn-1", LocalDate.of(2010, 6, 15));
        assertThat(child.cprNumber()).isEmpty();
        assertThat(child.ageOn(LocalDate.of(2026, 6, 14))).hasValue(15);
        assertThat(child.ageOn(LocalDate.of(2026, 6, 15))).hasValue(16);
    }

    @Test
    void theBirthDateIsTakenFromTheCprNumberWhenNotGiven() {
        Child child = Child.withCpr("barn-2", Cpr.parse("150610-4321"));
        assertThat(child.dateOfBirth()).contains(LocalDate.of(2010, 6, 15));
    }

    @Test
    void anUnbornChildHasNoAge() {
        Child child = Child.unborn("barn-3", LocalDate.of(2025, 3, 1));
        assertThat(child.isUnborn()).isTrue();
        assertThat(child.dateOfBirth()).isEmpty();
        assertThat(child.ageOn(LocalDate.of(2026, 1, 1))).isEmpty();
    }

    @Test
    void aBirthDateThatContradictsTheCprNumberIsRefused() {
        assertThatThrownBy(() -> new Child("barn-4", Cpr.parse("150610-4321"), LocalDate.of(2010, 6, 16), null))
                .isInstanceOfSatisfying(IcsInvalidDataException.class,
                        e -> assertThat(e.location().pointer()).isEqualTo("/birthDate"));
    }

    @Test
    void theIdMustBeAPseudonymAndNotACprNumber() {
        assertThatThrownBy(() -> Child.born("1506104321", LocalDate.of(2010, 6, 15)))
                .isInstanceOfSatisfying(IcsInvalidDataException.class, e -> {
                    assertThat(e.location().pointer()).isEqualTo("/id");
                    assertThat(e.getMessage()).doesNotContain("150610");
                });
        assertThatThrownBy(() -> Child.born(" ", null)).isInstanceOf(IcsInvalidDataException.class);
    }

    @Test
    void bornAndUnbornAtOnceIsRefused() {
        assertThatThrownBy(() -> new Child("barn-5", null, LocalDate.of(2010, 1, 1), LocalDate.of(2010, 1, 1)))
                .isInstanceOf(IcsInvalidDataException.class);
    }

    @Test
    void childrenRoundTripThroughJsonAndTheCprIsWrittenAsItsStringForm() {
        for (Child child : new Child[] {Child.withCpr("barn-6", Cpr.parse("1506104321")),
                Child.born("barn-7", LocalDate.of(2011, 2, 28)), Child.unborn("barn-8", LocalDate.of(2025, 3, 1))}) {
            String json = JsonSupport.write(child);
            assertThat(json).doesNotContain("null").doesNotContain("unborn\"");
            assertThat(JsonSupport.bind(JsonSupport.toTree(child), Child.class, null)).isEqualTo(child);
        }
        assertThat(JsonSupport.write(Child.withCpr("barn-6", Cpr.parse("1506104321"))))
                .contains("\"cpr\" : \"150610-4321\"");
    }
}
