package dk.ics.test;

import dk.ics.barometer.Catalogue;
import dk.ics.barometer.Round;
import dk.ics.model.casework.CaseRecord;
import dk.ics.test.internal.CaseGenerator;
import dk.ics.test.internal.DocumentGenerator;
import dk.ics.test.internal.RoundGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A seeded generator of realistic test data: caseloads of any size (plausible dates and event sequences under both
 * Serviceloven and Barnets lov, children as pseudonymous ids and birth dates only, never CPR numbers), barometer
 * rounds (municipalities × respondents with plausible answers) and filled documents of every built-in template with
 * generated Danish texts.
 *
 * <p>Reproducible: the same seed gives equal output, and item {@code i} of a caseload or set of rounds depends only
 * on the seed and {@code i} (so {@code caseload(10)} is the start of {@code caseload(10_000)}). Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * List<CaseRecord> cases = IcsGenerator.seeded(42).caseload(10_000);
 * List<Round> rounds = IcsGenerator.seeded(42).rounds(100, 50);
 * }</pre>
 */
public final class IcsGenerator {

    /** The date of generated rounds unless another is given. */
    public static final LocalDate DEFAULT_ROUND_DATE = LocalDate.of(2025, 10, 1);

    /** The built-in templates documents are generated on, in turn. */
    public static final List<String> DOCUMENT_KINDS = List.of("underretning", "afdaekning", "partner-skole",
            "partner-dagtilbud", "partner-sundhedspleje", "bfu", "barnets-plan", "ungeplan", "opfoelgning");

    private final long seed;

    private IcsGenerator(long seed) {
        this.seed = seed;
    }

    /** A generator whose output is fixed by the seed. */
    public static IcsGenerator seeded(long seed) {
        return new IcsGenerator(seed);
    }

    /** The seed. */
    public long seed() {
        return seed;
    }

    /** Case {@code index} (0-based) of this generator's caseload. */
    public CaseRecord caseAt(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative");
        }
        return CaseGenerator.generate(seed, index);
    }

    /** The first {@code size} cases, ids {@code sag-000001} upwards. */
    public List<CaseRecord> caseload(int size) {
        return cases().limit(size).toList();
    }

    /** The caseload as an endless stream, for sizes decided while consuming. */
    public Stream<CaseRecord> cases() {
        return IntStream.iterate(0, i -> i + 1).mapToObj(this::caseAt);
    }

    /** Round {@code index} (0-based) on the built-in catalogue and the default date. */
    public Round roundAt(int index, int respondents) {
        return roundAt(index, respondents, Catalogue.standard(), DEFAULT_ROUND_DATE);
    }

    /** Round {@code index} (0-based): municipality {@code index}'s answers of {@code respondents} people. */
    public Round roundAt(int index, int respondents, Catalogue catalogue, LocalDate date) {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(date, "date");
        if (index < 0 || respondents < 0) {
            throw new IllegalArgumentException("index and respondents must not be negative");
        }
        return RoundGenerator.generate(seed, index, catalogue, date, respondents);
    }

    /** One round for each of {@code municipalities} municipalities, each with {@code respondents} respondents. */
    public List<Round> rounds(int municipalities, int respondents) {
        return rounds(municipalities, respondents, Catalogue.standard(), DEFAULT_ROUND_DATE);
    }

    /** One round for each of {@code municipalities} municipalities on a catalogue and date. */
    public List<Round> rounds(int municipalities, int respondents, Catalogue catalogue, LocalDate date) {
        List<Round> out = new ArrayList<>(municipalities);
        for (int i = 0; i < municipalities; i++) {
            out.add(roundAt(i, respondents, catalogue, date));
        }
        return List.copyOf(out);
    }

    /**
     * Document {@code index} (0-based): the built-in templates in turn (in {@link #DOCUMENT_KINDS} order), each a
     * valid fixture whose free texts are generated Danish prose, judged in the fixture's case. Dates, codes and ids
     * stay as in the fixture.
     */
    public DocumentFixture documentAt(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative");
        }
        DocumentFixture f = DocumentFixture.builtIn(DOCUMENT_KINDS.get(index % DOCUMENT_KINDS.size()));
        DocumentGenerator.fill(f.template(), f.tree(), seed, index);
        return f;
    }

    /** The first {@code count} documents (see {@link #documentAt(int)}). */
    public List<DocumentFixture> documents(int count) {
        List<DocumentFixture> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(documentAt(i));
        }
        return List.copyOf(out);
    }

    /** Document {@code index} on one built-in template, by its id (e.g. {@code bfu}). */
    public DocumentFixture documentAt(int index, String templateId) {
        if (!DOCUMENT_KINDS.contains(templateId)) {
            throw new IllegalArgumentException("no built-in template " + templateId + "; known: " + DOCUMENT_KINDS);
        }
        DocumentFixture f = DocumentFixture.builtIn(templateId);
        DocumentGenerator.fill(f.template(), f.tree(), seed ^ templateId.hashCode(), index);
        return f;
    }

    @Override
    public String toString() {
        return "IcsGenerator[seed=" + seed + "]";
    }
}
