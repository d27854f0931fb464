// The first-pass language guess that decides which patterns read a document.
#include <gtest/gtest.h>

#include "extract/language_guess.hpp"

using pactum::host::guess_language;

TEST(GuessLanguage, EnglishAgreementProseIsEnglish) {
  EXPECT_EQ(guess_language("This Agreement shall commence on the Effective Date and continue for "
                           "a period of three years unless terminated in accordance with its "
                           "terms."),
            "en");
}

TEST(GuessLanguage, DanishItalianAndChineseAreNotEnglish) {
  EXPECT_EQ(guess_language("Aftalen træder i kraft på underskriftsdatoen og løber i tre år, "
                           "medmindre den opsiges i overensstemmelse med dens bestemmelser."),
            "und");
  EXPECT_EQ(guess_language("Il presente contratto entra in vigore alla data di sottoscrizione e "
                           "ha una durata di tre anni, salvo recesso ai sensi dell'articolo 5."),
            "und");
  EXPECT_EQ(guess_language("本合同自双方签字之日起生效，有效期三年。"), "und");
}

TEST(GuessLanguage, TooLittleTextIsUndetermined) {
  EXPECT_EQ(guess_language("Schedule 1"), "und");
}
