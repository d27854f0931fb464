#include "extract/extractor.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <mutex>
#include <set>

#include <re2/re2.h>

#include "extract/language_guess.hpp"
#include "extract/party_roles.hpp"
#include "extract/sentence_bounds.hpp"
#include "extract/value_parsers.hpp"
#include "pactum/error.hpp"

namespace pactum::host {

// The compiled patterns of one language: the Hyperscan database for the single pass, and RE2
// for what runs in the window around a hit (near-miss cancellations and term captures).
struct Extractor::Language {
  PatternDatabase database;
  std::vector<std::vector<std::unique_ptr<RE2>>> unless;   // per kind
  std::vector<std::vector<std::unique_ptr<RE2>>> captures; // per kind, parallel to its terms

  Language(std::span<const PatternPack> packs, std::string_view language,
           const std::filesystem::path& cache_dir)
      : database(packs, language, cache_dir) {
    const auto compile = [](const PackPattern& pattern) {
      RE2::Options options;
      options.set_log_errors(false);
      options.set_case_sensitive(pattern.case_sensitive);
      return std::make_unique<RE2>(pattern.regex, options);
    };
    for (const KindPatterns& kind : database.kinds()) {
      auto& cancel = unless.emplace_back();
      for (const PackPattern& pattern : kind.unless) {
        cancel.push_back(compile(pattern));
      }
      auto& capture = captures.emplace_back();
      for (const TermCapture& term : kind.terms) {
        capture.push_back(compile(term.capture));
      }
    }
  }
};

// A language's database, compiled by the first worker that needs it while the others wait.
struct Extractor::Slot {
  std::string name;
  std::once_flag once;
  std::unique_ptr<Language> compiled;
  std::exception_ptr error;
};

namespace {

// A hit is scored by where it sits: body wording alone is fair evidence, a section headed for
// the kind is strong, both together near certain; a definition only names the thing.
constexpr double body_confidence = 0.6;
constexpr double second_pattern_bonus = 0.1;
constexpr double heading_confidence = 0.8;
constexpr double heading_and_body_confidence = 0.95;
constexpr double definition_confidence = 0.35;
// A block longer than this is cut down to the sentence of the hit: PDF-converted text often
// has whole sections on one line.
constexpr std::size_t max_block_clause = 1500;
// A heading of a section may also be the start of its paragraph ("12. Insurance. The ...").
constexpr std::size_t inline_heading_reach = 100;
// The longest section a heading claims.
constexpr std::size_t max_section_clause = 20000;
// Captures look at most this far into a clause.
constexpr std::size_t max_capture_window = 6000;

struct Candidate {
  std::size_t kind = 0;
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t block = 0;
  double confidence = 0.0;
  PartyRole party = PartyRole::unknown;
  std::set<std::size_t> patterns;
  bool heading = false;
  bool body = false;
  bool definition = false;
};

class BlockIndex {
public:
  explicit BlockIndex(const Document& document) : document_(document) {
    for (std::size_t i = 0; i < document.blocks.size(); ++i) {
      order_.push_back(i);
    }
    std::ranges::sort(order_, {}, [&](std::size_t i) { return document.blocks[i].begin; });
  }
  // The block holding byte `offset`, or none.
  std::optional<std::size_t> at(std::size_t offset) const {
    const auto after = std::ranges::upper_bound(
        order_, offset, {}, [&](std::size_t i) { return document_.blocks[i].begin; });
    if (after == order_.begin()) {
      return std::nullopt;
    }
    const std::size_t index = *std::prev(after);
    if (offset >= document_.blocks[index].end) {
      return std::nullopt;
    }
    return index;
  }
  // The heading block that opens the section holding block `index`, if any.
  std::optional<std::size_t> heading_of(std::size_t index) const {
    for (std::size_t steps = 0; steps < 400; ++steps) {
      if (document_.blocks[index].kind == BlockKind::heading) {
        return index;
      }
      if (index == 0) {
        break;
      }
      --index;
    }
    return std::nullopt;
  }
  // The end of the section a heading opens: the next heading at its level or above.
  std::size_t section_end(std::size_t heading) const {
    const Block& open = document_.blocks[heading];
    for (std::size_t i = heading + 1; i < document_.blocks.size(); ++i) {
      const Block& block = document_.blocks[i];
      if (block.kind == BlockKind::heading && block.level <= open.level) {
        return block.begin;
      }
    }
    return document_.text.size();
  }
  std::string section_label(std::size_t index) const {
    for (std::size_t steps = 0; steps < 400; ++steps) {
      if (!document_.blocks[index].section.empty()) {
        return document_.blocks[index].section;
      }
      if (index == 0) {
        break;
      }
      --index;
    }
    return {};
  }

private:
  const Document& document_;
  std::vector<std::size_t> order_;
};

// Whether the start of a paragraph up to a heading hit reads as an inline heading ("12.
// Insurance. The Supplier ..."): short, every longer word capitalised, and followed by a full
// stop, colon or dash. "The Supplier shall maintain insurance" is wording, not a heading.
bool inline_heading(std::string_view text, std::size_t block_begin, std::size_t hit_end) {
  const std::string_view prefix = text.substr(block_begin, hit_end - block_begin);
  std::size_t words = 0;
  std::size_t i = 0;
  while (i < prefix.size()) {
    const unsigned char c = static_cast<unsigned char>(prefix[i]);
    if (!std::isalpha(c)) {
      ++i;
      continue;
    }
    const std::size_t start = i;
    while (i < prefix.size() && std::isalpha(static_cast<unsigned char>(prefix[i]))) {
      ++i;
    }
    ++words;
    if (i - start >= 4 && !std::isupper(static_cast<unsigned char>(prefix[start]))) {
      return false;
    }
  }
  if (words == 0 || words > 12) {
    return false;
  }
  std::size_t at = hit_end;
  while (at < text.size() && at < hit_end + 3 && text[at] == ' ') {
    ++at;
  }
  if (at >= text.size()) {
    return true;
  }
  const char next = text[at];
  return next == '.' || next == ':' || next == '-' || next == '\n' || next == '\r' ||
         text.substr(at).starts_with("\xE2\x80\x94") || text.substr(at).starts_with("\xE2\x80\x93");
}

bool is_definition(std::string_view sentence) {
  static const RE2 definition(
      R"(^[\s\d.()a-z]{0,12}["“”][^"“”]{1,80}["“”]\s*(?:shall\s+mean|means|has\s+the\s+meaning|shall\s+have\s+the\s+meaning|refers\s+to|is\s+defined))");
  return RE2::PartialMatch(sentence.substr(0, 200), definition);
}

// A span never ends inside a UTF-8 sequence.
std::size_t back_to_char(std::string_view text, std::size_t at) {
  while (at > 0 && at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) {
    --at;
  }
  return at;
}

std::optional<extract::FoundValue> parse_value(std::string_view type, std::string_view text,
                                               std::string_view language) {
  if (type == "duration") {
    return extract::find_duration(text, language);
  }
  if (type == "jurisdiction") {
    return extract::find_jurisdiction(text, language);
  }
  if (type == "cap") {
    return extract::find_liability_cap(text, language);
  }
  const auto first = [](std::vector<extract::FoundValue> values) {
    return values.empty() ? std::nullopt : std::optional(std::move(values.front()));
  };
  if (type == "money") {
    return first(extract::find_money(text, language));
  }
  if (type == "percent") {
    return first(extract::find_percents(text, language));
  }
  if (type == "date") {
    return first(extract::find_dates(text, language));
  }
  if (type == "count") {
    if (const auto count = extract::parse_count(text, language)) {
      return extract::FoundValue{std::to_string(*count), false, 0, text.size()};
    }
  }
  return std::nullopt;
}

} // namespace

