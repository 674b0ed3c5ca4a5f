package dk.ics.test;

import dk.ics.templates.Template;
import dk.ics.test.internal.Trees;
import java.time.LocalDate;

/**
 * The entry point of the fixtures: valid defaults of cases and documents, changed fluently in a test.
 *
 * <pre>{@code
 * CaseRecord late = IcsFixtures.aCase().notifiedAt(t).assessedAt(t.plusHours(25)).build();
 * }</pre>
 */
public final class IcsFixtures {

    private IcsFixtures() {
    }

    /** A valid, coherent Barnets lov case (see {@link CaseFixture}), to change fluently. */
    public static CaseFixture aCase() {
        return new CaseFixture();
    }

    /** A valid final børnefaglig undersøgelse (template {@code bfu}). */
    public static DocumentFixture aBfu() {
        return DocumentFixture.builtIn("bfu");
    }

    /** A valid final child's plan (template {@code barnets-plan}), judged against {@link #aBfu()}. */
    public static DocumentFixture aPlan() {
        return DocumentFixture.builtIn("barnets-plan");
    }

    /** A valid final follow-up (template {@code opfoelgning}), judged against {@link #aPlan()}. */
    public static DocumentFixture aFollowUp() {
        return DocumentFixture.builtIn("opfoelgning");
    }

    /** A valid final notification with its assessment within 24 hours (template {@code underretning}). */
    public static DocumentFixture aNotification() {
        return DocumentFixture.builtIn("underretning");
    }

    /** A valid final afdækning (template {@code afdaekning}). */
    public static DocumentFixture anAfdaekning() {
        return DocumentFixture.builtIn("afdaekning");
    }

    /** A valid final ungeplan (template {@code ungeplan}) of a young person of 16. */
    public static DocumentFixture anUngeplan() {
        return DocumentFixture.builtIn("ungeplan");
    }

    /** A valid final partner's statement. */
    public static DocumentFixture aPartnerStatement(Partner partner) {
        return DocumentFixture.builtIn(partner.templateId());
    }

    /**
     * Any document on any template (e.g. a municipality's customised one) as a fixture: the changes by role then
     * follow that template's semantic map. The case context is empty but for the reference date.
     *
     * @param template      the template the document is written on
     * @param json          the document
     * @param referenceDate the date it is judged on
     */
    public static DocumentFixture document(Template template, String json, LocalDate referenceDate) {
        return new DocumentFixture(template, Trees.parse(json), referenceDate);
    }
}
