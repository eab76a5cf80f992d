// `casebook explain`: the explain view of each document (see explain_view.h).
#pragma once

#include <string>
#include <vector>

namespace casebook {

struct ExplainCommandOptions {
  bool mentions = false;
  std::string date;
  std::vector<std::string> paths;
};

int run_explain_command(const ExplainCommandOptions& options);

}  // namespace casebook
