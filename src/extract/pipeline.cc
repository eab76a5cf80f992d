// The extraction pipeline: reference date, the nlp stage, then mentions, entities,
// relations, events, statistics and the summary, in that order.
#include "extract/pipeline.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <thread>
#include <unordered_map>

#include "extract/affiliations.h"
#include "extract/common_mentions.h"
#include "extract/dateline.h"
#include "extract/entities.h"
#include "extract/events.h"
#include "extract/exile_relatives.h"
#include "extract/named_mentions.h"
#include "extract/summary.h"
#include "nlp/annotated_text.h"
#include "nlp/gazetteer.h"
#include "nlp/lemmatizer.h"
#include "nlp/name_lexicon.h"
#include "nlp/thread_annotation.h"
#include "nlp/time_expression.h"
#include "nlp/trigger_lexicon.h"

namespace casebook {
namespace {

uint64_t since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - t0)
      .count();
}

void choose_reference_date(const ExtractOptions& options, Extraction* x) {
  if (!x->document.published.empty()) {
    x->reference_date = x->document.published;
    x->reference_date_from = "metadata";
  } else if (!options.reference_date.empty()) {
    x->reference_date = options.reference_date;
    x->reference_date_from = "option";
  } else if (std::string day = dateline_date(x->document.text); !day.empty()) {
    x->reference_date = std::move(day);  // "DUSHANBE, March 3, 2021" above the report
    x->reference_date_from = "text";
  } else if (int year = infer_reference_year(x->document.text); year != 0) {
    x->reference_date = std::to_string(year);
    x->reference_date_from = "text";
  } else {
    x->reference_date_from = "none";
  }
}

// The ids number_entities will give, by entity index (empty for dropped entities).
std::vector<std::string> entity_ids(const DocumentContext& ctx) {
  std::vector<std::string> ids(ctx.entities.size());
  std::unordered_map<std::string, int> counters;
  for (size_t i = 0; i < ctx.entities.size(); ++i) {
    const Entity& e = ctx.entities[i];
    if (e.mentions.empty()) continue;
    const char* prefix = e.kind == "person"         ? "p"
                         : e.kind == "organization" ? "o"
                         : e.kind == "state_actor"  ? "s"
                         : e.kind == "group"        ? "g"
                                                    : "l";
    ids[i] = prefix + std::to_string(++counters[prefix]);
  }
  return ids;
}

}  // namespace

std::string public_entity_id(const std::vector<std::string>& ids, std::string_view index) {
  // Only the exact decimal form std::to_string gives names an entity ("7", not "07" or "+7"),
  // read without building a table of those forms for every document.
  if (index.empty() || index.size() > 9 || (index.size() > 1 && index[0] == '0')) return {};
  size_t n = 0;
  for (char c : index) {
    if (c < '0' || c > '9') return {};
    n = n * 10 + static_cast<size_t>(c - '0');
  }
  return n < ids.size() ? ids[n] : std::string();
}

namespace {

// Entities get their public ids (p1, o1, s1, g1, l1) and every reference to an entity index
// becomes that id.
void number_entities(const std::vector<std::string>& ids, DocumentContext* ctx, Extraction* x) {
  x->entities.reserve(ids.size() - std::count(ids.begin(), ids.end(), std::string()));
  for (size_t i = 0; i < ctx->entities.size(); ++i) {
    if (ids[i].empty()) continue;
    Entity& e = ctx->entities[i];
    e.id = ids[i];
    x->entities.push_back(std::move(e));
  }
  auto map_one = [&](std::string& v) { v = public_entity_id(ids, v); };
  auto map_all = [&](std::vector<std::string>& v) {
    for (std::string& s : v) map_one(s);
    v.erase(std::remove(v.begin(), v.end(), std::string()), v.end());
  };
  for (Relation& r : ctx->relations) {
    map_one(r.from);
    map_one(r.to);
    if (!r.from.empty() && !r.to.empty()) x->relations.push_back(std::move(r));
  }
  int n = 0;
  for (Event& ev : x->events) {
    ev.id = "v" + std::to_string(++n);
    map_all(ev.victims);
    map_all(ev.perpetrators);
    map_all(ev.actors);
    map_one(ev.location);
    if (ev.reason) map_one(ev.reason->for_entity);
  }
  for (Quote& q : x->quotes) map_one(q.speaker);
  for (Statistic& s : x->statistics) map_one(s.place);
}

void record_trace(const DocumentContext& ctx, const std::vector<std::string>& ids,
                  PipelineTrace* trace) {
  static const char* kKinds[] = {"person", "organization", "state_actor", "group",
                                 "place",  "pronoun",      "relative",    "descriptor"};
  for (const Mention& m : ctx.mentions) {
    PipelineTrace::MentionTrace t;
    t.start = m.start;
    t.end = m.end;
    t.kind = kKinds[static_cast<int>(m.kind)];
    t.rule = m.rule;
    if (m.entity >= 0 && static_cast<size_t>(m.entity) < ids.size()) t.entity = ids[m.entity];
    trace->mentions.push_back(std::move(t));
  }
  std::sort(trace->mentions.begin(), trace->mentions.end(),
            [](const auto& a, const auto& b) { return a.start < b.start; });
  for (const Sentence& s : ctx.at.sentences) trace->sentences.emplace_back(s.start, s.end);
}

}  // namespace

