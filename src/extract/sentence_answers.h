// Answers about a document's sentences, kept as they are asked. The event finder asks some
// questions of a whole sentence for every act in it and in the few sentences after it ("the
// first state actor named here that may be a doer"); an answer that depends only on the
// document is worked out once per sentence and read afterwards.
#pragma once

#include <climits>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace casebook {

class SentenceAnswers {
 public:
  // For a document of `sentences` sentences; `flags` answers a sentence (a question with a
  // yes/no argument has two).
  explicit SentenceAnswers(size_t sentences, size_t flags = 1)
      : flags_(flags), answers_(sentences * flags, kNotAsked) {}

  // The answer for (sentence, flag): compute() the first time it is asked, the kept answer
  // after. compute must depend on nothing that changes while the answers are kept.
  template <typename F>
  int get(uint32_t sentence, size_t flag, F&& compute) {
    int& answer = answers_[size_t{sentence} * flags_ + flag];
    if (answer == kNotAsked) answer = compute();
    return answer;
  }

 private:
  static constexpr int kNotAsked = INT_MIN;
  size_t flags_;
  std::vector<int> answers_;
};

}  // namespace casebook
