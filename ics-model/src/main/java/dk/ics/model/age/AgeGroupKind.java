package dk.ics.model.age;

/** What kind of period of a child's life an {@link AgeGroup} covers. */
public enum AgeGroupKind {
    /** Before birth: an expected child (ufødt), e.g. in a case opened during pregnancy. Has no age bounds. */
    UNBORN,
    /** From birth to the end of childhood (under 18). */
    CHILD,
    /** After-care for young adults (efterværn, 18–22), optional. */
    AFTER_CARE
}
