// Normalised name keys for merging people, places and organisations across documents:
// case, diacritics and common Latin transliteration variants fold to one spelling, so
// "Mukhammadjon Saidov" and "Muhammadjon Saidow" share a key while "Saidov" alone does not
// match a full name (single words are too ambiguous to merge on).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace casebook {

// Lower-case ASCII words with diacritics removed (š -> sh, č -> ch, ž -> zh, é -> e);
// apostrophes are dropped (o'g'li -> ogli), every other non-letter separates words.
std::vector<std::string> fold_words(std::string_view name);

// One word with transliteration variants folded: kh -> h, dzh/dj -> j, q -> k, io/yo -> yo,
// iu/yu -> yu, ia/ya -> ya, iye -> ie (Aliyev/Aliev), ou -> u, ph -> f, doubled letters once,
// and the endings -ow/-off -> -ov. -ev and -ov stay apart: they are different names.
std::string fold_transliteration(std::string_view word);

// The person key: folded words sorted, joined by spaces; empty when fewer than two words
// (a lone surname or given name is never enough to merge two people).
std::string person_key(std::string_view name);

// The organisation key: folded words in order; and its acronym from the capitalised words
// ("Human Rights Watch" -> "hrw"), empty for names of fewer than three such words.
std::string organization_key(std::string_view name);
std::string acronym_key(std::string_view name);

}  // namespace casebook
