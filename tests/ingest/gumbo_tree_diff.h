// Compares two gumbo trees node for node (type, tag, attributes in order, text, parent links),
// for the tests and the fuzz target of the plain-page fast path (src/ingest/plain_html.h).
#pragma once

#include <gumbo.h>

#include <string>

namespace casebook {

inline const GumboVector* gumbo_kids_of(const GumboNode* n) {
  if (n->type == GUMBO_NODE_DOCUMENT) return &n->v.document.children;
  if (n->type == GUMBO_NODE_ELEMENT) return &n->v.element.children;
  return nullptr;
}

// "" when the trees are equal, else where they first differ.
inline std::string gumbo_tree_difference(const GumboNode* a, const GumboNode* b,
                                         const std::string& path) {
  if (a->type != b->type) {
    return path + ": node type " + std::to_string(a->type) + " vs " + std::to_string(b->type);
  }
  if (a->type == GUMBO_NODE_ELEMENT) {
    const GumboElement &x = a->v.element, &y = b->v.element;
    if (x.tag != y.tag || x.tag_namespace != y.tag_namespace) {
      return path + ": tag " + gumbo_normalized_tagname(x.tag) + " vs " +
             gumbo_normalized_tagname(y.tag);
    }
    if (x.attributes.length != y.attributes.length) return path + ": attribute count";
    for (unsigned k = 0; k < x.attributes.length; ++k) {
      auto* p = static_cast<const GumboAttribute*>(x.attributes.data[k]);
      auto* q = static_cast<const GumboAttribute*>(y.attributes.data[k]);
      if (std::string(p->name) != q->name || std::string(p->value) != q->value ||
          p->attr_namespace != q->attr_namespace) {
        return path + ": attribute " + p->name + "=[" + p->value + "] vs " + q->name + "=[" +
               q->value + "]";
      }
    }
  } else if (a->type != GUMBO_NODE_DOCUMENT) {
    if (std::string(a->v.text.text) != b->v.text.text) {
      return path + ": text [" + a->v.text.text + "] vs [" + b->v.text.text + "]";
    }
  }
  const GumboVector* ka = gumbo_kids_of(a);
  const GumboVector* kb = gumbo_kids_of(b);
  if (!ka) return "";
  if (ka->length != kb->length) {
    return path + ": " + std::to_string(ka->length) + " vs " + std::to_string(kb->length) +
           " children";
  }
  for (unsigned k = 0; k < ka->length; ++k) {
    auto* ca = static_cast<const GumboNode*>(ka->data[k]);
    auto* cb = static_cast<const GumboNode*>(kb->data[k]);
    if (ca->parent != a || ca->index_within_parent != k) return path + ": parent link";
    std::string d = gumbo_tree_difference(ca, cb, path + "/" + std::to_string(k));
    if (!d.empty()) return d;
  }
  return "";
}

}  // namespace casebook
