// Serialises an Extraction to JSON in the order of the output contract.
#include "model/extraction_json.h"

namespace casebook {
namespace {

using Json = nlohmann::ordered_json;

Json null_or(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

Json span_json(const Span& s) {
  Json j;
  j["start"] = s.start;
  j["end"] = s.end;
  j["text"] = s.text;
  return j;
}

Json date_json(const DateValue& d) {
  if (d.empty()) return nullptr;
  Json j;
  j["start"] = d.start;
  if (!d.end.empty()) j["end"] = d.end;
  j["approximate"] = d.approximate;
  return j;
}

Json entity_json(const Entity& e) {
  Json j;
  j["id"] = e.id;
  j["kind"] = e.kind;
  j["name"] = e.name;
  j["named"] = e.named;
  if (!e.aliases.empty()) j["aliases"] = e.aliases;
  if (!e.country.empty()) j["country"] = e.country;
  if (!e.category.empty()) j["category"] = e.category;
  if (!e.roles.empty()) j["roles"] = e.roles;
  if (!e.sex.empty()) j["sex"] = e.sex;
  if (!e.age_group.empty()) j["age_group"] = e.age_group;
  if (!e.place_type.empty()) j["place_type"] = e.place_type;
  if (!e.region.empty()) j["region"] = e.region;
  if (!e.rule.empty()) j["rule"] = e.rule;
  Json mentions = Json::array();
  for (const Span& m : e.mentions) mentions.push_back(span_json(m));
  j["mentions"] = std::move(mentions);
  return j;
}

Json relation_json(const Relation& r) {
  Json j;
  j["kind"] = r.kind;
  j["from"] = r.from;
  j["to"] = r.to;
  if (!r.role.empty()) j["role"] = r.role;
  if (!r.rule.empty()) j["rule"] = r.rule;
  j["evidence"] = span_json(r.evidence);
  return j;
}

Json event_json(const Event& e) {
  Json j;
  j["id"] = e.id;
  j["type"] = e.type;
  j["cameo"] = e.cameo;
  j["victims"] = e.victims;
  j["perpetrators"] = e.perpetrators;
  if (!e.actors.empty()) j["actors"] = e.actors;
  j["date"] = date_json(e.date);
  j["location"] = null_or(e.location);
  if (e.reason) {
    Json r;
    r["kind"] = e.reason->kind;
    r["for_entity"] = null_or(e.reason->for_entity);
    r["activity"] = null_or(e.reason->activity);
    j["reason"] = std::move(r);
  } else {
    j["reason"] = nullptr;
  }
  j["outcome"] = null_or(e.outcome);
  j["generic"] = e.generic;
  j["negated"] = e.negated;
  j["hypothetical"] = e.hypothetical;
  j["confidence"] = e.confidence;
  j["rule"] = e.rule;
  j["trigger"] = span_json(e.trigger);
  j["evidence"] = span_json(e.evidence);
  return j;
}

}  // namespace

Json extraction_to_json(const Extraction& x) {
  Json j;
  j["schema"] = kExtractionSchema;
  const Document& d = x.document;
  Json doc;
  doc["id"] = d.id;
  doc["source"] = d.source;
  doc["format"] = d.format;
  doc["title"] = null_or(d.title);
  doc["published"] = null_or(d.published);
  doc["url"] = null_or(d.url);
  doc["reference_date"] = null_or(x.reference_date);
  doc["reference_date_from"] = x.reference_date_from.empty() ? "none" : x.reference_date_from;
  doc["text_bytes"] = d.text.size();
  if (!d.warnings.empty()) doc["warnings"] = d.warnings;
  j["document"] = std::move(doc);

  Json entities = Json::array();
  for (const Entity& e : x.entities) entities.push_back(entity_json(e));
  j["entities"] = std::move(entities);
  Json relations = Json::array();
  for (const Relation& r : x.relations) relations.push_back(relation_json(r));
  j["relations"] = std::move(relations);
  Json events = Json::array();
  for (const Event& e : x.events) events.push_back(event_json(e));
  j["events"] = std::move(events);

  Json stats = Json::array();
  for (const Statistic& s : x.statistics) {
    Json sj;
    sj["measure"] = s.measure;
    sj["quantity"] = s.quantity;
    sj["approximate"] = s.approximate;
    sj["population"] = null_or(s.population);
    sj["place"] = null_or(s.place);
    if (s.period.empty()) {
      sj["period"] = nullptr;
    } else {
      Json p;
      p["start"] = s.period.start;
      p["end"] = null_or(s.period.end);
      sj["period"] = std::move(p);
    }
    sj["evidence"] = span_json(s.evidence);
    stats.push_back(std::move(sj));
  }
  j["statistics"] = std::move(stats);

  Json quotes = Json::array();
  for (const Quote& q : x.quotes) {
    Json qj;
    qj["speaker"] = null_or(q.speaker);
    qj["evidence"] = span_json(q.evidence);
    quotes.push_back(std::move(qj));
  }
  j["quotes"] = std::move(quotes);

  const Summary& s = x.summary;
  Json sum;
  sum["types"] = s.types;
  sum["victims"] = s.victims;
  sum["perpetrator_category"] = null_or(s.perpetrator_category);
  Json place;
  place["city"] = null_or(s.city);
  place["region"] = null_or(s.region);
  place["country"] = null_or(s.country);
  sum["place"] = std::move(place);
  sum["date"] = null_or(s.date);
  j["summary"] = std::move(sum);
  return j;
}

std::string extraction_to_string(const Extraction& x, int indent) {
  return extraction_to_json(x).dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace casebook
