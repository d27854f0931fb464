#include <gtest/gtest.h>

#include "pactum/build_id.hpp"

TEST(BuildId, IsTheHashOfTheTextThatExplainsIt) {
  EXPECT_EQ(pactum::build_id, pactum::fnv1a_64(pactum::build_id_text));
  EXPECT_NE(pactum::build_id_text.find("c++202002"), std::string_view::npos)
      << pactum::build_id_text;
  EXPECT_NE(pactum::build_id_text.find("api1"), std::string_view::npos);
}

TEST(BuildId, Fnv1aMatchesPublishedVectors) {
  EXPECT_EQ(pactum::fnv1a_64(""), 0xcbf29ce484222325ULL);
  EXPECT_EQ(pactum::fnv1a_64("a"), 0xaf63dc4c8601ec8cULL);
}
