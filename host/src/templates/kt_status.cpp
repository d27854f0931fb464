#include "templates/kt_status.hpp"

#include <algorithm>
#include <set>

#include "report/json_writer.hpp"
#include "templates/calendar_date.hpp"
#include "text/html_escape.hpp"

namespace pactum::host {
namespace {

std::string at(const FilePosition& where) {
  return where.file + ":" + std::to_string(where.line) + ":" + std::to_string(where.column);
}

bool finished(const std::string& status) {
  return status == "done" || status == "waived";
}

void count_item(KtCount& count, const std::string& status, bool late) {
  if (status == "waived") {
    ++count.waived;
    return;
  }
  ++count.items;
  count.done += status == "done" ? 1 : 0;
  count.in_progress += status == "in_progress" ? 1 : 0;
  count.overdue += late ? 1 : 0;
}

std::string percent(const KtCount& count) {
  if (count.items == 0) {
    return "-";
  }
  return std::to_string(count.done * 100 / count.items) + "%";
}

std::string pad(std::string text, std::size_t width) {
  // Counts code points, so titles in Danish or Italian still line up.
  std::size_t shown = 0;
  for (const char c : text) {
    shown += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  }
  if (shown < width) {
    text.append(width - shown, ' ');
  }
  return text;
}

} // namespace

bool KtGateStatus::ready() const {
  return waiting_on.empty() && std::ranges::all_of(criteria, [](const auto& c) { return c.met; });
}

std::vector<std::string> kt_copy_problems(const KtTrackingCopy& copy,
                                          const KtChecklist& checklist) {
  std::vector<std::string> problems;
  const std::string file_at = copy.file;
  if (copy.checklist != checklist.id) {
    problems.push_back(file_at + ": error: this copy was made from checklist '" + copy.checklist +
                       "', not '" + checklist.id + "'");
    return problems;
  }
  const KtPlan expected = build_kt_plan(checklist, copy.scope, copy.language);
  std::set<std::string, std::less<>> expected_ids;
  for (const KtPlanPhase& phase : expected.phases) {
    for (const KtPlanItem& item : phase.items) {
      expected_ids.insert(item.id);
    }
  }
  for (const KtPlanPhase& phase : copy.plan.phases) {
    for (const KtPlanItem& item : phase.items) {
      if (!expected_ids.contains(item.id)) {
        problems.push_back(at(copy.progress.at(item.id).where) + ": error: unknown item '" +
                           item.id + "': the plan for this scope (checklist " + checklist.id + " " +
                           checklist.version + ") has no such item");
      }
    }
  }
  for (const KtPlanPhase& phase : expected.phases) {
    for (const KtPlanItem& item : phase.items) {
      // A gate's criteria are what the parties agreed must be met: they are kept, not dropped.
      if (const KtPlanItem* tracked = copy.plan.item(item.id); tracked != nullptr && item.gate) {
        const std::string where = at(copy.progress.at(item.id).where);
        for (const KtPlanCriterion& criterion : item.criteria) {
          if (std::ranges::none_of(tracked->criteria, [&](const KtPlanCriterion& c) {
                return c.id == criterion.id;
              })) {
            problems.push_back(where + ": error: gate '" + item.id + "': criterion '" +
                               criterion.id +
                               "' was removed; put it back (a gate's criteria "
                               "are agreed, not optional)");
          }
        }
        for (const KtPlanCriterion& criterion : tracked->criteria) {
          if (std::ranges::none_of(
                  item.criteria, [&](const KtPlanCriterion& c) { return c.id == criterion.id; })) {
            problems.push_back(where + ": error: gate '" + item.id + "': unknown criterion '" +
                               criterion.id + "': the plan for this scope has no such criterion");
          }
        }
      }
      if (!copy.progress.contains(item.id)) {
        problems.push_back(at(copy.phases_where) + ": error: item '" + item.id + "' of phase '" +
                           phase.id +
                           "' was removed from the copy; put it back and set 'status: waived' "
                           "to drop it");
      }
    }
  }
  return problems;
}

KtStatus kt_status(const KtTrackingCopy& copy, const std::string& as_of) {
  KtStatus status;
  status.as_of = as_of;
  status.title = copy.plan.title;
  status.checklist = copy.checklist;
  status.version = copy.version;
  status.language = copy.language;
  status.go_live = copy.scope.go_live;
  for (const KtOwner owner : {KtOwner::client, KtOwner::provider, KtOwner::both}) {
    status.owners.push_back({owner, {}});
  }
  std::vector<std::pair<const KtPlanItem*, const KtPlanPhase*>> gates;
  for (const KtPlanPhase& phase : copy.plan.phases) {
    KtPhaseStatus phase_status{phase.id, phase.title, {}};
    for (const KtPlanItem& item : phase.items) {
      const KtItemProgress& progress = copy.progress.at(item.id);
      const auto days = item.due.empty() ? std::nullopt : days_between(item.due, as_of);
      const bool late = days && *days > 0 && !finished(progress.status);
      count_item(phase_status.count, progress.status, late);
      count_item(status.total, progress.status, late);
      if (item.owner) {
        count_item(status.owners[static_cast<std::size_t>(*item.owner)].count, progress.status,
                   late);
      }
      if (late) {
        status.overdue.push_back({item.id, phase.id, item.title,
                                  item.owner ? std::string(kt_owner_name(*item.owner)) : "",
                                  item.due, *days, progress.status});
      }
      if (item.due.empty() && !item.offset.empty() && !finished(progress.status)) {
        status.undated.push_back(item.id);
      }
      if (item.gate && !finished(progress.status)) {
        gates.emplace_back(&item, &phase);
      }
      if (item.gate && progress.status == "done") {
        const auto unmet = std::ranges::count_if(progress.criteria_met,
                                                 [](const auto& entry) { return !entry.second; });
        if (unmet > 0) {
          status.warnings.push_back("gate '" + item.id + "' is marked done but " +
                                    std::to_string(unmet) + " of its criteria are not met");
        }
      }
      if (item.due.empty() && item.offset.empty() && !finished(progress.status)) {
        status.warnings.push_back("item '" + item.id + "' has no due date");
      }
      if (!item.owner && !finished(progress.status)) {
        status.warnings.push_back("item '" + item.id + "' has no owner");
      }
    }
    status.phases.push_back(std::move(phase_status));
  }
  std::ranges::stable_sort(status.overdue, [](const KtLateItem& a, const KtLateItem& b) {
    return a.days_late > b.days_late;
  });
  // The next gate is the open one due first; one with no date yet comes after dated ones.
  std::ranges::stable_sort(gates, [](const auto& a, const auto& b) {
    if (a.first->due.empty() != b.first->due.empty()) {
      return b.first->due.empty();
    }
    return a.first->due < b.first->due;
  });
  if (!gates.empty()) {
    const KtPlanItem& gate = *gates.front().first;
    KtGateStatus next;
    next.id = gate.id;
    next.title = gate.title;
    next.due = gate.due;
    if (!gate.due.empty()) {
      next.days_left = days_between(as_of, gate.due);
    }
    next.requires_phases = gate.requires_phases;
    for (const KtPlanPhase& phase : copy.plan.phases) {
      if (std::ranges::find(gate.requires_phases, phase.id) == gate.requires_phases.end()) {
        continue;
      }
      for (const KtPlanItem& item : phase.items) {
        // A gate inside a phase it requires (the pilot exit gate) does not wait on itself.
        if (item.id != gate.id && !finished(copy.progress.at(item.id).status)) {
          next.waiting_on.push_back(item.id);
        }
      }
    }
    const KtItemProgress& progress = copy.progress.at(gate.id);
    for (const KtPlanCriterion& criterion : gate.criteria) {
      const auto met = progress.criteria_met.find(criterion.id);
      next.criteria.push_back(
          {criterion.id, criterion.text, met != progress.criteria_met.end() && met->second});
    }
    status.next_gate = std::move(next);
  }
  return status;
}

std::string render_kt_status_text(const KtStatus& s) {
  std::string out;
  out += "KT plan: " + s.title + " (" + s.checklist + " " + s.version + ", " + s.language +
         "), as of " + s.as_of + "\n";
  if (const auto days = days_between(s.as_of, s.go_live)) {
    out += "Go-live: " + s.go_live + " (" +
           (*days >= 0 ? "in " + std::to_string(*days) : std::to_string(-*days) + " days ago") +
           (*days >= 0 ? " days)" : ")") + "\n";
  }
  out += "Overall: " + std::to_string(s.total.done) + " of " + std::to_string(s.total.items) +
         " done (" + percent(s.total) + "), " + std::to_string(s.total.in_progress) +
         " in progress, " + std::to_string(s.total.overdue) + " overdue, " +
         std::to_string(s.total.waived) + " waived\n\n";
  out += pad("Phase", 26) + "  Done  Items  Overdue\n";
  const auto row = [&](const std::string& name, const KtCount& c) {
    out += pad(name, 26) + "  " + pad(std::to_string(c.done), 4) + "  " +
           pad(std::to_string(c.items), 5) + "  " + std::to_string(c.overdue) + "\n";
  };
  for (const KtPhaseStatus& phase : s.phases) {
    row(phase.id, phase.count);
  }
  out += "\n" + pad("Owner", 26) + "  Done  Items  Overdue\n";
  for (const KtOwnerStatus& owner : s.owners) {
    row(std::string(kt_owner_name(owner.owner)), owner.count);
  }
  if (!s.overdue.empty()) {
    out += "\nOverdue:\n";
    for (const KtLateItem& item : s.overdue) {
      out += "  " + item.id + " (" + item.phase + ", " +
             (item.owner.empty() ? "no owner" : item.owner) + "): due " + item.due + ", " +
             std::to_string(item.days_late) + (item.days_late == 1 ? " day" : " days") + " late, " +
             item.status + "\n";
    }
  }
  if (!s.undated.empty()) {
    out += "\nNot dated yet (their anchor has no date: set scope.exit_notice when the exit "
           "notice is given): " +
           std::to_string(s.undated.size()) + " item(s)\n";
  }
  for (const std::string& warning : s.warnings) {
    out += "warning: " + warning + "\n";
  }
  if (s.next_gate) {
    const KtGateStatus& g = *s.next_gate;
    out += "\nNext gate: " + g.id + (g.due.empty() ? "" : ", due " + g.due);
    if (g.days_left) {
      out += *g.days_left >= 0 ? " (in " + std::to_string(*g.days_left) + " days)"
                               : " (" + std::to_string(-*g.days_left) + " days late)";
    }
    out += g.ready() ? ": ready to pass\n" : ": not ready\n";
    if (!g.waiting_on.empty()) {
      std::string phases;
      for (const std::string& p : g.requires_phases) {
        phases += (phases.empty() ? "" : ", ") + p;
      }
      out += "  waiting on " + std::to_string(g.waiting_on.size()) + " item(s) in " + phases + ":";
      for (std::size_t i = 0; i < g.waiting_on.size() && i < 10; ++i) {
        out += " " + g.waiting_on[i];
      }
      out += g.waiting_on.size() > 10 ? " …\n" : "\n";
    }
    const auto met = std::ranges::count_if(g.criteria, [](const auto& c) { return c.met; });
    out += "  criteria met: " + std::to_string(met) + " of " + std::to_string(g.criteria.size()) +
           "\n";
    for (const KtCriterionStatus& c : g.criteria) {
      if (!c.met) {
        out += "    not met: " + c.id + ": " + c.text + "\n";
      }
    }
  } else {
    out += "\nNo gate is open.\n";
  }
  return out;
}

std::string render_kt_status_json(const KtStatus& s) {
  JsonWriter json;
  const auto counts = [&](const KtCount& c) {
    json.key("items").value(static_cast<std::int64_t>(c.items));
    json.key("done").value(static_cast<std::int64_t>(c.done));
    json.key("in_progress").value(static_cast<std::int64_t>(c.in_progress));
    json.key("overdue").value(static_cast<std::int64_t>(c.overdue));
    json.key("waived").value(static_cast<std::int64_t>(c.waived));
  };
  json.begin_object();
  json.key("as_of").value(s.as_of);
  json.key("title").value(s.title);
  json.key("checklist").value(s.checklist);
  json.key("version").value(s.version);
  json.key("language").value(s.language);
  json.key("go_live").value(s.go_live);
  json.key("total").begin_object();
  counts(s.total);
  json.end_object();
  json.key("phases").begin_array();
  for (const KtPhaseStatus& phase : s.phases) {
    json.begin_object().key("id").value(phase.id).key("title").value(phase.title);
    counts(phase.count);
    json.end_object();
  }
  json.end_array();
  json.key("owners").begin_array();
  for (const KtOwnerStatus& owner : s.owners) {
    json.begin_object().key("owner").value(kt_owner_name(owner.owner));
    counts(owner.count);
    json.end_object();
  }
  json.end_array();
  json.key("overdue").begin_array();
  for (const KtLateItem& item : s.overdue) {
    json.begin_object()
        .key("id")
        .value(item.id)
        .key("phase")
        .value(item.phase)
        .key("title")
        .value(item.title)
        .key("owner")
        .value(item.owner)
        .key("due")
        .value(item.due)
        .key("days_late")
        .value(static_cast<std::int64_t>(item.days_late))
        .key("status")
        .value(item.status)
        .end_object();
  }
  json.end_array();
  json.key("warnings").begin_array();
  for (const std::string& warning : s.warnings) {
    json.value(warning);
  }
  json.end_array();
  json.key("undated").begin_array();
  for (const std::string& id : s.undated) {
    json.value(id);
  }
  json.end_array();
  json.key("next_gate");
  if (!s.next_gate) {
    json.null();
  } else {
    const KtGateStatus& g = *s.next_gate;
    json.begin_object().key("id").value(g.id).key("title").value(g.title).key("due");
    if (g.due.empty()) {
      json.null();
    } else {
      json.value(g.due);
    }
    json.key("ready").value(g.ready());
    json.key("requires").begin_array();
    for (const std::string& p : g.requires_phases) {
      json.value(p);
    }
    json.end_array().key("waiting_on").begin_array();
    for (const std::string& id : g.waiting_on) {
      json.value(id);
    }
    json.end_array().key("criteria").begin_array();
    for (const KtCriterionStatus& c : g.criteria) {
      json.begin_object().key("id").value(c.id).key("text").value(c.text).key("met").value(c.met);
      json.end_object();
    }
    json.end_array().end_object();
  }
  json.end_object();
  return json.take() + "\n";
}

std::string render_kt_status_html(const KtStatus& s) {
  std::string out;
  const auto text = [&](std::string_view t) { append_html_escaped(out, t); };
  out += "<!DOCTYPE html>\n<html lang=\"" + s.language +
         "\">\n<head>\n<meta charset=\"utf-8\">\n<title>";
  text("KT plan status: " + s.title);
  out += "</title>\n<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem "
         "auto;padding:0 1rem;color:#111}table{border-collapse:collapse;margin:1rem "
         "0}th,td{border:1px solid #999;padding:.3rem .6rem;text-align:left}td.n{text-align:"
         "right}.late{color:#a00}.ok{color:#060}</style>\n</head>\n<body>\n<h1>";
  text(s.title);
  out += "</h1>\n<p>";
  text("As of " + s.as_of + " · go-live " + s.go_live + " · " + std::to_string(s.total.done) +
       " of " + std::to_string(s.total.items) + " items done (" + percent(s.total) + "), " +
       std::to_string(s.total.overdue) + " overdue, " + std::to_string(s.total.waived) + " waived");
  out += "</p>\n";
  for (const std::string& warning : s.warnings) {
    out += "<p class=\"late\">Warning: ";
    text(warning);
    out += "</p>\n";
  }
  const auto table = [&](const char* caption, const char* first, auto rows) {
    out += "<table>\n<caption>";
    out += caption;
    out += "</caption>\n<tr><th scope=\"col\">";
    out += first;
    out += "</th><th scope=\"col\">Done</th><th scope=\"col\">Items</th><th "
           "scope=\"col\">Overdue</th></tr>\n";
    rows();
    out += "</table>\n";
  };
  const auto row = [&](std::string_view name, const KtCount& c) {
    out += "<tr><th scope=\"row\">";
    text(name);
    out += "</th><td class=\"n\">" + std::to_string(c.done) + "</td><td class=\"n\">" +
           std::to_string(c.items) + "</td><td class=\"n" + (c.overdue > 0 ? " late" : "") + "\">" +
           std::to_string(c.overdue) + "</td></tr>\n";
  };
  table("Completion per phase", "Phase", [&] {
    for (const KtPhaseStatus& phase : s.phases) {
      row(phase.title.empty() ? phase.id : phase.title, phase.count);
    }
  });
  table("Completion per owner", "Owner", [&] {
    for (const KtOwnerStatus& owner : s.owners) {
      row(kt_owner_name(owner.owner), owner.count);
    }
  });
  if (!s.overdue.empty()) {
    out += "<h2>Overdue</h2>\n<table>\n<tr><th scope=\"col\">Item</th><th "
           "scope=\"col\">Owner</th><th scope=\"col\">Due</th><th scope=\"col\">Days "
           "late</th></tr>\n";
    for (const KtLateItem& item : s.overdue) {
      out += "<tr><td>";
      text(item.id);
      out += "<br>";
      text(item.title);
      out += "</td><td>";
      text(item.owner);
      out += "</td><td>";
      text(item.due);
      out += "</td><td class=\"n late\">" + std::to_string(item.days_late) + "</td></tr>\n";
    }
    out += "</table>\n";
  }
  if (s.next_gate) {
    const KtGateStatus& g = *s.next_gate;
    out += "<h2>Next gate: ";
    text(g.id);
    out += "</h2>\n<p>";
    text(g.title);
    out += "</p>\n<p class=\"";
    out += g.ready() ? "ok\">Ready to pass" : "late\">Not ready";
    if (!g.due.empty()) {
      text(" · due " + g.due);
    }
    text(" · " + std::to_string(g.waiting_on.size()) + " required item(s) not done");
    out += "</p>\n<ul>\n";
    for (const KtCriterionStatus& c : g.criteria) {
      out += c.met ? "<li class=\"ok\">Met: " : "<li class=\"late\">Not met: ";
      text(c.text);
      out += "</li>\n";
    }
    out += "</ul>\n";
  }
  out += "</body>\n</html>\n";
  return out;
}

} // namespace pactum::host
