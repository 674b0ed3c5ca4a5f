package dk.ics.test;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A document broken in one known way, with the finding code it must produce: a rule code ({@code ICS-BFU-006}) or a
 * template constraint code ({@code TPL-REQUIRED}). Each call of {@link #fixture()} gives a fresh fixture, so a test
 * may change it further.
 *
 * @param code        the code the variant is built to produce
 * @param description what is broken, in English
 * @param source      makes the fixture
 */
public record BrokenVariant(String code, String description, Supplier<DocumentFixture> source) {

    /** Checks that the parts are present. */
    public BrokenVariant {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(source, "source");
    }

    /** A fresh fixture of the broken document, with the case context it is judged in. */
    public DocumentFixture fixture() {
        return source.get();
    }

    /** Whether the variant is for a rule of the validator ({@code ICS-*}) rather than a template constraint. */
    public boolean isRule() {
        return code.startsWith("ICS-");
    }

    /** The code and the description. */
    @Override
    public String toString() {
        return code + ": " + description;
    }
}
