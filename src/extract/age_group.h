// A person's age group from the words beside one of their mentions: a stated age ("Ana
// Lima, 15,", "aged 15", "the 15-year-old Ana Lima") or an age word (data/names/age_words.tsv).
#pragma once

#include <string>

#include "nlp/annotated_text.h"

namespace casebook {

// "child", "adult" or "" for the mention spanning tokens [first, end).
std::string age_group_near(const AnnotatedText& at, uint32_t first, uint32_t end);

}  // namespace casebook
