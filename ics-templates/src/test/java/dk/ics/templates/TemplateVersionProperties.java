package dk.ics.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class TemplateVersionProperties {

    @Property
    void aVersionReadsBackFromItsText(@ForAll @IntRange(min = 0, max = 99_999) int major,
            @ForAll @IntRange(min = 0, max = 99_999) int minor, @ForAll @IntRange(min = 0, max = 99_999) int patch) {
        TemplateVersion v = new TemplateVersion(major, minor, patch);
        assertThat(TemplateVersion.parse(v.toString())).isEqualTo(v);
    }

    @Property
    void versionsOrderByMajorThenMinorThenPatchNumerically(@ForAll @IntRange(max = 30) int a1,
            @ForAll @IntRange(max = 30) int b1, @ForAll @IntRange(max = 30) int c1, @ForAll @IntRange(max = 30) int a2,
            @ForAll @IntRange(max = 30) int b2, @ForAll @IntRange(max = 30) int c2) {
        TemplateVersion x = new TemplateVersion(a1, b1, c1);
        TemplateVersion y = new TemplateVersion(a2, b2, c2);
        Comparator<int[]> tuples = Comparator.<int[]>comparingInt(t -> t[0]).thenComparingInt(t -> t[1])
                .thenComparingInt(t -> t[2]);
        assertThat(Integer.signum(x.compareTo(y)))
                .isEqualTo(Integer.signum(tuples.compare(new int[] {a1, b1, c1}, new int[] {a2, b2, c2})));
    }
}
