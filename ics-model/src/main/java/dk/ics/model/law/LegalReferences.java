package dk.ics.model.law;

import static dk.ics.model.law.Standing.PROJECT_READING;
import static dk.ics.model.law.Standing.SECONDARY;
import static dk.ics.model.law.Standing.VERIFIED;

import java.util.List;

/**
 * The legal references the library uses, each one value. What was read, where and how is recorded in
 * {@code ics-model/LEGAL-SOURCES.md}; a reference that is {@link Standing#VERIFIED} was read in the consolidation it
 * names. Where the library applies a section in a way of its own (how a year is counted, a time the law does not
 * set), the rule that uses it derives a reference with {@link LegalReference#as} and says so in the note.
 */
public final class LegalReferences {

    /** The consolidation of Barnets lov the references were read in. */
    public static final String BARNETS_LOV_CONSOLIDATION = "LBK nr. 282 af 17/03/2025";
    /** The consolidation of Serviceloven in force in 2023 (its children's provisions ended on 1 January 2024). */
    public static final String SERVICELOVEN_CONSOLIDATION = "LBK nr. 170 af 24/01/2022";

    /** § 5, stk. 3: the child's views are obtained through talks before decisions. */
    public static final LegalReference BL_5_STK_3 = bl("5", "3", null, VERIFIED, "");
    /** § 5, stk. 4: in very special cases the talk may be left out; the views are then obtained otherwise. */
    public static final LegalReference BL_5_STK_4 = bl("5", "4", null, VERIFIED, "");
    /** § 19: afdækning of one or more circumstances. */
    public static final LegalReference BL_19 = bl("19", null, null, SECONDARY,
            "The section number is from the ministry's guidance (VEJ nr. 9471 af 21/06/2024); its text was not read.");
    /** § 20, stk. 3: the investigation within 4 months of learning of the need, else a preliminary assessment. */
    public static final LegalReference BL_20_STK_3 = bl("20", "3", null, VERIFIED, "");
    /** § 22, stk. 1: the investigation covers challenges and resources of the child, the family and the network. */
    public static final LegalReference BL_22_STK_1 = bl("22", "1", null, VERIFIED, "");
    /** § 22: the content of the investigation, including the child's and the parents' view of the support. */
    public static final LegalReference BL_22 = bl("22", null, null, PROJECT_READING,
            "Stk. 1 and 6 were read; the subsection on the child's and the parents' view of the support was not.");
    /** § 22, stk. 6: the investigation ends in a reasoned position on support under §§ 32, 46 or 47. */
    public static final LegalReference BL_22_STK_6 = bl("22", "6", null, VERIFIED, "");
    /** § 91, stk. 1: with § 32 support, decide whether to make barnets plan; if so within 3 months. */
    public static final LegalReference BL_91_STK_1 = bl("91", "1", null, VERIFIED, "");
    /** § 91, stk. 2: with placement, barnets plan within 3 months; under § 47 before the decision. */
    public static final LegalReference BL_91_STK_2 = bl("91", "2", null, VERIFIED, "");
    /** § 92, stk. 1: concrete goals reflecting the child's wishes and needs, made with the child and the parents. */
    public static final LegalReference BL_92_STK_1 = bl("92", "1", null, VERIFIED, "");
    /** § 92, stk. 2: the plan starts from the chosen measure and the afdækning or investigation. */
    public static final LegalReference BL_92_STK_2 = bl("92", "2", null, VERIFIED, "");
    /** § 95, stk. 1: the municipality follows up on the child's well-being and development while a measure runs. */
    public static final LegalReference BL_95_STK_1 = bl("95", "1", null, VERIFIED, "");
    /** § 95, stk. 2: the first follow-up at the earlier of a parallel afdækning or investigation and 3 months. */
    public static final LegalReference BL_95_STK_2 = bl("95", "2", null, VERIFIED, "");
    /** § 95, stk. 3: the schedule of later follow-ups, decided and justified at the first. */
    public static final LegalReference BL_95_STK_3 = bl("95", "3", null, VERIFIED, "");
    /** § 108, stk. 1: decide whether to make an ungeplan (at 16, or at a decision for a young person of 16+). */
    public static final LegalReference BL_108_STK_1 = bl("108", "1", null, VERIFIED, "");
    /** § 108, stk. 2: an ungeplan is required for a placed young person of 16+. */
    public static final LegalReference BL_108_STK_2 = bl("108", "2", null, VERIFIED, "");
    /** § 108, stk. 3: the ungeplan within 3 months of the decision on the measure or of the 16th birthday. */
    public static final LegalReference BL_108_STK_3 = bl("108", "3", null, VERIFIED, "");
    /** § 108, stk. 4: in a placement without consent the ungeplan is made before the decision. */
    public static final LegalReference BL_108_STK_4 = bl("108", "4", null, VERIFIED, "");
    /** § 111, stk. 1: the decision on ungestøtte at least 6 months before a placement ends at 18. */
    public static final LegalReference BL_111_STK_1 = bl("111", "1", null, VERIFIED, "");
    /** § 136: a notification is assessed within 24 hours. */
    public static final LegalReference BL_136 = bl("136", null, null, SECONDARY,
            "The 24 hours are read in the ministry's and Ankestyrelsen's guidance (sm.dk, ast.dk) and the section"
                    + " number in VEJ nr. 9471 af 21/06/2024; the section's own text was not read.");
    /** § 137, stk. 3: a notification about abuse is followed by a talk with the child. */
    public static final LegalReference BL_137_STK_3 = bl("137", "3", null, VERIFIED, "");
    /** § 138: a professional notifier is sent an acknowledgement (carried over from SEL § 155 b). */
    public static final LegalReference BL_138 = bl("138", null, null, PROJECT_READING,
            "Not read: taken to carry over the acknowledgement within 6 working days of Serviceloven § 155 b, stk. 1;"
                    + " VEJ nr. 9471 af 21/06/2024 places § 138 among the duty-to-notify provisions.");
    /** § 156, stk. 5: at least two supervision visits a year, with a talk with the child. */
    public static final LegalReference BL_156_STK_5 = bl("156", "5", null, VERIFIED, "");
    /** The move from Serviceloven to Barnets lov on 1 January 2024 (§ 212: entry into force). */
    public static final LegalReference BL_212 = bl("212", null, null, PROJECT_READING,
            "Barnets lov came into force on 1 January 2024 (§ 212, seen in the act's header only); its transitional"
                    + " provisions (chapter 25, §§ 212-213) were not read. The library's reading: in a case opened"
                    + " under Serviceloven, a step falling due from 1 January 2024 follows Barnets lov, and a step due"
                    + " before it follows Serviceloven; a follow-up held under Serviceloven keeps its 6-month"
                    + " successor, as Barnets lov leaves the schedule to the first follow-up's decision (§ 95, stk. 3).");

