package dk.ics.barometer;

/** How answers are written in a round's CSV: as the scale's Danish words or as their numbers. */
public enum CsvAnswers {
    /** The Danish words, e.g. {@code I høj grad}; the form most survey tools export. */
    WORDS,
    /** The numbers, e.g. {@code 3}; an answer without a value is still written in words ({@code Ved ikke}). */
    NUMBERS
}
