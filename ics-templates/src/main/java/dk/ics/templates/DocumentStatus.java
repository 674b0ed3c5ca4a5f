package dk.ics.templates;

/** Whether a case document is a draft or final: missing content is a WARNING in a draft and an ERROR when final. */
public enum DocumentStatus {
    /** A draft (kladde). */
    DRAFT,
    /** A final document. */
    FINAL
}
