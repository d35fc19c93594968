// Which of the main package's imports pulls in a package, and through which packages
// (part sortrand). A refusal found while checking a package deep in the imports (a member a
// modelled package lacks, used by Go's source) is reported at the user's import line, as the
// loader reports the deep refusals it finds (load.cpp Loader::error), with the chain so the
// user sees why their import reaches it.
#pragma once

#include <string>
#include <vector>

#include "sim/lang/check.h"

namespace gosim::lang {

struct ImportChain {
  std::string file;                // the main package's file holding the import
  Pos pos;                         // the import path's position
  std::vector<std::string> paths;  // the import path written there, ..., the package itself
};

// The first import of the main package (in file and source order) through which `path` is
// imported, by the shortest chain; false if none is (path is the main package, or unknown).
bool find_import_chain(const Package& pkg, const std::string& path, ImportChain* out);

}  // namespace gosim::lang
