package dk.ics.model.focus;

/** Whether a focus-area statement describes a resource or a risk; ICS weighs both (Barnets lov § 22). */
public enum StatementKind {
    /** A resource or protective sign (ressource, beskyttende faktor). */
    RESOURCE,
    /** A risk or sign of concern (risiko, bekymringstegn). */
    RISK
}
