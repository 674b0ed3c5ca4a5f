package dk.ics.model.child;

/** The legal gender a CPR number records in its last digit: odd for male, even for female. */
public enum Gender {
    /** Even last digit. */
    FEMALE,
    /** Odd last digit. */
    MALE
}
