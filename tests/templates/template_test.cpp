// Templates are checked when they load, so a mistake in one is a precise error for its author,
// not a silently wrong agreement.
#include <gtest/gtest.h>

#include <filesystem>

#include "pactum/error.hpp"
#include "support/scratch_folder.hpp"
#include "test_template.hpp"

using namespace pactum::host;
namespace fs = std::filesystem;

namespace {

class TemplateFolder : public pactum::test::ScratchFolder {
public:
  TemplateFolder() : ScratchFolder("template") {}
  std::string load_error() const {
    try {
      (void)Template::load(path(), pactum::test::shipped_vocabulary());
    } catch (const pactum::Error& e) {
      std::string message = e.what();
      const std::string prefix = path().string() + "/";
      if (message.starts_with(prefix)) {
        message.erase(0, prefix.size());
      }
      return message;
    }
    return "no error";
  }
};

constexpr const char* header =
    "id: t\nversion: 1.0.0\ntitle: T\n"
    "parameters:\n  months: {type: integer, default: 3, help: M}\n"
    "  pilot: {type: object, required: false, fields: {days: {type: duration}}}\n";

std::string with_document(const std::string& clause) {
  return std::string(header) +
         "documents:\n  - id: msa\n    type: msa\n    title: {en: T}\n    sections:\n"
         "      - id: s\n        heading: {en: S}\n        clauses:\n" +
         clause;
}

} // namespace

TEST(TemplateLoad, TheShippedTemplateLoadsWithItsDocumentsAndEnglish) {
  const Template& templ = pactum::test::cs_outsourcing();
  EXPECT_EQ(templ.id, "cs-outsourcing");
  std::vector<std::string> ids;
  for (const auto& d : templ.documents) {
    ids.push_back(d.id);
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"msa", "kpi_schedule", "pricing_schedule", "dpa"}));
  EXPECT_NE(std::ranges::find(templ.languages, "en"), templ.languages.end());
}

TEST(TemplateLoad, UnknownClauseKindIsLocated) {
  TemplateFolder folder;
  folder.write("template.yaml",
               with_document("          - {id: c, kind: warp.drive, text: {en: x}}\n"));
  EXPECT_EQ(folder.load_error(), "template.yaml:15:27: error: clause kind 'warp.drive' is not in "
                                 "schemas/clause-kinds.yaml");
}

TEST(TemplateLoad, UnknownMustacheNameIsLocated) {
  TemplateFolder folder;
  folder.write("template.yaml", with_document("          - {id: c, kind: pilot, text: {en: "
                                              "\"{{pilot.length}}\"}}\n"));
  EXPECT_EQ(folder.load_error(),
            "template.yaml:15:40: error: clause c: unknown name 'pilot.length' in text");
}

TEST(TemplateLoad, UnknownConditionPathIsLocated) {
  TemplateFolder folder;
  folder.write("template.yaml", with_document("          - {id: c, kind: pilot, when: {set: "
                                              "pilots}, text: {en: x}}\n"));
  EXPECT_EQ(folder.load_error(), "template.yaml:15:40: error: clause c: condition path 'pilots' "
                                 "names no parameter, term or fact");
}

TEST(TemplateLoad, UnclosedMustacheSectionIsAnError) {
  TemplateFolder folder;
  folder.write("template.yaml", with_document("          - {id: c, kind: pilot, text: {en: "
                                              "\"{{#pilot}}x\"}}\n"));
  EXPECT_EQ(folder.load_error(),
            "template.yaml:15:40: error: clause c: '{{#pilot}}' is never closed");
}

TEST(TemplateLoad, BadDefaultIsATemplateError) {
  TemplateFolder folder;
  std::string text = with_document("          - {id: c, kind: pilot, text: {en: x}}\n");
  text.replace(text.find("default: 3"), 10, "default: x");
  folder.write("template.yaml", text);
  EXPECT_EQ(folder.load_error(), "template.yaml:5:11: error: default of 'months': months: "
                                 "expected a whole number, found \"x\"");
}

TEST(TemplateLoad, UnknownSpecKeyIsRefused) {
  TemplateFolder folder;
  std::string text = with_document("          - {id: c, kind: pilot, text: {en: x}}\n");
  text.replace(text.find("help: M"), 7, "hepl: M");
  folder.write("template.yaml", text);
  EXPECT_EQ(folder.load_error(),
            "template.yaml:5:39: error: unknown key 'hepl' in parameter 'months'");
}
