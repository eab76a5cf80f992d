// Serialises an Extraction to JSON in the order of the output contract.
#include "model/extraction_json.h"

#include "model/json_writer.h"

namespace casebook {
namespace {

// `text` is the document's text when a span's own text may be left out (the store's form,
// extraction_to_stored_string), or null.
void span(JsonWriter& w, const Span& s, const std::string* text) {
  w.begin_object();
  w.key("start").value(s.start);
  w.key("end").value(s.end);
  bool in_text = text && s.start <= s.end && s.end <= text->size() &&
                 std::string_view(*text).substr(s.start, s.end - s.start) == s.text;
  if (!in_text) w.key("text").value(s.text);
  w.end_object();
}

void date(JsonWriter& w, const DateValue& d) {
  if (d.empty()) {
    w.null();
    return;
  }
  w.begin_object();
  w.key("start").value(d.start);
  if (!d.end.empty()) w.key("end").value(d.end);
  w.key("approximate").value(d.approximate);
  w.end_object();
}

void entity(JsonWriter& w, const Entity& e, const std::string* text) {
  w.begin_object();
  w.key("id").value(e.id);
  w.key("kind").value(e.kind);
  w.key("name").value(e.name);
  w.key("named").value(e.named);
  if (!e.aliases.empty()) w.key("aliases").strings(e.aliases);
  if (!e.country.empty()) w.key("country").value(e.country);
  if (!e.category.empty()) w.key("category").value(e.category);
  if (!e.roles.empty()) w.key("roles").strings(e.roles);
  if (!e.sex.empty()) w.key("sex").value(e.sex);
  if (!e.age_group.empty()) w.key("age_group").value(e.age_group);
  if (!e.place_type.empty()) w.key("place_type").value(e.place_type);
  if (!e.region.empty()) w.key("region").value(e.region);
  if (!e.rule.empty()) w.key("rule").value(e.rule);
  w.key("mentions").begin_array();
  for (const Span& m : e.mentions) span(w, m, text);
  w.end_array();
  w.end_object();
}

void relation(JsonWriter& w, const Relation& r, const std::string* text) {
  w.begin_object();
  w.key("kind").value(r.kind);
  w.key("from").value(r.from);
  w.key("to").value(r.to);
  if (!r.role.empty()) w.key("role").value(r.role);
  if (!r.rule.empty()) w.key("rule").value(r.rule);
  w.key("evidence");
  span(w, r.evidence, text);
  w.end_object();
}

void event(JsonWriter& w, const Event& e, const std::string* text) {
  w.begin_object();
  w.key("id").value(e.id);
  w.key("type").value(e.type);
  w.key("cameo").value(e.cameo);
  w.key("victims").strings(e.victims);
  w.key("perpetrators").strings(e.perpetrators);
  if (!e.actors.empty()) w.key("actors").strings(e.actors);
  w.key("date");
  date(w, e.date);
  w.key("location").string_or_null(e.location);
  w.key("reason");
  if (e.reason) {
    w.begin_object();
    w.key("kind").value(e.reason->kind);
    w.key("for_entity").string_or_null(e.reason->for_entity);
    w.key("activity").string_or_null(e.reason->activity);
    w.end_object();
  } else {
    w.null();
  }
  w.key("outcome").string_or_null(e.outcome);
  w.key("generic").value(e.generic);
  w.key("negated").value(e.negated);
  w.key("hypothetical").value(e.hypothetical);
  if (e.law_enforcement) w.key("law_enforcement").value(true);
  w.key("confidence").value(e.confidence);
  w.key("rule").value(e.rule);
  w.key("trigger");
  span(w, e.trigger, text);
  w.key("evidence");
  span(w, e.evidence, text);
  w.end_object();
}

void write_extraction(JsonWriter& w, const Extraction& x, const std::string* text) {
  const Document& d = x.document;
  w.begin_object();
  w.key("schema").value(kExtractionSchema);
  w.key("document").begin_object();
  w.key("id").value(d.id);
  w.key("source").value(d.source);
  w.key("format").value(d.format);
  w.key("title").string_or_null(d.title);
  w.key("published").string_or_null(d.published);
  w.key("url").string_or_null(d.url);
  w.key("reference_date").string_or_null(x.reference_date);
  w.key("reference_date_from")
      .value(x.reference_date_from.empty() ? "none" : x.reference_date_from);
  w.key("text_bytes").value(d.text.size());
  if (!d.warnings.empty()) w.key("warnings").strings(d.warnings);
  w.end_object();

  w.key("entities").begin_array();
  for (const Entity& e : x.entities) entity(w, e, text);
  w.end_array();
  w.key("relations").begin_array();
  for (const Relation& r : x.relations) relation(w, r, text);
  w.end_array();
  w.key("events").begin_array();
  for (const Event& e : x.events) event(w, e, text);
  w.end_array();

  w.key("statistics").begin_array();
  for (const Statistic& s : x.statistics) {
    w.begin_object();
    w.key("measure").value(s.measure);
    w.key("quantity").value(s.quantity);
    w.key("approximate").value(s.approximate);
    w.key("population").string_or_null(s.population);
    w.key("place").string_or_null(s.place);
    w.key("period");
    if (s.period.empty()) {
      w.null();
    } else {
      w.begin_object();
      w.key("start").value(s.period.start);
      w.key("end").string_or_null(s.period.end);
      w.end_object();
    }
    w.key("evidence");
    span(w, s.evidence, text);
    w.end_object();
  }
  w.end_array();

  w.key("quotes").begin_array();
  for (const Quote& q : x.quotes) {
    w.begin_object();
    w.key("speaker").string_or_null(q.speaker);
    w.key("evidence");
    span(w, q.evidence, text);
    w.end_object();
  }
  w.end_array();

  const Summary& s = x.summary;
  w.key("summary").begin_object();
  w.key("types").strings(s.types);
  w.key("victims").strings(s.victims);
  w.key("perpetrator_category").string_or_null(s.perpetrator_category);
  w.key("place").begin_object();
  w.key("city").string_or_null(s.city);
  w.key("region").string_or_null(s.region);
  w.key("country").string_or_null(s.country);
  w.end_object();
  w.key("date").string_or_null(s.date);
  w.end_object();
  w.end_object();
}

}  // namespace

std::string extraction_to_string(const Extraction& x, int indent) {
  std::string out;
  out.reserve(4096 + x.document.text.size());
  JsonWriter w(&out, indent);
  write_extraction(w, x, nullptr);
  return out;
}

std::string extraction_to_stored_string(const Extraction& x) {
  std::string out;
  out.reserve(4096 + x.document.text.size());
  JsonWriter w(&out, -1);
  write_extraction(w, x, &x.document.text);
  return out;
}

nlohmann::ordered_json extraction_to_json(const Extraction& x) {
  return nlohmann::ordered_json::parse(extraction_to_string(x));
}

}  // namespace casebook
