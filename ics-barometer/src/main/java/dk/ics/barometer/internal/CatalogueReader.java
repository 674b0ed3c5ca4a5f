package dk.ics.barometer.internal;

import dk.ics.barometer.AimPoint;
import dk.ics.barometer.AnswerScale;
import dk.ics.barometer.Catalogue;
import dk.ics.barometer.ScaleOption;
import dk.ics.barometer.Statement;
import dk.ics.barometer.StatusThresholds;
import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.Location;
import dk.ics.model.ReadLimits;
import dk.ics.model.internal.JsonSupport;
import dk.ics.model.internal.SafeText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/** Reads and checks barometer catalogues; holds the built-in one. */
public final class CatalogueReader {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogueReader.class);
    private static final String RESOURCE = "/dk/ics/barometer/catalogue.json";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.\\-]{1,32}");

    private CatalogueReader() {
    }

    private static final class Standard {
        static final Catalogue INSTANCE = loadStandard();
    }

    /** The built-in catalogue, loaded and checked on first use. */
    public static Catalogue standard() {
        return Standard.INSTANCE;
    }

    private static Catalogue loadStandard() {
        try (InputStream in = Catalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("built-in catalogue missing: " + RESOURCE);
            }
            return read(in, RESOURCE, ReadLimits.DEFAULTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and checks a catalogue file. */
    public static Catalogue read(Path file, ReadLimits limits) {
        JsonNode tree = FileAccess.readJson(file, limits);
        return bindAndCheck(tree, FileAccess.sourceName(file));
    }

    /** Reads and checks a catalogue from a stream (not closed). */
    public static Catalogue read(InputStream in, String source, ReadLimits limits) {
        return bindAndCheck(JsonSupport.readTree(in, source, limits), source);
    }

    private static Catalogue bindAndCheck(JsonNode tree, String source) {
        Catalogue c = JsonSupport.bind(tree, Catalogue.class, source);
        check(c, source);
        LOG.debug("catalogue {} {} read from {}: {} aim points, {} statements", c.id(), c.version(), source,
                c.aimPoints().size(), c.statements().size());
        return c;
    }

    /**
     * Checks a catalogue, throwing {@link IcsInvalidDataException} at the JSON Pointer of the first problem.
     */
    public static void check(Catalogue c, String source) {
        Location at = Location.of(source);
        code(c.id(), at.withPointer("/id"), "the catalogue id");
        code(c.version(), at.withPointer("/version"), "the catalogue version");
        present(c.title(), at.withPointer("/title"), "the catalogue's title");
        present(c.source(), at.withPointer("/source"), "the catalogue's source");
        checkScale(c.scale(), at);
        checkThresholds(c.thresholds(), at);
        if (!(c.minimumAnsweredShare() > 0 && c.minimumAnsweredShare() <= 1)) {
            throw new IcsInvalidDataException(at.withPointer("/minimumAnsweredShare"),
                    "expected a share greater than 0 and at most 1");
        }
        if (c.roleGapThreshold() < 1 || c.roleGapThreshold() > 100) {
            throw new IcsInvalidDataException(at.withPointer("/roleGapThreshold"), "expected 1 to 100 points");
        }
        checkAimPoints(c.aimPoints(), at);
    }

    private static void checkScale(AnswerScale scale, Location at) {
        present(scale, at.withPointer("/scale"), "the answer scale");
        List<ScaleOption> options = scale.options();
        Set<String> codes = new HashSet<>();
        Set<Integer> values = new HashSet<>();
        Set<String> words = new HashSet<>();
        int noValue = 0;
        for (int i = 0; i < options.size(); i++) {
            ScaleOption o = options.get(i);
            Location here = at.withPointer("/scale/options/" + i);
            code(o.code(), here.withPointer(here.pointer() + "/code"), "the option's code");
            present(o.label(), here.withPointer(here.pointer() + "/label"), "the option's label");
            if (!codes.add(o.code())) {
                throw new IcsInvalidDataException(here, "duplicate option code " + SafeText.code(o.code()));
            }
            if (o.value() == null) {
                noValue++;
            } else if (o.value() < 0 || !values.add(o.value())) {
                throw new IcsInvalidDataException(here.withPointer(here.pointer() + "/value"),
                        "expected a value of 0 or more that no other option has");
            }
            for (String w : words(o)) {
                if (!words.add(w.toLowerCase(Locale.ROOT).strip())) {
                    throw new IcsInvalidDataException(here,
                            "the option's words or aliases are the same as another option's");
                }
            }
        }
        if (values.size() < 2) {
            throw new IcsInvalidDataException(at.withPointer("/scale/options"),
                    "expected at least two options with a value");
        }
        if (noValue > 1) {
            throw new IcsInvalidDataException(at.withPointer("/scale/options"),
                    "expected at most one option without a value");
        }
    }

    private static List<String> words(ScaleOption o) {
        List<String> w = new java.util.ArrayList<>(o.aliases());
        w.add(o.label().da());
        if (o.label().en() != null && !o.label().en().equalsIgnoreCase(o.label().da())) {
            w.add(o.label().en());
        }
        return w;
    }

    private static void checkThresholds(StatusThresholds t, Location at) {
        present(t, at.withPointer("/thresholds"), "the status thresholds");
        if (!(0 < t.yellow() && t.yellow() < t.green() && t.green() <= 100)) {
            throw new IcsInvalidDataException(at.withPointer("/thresholds"),
                    "thresholds out of order: expected 0 < yellow < green <= 100");
        }
    }

    private static void checkAimPoints(List<AimPoint> aimPoints, Location at) {
        if (aimPoints.isEmpty()) {
            throw new IcsInvalidDataException(at.withPointer("/aimPoints"), "expected at least one aim point");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < aimPoints.size(); i++) {
            AimPoint a = aimPoints.get(i);
            String p = "/aimPoints/" + i;
            code(a.id(), at.withPointer(p + "/id"), "the aim point id");
            present(a.title(), at.withPointer(p + "/title"), "the aim point's title");
            if (!ids.add(a.id())) {
                throw new IcsInvalidDataException(at.withPointer(p + "/id"), "duplicate id " + SafeText.code(a.id()));
            }
            if (a.statements().isEmpty()) {
                throw new IcsInvalidDataException(at.withPointer(p + "/statements"),
                        "aim point " + SafeText.code(a.id()) + " has no statements; expected at least one");
            }
            for (int j = 0; j < a.statements().size(); j++) {
                Statement s = a.statements().get(j);
                String sp = p + "/statements/" + j;
                code(s.id(), at.withPointer(sp + "/id"), "the statement id");
                present(s.text(), at.withPointer(sp + "/text"), "the statement's text");
                present(s.source(), at.withPointer(sp + "/source"), "the statement's source");
                if (!ids.add(s.id())) {
                    throw new IcsInvalidDataException(at.withPointer(sp + "/id"),
                            "duplicate id " + SafeText.code(s.id()));
                }
                if (RoundCsv.isReservedColumn(s.id())) {
                    throw new IcsInvalidDataException(at.withPointer(sp + "/id"),
                            "the id " + SafeText.code(s.id()) + " is reserved for a CSV column");
                }
            }
        }
    }

    private static void code(String value, Location at, String what) {
        if (value == null || !ID.matcher(value).matches()) {
            throw new IcsInvalidDataException(at,
                    "expected " + what + ": 1 to 32 letters, digits, '_', '.' or '-'");
        }
    }

    private static void present(Object value, Location at, String what) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw new IcsInvalidDataException(at, "expected " + what);
        }
    }
}
