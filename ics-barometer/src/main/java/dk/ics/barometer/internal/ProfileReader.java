package dk.ics.barometer.internal;

import dk.ics.barometer.MunicipalityProfile;
import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.Location;
import dk.ics.model.ReadLimits;
import dk.ics.model.internal.JsonSupport;
import java.nio.file.Path;

/** Reads and checks municipality profiles. */
public final class ProfileReader {

    private ProfileReader() {
    }

    /** Reads a profile file and checks it. */
    public static MunicipalityProfile load(Path file) {
        String source = FileAccess.sourceName(file);
        MunicipalityProfile p = JsonSupport.bind(FileAccess.readJson(file, ReadLimits.DEFAULTS),
                MunicipalityProfile.class, source);
        Location at = Location.of(source);
        if (p.municipality() == null || p.municipality().isBlank()) {
            throw new IcsInvalidDataException(at.withPointer("/municipality"), "expected the municipality's name");
        }
        count(p.superUsers(), at.withPointer("/superUsers"));
        count(p.caseworkers(), at.withPointer("/caseworkers"));
        count(p.caseworkersTrainedOrEnrolled(), at.withPointer("/caseworkersTrainedOrEnrolled"));
        if (p.caseworkers() != null && p.caseworkersTrainedOrEnrolled() != null
                && p.caseworkersTrainedOrEnrolled() > p.caseworkers()) {
            throw new IcsInvalidDataException(at.withPointer("/caseworkersTrainedOrEnrolled"),
                    "expected at most as many as caseworkers");
        }
        return p;
    }

    private static void count(Integer n, Location at) {
        if (n != null && n < 0) {
            throw new IcsInvalidDataException(at, "expected a count of 0 or more");
        }
    }
}