// The compiled-in lexicons load on first use; a Pipeline loads them up front, the three that
// take time (about 8-10 M instructions each) side by side, since for one short document
// loading is most of the work. The lemmatiser's table is used in place, so it comes first.
Pipeline::Pipeline() {
  Lemmatizer::instance();
  std::thread places([] { Gazetteer::instance(); });
  std::thread triggers([] { TriggerLexicon::instance(); });
  NameLexicon::instance();
  places.join();
  triggers.join();
}

namespace {

// The countries a title names when the text does not hold it (a front-matter title): runs of
// one to three words looked up in the gazetteer ("Land defender shot dead in Honduras").
std::vector<std::string> title_countries(const Document& doc) {
  std::vector<std::string> out;
  const std::string& title = doc.title;
  if (title.empty() || doc.text.compare(0, title.size(), title) == 0) return out;
  std::vector<std::string_view> words;
  for (size_t i = 0; i < title.size();) {
    while (i < title.size() && (title[i] == ' ' || title[i] == ',' || title[i] == ':' ||
                                title[i] == ';' || title[i] == '\'' || title[i] == '"')) {
      ++i;
    }
    size_t j = i;
    while (j < title.size() && title[j] != ' ' && title[j] != ',' && title[j] != ':' &&
           title[j] != ';' && title[j] != '"') {
      ++j;
    }
    if (j > i) words.emplace_back(title.data() + i, j - i);
    i = j;
  }
  const Gazetteer& gaz = Gazetteer::instance();
  for (size_t i = 0; i < words.size(); ++i) {
    for (size_t n = 3; n >= 1; --n) {
      if (i + n > words.size()) continue;
      std::string_view phrase(words[i].data(),
                              words[i + n - 1].data() + words[i + n - 1].size() - words[i].data());
      auto places = gaz.lookup(phrase);
      if (!places.empty() && places[0]->type == PlaceType::kCountry) {
        out.emplace_back(places[0]->country);
        i += n - 1;
        break;
      }
    }
  }
  return out;
}

// Runs the stages in order, asking `spent` before each one; false when it said stop.
template <typename Spent>
bool run_stages(Document doc, const ExtractOptions& options, StageTimes* times,
                PipelineTrace* trace, Spent spent, Extraction* out) {
  auto t0 = std::chrono::steady_clock::now();
  Extraction& x = *out;
  x.document = std::move(doc);
  choose_reference_date(options, &x);
  CivilDate reference = parse_iso(x.reference_date);
  // This thread's AnnotatedText, reused: its buffers keep their capacity from page to page.
  ThreadAnnotation held;
  AnnotatedText& at = held.text();
  // The common-mention reader's byte per word, and the event finder's per word and lemmas,
  // are kept with the word's lemmas across pages.
  annotate(x.document.text, reference, &at, common_word_note, trigger_forms_note);
  if (times != nullptr) times->nlp_ns += since(t0);

  auto t1 = std::chrono::steady_clock::now();
  if (spent()) return false;
  DocumentContext ctx(at);
  ctx.title_countries = title_countries(x.document);
  find_named_mentions(&ctx);
  if (spent()) return false;
  find_common_mentions(&ctx);
  if (spent()) return false;
  build_entities(&ctx, &x.quotes);
  if (spent()) return false;
  find_affiliations(&ctx);
  mark_relatives_of_exiles(&ctx);
  if (spent()) return false;
  find_events(&ctx, reference, &x.events);
  if (spent()) return false;
  find_statistics(ctx, x.events, &x.statistics);
  std::vector<std::string> ids = entity_ids(ctx);
  number_entities(ids, &ctx, &x);
  if (spent()) return false;
  summarize(ctx.dominant_country(), &x);
  if (trace != nullptr) record_trace(ctx, ids, trace);
  if (times != nullptr) times->extract_ns += since(t1);
  return true;
}

}  // namespace

Extraction Pipeline::run(Document doc, const ExtractOptions& options, StageTimes* times,
                         PipelineTrace* trace) const {
  Extraction x;
  run_stages(
      std::move(doc), options, times, trace, [] { return false; }, &x);
  return x;
}

Result<Extraction> Pipeline::run_within_budget(Document doc, const ExtractOptions& options,
                                               StageTimes* times) const {
  // Compared in seconds as a double, so no budget (1e300 included) can overflow a time_point.
  double budget = options.time_budget_seconds;
  auto start = std::chrono::steady_clock::now();
  auto spent = [&] {
    return budget > 0 &&
           std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() > budget;
  };
  Extraction x;
  if (!run_stages(std::move(doc), options, times, nullptr, spent, &x)) {
    char n[32];
    std::snprintf(n, sizeof n, "%g", budget);
    return Status::TooLarge(std::string("extraction exceeded ") + n + " s");
  }
  return x;
}

}  // namespace casebook
