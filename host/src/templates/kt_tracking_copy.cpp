#include "templates/kt_tracking_copy.hpp"

#include <algorithm>
#include <set>

#include <yaml-cpp/yaml.h>

#include "pactum/error.hpp"
#include "templates/calendar_date.hpp"
#include "templates/kt_plan_document.hpp"
#include "templates/scalar_types.hpp"
#include "templates/yaml_reader.hpp"

namespace pactum::host {
namespace {

constexpr std::string_view copy_comment =
    "Knowledge-transfer plan: tracking copy, written by 'pactum kt generate'.\n"
    "Fill in each item's status (open, in_progress, done, waived), done_on (YYYY-MM-DD),\n"
    "evidence_ref and note, and for gates each criterion's met: true. Dates may be moved.\n"
    "Do not change or remove ids: waive an item instead. Set scope.exit_notice when the exit\n"
    "notice is given, so the exit items get their dates. 'pactum kt status' reports on it.";

void emit_list(YAML::Emitter& out, const char* key, const std::vector<std::string>& values) {
  out << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginSeq;
  for (const std::string& value : values) {
    out << value;
  }
  out << YAML::EndSeq;
}

void emit_scope(YAML::Emitter& out, const KtScope& scope) {
  out << YAML::Key << "scope" << YAML::Value << YAML::BeginMap;
  out << YAML::Key << "client" << YAML::Value << scope.client;
  out << YAML::Key << "client_country" << YAML::Value << scope.client_country;
  out << YAML::Key << "provider" << YAML::Value << scope.provider;
  out << YAML::Key << "go_live" << YAML::Value << scope.go_live;
  if (!scope.pilot.empty()) {
    out << YAML::Key << "pilot" << YAML::Value << scope.pilot;
  }
  out << YAML::Key << "exit_notice" << YAML::Value << YAML::Null;
  emit_list(out, "channels", scope.channels);
  emit_list(out, "languages", scope.languages);
  emit_list(out, "contact_types", scope.contact_types);
  emit_list(out, "offshore_sites", scope.offshore_sites);
  for (const auto& [key, value] : {std::pair{"personal_data", scope.personal_data},
                                   {"payment_card_data", scope.payment_card_data},
                                   {"health_data", scope.health_data},
                                   {"prior_outsourcing", scope.prior_outsourcing}}) {
    out << YAML::Key << key << YAML::Value << value;
  }
  out << YAML::Key << "attrition_risk" << YAML::Value << scope.attrition_risk;
  if (!scope.pilot_criteria.empty()) {
    out << YAML::Key << "pilot_criteria" << YAML::Value << YAML::BeginSeq;
    for (const KtPilotCriterion& c : scope.pilot_criteria) {
      out << YAML::Flow << YAML::BeginMap << YAML::Key << "kpi" << YAML::Value << c.kpi << YAML::Key
          << "name" << YAML::Value << c.name << YAML::Key << "threshold" << YAML::Value
          << c.threshold << YAML::Key << "held_for" << YAML::Value << c.held_for << YAML::EndMap;
    }
    out << YAML::EndSeq;
  }
  out << YAML::EndMap;
}

void emit_item(YAML::Emitter& out, const KtPlanItem& item) {
  out << YAML::BeginMap;
  out << YAML::Key << "id" << YAML::Value << item.id;
  out << YAML::Key << "kind" << YAML::Value << item.kind;
  out << YAML::Key << "title" << YAML::Value << item.title;
  if (item.owner) {
    out << YAML::Key << "owner" << YAML::Value << std::string(kt_owner_name(*item.owner));
  }
  out << YAML::Key << "due" << YAML::Value;
  if (item.due.empty()) {
    out << YAML::Null;
  } else {
    out << item.due;
  }
  if (!item.offset.empty()) {
    out << YAML::Key << "offset" << YAML::Value << item.offset;
    out << YAML::Key << "from" << YAML::Value << std::string(kt_anchor_name(item.from));
  }
  if (!item.covers.empty()) {
    out << YAML::Key << "covers" << YAML::Value << item.covers;
  }
  if (!item.tags.empty()) {
    emit_list(out, "tags", item.tags);
  }
  out << YAML::Key << "evidence" << YAML::Value << item.evidence;
  out << YAML::Key << "acceptance" << YAML::Value << item.acceptance;
  if (item.gate) {
    out << YAML::Key << "gate" << YAML::Value << YAML::BeginMap;
    emit_list(out, "requires", item.requires_phases);
    out << YAML::Key << "criteria" << YAML::Value << YAML::BeginSeq;
    for (const KtPlanCriterion& criterion : item.criteria) {
      out << YAML::BeginMap << YAML::Key << "id" << YAML::Value << criterion.id << YAML::Key
          << "text" << YAML::Value << criterion.text << YAML::Key << "met" << YAML::Value << false
          << YAML::EndMap;
    }
    out << YAML::EndSeq << YAML::EndMap;
  }
  out << YAML::Key << "status" << YAML::Value << "open";
  out << YAML::Key << "done_on" << YAML::Value << YAML::Null;
  out << YAML::Key << "evidence_ref" << YAML::Value << "";
  out << YAML::Key << "note" << YAML::Value << "";
  out << YAML::EndMap;
}

bool is_null(const YAML::Node& node) {
  return !node || node.IsNull() || (node.IsScalar() && node.Scalar().empty());
}

class CopyReader {
public:
  explicit CopyReader(const std::string& origin) : r_{origin} {}

