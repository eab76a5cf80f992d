// A per-thread AnnotatedText for the pipeline to annotate one document after another in. Its
// vectors, lower-case buffer and word table keep their capacity from page to page, so a page
// neither allocates them nor grows them again (a fresh AnnotatedText per page allocated ~20
// buffers and grew the token vector ~11 times, copying it each time).
#pragma once

#include <cstddef>

#include "nlp/annotated_text.h"

namespace casebook {

// Holds this thread's AnnotatedText for one document, from construction to destruction; use it
// on the thread that made it. annotate() overwrites every field, so what an earlier document
// left in it never shows. A second holder on the same thread while the first lives (a stage
// that runs a pipeline itself) gets a fresh AnnotatedText of its own, never the shared one.
// When the holder ends, buffers grown for more than kKeepTokens tokens (a page of ~150 KB of
// text; a news page has ~1,300) are let go, so one huge document does not keep a server
// thread's memory: what stays is at most ~4 MB a thread.
class ThreadAnnotation {
 public:
  ThreadAnnotation();
  ~ThreadAnnotation();
  ThreadAnnotation(const ThreadAnnotation&) = delete;
  ThreadAnnotation& operator=(const ThreadAnnotation&) = delete;

  AnnotatedText& text() { return *at_; }
  // Whether this holder has the thread's shared AnnotatedText (false for a nested holder).
  bool shared() const { return owned_ == nullptr; }

  // Token capacity above which the shared AnnotatedText is emptied and its memory returned
  // when its holder ends.
  static constexpr size_t kKeepTokens = 32768;

 private:
  AnnotatedText* at_;
  AnnotatedText* owned_ = nullptr;  // a nested holder's own
};

}  // namespace casebook
