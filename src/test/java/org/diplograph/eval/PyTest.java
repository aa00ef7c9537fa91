package org.diplograph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PyTest {
    @Test
    void fixedRoundsTheBinaryValueHalfEvenAsPython() {
        // f"{0.125:.2f}" == "0.12" and f"{0.145:.2f}" == "0.14" in Python; String.format gives 0.13 and 0.15
        assertThat(Py.fixed(0.125, 2)).isEqualTo("0.12");
        assertThat(Py.fixed(0.145, 2)).isEqualTo("0.14");
        assertThat(Py.fixed(2.0 / 3, 3)).isEqualTo("0.667");
        assertThat(Py.fixed(0.0, 2)).isEqualTo("0.00");
        assertThat(Py.fixed(1.0, 3)).isEqualTo("1.000");
    }

    @Test
    void reprQuotesAsPython() {
        assertThat(Py.repr("Li")).isEqualTo("'Li'");
        assertThat(Py.repr("Mr Lavrov's aide")).isEqualTo("\"Mr Lavrov's aide\"");
        assertThat(Py.repr("a'b\"c")).isEqualTo("'a\\'b\"c'");
        assertThat(Py.repr("زاخاروفا\u200f\n")).isEqualTo("'زاخاروفا\\u200f\\n'");
        assertThat(Py.repr((String) null)).isEqualTo("None");
        assertThat(Py.repr(Arrays.asList("ماريا زاخاروفا", null))).isEqualTo("['ماريا زاخاروفا', None]");
    }

    @Test
    void padsByCodePoints() {
        assertThat(Py.pad("ar", 5, true)).isEqualTo("ar   ");
        assertThat(Py.pad("𝐀", 3, false)).isEqualTo("  𝐀");
    }
}