  KtTrackingCopy read(const std::string& yaml) {
    const YAML::Node root = r_.load(yaml);
    static constexpr std::string_view keys[] = {"kt_plan", "scope", "phases"};
    r_.only_keys(root, keys, "a KT plan tracking copy");
    KtTrackingCopy copy;
    copy.file = r_.origin;
    read_header(root["kt_plan"], copy);
    if (!root["scope"]) {
      r_.fail(root, "a KT plan tracking copy needs 'scope'");
    }
    copy.scope = read_scope(root["scope"]);
    copy.plan.checklist = copy.checklist;
    copy.plan.version = copy.version;
    copy.plan.language = copy.language;
    const YAML::Node phases = root["phases"];
    if (!phases || !phases.IsSequence()) {
      r_.fail(phases ? phases : root, "a KT plan tracking copy needs a list of 'phases'");
    }
    copy.phases_where = r_.position(phases);
    std::set<std::string, std::less<>> phase_ids;
    for (const YAML::Node& phase_node : phases) {
      static constexpr std::string_view phase_keys[] = {"id", "title", "items"};
      r_.only_keys(phase_node, phase_keys, "a phase");
      KtPlanPhase phase;
      phase.id = r_.required(phase_node, "id", "a phase");
      if (!phase_ids.insert(phase.id).second) {
        r_.fail(phase_node["id"], "phase '" + phase.id + "' appears twice");
      }
      if (phase_node["title"]) {
        phase.title = r_.scalar(phase_node["title"], "a phase title");
      }
      const YAML::Node items = phase_node["items"];
      if (items && !items.IsSequence()) {
        r_.fail(items, "'items' must be a list");
      }
      if (items) {
        for (const YAML::Node& item_node : items) {
          phase.items.push_back(read_item(item_node, copy));
        }
      }
      copy.plan.phases.push_back(std::move(phase));
    }
    return copy;
  }

private:
  void read_header(const YAML::Node& node, KtTrackingCopy& copy) const {
    static constexpr std::string_view keys[] = {"checklist", "version", "language", "title",
                                                "intro",     "deal",    "generated"};
    r_.only_keys(node, keys, "kt_plan");
    copy.checklist = r_.required(node, "checklist", "kt_plan");
    copy.version = node["version"] ? r_.scalar(node["version"], "kt_plan.version") : "";
    copy.language = r_.required(node, "language", "kt_plan");
    if (copy.language != "en" && copy.language != "da" && copy.language != "it" &&
        copy.language != "zh") {
      r_.fail(node["language"],
              "kt_plan.language '" + copy.language + "' is not one of en, da, it, zh");
    }
    copy.plan.title = node["title"] ? r_.scalar(node["title"], "kt_plan.title") : "";
    copy.plan.intro = node["intro"] ? r_.scalar(node["intro"], "kt_plan.intro") : "";
    copy.deal =
        node["deal"] && !is_null(node["deal"]) ? r_.scalar(node["deal"], "kt_plan.deal") : "";
  }