Extractor::Extractor(std::span<const PatternPack> packs, std::filesystem::path cache_dir)
    : packs_(packs.begin(), packs.end()), cache_dir_(std::move(cache_dir)) {
  std::set<std::string> names;
  for (const PatternPack& pack : packs_) {
    names.insert(pack.language);
  }
  for (const std::string& name : names) {
    auto slot = std::make_unique<Slot>();
    slot->name = name;
    slots_.push_back(std::move(slot));
  }
}

const Extractor::Language* Extractor::language(std::string_view name) const {
  const auto found = std::ranges::find_if(slots_, [&](const auto& s) { return s->name == name; });
  if (found == slots_.end()) {
    return nullptr;
  }
  Slot& slot = **found;
  std::call_once(slot.once, [&] {
    try {
      slot.compiled = std::make_unique<Language>(packs_, slot.name, cache_dir_);
    } catch (...) {
      slot.error = std::current_exception();
    }
  });
  if (slot.error) {
    std::rethrow_exception(slot.error);
  }
  return slot.compiled.get();
}

Extractor::~Extractor() = default;
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;

std::vector<std::string> Extractor::languages() const {
  std::vector<std::string> names;
  for (const auto& slot : slots_) {
    names.push_back(slot->name);
  }
  return names;
}

void Extractor::extract(Agreement& agreement) const {
  std::map<std::string, int> fact_hits;
  std::set<std::string> regions;
  bool any_document = false;
  for (std::size_t d = 0; d < agreement.documents.size(); ++d) {
    Document& document = agreement.documents[d];
    if (document.source_file.empty() || !document.clauses.empty()) {
      continue;
    }
    if (document.language.empty() || document.language == "und") {
      document.language = guess_language(document.text);
    }
    const Language* found = this->language(document.language);
    if (found == nullptr) {
      continue;
    }
    any_document = true;
    const Language& language = *found;
    const PatternDatabase& database = language.database;
    const std::string_view text = document.text;

    if (agreement.parties.empty()) {
      agreement.parties = find_parties(text, document.language);
    }
    const BlockIndex blocks(document);
    // A hit outside every block (text the reader left unstructured) takes its line as block.
    const auto window = [&](std::size_t offset) -> std::pair<std::size_t, std::size_t> {
      if (const auto block = blocks.at(offset)) {
        return {document.blocks[*block].begin, document.blocks[*block].end};
      }
      const auto line_start = text.rfind('\n', offset);
      const auto line_end = text.find('\n', offset);
      return {line_start == std::string_view::npos ? 0 : line_start + 1,
              line_end == std::string_view::npos ? text.size() : line_end};
    };

    const std::vector<PatternDatabase::Hit> hits = database.scan(text);
    std::map<std::pair<std::size_t, std::size_t>, Candidate> candidates; // (kind, begin)
    std::set<std::pair<std::size_t, std::size_t>> headed;                // (kind, heading block)

    // Headings first, so body hits know whether their section is headed for their kind.
    for (const PatternDatabase::Hit& hit : hits) {
      const PatternDatabase::Target& target = database.targets()[hit.target];
      if (target.role != PatternDatabase::Role::heading || hit.end == 0) {
        continue;
      }
      const auto block = blocks.at(hit.end - 1);
      if (!block) {
        continue;
      }
      const Block& b = document.blocks[*block];
      Candidate candidate;
      candidate.kind = target.index;
      candidate.block = *block;
      candidate.heading = true;
      if (b.kind == BlockKind::heading) {
        candidate.begin = b.begin;
        candidate.end = std::min(blocks.section_end(*block), b.begin + max_section_clause);
        headed.insert({target.index, *block});
      } else if (hit.end - b.begin <= inline_heading_reach &&
                 inline_heading(text, b.begin, hit.end)) {
        candidate.begin = b.begin;
        candidate.end = b.end;
      } else {
        continue;
      }
      candidate.end = back_to_char(text, std::min(candidate.end, text.size()));
      // The heading's own words rarely have a subject; the sentences after it do.
      candidate.party = sentence_party(
          text.substr(candidate.begin, std::min<std::size_t>(candidate.end - candidate.begin, 600)),
          agreement.parties);
      candidate.confidence = heading_confidence;
      const auto key = std::pair{target.index, candidate.begin};
      auto [slot, inserted] = candidates.emplace(key, candidate);
      if (!inserted) {
        slot->second.heading = true;
        slot->second.end = std::max(slot->second.end, candidate.end);
      }
    }

    for (const PatternDatabase::Hit& hit : hits) {
      const PatternDatabase::Target& target = database.targets()[hit.target];
      if (hit.end == 0) {
        continue;
      }
      if (target.role == PatternDatabase::Role::fact) {
        const FactPatterns& fact = database.facts()[target.index];
        if (fact.fact == "data_subject_regions") {
          regions.insert(fact.value);
        } else {
          ++fact_hits[fact.fact + "=" + fact.value];
        }
        continue;
      }
      if (target.role != PatternDatabase::Role::body) {
        continue;
      }
      const auto [block_begin, block_end] = window(hit.end - 1);
      // A paragraph already found to hold this kind, with its party known, learns nothing from
      // another hit but which pattern it was: skip the sentence work (most of the cost).
      if (block_end - block_begin <= max_block_clause) {
        const auto known = candidates.find({target.index, block_begin});
        if (known != candidates.end() && known->second.body &&
            known->second.party != PartyRole::unknown) {
          known->second.patterns.insert(hit.target);
          continue;
        }
      }
      const std::string_view block_text = text.substr(block_begin, block_end - block_begin);
      const auto [s_begin, s_end] =
          sentence_around(block_text, hit.end - 1 - block_begin, document.language);
      const std::string_view sentence = block_text.substr(s_begin, s_end - s_begin);
      const auto& cancel = language.unless[target.index];
      if (std::ranges::any_of(cancel,
                              [&](const auto& re) { return RE2::PartialMatch(sentence, *re); })) {
        continue;
      }
      const auto block = blocks.at(hit.end - 1);
      // Inside a section headed for the same kind: strengthen that section's clause.
      if (block) {
        const auto heading = blocks.heading_of(*block);
        const auto section_of =
            heading && headed.contains({target.index, *heading})
                ? candidates.find({target.index, document.blocks[*heading].begin})
                : candidates.end();
        // A section longer than a clause may hold is cut; hits past the cut stand alone.
        if (section_of != candidates.end() && hit.end <= section_of->second.end) {
          Candidate& section = section_of->second;
          section.body = true;
          section.patterns.insert(hit.target);
          if (section.party == PartyRole::unknown) {
            section.party = sentence_party(sentence, agreement.parties);
          }
          continue;
        }
      }
      std::size_t begin = block_begin;
      std::size_t end = block_end;
      if (end - begin > max_block_clause) {
        begin = block_begin + s_begin;
        end = block_begin + s_end;
      }
      const auto key = std::pair{target.index, begin};
      auto [slot, inserted] = candidates.try_emplace(key);
      Candidate& candidate = slot->second;
      if (inserted) {
        candidate.kind = target.index;
        candidate.begin = begin;
        candidate.end = end;
        candidate.block = block.value_or(0);
        candidate.definition = is_definition(sentence);
      }
      candidate.body = true;
      candidate.patterns.insert(hit.target);
      if (candidate.party == PartyRole::unknown) {
        candidate.party = sentence_party(sentence, agreement.parties);
      }
    }

    std::vector<Candidate> chosen;
    for (auto& [key, candidate] : candidates) {
      if (candidate.heading) {
        candidate.confidence = candidate.body ? heading_and_body_confidence : heading_confidence;
      } else if (candidate.definition) {
        candidate.confidence = definition_confidence;
      } else {
        candidate.confidence =
            body_confidence + (candidate.patterns.size() > 1 ? second_pattern_bonus : 0.0);
      }
      chosen.push_back(candidate);
    }
    std::ranges::sort(chosen, [](const Candidate& a, const Candidate& b) {
      return std::tie(a.begin, a.kind) < std::tie(b.begin, b.kind);
    });
    for (const Candidate& candidate : chosen) {
      Clause clause;
      clause.kind = database.kinds()[candidate.kind].kind;
      clause.begin = candidate.begin;
      clause.end = candidate.end;
      clause.section =
          document.blocks.empty() ? std::string() : blocks.section_label(candidate.block);
      clause.origin = ClauseOrigin::detected;
      clause.confidence = candidate.confidence;
      clause.party = candidate.party;
      document.clauses.push_back(std::move(clause));
    }

    // Terms: the most confident clause of a kind that yields the value wins.
    std::vector<std::size_t> order(document.clauses.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
      order[i] = i;
    }
    std::ranges::stable_sort(order, [&](std::size_t a, std::size_t b) {
      return document.clauses[a].confidence > document.clauses[b].confidence;
    });
    for (const std::size_t c : order) {
      const Clause& clause = document.clauses[c];
      const auto kind = std::ranges::find(database.kinds(), clause.kind, &KindPatterns::kind);
      const std::size_t k = static_cast<std::size_t>(kind - database.kinds().begin());
      const std::string_view clause_text =
          text.substr(clause.begin, std::min(clause.end - clause.begin, max_capture_window));
      for (std::size_t t = 0; t < kind->terms.size(); ++t) {
        const TermCapture& capture = kind->terms[t];
        if (agreement.term(capture.term) != nullptr) {
          continue;
        }
        re2::StringPiece rest(clause_text.data(), clause_text.size());
        re2::StringPiece piece;
        while (RE2::FindAndConsume(&rest, *language.captures[k][t], &piece)) {
          const std::string_view group(piece.data(), piece.size());
          const auto value = parse_value(capture.type, group, document.language);
          if (value) {
            Term term;
            term.name = capture.term;
            term.value = value->value;
            term.business_days = value->business_days;
            term.party = clause.party;
            term.origin.document = d;
            term.origin.clause = c;
            const std::size_t at = static_cast<std::size_t>(group.data() - text.data());
            term.origin.begin = at + value->begin;
            term.origin.end = at + value->end;
            agreement.terms.push_back(std::move(term));
            break;
          }
          if (rest.empty()) {
            break;
          }
        }
      }
    }
  }
  if (!any_document) {
    return;
  }

  for (const Party& party : agreement.parties) {
    const char* role = party.role == PartyRole::client     ? "parties.client"
                       : party.role == PartyRole::provider ? "parties.provider"
                                                           : nullptr;
    if (role == nullptr || agreement.term(std::string(role) + ".name") != nullptr) {
      continue;
    }
    Term name;
    name.name = std::string(role) + ".name";
    name.value = party.name;
    name.party = party.role;
    agreement.terms.push_back(name);
    if (!party.country.empty()) {
      Term country = name;
      country.name = std::string(role) + ".country";
      country.value = party.country;
      agreement.terms.push_back(std::move(country));
    }
  }

  // Data categories: a mention says yes; wording that rules them out says no, unless the
  // agreement mentions them more often than it rules them out.
  const auto settle = [&](Tri& fact, const std::string& name) {
    if (fact != Tri::unknown) {
      return;
    }
    const int yes = fact_hits[name + "=true"];
    const int no = fact_hits[name + "=false"];
    if (no > 0 && no >= yes) {
      fact = Tri::no;
    } else if (yes > 0) {
      fact = Tri::yes;
    }
  };
  settle(agreement.facts.personal_data, "personal_data");
  settle(agreement.facts.payment_card_data, "payment_card_data");
  settle(agreement.facts.health_data, "health_data");
  if (!agreement.facts.data_subject_regions.known && !regions.empty()) {
    agreement.facts.data_subject_regions = {true, {regions.begin(), regions.end()}};
  }
  if (!agreement.facts.processing_locations.known) {
    std::set<std::string> locations;
    for (const Document& document : agreement.documents) {
      for (const Clause& clause : document.clauses) {
        if (clause.kind != "dp.processing_location" || clause.origin != ClauseOrigin::detected) {
          continue;
        }
        std::string_view rest = document.text_of(clause);
        while (const auto place = extract::find_jurisdiction(rest, document.language)) {
          locations.insert(place->value.substr(0, place->value.find('-')));
          if (place->end == 0 || place->end >= rest.size()) {
            break;
          }
          rest.remove_prefix(place->end);
        }
      }
    }
    if (!locations.empty()) {
      agreement.facts.processing_locations = {true, {locations.begin(), locations.end()}};
    }
  }
}

} // namespace pactum::host
