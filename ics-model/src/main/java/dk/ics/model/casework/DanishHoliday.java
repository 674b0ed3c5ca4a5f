package dk.ics.model.casework;

import dk.ics.model.LocalizedText;

/**
 * The Danish public holidays and the customary closed days that {@link DanishHolidayCalendar} knows, with their
 * Danish and English names.
 */
public enum DanishHoliday {
    /** Nytårsdag, 1 January. */
    NYTAARSDAG(LocalizedText.of("Nytårsdag", "New Year's Day")),
    /** Skærtorsdag, the Thursday before Easter. */
    SKAERTORSDAG(LocalizedText.of("Skærtorsdag", "Maundy Thursday")),
    /** Langfredag, the Friday before Easter. */
    LANGFREDAG(LocalizedText.of("Langfredag", "Good Friday")),
    /** Påskedag, Easter Sunday. */
    PAASKEDAG(LocalizedText.of("Påskedag", "Easter Sunday")),
    /** 2. påskedag, Easter Monday. */
    ANDEN_PAASKEDAG(LocalizedText.of("2. påskedag", "Easter Monday")),
    /** Store Bededag, the fourth Friday after Easter; a holiday only until 2023 (abolished from 2024). */
    STORE_BEDEDAG(LocalizedText.of("Store bededag", "General Prayer Day")),
    /** Kristi himmelfartsdag, 39 days after Easter. */
    KRISTI_HIMMELFARTSDAG(LocalizedText.of("Kristi himmelfartsdag", "Ascension Day")),
    /** Pinsedag, Whit Sunday, 49 days after Easter. */
    PINSEDAG(LocalizedText.of("Pinsedag", "Whit Sunday")),
    /** 2. pinsedag, Whit Monday. */
    ANDEN_PINSEDAG(LocalizedText.of("2. pinsedag", "Whit Monday")),
    /** Grundlovsdag, 5 June: not a public holiday, but municipal offices usually close (a setting). */
    GRUNDLOVSDAG(LocalizedText.of("Grundlovsdag", "Constitution Day")),
    /** Juleaftensdag, 24 December: customarily closed (a setting). */
    JULEAFTENSDAG(LocalizedText.of("Juleaftensdag", "Christmas Eve")),
    /** Juledag, 25 December. */
    JULEDAG(LocalizedText.of("Juledag", "Christmas Day")),
    /** 2. juledag, 26 December. */
    ANDEN_JULEDAG(LocalizedText.of("2. juledag", "Boxing Day")),
    /** Nytårsaftensdag, 31 December: customarily closed (a setting). */
    NYTAARSAFTENSDAG(LocalizedText.of("Nytårsaftensdag", "New Year's Eve"));

    private final LocalizedText label;

    DanishHoliday(LocalizedText label) {
        this.label = label;
    }

    /** The holiday's name in Danish and English. */
    public LocalizedText label() {
        return label;
    }
}
