package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the miner counts as a name: words that read as a personal name, not noun phrases or function words. */
class PersonMinerTest {
    private static PersonMiner miner;

    @BeforeAll
    static void load() {
        miner = new PersonMiner(ExtractFixtures.lexicon());
    }

    @Test
    void namesOfTwoToFourArabicWordsAreCounted() {
        assertThat(miner.isMinable("كرمان زهيدوف")).isTrue();
        assertThat(miner.isMinable("فخر الدين زهيدوف")).as("a compound name").isTrue();
        assertThat(miner.isMinable("خالد الزهيداني")).as("a given name and a family name of the -ي form").isTrue();
    }

    @Test
    void nounPhrasesFunctionWordsAndOtherScriptsAreNot() {
        assertThat(miner.isMinable("رفيع المستوى")).isFalse();
        assertThat(miner.isMinable("مصدر مطلع")).isFalse();
        assertThat(miner.isMinable("عمر الزهيدوف على")).as("على folds to the name علي").isFalse();
        assertThat(miner.isMinable("زهيدوف")).as("one word").isFalse();
        assertThat(miner.isMinable("كرمان CNN")).isFalse();
        assertThat(miner.isMinable(null)).isFalse();
    }
}
