package dk.ics.model;

/** How serious a {@link Finding} is, most serious first; the order is the order of a report. */
public enum Severity {
    /** The document does not live up to ICS or the law: a final document should not be saved with it. */
    ERROR,
    /** Something to look at: missing in a draft, or a weak point. */
    WARNING,
    /** For information. */
    INFO
}
