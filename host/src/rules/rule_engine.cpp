#include "rules/rule_engine.hpp"

#include <algorithm>
#include <atomic>
#include <thread>

#include "pactum/error.hpp"
#include "vocabulary/vocabulary.hpp"

namespace pactum::host {

namespace {

// Longest excerpt kept for a report: enough to recognise the clause.
constexpr std::size_t max_excerpt_bytes = 600;

void add_excerpt(AgreementReport& report, const Agreement& agreement, const FindingLocation& at) {
  if (at.end <= at.begin) {
    return;
  }
  for (const Document& document : agreement.documents) {
    if (document.id != at.document) {
      continue;
    }
    std::string_view text = document.slice(at.begin, at.end);
    if (text.size() > max_excerpt_bytes) {
      std::size_t cut = max_excerpt_bytes;
      while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
        --cut; // never split a UTF-8 character
      }
      report.excerpts[excerpt_key(at)] = std::string(text.substr(0, cut)) + " …";
    } else if (!text.empty()) {
      report.excerpts[excerpt_key(at)] = std::string(text);
    }
    return;
  }
}

// An Agreement made only of data-processing agreements has no commercial terms to judge.
bool dpa_only(const Agreement& agreement) {
  return !agreement.documents.empty() &&
         std::ranges::all_of(agreement.documents,
                             [](const Document& d) { return d.type == DocumentType::dpa; });
}

// An Agreement made only of knowledge-transfer plans (a tracking copy checked on its own).
bool kt_plan_only(const Agreement& agreement) {
  return !agreement.documents.empty() &&
         std::ranges::all_of(agreement.documents,
                             [](const Document& d) { return d.type == DocumentType::kt_plan; });
}

// A rule that judges a KT plan's items reads only the item kinds (kt.gate, kt.training, …), not
// the agreement's own KT clauses (kt.plan, kt.knowledge_base), which a plan alone does not have.
bool judges_kt_plan_items(const RuleInfo& info) {
  return !info.clause_kinds.empty() &&
         std::ranges::all_of(info.clause_kinds, [](const std::string& kind) {
           return kind.starts_with("kt.") && kind != "kt.plan" && kind != "kt.knowledge_base";
         });
}

// A commercial rule reads only shared (non-plugin) clause kinds outside data protection: a DPA
// on its own is not expected to have a pilot, KPIs or an exit.
bool commercial(const RuleInfo& info, const Vocabulary& vocabulary) {
  if (info.clause_kinds.empty()) {
    return false;
  }
  return std::ranges::none_of(info.clause_kinds, [&](const std::string& kind) {
    const auto entry = vocabulary.kinds().find(kind);
    const bool shared = entry != vocabulary.kinds().end() && entry->second.owner == "pactum";
    return !shared || kind.starts_with("dp.") || kind == "dp" || kind.starts_with("dp*");
  });
}

} // namespace

RuleEngine::RuleEngine(const Registry& registry, const Playbook& playbook, RuleContext context)
    : registry_(registry), playbook_(playbook), context_(std::move(context)) {
  for (const RuleEntry& entry : registry_.rules()) {
    if (playbook_.enabled(entry.info.id)) {
      entries_.push_back(&entry);
    }
  }
  std::ranges::sort(entries_,
                    [](const RuleEntry* a, const RuleEntry* b) { return a->info.id < b->info.id; });
  for (const RuleEntry* entry : entries_) {
    rules_.push_back({entry->info.id, entry->info.title, entry->plugin,
                      playbook_.severity_for(entry->info.id).value_or(entry->info.severity),
                      entry->info.summary, entry->info.source});
  }
}

