package dk.ics.test;

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
}