    /** SEL § 48, stk. 1: a talk with the child before a decision on measures. */
    public static final LegalReference SEL_48_STK_1 = sel("48", "1", SECONDARY,
            "Read in the amending bill L 181 (2012-13), not in the consolidation.");
    /** SEL § 50: the investigation within 4 months. */
    public static final LegalReference SEL_50 = sel("50", null, SECONDARY,
            "The 4 months are read in secondary sources; the subsection (commonly stk. 7) was not confirmed.");
    /** SEL § 70: follow-up within 3 months of the measure, then at least every 6 months. */
    public static final LegalReference SEL_70 = sel("70", null, PROJECT_READING,
            "§ 70 is the follow-up provision; the 3- and 6-month intervals were not read in its text.");
    /** SEL § 140, stk. 1: the handleplan before the decision; when urgent, within 4 months. */
    public static final LegalReference SEL_140_STK_1 = sel("140", "1", SECONDARY,
            "Read in the remarks to Barnets lov § 91, which quote it.");
    /** SEL § 155: a notification is assessed within 24 hours. */
    public static final LegalReference SEL_155 = sel("155", null, SECONDARY,
            "Read in a municipality's emergency plan citing § 155, stk. 1 and 2.");
    /** SEL § 155 a: the reassessment of a notification; taken as the home of the talk with the child. */
    public static final LegalReference SEL_155_A = sel("155 a", null, PROJECT_READING,
            "§ 155 a, stk. 1 is the reassessment (remarks to Barnets lov § 137); where Serviceloven placed the talk"
                    + " with the child after a notification about abuse was not read.");
    /** SEL § 155 b, stk. 1: the notifier is sent an acknowledgement within 6 working days. */
    public static final LegalReference SEL_155_B_STK_1 = sel("155 b", "1", SECONDARY,
            "Read in municipalities' guidance citing § 155 b, stk. 1.");

    private static final List<LegalReference> ALL = collect();

    private LegalReferences() {
    }

    /** Every reference here, in the order declared: Barnets lov, then Serviceloven. */
    public static List<LegalReference> all() {
        return ALL;
    }

    private static LegalReference bl(String section, String stk, String nr, Standing standing, String note) {
        return new LegalReference(Law.BARNETS_LOV, section, stk, nr, BARNETS_LOV_CONSOLIDATION, standing, note);
    }

    private static LegalReference sel(String section, String stk, Standing standing, String note) {
        return new LegalReference(Law.SERVICELOVEN, section, stk, null, SERVICELOVEN_CONSOLIDATION, standing, note);
    }

    private static List<LegalReference> collect() {
        return List.of(
            BL_5_STK_3,
            BL_5_STK_4,
            BL_19,
            BL_20_STK_3,
            BL_22_STK_1,
            BL_22,
            BL_22_STK_6,
            BL_91_STK_1,
            BL_91_STK_2,
            BL_92_STK_1,
            BL_92_STK_2,
            BL_95_STK_1,
            BL_95_STK_2,
            BL_95_STK_3,
            BL_108_STK_1,
            BL_108_STK_2,
            BL_108_STK_3,
            BL_108_STK_4,
            BL_111_STK_1,
            BL_136,
            BL_137_STK_3,
            BL_138,
            BL_156_STK_5,
            BL_212,
            SEL_48_STK_1,
            SEL_50,
            SEL_70,
            SEL_140_STK_1,
            SEL_155,
            SEL_155_A,
            SEL_155_B_STK_1);
    }
}
