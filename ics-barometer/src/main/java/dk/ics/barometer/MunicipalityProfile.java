package dk.ics.barometer;

import dk.ics.barometer.internal.ProfileReader;
import dk.ics.model.IcsException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What a municipality says about its ICS organisation, for the {@link Checklist} of expectations (Social- og
 * Boligstyrelsen, "Forventninger til kommuner, der arbejder med ICS", section 3). Any field may be {@code null}
 * (unknown), which makes the items that need it {@link CheckOutcome#UNKNOWN}. JSON form: {@code {"municipality":
 * "Eksempel Kommune", "asOf": "2024-03-01", "icsLeadAppointed": true, "superUsers": 3, "caseworkers": 28,
 * "caseworkersTrainedOrEnrolled": 25, "newStaffIntroduction": true, "anchoringPlanInForce": false}}.
 *
 * @param municipality                 the municipality's name
 * @param asOf                         the date the profile describes
 * @param icsLeadAppointed             whether an ICS lead (ICS-ansvarlig) is appointed
 * @param superUsers                   the number of ICS super-users
 * @param caseworkers                  the number of caseworkers (børne- og ungerådgivere)
 * @param caseworkersTrainedOrEnrolled how many caseworkers have attended or are enrolled in the ICS course
 * @param newStaffIntroduction         whether there is a practice for introducing new staff to ICS before their course
 * @param anchoringPlanInForce         whether an implementation/anchoring plan is in force
 */
public record MunicipalityProfile(String municipality, LocalDate asOf, Boolean icsLeadAppointed, Integer superUsers,
        Integer caseworkers, Integer caseworkersTrainedOrEnrolled, Boolean newStaffIntroduction,
        Boolean anchoringPlanInForce) {

    /**
     * Reads a profile from a JSON file and checks it (counts 0 or more, no more trained than caseworkers).
     *
     * @throws IcsException at the JSON Pointer of the first problem
     */
    public static MunicipalityProfile load(Path file) {
        return ProfileReader.load(file);
    }
}