  std::string date(const YAML::Node& node, std::string_view what) const {
    if (is_null(node)) {
      return {};
    }
    const std::string text = r_.scalar(node, what);
    if (!is_iso_date(text)) {
      r_.fail(node, std::string(what) + " '" + text + "' is not a date (YYYY-MM-DD)");
    }
    return text;
  }

  std::vector<std::string> list(const YAML::Node& node, std::string_view what) const {
    std::vector<std::string> out;
    if (is_null(node)) {
      return out;
    }
    if (!node.IsSequence()) {
      r_.fail(node, std::string(what) + " must be a list");
    }
    for (const YAML::Node& item : node) {
      out.push_back(r_.scalar(item, what));
    }
    return out;
  }

  bool flag(const YAML::Node& node, std::string_view what) const {
    if (is_null(node)) {
      return false;
    }
    const std::string text = r_.scalar(node, what);
    if (text != "true" && text != "false") {
      r_.fail(node, std::string(what) + " must be true or false, not '" + text + "'");
    }
    return text == "true";
  }

  KtScope read_scope(const YAML::Node& node) const {
    static constexpr std::string_view keys[] = {
        "client",        "client_country",    "provider",       "go_live",
        "pilot",         "exit_notice",       "channels",       "languages",
        "contact_types", "offshore_sites",    "personal_data",  "payment_card_data",
        "health_data",   "prior_outsourcing", "attrition_risk", "pilot_criteria"};
    r_.only_keys(node, keys, "scope");
    KtScope scope;
    scope.client = node["client"] ? r_.scalar(node["client"], "scope.client") : "";
    scope.client_country =
        node["client_country"] ? r_.scalar(node["client_country"], "scope.client_country") : "";
    scope.provider = node["provider"] ? r_.scalar(node["provider"], "scope.provider") : "";
    if (is_null(node["go_live"])) {
      r_.fail(node["go_live"] ? node["go_live"] : node,
              "scope.go_live: the Go-Live Date is needed to date the plan");
    }
    scope.go_live = date(node["go_live"], "scope.go_live");
    if (!is_null(node["pilot"])) {
      scope.pilot = r_.scalar(node["pilot"], "scope.pilot");
      if (!add_duration(scope.go_live, scope.pilot)) {
        r_.fail(node["pilot"], "scope.pilot '" + scope.pilot +
                                   "' is not a length in days, weeks, months or years (P90D)");
      }
    }
    scope.exit_notice = date(node["exit_notice"], "scope.exit_notice");
    scope.channels = list(node["channels"], "scope.channels");
    scope.languages = list(node["languages"], "scope.languages");
    scope.contact_types = list(node["contact_types"], "scope.contact_types");
    scope.offshore_sites = list(node["offshore_sites"], "scope.offshore_sites");
    scope.personal_data = flag(node["personal_data"], "scope.personal_data");
    scope.payment_card_data = flag(node["payment_card_data"], "scope.payment_card_data");
    scope.health_data = flag(node["health_data"], "scope.health_data");
    scope.prior_outsourcing = flag(node["prior_outsourcing"], "scope.prior_outsourcing");
    if (!is_null(node["attrition_risk"])) {
      scope.attrition_risk = r_.scalar(node["attrition_risk"], "scope.attrition_risk");
      if (scope.attrition_risk != "low" && scope.attrition_risk != "medium" &&
          scope.attrition_risk != "high") {
        r_.fail(node["attrition_risk"], "scope.attrition_risk '" + scope.attrition_risk +
                                            "' is not one of low, medium, high");
      }
    }
    if (!is_null(node["pilot_criteria"])) {
      if (!node["pilot_criteria"].IsSequence()) {
        r_.fail(node["pilot_criteria"], "scope.pilot_criteria must be a list");
      }
      for (const YAML::Node& c : node["pilot_criteria"]) {
        static constexpr std::string_view criterion_keys[] = {"kpi", "name", "threshold",
                                                              "held_for"};
        r_.only_keys(c, criterion_keys, "a pilot criterion");
        KtPilotCriterion criterion;
        criterion.kpi = r_.required(c, "kpi", "a pilot criterion");
        criterion.name =
            c["name"] ? r_.scalar(c["name"], "a pilot criterion's name") : criterion.kpi;
        criterion.threshold = r_.required(c, "threshold", "a pilot criterion");
        criterion.held_for = c["held_for"] ? r_.scalar(c["held_for"], "held_for") : "";
        scope.pilot_criteria.push_back(std::move(criterion));
      }
    }
    return scope;
  }

