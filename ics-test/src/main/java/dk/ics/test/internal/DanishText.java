package dk.ics.test.internal;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Plausible Danish casework sentences made from a small phrase bank: who said or saw something, and what. The texts
 * describe no real person; they are meant to look and measure like real notes. Stateless.
 */
public final class DanishText {

    private static final List<String> WHO = List.of("Barnet", "Moren", "Faren", "Klasselæreren", "Pædagogen",
            "Sundhedsplejersken", "Familiebehandleren", "Mormoren", "Skolens AKT-lærer", "Plejefamilien",
            "Den unge", "Sagsbehandleren");
    private static final List<String> SAYS = List.of("fortæller, at", "oplyser, at", "beskriver, at",
            "vurderer, at", "har observeret, at", "giver udtryk for, at", "er bekymret for, at", "er enig i, at");
    private static final List<String> WHAT = List.of("hverdagen er blevet mere forudsigelig",
            "barnet sover bedre og oftere kommer til tiden", "der er brug for faste rutiner om morgenen",
            "barnet har en god veninde i klassen", "madpakken ofte mangler", "fraværet er faldet siden efteråret",
            "barnet trives i fritidsklubben to eftermiddage om ugen", "moren er motiveret for at tage imod hjælp",
            "faren gerne vil se børnene hver anden weekend", "der er konflikter ved sengetid",
            "barnet tager meget ansvar for sin lillebror", "samarbejdet med skolen fungerer godt",
            "barnet har svært ved at koncentrere sig i de sidste lektioner", "netværket kan træde til i ferierne",
            "barnet ønsker at blive boende hjemme", "der ikke er tegn på vold eller overgreb",
            "barnet er glad for sin kontaktperson", "familien har haft økonomiske vanskeligheder det seneste år",
            "barnet er begyndt til fodbold og er glad for det", "aftalerne i planen bliver overholdt");
    private static final List<String> WHEN = List.of("", "", " i de seneste uger", " siden sommerferien",
            " de fleste dage", " ved samtalen i hjemmet", " ifølge den seneste status");

    private DanishText() {
    }

    /** One sentence. */
    public static String sentence(SplittableRandom r) {
        return pick(r, WHO) + " " + pick(r, SAYS) + " " + pick(r, WHAT) + pick(r, WHEN) + ".";
    }

    /** A text of one to {@code maxSentences} sentences. */
    public static String text(SplittableRandom r, int maxSentences) {
        int n = 1 + r.nextInt(Math.max(1, maxSentences));
        StringBuilder sb = new StringBuilder(sentence(r));
        for (int i = 1; i < n; i++) {
            sb.append(' ').append(sentence(r));
        }
        return sb.toString();
    }

    private static String pick(SplittableRandom r, List<String> from) {
        return from.get(r.nextInt(from.size()));
    }
}
