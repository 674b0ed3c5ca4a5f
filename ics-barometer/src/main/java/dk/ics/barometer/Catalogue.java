package dk.ics.barometer;

import dk.ics.barometer.internal.CatalogueReader;
import dk.ics.model.IcsException;
import dk.ics.model.LocalizedText;
import dk.ics.model.ReadLimits;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The barometer's reference data: the aim points and their statements, the answer scale, the status thresholds and
 * the rules for how many answers a figure needs. The built-in catalogue ({@link #standard()}) holds the seven aim
 * points and 24 statements of the ICS implementation barometer; a municipality may load its own from a JSON file of
 * the same format ({@link #load(Path)}), e.g. with statements of its own or an official new wording.
 *
 * <p>A catalogue is checked when it is loaded: every aim point has statements, ids are unique, the scale has at least
 * two values and at most one answer without a value, and the thresholds are in order. Immutable.
 *
 * @param id                   the catalogue's id; a round records it, and a round of another catalogue is refused
 * @param version              the catalogue's version; likewise recorded and compared
 * @param title                the catalogue's name
 * @param source               where the statements come from
 * @param notes                remarks on the sources (e.g. which spelling of aim point 3 is used), or {@code null}
 * @param scale                the answer scale
 * @param thresholds           the status bands
 * @param minimumAnsweredShare the share of an aim point's statements that must have at least one answer with a value
 *                             for the aim point to get a score (0.5: "fewer than half answered" gives no score)
 * @param roleGapThreshold     the difference in points between two roles' scores for one aim point from which the
 *                             gap is reported as a finding
 * @param aimPoints            the aim points, in order
 */
public record Catalogue(String id, String version, LocalizedText title, String source, LocalizedText notes,
        AnswerScale scale, StatusThresholds thresholds, double minimumAnsweredShare, int roleGapThreshold,
        List<AimPoint> aimPoints) {

    /** Copies the aim points. */
    public Catalogue {
        aimPoints = aimPoints == null ? List.of() : List.copyOf(aimPoints);
    }

    /** The built-in catalogue: the seven aim points and 24 statements, loaded once from the jar. */
    public static Catalogue standard() {
        return CatalogueReader.standard();
    }

    /**
     * A catalogue from a JSON file, checked.
     *
     * @throws IcsException when the file is not JSON, over the default limits, or not a valid catalogue
     */
    public static Catalogue load(Path file) {
        return CatalogueReader.read(file, ReadLimits.DEFAULTS);
    }

    /** A catalogue from a JSON stream (not closed), read within the given limits, checked. */
    public static Catalogue read(InputStream in, String source, ReadLimits limits) {
        return CatalogueReader.read(in, source, limits);
    }

    /** This catalogue checked as if loaded from a file: the same errors as {@link #load(Path)}. */
    public Catalogue checked() {
        CatalogueReader.check(this, "catalogue");
        return this;
    }

    /** The statements of every aim point, in order. */
    public List<Statement> statements() {
        return aimPoints.stream().flatMap(a -> a.statements().stream()).toList();
    }

    /** The statement with an id. */
    public Optional<Statement> statement(String statementId) {
        return statements().stream().filter(s -> s.id().equals(statementId)).findFirst();
    }

    /** The aim point with an id. */
    public Optional<AimPoint> aimPoint(String aimPointId) {
        return aimPoints.stream().filter(a -> a.id().equals(aimPointId)).findFirst();
    }

    /**
     * The aim point with a title, in Danish or English or one of the variant spellings the sources use (e.g.
     * "ICS-superbrugerne er forankringsagenter" finds aim point 3), compared without regard to case and spacing.
     */
    public Optional<AimPoint> aimPointByTitle(String title) {
        String key = AnswerScale.normalise(title);
        return aimPoints.stream().filter(a -> key.equals(AnswerScale.normalise(a.title().da()))
                || key.equals(AnswerScale.normalise(a.title().in(dk.ics.model.Language.EN)))
                || a.variants().stream().anyMatch(v -> key.equals(AnswerScale.normalise(v)))).findFirst();
    }

    /** The aim point a statement belongs to. */
    public Optional<AimPoint> aimPointOf(String statementId) {
        return aimPoints.stream().filter(a -> a.statements().stream().anyMatch(s -> s.id().equals(statementId)))
                .findFirst();
    }

    /** The catalogue as indented JSON, in the format {@link #load(Path)} reads. */
    public String toJson() {
        return dk.ics.model.internal.JsonSupport.write(this);
    }
}