  KtPlanItem read_item(const YAML::Node& node, KtTrackingCopy& copy) const {
    static constexpr std::string_view keys[] = {
        "id",   "kind",     "title",      "owner", "due",    "offset",  "from",         "covers",
        "tags", "evidence", "acceptance", "gate",  "status", "done_on", "evidence_ref", "note"};
    r_.only_keys(node, keys, "an item");
    KtPlanItem item;
    item.id = r_.required(node, "id", "an item");
    item.template_id = item.id;
    KtItemProgress progress;
    progress.where = r_.position(node["id"]);
    if (copy.progress.contains(item.id)) {
      r_.fail(node["id"], "item '" + item.id + "' appears twice");
    }
    item.kind = r_.required(node, "kind", "item " + item.id);
    if (!item.kind.starts_with("kt.")) {
      r_.fail(node["kind"], "item " + item.id + ": kind '" + item.kind + "' is not a kt.* kind");
    }
    item.title = node["title"] ? r_.scalar(node["title"], "item title") : "";
    if (!is_null(node["owner"])) {
      const std::string owner = r_.scalar(node["owner"], "owner");
      item.owner = parse_kt_owner(owner);
      if (!item.owner) {
        r_.fail(node["owner"],
                "item " + item.id + ": owner '" + owner + "' is not one of client, provider, both");
      }
    }
    item.due = date(node["due"], "item " + item.id + ": due");
    if (!is_null(node["offset"])) {
      item.offset = r_.scalar(node["offset"], "offset");
      const auto days = parse_kt_offset(item.offset);
      if (!days) {
        r_.fail(node["offset"], "item " + item.id + ": offset '" + item.offset +
                                    "' is not a signed ISO 8601 offset in days or weeks (-P30D)");
      }
      item.offset_days = *days;
    }
    if (!is_null(node["from"])) {
      const std::string from = r_.scalar(node["from"], "from");
      const auto anchor = parse_kt_anchor(from);
      if (!anchor) {
        r_.fail(node["from"],
                "item " + item.id + ": from '" + from + "' is not one of go_live, pilot_end, exit");
      }
      item.from = *anchor;
    }
    // An exit item gets its date once the exit notice is known.
    if (item.due.empty() && !item.offset.empty()) {
      if (const std::string anchor = copy.scope.anchor_date(item.from); !anchor.empty()) {
        item.due = add_days(anchor, item.offset_days).value_or("");
      }
    }
    item.covers = node["covers"] ? r_.scalar(node["covers"], "covers") : "";
    item.tags = list(node["tags"], "tags");
    item.evidence = node["evidence"] ? r_.scalar(node["evidence"], "evidence") : "";
    item.acceptance = node["acceptance"] ? r_.scalar(node["acceptance"], "acceptance") : "";
    if (node["gate"]) {
      const YAML::Node gate = node["gate"];
      static constexpr std::string_view gate_keys[] = {"requires", "criteria"};
      r_.only_keys(gate, gate_keys, "gate");
      item.gate = true;
      item.requires_phases = list(gate["requires"], "gate.requires");
      if (!is_null(gate["criteria"])) {
        if (!gate["criteria"].IsSequence()) {
          r_.fail(gate["criteria"], "gate.criteria must be a list");
        }
        for (const YAML::Node& c : gate["criteria"]) {
          static constexpr std::string_view criterion_keys[] = {"id", "text", "met"};
          r_.only_keys(c, criterion_keys, "a gate criterion");
          KtPlanCriterion criterion{r_.required(c, "id", "a gate criterion"),
                                    c["text"] ? r_.scalar(c["text"], "criterion text") : ""};
          if (progress.criteria_met.contains(criterion.id)) {
            r_.fail(c["id"], "criterion '" + criterion.id + "' appears twice");
          }
          progress.criteria_met[criterion.id] = flag(c["met"], "met");
          item.criteria.push_back(std::move(criterion));
        }
      }
    } else if (item.kind == "kt.gate") {
      item.gate = true;
    }
    if (!is_null(node["status"])) {
      progress.status = r_.scalar(node["status"], "status");
      if (std::ranges::find(kt_statuses, progress.status) == std::end(kt_statuses)) {
        r_.fail(node["status"], "item " + item.id + ": status '" + progress.status +
                                    "' is not one of open, in_progress, done, waived");
      }
    }
    progress.done_on = date(node["done_on"], "item " + item.id + ": done_on");
    if (!progress.done_on.empty() && progress.status != "done") {
      r_.fail(node["done_on"], "item " + item.id + ": done_on is set but the status is '" +
                                   progress.status + "', not done");
    }
    progress.evidence_ref =
        is_null(node["evidence_ref"]) ? "" : r_.scalar(node["evidence_ref"], "evidence_ref");
    progress.note = is_null(node["note"]) ? "" : r_.scalar(node["note"], "note");
    copy.progress.emplace(item.id, std::move(progress));
    return item;
  }

