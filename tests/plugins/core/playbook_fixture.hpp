#pragma once

// The core plugin's playbook rules run the way `pactum check` runs them: the real core.so loaded
// through PluginHost, every rule created from its factory, on Agreements generated from the
// example deals by the real cs-outsourcing template and the plugin's clause library.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <utility>

#include <yaml-cpp/yaml.h>

#include "plugin_host/plugin_host.hpp"
#include "templates/deal.hpp"
#include "templates/generator.hpp"
#include "templates/template.hpp"
#include "vocabulary/vocabulary.hpp"

namespace pactum::test {

inline const std::vector<std::string> example_deal_names{
    "uk-retail-philippines.yaml", "dk-utility-poland.yaml", "it-telecom-albania.yaml",
    "cn-platform-china.yaml"};

// Every outcome of one check, by rule id.
using Outcomes = std::map<std::string, Outcome>;

// What a failing rule reported: its findings' severities and positions, one entry per finding.
struct Failure {
  Severity severity = Severity::warning;
  Position position = Position::none;
  friend bool operator==(const Failure&, const Failure&) = default;
};

inline std::ostream& operator<<(std::ostream& out, const Failure& f) {
  return out << to_string(f.severity) << "/" << to_string(f.position);
}

class Playbook : public ::testing::Test {
protected:
  static void SetUpTestSuite() {
    namespace fs = std::filesystem;
    host_ = std::make_unique<host::PluginHost>(
        host::Vocabulary::load(fs::path(PACTUM_SOURCE_DIR) / "schemas"));
    ASSERT_TRUE(host_->load_file(fs::path(PACTUM_PLUGIN_DIR) / "core.so"))
        << (host_->errors().empty() ? "" : host_->errors().front().message());
    template_ = std::make_unique<host::Template>(
        host::Template::load(fs::path(PACTUM_SOURCE_DIR) / "templates" / "cs-outsourcing",
                             host_->registry().vocabulary()));
  }

  static std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
  }

  static std::string deal_path(const std::string& name) {
    return (std::filesystem::path(PACTUM_SOURCE_DIR) / "examples" / "deals" / name).string();
  }

  static YAML::Node deal_yaml(const std::string& name) {
    return YAML::Load(read_text(deal_path(name)));
  }

  // Generates the English Agreement of a deal given as YAML text.
  static Agreement generate(const std::string& text, const std::string& origin) {
    const host::DealLoad loaded = host::load_deal(text, origin, *template_);
    if (!loaded.deal) {
      ADD_FAILURE() << origin << ": " << loaded.errors.front().line();
      return {};
    }
    return host::generate_agreement({*template_, *loaded.deal, host_->registry().library_clauses(),
                                     host_->registry().vocabulary(), "en"});
  }

  static Agreement generate(const YAML::Node& deal) {
    return generate(YAML::Dump(deal), "mutated.yaml");
  }

  static Agreement generate_example(const std::string& name) {
    return generate(read_text(deal_path(name)), deal_path(name));
  }

  // Runs every rule of the core plugin, one fresh rule object each, as a worker would.
  static Outcomes check(const Agreement& agreement, const RuleContext& context = {}) {
    Outcomes outcomes;
    for (const host::RuleEntry& entry : host_->registry().rules()) {
      if (entry.plugin != "core") {
        continue;
      }
      Outcome outcome = entry.factory()->evaluate(agreement, context);
      EXPECT_EQ(outcome.rule_id, entry.info.id);
      EXPECT_EQ(outcome.status == OutcomeStatus::fail, !outcome.findings.empty()) << entry.info.id;
      outcomes.emplace(entry.info.id, std::move(outcome));
    }
    return outcomes;
  }

  // The failing rules and what each finding says about severity and position.
  static std::map<std::string, std::vector<Failure>> failures(const Outcomes& outcomes) {
    std::map<std::string, std::vector<Failure>> out;
    for (const auto& [id, outcome] : outcomes) {
      if (outcome.status != OutcomeStatus::fail) {
        continue;
      }
      auto& list = out[id];
      for (const Finding& finding : outcome.findings) {
        list.push_back({finding.severity, finding.position});
      }
    }
    return out;
  }

  // The rules whose outcome has this status.
  static std::set<std::string> with_status(const Outcomes& outcomes, OutcomeStatus status) {
    std::set<std::string> ids;
    for (const auto& [id, outcome] : outcomes) {
      if (outcome.status == status) {
        ids.insert(id);
      }
    }
    return ids;
  }

  static std::string describe(const Outcomes& outcomes) {
    std::ostringstream out;
    for (const auto& [id, outcome] : outcomes) {
      out << "  " << id << ": " << to_string(outcome.status);
      if (!outcome.reason.empty()) {
        out << " (" << outcome.reason << ")";
      }
      out << "\n";
      for (const Finding& f : outcome.findings) {
        out << "    [" << to_string(f.severity) << ", " << to_string(f.position) << "] "
            << f.location.document << " " << f.location.section << ": " << f.message << "\n";
      }
    }
    return out.str();
  }

  // Adds a clause with its own text at the end of one document.
  static void append_clause(Agreement& agreement, std::string_view document_id, std::string kind,
                            PartyRole party, std::string section, const std::string& text) {
    const auto document = std::ranges::find_if(
        agreement.documents, [&](const Document& d) { return d.id == document_id; });
    ASSERT_NE(document, agreement.documents.end()) << document_id;
    document->text += "\n\n";
    const std::size_t begin = document->text.size();
    document->text += section + " " + text;
    document->clauses.push_back({.kind = std::move(kind),
                                 .section = std::move(section),
                                 .begin = begin,
                                 .end = document->text.size(),
                                 .origin = ClauseOrigin::generated,
                                 .confidence = 1.0,
                                 .party = party});
  }

  static void remove_clauses(Agreement& agreement, std::string_view kind) {
    for (Document& document : agreement.documents) {
      std::erase_if(document.clauses, [&](const Clause& c) { return kind_matches(c.kind, kind); });
    }
  }

  static void remove_terms(Agreement& agreement, std::string_view name) {
    std::erase_if(agreement.terms, [&](const Term& t) { return t.name == name; });
  }

  // Lives for the process, like the plugin libraries its rules come from.
  static inline std::unique_ptr<host::PluginHost> host_;
  static inline std::unique_ptr<host::Template> template_;
};

} // namespace pactum::test
