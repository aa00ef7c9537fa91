package org.diplograph.eval;

import java.util.List;
import java.util.Objects;

/** score.py's {@code same_speaker}: whether a predicted speaker is the speaker of a gold statement. */
public final class SpeakerMatch {
    private SpeakerMatch() {}

    /**
     * True when {@code pred} is the speaker of {@code gold}. A gold speaker without names (unnamed) matches a
     * prediction without a name (or typed unnamed) of the same country and, when gold has one, organisation.
     * Otherwise the predicted name's tokens must equal an alias's tokens, or one must contain the other
     * contiguously with a token of 3 or more letters in the shorter ("زاخاروفا" matches "ماريا زاخاروفا").
     */
    public static boolean same(GoldFile.Statement gold, Prediction.Speaker pred) {
        if (gold.speaker().isEmpty()) {
            boolean org = gold.speakerOrg() == null || gold.speakerOrg().isEmpty() || gold.speakerOrg().equals(pred.org());
            return ("unnamed".equals(pred.type()) || !pred.named())
                    && Objects.equals(gold.speakerCountry(), pred.country()) && org;
        }
        List<String> p = NameNorm.tokens(pred.name());
        if (p.isEmpty()) return false;
        for (String alias : gold.speaker()) {
            List<String> a = NameNorm.tokens(alias);
            if (a.equals(p)) return true;
            List<String> shorter = a.size() <= p.size() ? a : p;
            List<String> longer = a.size() <= p.size() ? p : a;
            if (contains(longer, shorter) && shorter.stream().mapToInt(Py::len).max().orElse(0) >= 3) return true;
        }
        return false;
    }

    /** True where {@code small} appears contiguously in {@code big} (never for an empty {@code small}). */
    static boolean contains(List<String> big, List<String> small) {
        int n = small.size();
        if (n == 0) return false;
        for (int i = 0; i + n <= big.size(); i++) {
            if (big.subList(i, i + n).equals(small)) return true;
        }
        return false;
    }
}
