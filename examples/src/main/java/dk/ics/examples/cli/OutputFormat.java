package dk.ics.examples.cli;

/** How a command writes its result: readable text for a person, or JSON for a program. */
public enum OutputFormat {
    /** Readable text in the chosen language. */
    TEXT,
    /** JSON with codes and labels in both languages. */
    JSON
}
