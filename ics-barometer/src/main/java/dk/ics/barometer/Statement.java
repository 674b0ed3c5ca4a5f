package dk.ics.barometer;

import dk.ics.model.LocalizedText;

/**
 * One statement of the barometer that a respondent answers on the scale, e.g. {@code S1.2} "Ledelsen har udpeget en
 * ICS-ansvarlig, der understøtter implementeringen af ICS."
 *
 * @param id     the stable id, used as the CSV column and the JSON key of an answer
 * @param text   the statement in Danish (official wording) and English (a translation)
 * @param source where the wording comes from
 */
public record Statement(String id, LocalizedText text, String source) {
}