  YamlReader r_;
};

} // namespace

std::string write_kt_tracking_copy(const KtPlan& plan, const KtScope& scope,
                                   const KtCopyHeader& header) {
  YAML::Emitter out;
  out << YAML::Comment(std::string(copy_comment)) << YAML::Newline;
  out << YAML::BeginMap;
  out << YAML::Key << "kt_plan" << YAML::Value << YAML::BeginMap;
  out << YAML::Key << "checklist" << YAML::Value << plan.checklist;
  out << YAML::Key << "version" << YAML::Value << plan.version;
  out << YAML::Key << "language" << YAML::Value << plan.language;
  out << YAML::Key << "title" << YAML::Value << plan.title;
  if (!header.deal.empty()) {
    out << YAML::Key << "deal" << YAML::Value << header.deal;
  }
  if (!header.generated.empty()) {
    out << YAML::Key << "generated" << YAML::Value << header.generated;
  }
  out << YAML::EndMap;
  emit_scope(out, scope);
  out << YAML::Key << "phases" << YAML::Value << YAML::BeginSeq;
  for (const KtPlanPhase& phase : plan.phases) {
    out << YAML::BeginMap << YAML::Key << "id" << YAML::Value << phase.id << YAML::Key << "title"
        << YAML::Value << phase.title << YAML::Key << "items" << YAML::Value << YAML::BeginSeq;
    for (const KtPlanItem& item : phase.items) {
      emit_item(out, item);
    }
    out << YAML::EndSeq << YAML::EndMap;
  }
  out << YAML::EndSeq << YAML::EndMap;
  return std::string(out.c_str()) + "\n";
}

bool is_kt_tracking_copy(std::string_view yaml) {
  for (std::size_t start = 0; start < yaml.size();) {
    const auto end = yaml.find('\n', start);
    const std::string_view line =
        yaml.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    if (line.starts_with("kt_plan:")) {
      return true;
    }
    if (end == std::string_view::npos) {
      break;
    }
    start = end + 1;
  }
  return false;
}

KtTrackingCopy read_kt_tracking_copy(const std::string& yaml, const std::string& origin) {
  if (yaml.size() > max_kt_copy_bytes) {
    throw Error(origin + ": error: a KT plan tracking copy is at most " +
                std::to_string(max_kt_copy_bytes / (1024 * 1024)) + " MB");
  }
  try {
    return CopyReader(origin).read(yaml);
  } catch (const YAML::Exception& e) {
    throw Error(located(origin, e.mark, e.msg));
  }
}

Agreement kt_tracking_agreement(const KtTrackingCopy& copy) {
  Agreement agreement;
  agreement.id = std::filesystem::path(copy.file).stem().string();
  const KtScope& scope = copy.scope;
  agreement.parties.push_back(Party{.name = scope.client,
                                    .role = PartyRole::client,
                                    .defined_term = "the Client",
                                    .country = scope.client_country});
  agreement.parties.push_back(
      Party{.name = scope.provider, .role = PartyRole::provider, .defined_term = "the Provider"});
  Facts& facts = agreement.facts;
  facts.channels = {.known = true, .values = scope.channels};
  facts.languages = {.known = true, .values = scope.languages};
  facts.personal_data = tri_from_bool(scope.personal_data);
  facts.payment_card_data = tri_from_bool(scope.payment_card_data);
  facts.health_data = tri_from_bool(scope.health_data);
  facts.prior_outsourcing = tri_from_bool(scope.prior_outsourcing);
  // The scope names offshore sites only, not every site: processing_locations stays unknown.
  const auto deal_term = [&](std::string name, std::string value) {
    Term term;
    term.name = std::move(name);
    term.value = std::move(value);
    term.origin.deal = FilePosition{copy.file, 0, 0};
    agreement.terms.push_back(std::move(term));
  };
  deal_term("term.go_live", scope.go_live);
  if (!scope.pilot.empty()) {
    deal_term("pilot.duration", scope.pilot);
  }
  if (!scope.contact_types.empty()) {
    std::string joined;
    for (const std::string& type : scope.contact_types) {
      joined += (joined.empty() ? "" : "; ") + type;
    }
    deal_term("services.contact_types", joined);
  }
  deal_term("personnel.attrition_risk", scope.attrition_risk);
  KtPlanDocument kt = kt_plan_document(copy.plan, 0);
  // Each item's status, pointing at its clause as its other terms do: a waived item is out of
  // the plan for the rules as it is for the status report.
  std::size_t clause = 0;
  for (const KtPlanPhase& phase : copy.plan.phases) {
    for (const KtPlanItem& item : phase.items) {
      Term term;
      term.name = "kt.item.status";
      term.qualifier = item.id;
      term.value = copy.progress.at(item.id).status;
      term.origin.document = 0;
      term.origin.clause = clause;
      term.origin.begin = kt.document.clauses[clause].begin;
      term.origin.end = kt.document.clauses[clause].end;
      kt.terms.push_back(std::move(term));
      ++clause;
    }
  }
  kt.document.id = std::filesystem::path(copy.file).filename().string();
  kt.document.source_file = copy.file;
  agreement.documents.push_back(std::move(kt.document));
  std::ranges::move(kt.terms, std::back_inserter(agreement.terms));
  return agreement;
}

} // namespace pactum::host
