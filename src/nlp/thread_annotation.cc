// The per-thread AnnotatedText the pipeline reuses from page to page (thread_annotation.h).
#include "nlp/thread_annotation.h"

namespace casebook {
namespace {

thread_local AnnotatedText shared_text;
thread_local bool shared_held = false;

}  // namespace

ThreadAnnotation::ThreadAnnotation() {
  if (shared_held) {
    owned_ = new AnnotatedText;
    at_ = owned_;
    return;
  }
  shared_held = true;
  at_ = &shared_text;
}

ThreadAnnotation::~ThreadAnnotation() {
  if (owned_ != nullptr) {
    delete owned_;
    return;
  }
  if (shared_text.tokens.capacity() > kKeepTokens) shared_text = AnnotatedText();
  shared_held = false;
}

}  // namespace casebook
