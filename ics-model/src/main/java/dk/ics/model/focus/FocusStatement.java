package dk.ics.model.focus;

import dk.ics.model.LocalizedText;
import dk.ics.model.internal.ReferenceData;

/**
 * One statement of the focus areas: what matters for a child of an age group on a dimension. Statements guide the
 * caseworker's thinking; they are not a checklist.
 *
 * @param id   the statement's id, unique in its catalogue
 * @param kind resource or risk
 * @param text the statement in Danish (required) and English (optional)
 */
public record FocusStatement(String id, StatementKind kind, LocalizedText text) {

    /** Checks the id, the kind and the text. */
    public FocusStatement {
        ReferenceData.require(id != null && id.matches("[A-Za-z0-9_.\\-]{1,64}"), "/id",
                "expected an id of letters, digits, '_', '.' or '-', at most 64 characters");
        ReferenceData.require(kind != null, "/kind", "missing kind: expected RESOURCE or RISK");
        ReferenceData.require(text != null && !text.da().isBlank(), "/text/da", "missing Danish text");
    }
}
