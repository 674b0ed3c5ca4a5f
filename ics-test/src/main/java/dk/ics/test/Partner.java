package dk.ics.test;

/** The partners with a built-in statement template, for {@link IcsFixtures#aPartnerStatement(Partner)}. */
public enum Partner {
    /** The school (template {@code partner-skole}). */
    SCHOOL("partner-skole"),
    /** The day-care (template {@code partner-dagtilbud}). */
    DAY_CARE("partner-dagtilbud"),
    /** The health visitor (template {@code partner-sundhedspleje}). */
    HEALTH_VISITOR("partner-sundhedspleje");

    private final String templateId;

    Partner(String templateId) {
        this.templateId = templateId;
    }

    /** The id of the built-in template of this partner's statement. */
    public String templateId() {
        return templateId;
    }
}
