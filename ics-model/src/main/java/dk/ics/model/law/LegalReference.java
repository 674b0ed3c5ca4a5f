package dk.ics.model.law;

import dk.ics.model.Language;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One legal reference as data: the act, the section, the subsection (stk.) and number (nr.), the consolidation the
 * wording was read in, and how firmly the library's use of it stands. Immutable; the constants the library uses are
 * in {@link LegalReferences}.
 *
 * <pre>{@code
 * LegalReference r = LegalReferences.BL_20_STK_3;
 * r.citation();        // "Barnets lov § 20, stk. 3"
 * r.consolidation();   // "LBK nr. 282 af 17/03/2025"
 * r.standing();        // VERIFIED
 * }</pre>
 *
 * @param law           the act
 * @param section       the section, e.g. {@code 20} or {@code 155 b}
 * @param subsection    the subsection (stk.), e.g. {@code 3}, or {@code null}
 * @param number        the number (nr.) within the subsection, e.g. {@code 1}, or {@code null}
 * @param consolidation the text the wording was read in, e.g. {@code LBK nr. 282 af 17/03/2025}
 * @param standing      how firmly the library's use of the reference stands
 * @param note          what the project reads into it or adds, in English; empty for a plain verified reference
 */
public record LegalReference(Law law, String section, String subsection, String number, String consolidation,
        Standing standing, String note) {

    private static final Pattern SECTION = Pattern.compile("[1-9][0-9]{0,3}( [a-z])?");
    private static final Pattern PART = Pattern.compile("[1-9][0-9]?(–[1-9][0-9]?)?");

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException when the section, subsection or number is not in citation form
     */
    public LegalReference {
        Objects.requireNonNull(law, "law");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(consolidation, "consolidation");
        Objects.requireNonNull(standing, "standing");
        note = note == null ? "" : note;
        if (!SECTION.matcher(section).matches()) {
            throw new IllegalArgumentException("a section is a number, optionally with a letter: 20, 155 b");
        }
        if (subsection != null && !PART.matcher(subsection).matches()
                || number != null && !PART.matcher(number).matches()) {
            throw new IllegalArgumentException("a subsection or number is a number or a range: 3, 2–4");
        }
        if (number != null && subsection == null) {
            throw new IllegalArgumentException("a number (nr.) belongs to a subsection (stk.)");
        }
        if (standing != Standing.VERIFIED && standing != Standing.SECONDARY && note.isBlank()) {
            throw new IllegalArgumentException("the project's own reading or convention needs a note saying what it is");
        }
    }

    /**
     * The citation as the library prints it, e.g. {@code Barnets lov § 95, stk. 2, nr. 1}. Danish citation form in
     * every language, as Danish law is cited.
     */
    public String citation() {
        StringBuilder sb = new StringBuilder(law.shortName()).append(" § ").append(section);
        if (subsection != null) {
            sb.append(", stk. ").append(subsection);
        }
        if (number != null) {
            sb.append(", nr. ").append(number);
        }
        return sb.toString();
    }

    /**
     * The citation with its standing when it is not verified, e.g.
     * {@code Barnets lov § 137, stk. 3 (projektets egen konvention)}.
     */
    public String citationWithStanding(Language language) {
        return standing == Standing.VERIFIED ? citation() : citation() + " (" + standing.label().in(language) + ")";
    }

    /**
     * Several references cited together, joined by "; ", with subsections of one section cited once
     * ({@code Barnets lov § 5, stk. 3 og 4; Serviceloven § 50}).
     */
    public static String citeAll(java.util.List<LegalReference> references) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (int i = 0; i < references.size(); i++) {
            LegalReference r = references.get(i);
            LegalReference prev = i == 0 ? null : references.get(i - 1);
            if (prev != null && prev.law() == r.law() && prev.section().equals(r.section())
                    && prev.subsection() != null && r.subsection() != null && prev.number() == null
                    && r.number() == null) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + " og " + r.subsection());
            } else {
                parts.add(r.citation());
            }
        }
        return String.join("; ", parts);
    }

    /** The subsection, when the reference names one. */
    public Optional<String> stk() {
        return Optional.ofNullable(subsection);
    }

    /** The number, when the reference names one. */
    public Optional<String> nr() {
        return Optional.ofNullable(number);
    }

    /** This reference with another standing and note, e.g. a verified section used under the project's convention. */
    public LegalReference as(Standing newStanding, String newNote) {
        return new LegalReference(law, section, subsection, number, consolidation, newStanding, newNote);
    }

    /** The citation: a reference is public law, never personal data. */
    @Override
    public String toString() {
        return citation();
    }
}
