// The article at a glance (summary), and numeric statements (statistics).
#pragma once

#include "casebook/extraction.h"
#include "extract/mention.h"

namespace casebook {

// The events that make the article's main incidents (see summary.cc), in text order.
std::vector<const Event*> main_incidents(const Extraction& x);

// The summary's date `date` when it does not fall in `reference_year`; else the date of
// the first earlier grave act (or prosecution) on one of the summary's `victims`, dated
// within five years before: the incident behind the news ("acquitted on Wednesday ...
// arrested in March 2023").
std::string incident_behind_the_news(const Extraction& x, int reference_year,
                                     const std::string& date,
                                     const std::vector<std::string>& victims);

// Fills x->summary from the events and entities (entity ids already assigned).
void summarize(const std::string& dominant_country, Extraction* x);

// Numeric statements tied to events: "roughly 120 citizens were rejected for asylum",
// "5,020 people were detained". Events use entity indexes at this point.
void find_statistics(const DocumentContext& ctx, const std::vector<Event>& events,
                     std::vector<Statistic>* out);

}  // namespace casebook