AgreementReport RuleEngine::check_one(const CheckSubject& subject,
                                      std::vector<std::unique_ptr<Rule>>& instances) const {
  AgreementReport report;
  report.id = subject.agreement->id;
  report.files = subject.files;
  // Whether each jurisdiction applies is decided once per Agreement; its rules only run where it
  // does, and the report says which applied and why.
  const std::span<const Jurisdiction> jurisdictions = registry_.jurisdictions();
  std::vector<Applicability> applies;
  for (const Jurisdiction& j : jurisdictions) {
    applies.push_back(applicability(j, *subject.agreement, context_.jurisdictions));
    if (applies.back().applies == Tri::yes) {
      report.jurisdictions.push_back({j.plugin, j.code, applies.back().reason});
    }
  }
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    const RuleEntry& entry = *entries_[i];
    Outcome outcome;
    const Applicability* gate = nullptr;
    for (std::size_t j = 0; j < jurisdictions.size(); ++j) {
      if (jurisdictions[j].plugin == entry.plugin && jurisdictions[j].governs_rule(entry.info.id)) {
        gate = &applies[j];
      }
    }
    if (kt_plan_only(*subject.agreement) && !judges_kt_plan_items(entry.info)) {
      outcome.rule_id = entry.info.id;
      outcome.status = OutcomeStatus::not_applicable;
      outcome.reason = "the agreement is a knowledge-transfer plan only; this rule judges the "
                       "agreement's own terms";
      report.outcomes.push_back(std::move(outcome));
      continue;
    }
    if (gate != nullptr && gate->applies != Tri::yes) {
      outcome.rule_id = entry.info.id;
      outcome.status =
          gate->applies == Tri::no ? OutcomeStatus::not_applicable : OutcomeStatus::undetermined;
      outcome.reason = gate->reason;
      report.outcomes.push_back(std::move(outcome));
      continue;
    }
    if (dpa_only(*subject.agreement) && commercial(entry.info, registry_.vocabulary())) {
      outcome.rule_id = entry.info.id;
      outcome.status = OutcomeStatus::not_applicable;
      outcome.reason = "the agreement is a data-processing agreement only; this rule judges "
                       "commercial terms";
      report.outcomes.push_back(std::move(outcome));
      continue;
    }
    try {
      if (!instances[i]) {
        instances[i] = entry.factory();
      }
      const auto options = playbook_.options_for(entry.info.id);
      if (options.empty()) {
        outcome = instances[i]->evaluate(*subject.agreement, context_);
      } else {
        RuleContext with_options = context_;
        with_options.options = options;
        outcome = instances[i]->evaluate(*subject.agreement, with_options);
      }
    } catch (const std::exception& e) {
      report.error = "rule " + entry.info.id + " (plugin " + entry.plugin + ") failed: " + e.what();
      outcome = Outcome{.rule_id = entry.info.id,
                        .status = OutcomeStatus::undetermined,
                        .findings = {},
                        .reason = "the rule failed: " + std::string(e.what())};
    } catch (...) {
      report.error = "rule " + entry.info.id + " (plugin " + entry.plugin + ") failed";
      outcome = Outcome{.rule_id = entry.info.id,
                        .status = OutcomeStatus::undetermined,
                        .findings = {},
                        .reason = "the rule failed"};
    }
    outcome.rule_id = entry.info.id;
    // The playbook's severity replaces the rule's for findings beyond the walk-away line;
    // a fallback position stays informational.
    if (const auto severity = playbook_.severity_for(entry.info.id)) {
      for (Finding& finding : outcome.findings) {
        if (finding.position != Position::fallback) {
          finding.severity = *severity;
        }
      }
    }
    if (outcome.status == OutcomeStatus::fail) {
      const Waiver* waiver = nullptr;
      for (const Waiver& w : subject.waivers) {
        waiver = glob_match(w.rule, entry.info.id) ? &w : waiver;
      }
      for (const Waiver& w : playbook_.waivers) {
        waiver = waiver == nullptr && glob_match(w.rule, entry.info.id) ? &w : waiver;
      }
      if (waiver != nullptr) {
        outcome.status = OutcomeStatus::waived;
        for (Finding& finding : outcome.findings) {
          finding.waiver_reason = waiver->reason + " (" + waiver->origin + ")";
        }
      }
    }
    for (const Finding& finding : outcome.findings) {
      add_excerpt(report, *subject.agreement, finding.location);
    }
    report.outcomes.push_back(std::move(outcome));
  }
  return report;
}

std::vector<AgreementReport> RuleEngine::check(std::span<const CheckSubject> subjects,
                                               unsigned jobs) const {
  std::vector<AgreementReport> reports(subjects.size());
  const unsigned workers =
      std::max(1U, std::min<unsigned>(jobs, static_cast<unsigned>(subjects.size())));
  std::atomic<std::size_t> next{0};
  const auto work = [&] {
    // Each worker makes its own rule objects, so rules may keep state without locks.
    std::vector<std::unique_ptr<Rule>> instances(entries_.size());
    for (std::size_t i = next++; i < subjects.size(); i = next++) {
      reports[i] = check_one(subjects[i], instances);
    }
  };
  if (workers == 1) {
    work();
    return reports;
  }
  std::vector<std::jthread> threads;
  for (unsigned w = 0; w < workers; ++w) {
    threads.emplace_back(work);
  }
  threads.clear(); // joins
  return reports;
}

int exit_status_of(const CheckReport& report) {
  const bool errors =
      std::ranges::any_of(report.files, [](const CheckedFile& f) { return !f.error.empty(); }) ||
      std::ranges::any_of(report.agreements,
                          [](const AgreementReport& a) { return !a.error.empty(); });
  if (errors) {
    return 2;
  }
  return std::ranges::any_of(report.agreements,
                             [&](const AgreementReport& a) { return fails_at(a, report.fail_on); })
             ? 1
             : 0;
}

bool fails_at(const AgreementReport& agreement, Severity fail_on) {
  for (const Outcome& outcome : agreement.outcomes) {
    if (outcome.status != OutcomeStatus::fail) {
      continue;
    }
    for (const Finding& finding : outcome.findings) {
      if (finding.severity >= fail_on) {
        return true;
      }
    }
  }
  return false;
}

} // namespace pactum::host
