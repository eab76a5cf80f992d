// Who an act was done to: the readings of victims, owners and people that an event takes
// from its clause and the words around it ("searched his apartment", "among them X", "left
// without shelter", "journalists X and Y"), over the mentions of one document.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/mention.h"

namespace casebook {

// Reads the mentions of one DocumentContext; holds references only, so it must not outlive
// the context, and its answers depend on nothing but the context (every function is const).
class VictimReader {
 public:
  explicit VictimReader(const DocumentContext& ctx);

  // People, relatives and groups of people, directly or through a pronoun.
  bool person_like(const std::vector<int>& mentions) const;
  // A state actor or an organisation, directly or through a pronoun.
  bool is_actor_like(int m) const;
  bool all_state_actors(const std::vector<int>& mentions) const;
  // A state actor, directly or through a pronoun, that names an institution or its building
  // ("the court", "the regime", "the police station"), not people.
  bool names_a_body(int m) const;
  // A rights group, an international body, a lawyer or an expert.
  bool speaks_for_victims(const Mention& m) const;
  // Whether a person, or a pronoun, is named among tokens [first, end).
  bool someone_inside(uint32_t first, uint32_t end) const;
  // Whether a phrase trigger's verb is followed by "the/a/an" and the phrase holds no one.
  bool thing_inside(uint32_t first, uint32_t end) const;
  // Whether a person is the object of a word that looks like a verb's base form at t - 1.
  bool person_object_follows(uint32_t t) const;
  // A possessive clitic at token t ("'s", or a plural's lone apostrophe).
  bool possessive_at(uint32_t t) const;
  // Whether the subject undergoes the noun trigger ("X faced arrest").
  bool undergoes(int subject, uint32_t trigger) const;

  // Owners: the person whose thing or home an act is done to; -1 or empty when none.
  int owner_before(uint32_t t) const;
  std::vector<int> owner_after(uint32_t from, uint32_t limit, bool recipient, bool owned) const;
  std::vector<int> owner_before_relative(uint32_t clause_start) const;
  std::vector<int> owner_of_passive_subject(uint32_t verb) const;
  std::vector<int> owner_of_property_before(uint32_t t, uint32_t first) const;
  // The people a demolition leaves without a home.
  std::vector<int> left_homeless(uint32_t t, uint32_t end) const;
  // The person taken, right before an "into custody" phrase at token trigger.
  std::vector<int> taken_into_custody(uint32_t trigger, uint32_t sentence_first) const;
  // The one a label is put on ("branded X a traitor"); -1 when none.
  int labelled(uint32_t trigger, uint32_t sentence_first) const;

  // People named with the victims: ", among them X", "(,) including X, Y and Z", up to a word
  // that opens another clause ("including X and Y prove that").
  std::vector<int> named_among(uint32_t t, uint32_t end) const;
  std::vector<int> named_in_apposition(const std::vector<int>& victims) const;

  // The entity indexes of mentions, as strings; an unresolved plural "they" stands for the
  // people last named together.
  std::vector<std::string> entities_of(const std::vector<int>& mentions) const;
  // Whether entity `id` (an index) is someone's relative, or a named person's.
  bool is_kin_of_someone(const std::string& id) const;
  bool is_kin_of_named_person(const std::string& id) const;
  // The people named together last before token t, in this or the sentence before ("X and Y
  // were arrested. Their father ..."), in the text's order; empty when none.
  std::vector<int> coordinated_people_before(uint32_t t) const;

 private:

  const DocumentContext& ctx_;
  const AnnotatedText& at_;
};

}  // namespace casebook
