// Loading packages from source; see load.h.
#include "sim/lang/load.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "sim/lang/build_tags.h"
#include "sim/lang/errors.h"
#include "sim/lang/intrinsics.h"
#include "sim/lang/parser.h"
#include "sim/lang/pkgcache.h"

namespace gosim::lang {

bool check_units_with(Package* pkg, ErrorList* errors, StdlibCache* cache);

namespace fs = std::filesystem;

namespace {

constexpr std::uintmax_t kMaxFileSize = 4u << 20;  // the largest file gosim reads (docs/go-subset.md)

bool is_dir(const std::string& p) {
  std::error_code ec;
  return fs::is_directory(p, ec);
}

bool read_text(const std::string& path, std::string* out) {
  std::error_code ec;
  if (fs::file_size(path, ec) > kMaxFileSize || ec) return false;
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

std::string trim(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' ' || s.back() == '\t')) s.pop_back();
  size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) i++;
  return s.substr(i);
}

bool goroot_ok(const std::string& root) { return !root.empty() && is_dir(root + "/src/unicode/utf8"); }

std::string import_path(const ImportDecl* d) {
  bool ok = false;
  return constant_from_literal(LitKind::String, d->path->value, &ok).s;
}

// Go: cmd/go's module-mode rule: a path whose first element has no dot is the standard library's.
bool std_path(const std::string& path) {
  std::string first = path.substr(0, path.find('/'));
  return first.find('.') == std::string::npos;
}

// Go: load.disallowInternal: ".../internal/..." may be imported only from below its parent.
bool internal_allowed(const std::string& importer, bool importer_std, const std::string& path) {
  size_t at = std::string::npos;
  if (path.rfind("internal/", 0) == 0 || path == "internal") {
    at = 0;
  } else if (size_t k = path.rfind("/internal/"); k != std::string::npos) {
    at = k + 1;
  } else if (path.size() > 9 && path.compare(path.size() - 9, 9, "/internal") == 0) {
    at = path.size() - 8;
  }
  if (at == std::string::npos) return true;
  std::string parent = at == 0 ? "" : path.substr(0, at - 1);
  if (parent.empty()) return importer_std;  // GOROOT/src/internal: for the standard library only
  return importer == parent || importer.rfind(parent + "/", 0) == 0;
}

// Whether `name` is one of the space-separated words of `list`.
bool listed(std::string_view list, std::string_view name) {
  while (!list.empty()) {
    const size_t sp = list.find(' ');
    if (list.substr(0, sp) == name) return true;
    if (sp == std::string_view::npos) break;
    list.remove_prefix(sp + 1);
  }
  return false;
}

std::string decl_name(const Decl* d) {
  if (d->kind == NodeKind::FuncDecl) {
    const auto* fd = static_cast<const FuncDecl*>(d);
    return fd->recv == nullptr ? fd->name->value : "";
  }
  if (d->kind == NodeKind::TypeDecl) return static_cast<const TypeDecl*>(d)->name->value;
  return "";
}

// Leaves out of file `name` the declarations `dropped` lists as "name:Decl".
void drop_decls(File& f, const std::string& name, std::string_view dropped) {
  auto& ds = f.decls;
  ds.erase(std::remove_if(ds.begin(), ds.end(),
                          [&](const Decl* d) {
                            const std::string n = decl_name(d);
                            return !n.empty() && listed(dropped, name + ":" + n);
                          }),
           ds.end());
}

// Whether a file's text selects `member` of the package imported as `local` (local.Member,
// spaces allowed around the dot). A mention in a comment or string also counts: the member's
// source is then loaded without need, which changes nothing the program does but its start-up.
bool selects(std::string_view text, const std::string& local, const std::string& member) {
  auto ident = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_'; };
  for (size_t at = text.find(local); at != std::string_view::npos; at = text.find(local, at + 1)) {
    if (at > 0 && (ident(text[at - 1]) || text[at - 1] == '.')) continue;
    size_t i = at + local.size();
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) i++;
    if (i >= text.size() || text[i] != '.') continue;
    i++;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) i++;
    if (text.compare(i, member.size(), member) != 0) continue;
    if (i + member.size() < text.size() && ident(text[i + member.size()])) continue;
    return true;
  }
  return false;
}

// part json: members of a modelled package that run Go's own source, one file of GOROOT/src/PATH
// read into the modelled package (the checker gives the file the package's modelled names, and
// the package's view gains the file's: check.cpp). sync.Map is map.go over the model's Mutex,
// atomic.Value and sync/atomic pointer operations (docs/go-subset.md, "sync.Map"). Loaded only
// for a program (or package) that names the member, so no other program's start-up changes.
//
// part fs: os's types and a few of its functions are Go's source too (universe_os.cpp says which):
// they import io/fs, whose types os.Stat's signature names, so a program that names one of them,
// or anything that hands it an *os.File (whose Stat and ReadDir return io/fs's types), loads them
// with io/fs, as Go's os always imports io/fs; a program that only uses os.Exit, os.Args or the
// environment does not pay for io/fs. A file may drop declarations that gosim models
// (os/types.go's File, which is the model's descriptor-holding struct).
struct SourceMember {
  const char* path;     // the modelled package
  const char* name;     // its package name
  const char* members;  // the members whose use loads the files, separated by spaces
  const char* files;    // the files in GOROOT/src/PATH, separated by spaces
  const char* dropped;  // "FILE:NAME" declarations left out, separated by spaces ("" none)
};
constexpr SourceMember kSourceMembers[] = {
    {"sync", "sync", "Map", "map.go", ""},
    {"os", "os",
     "File Stdin Stdout Stderr Open Create OpenFile NewFile CreateTemp Stat Lstat ReadDir WriteFile Mkdir "
     "MkdirAll MkdirTemp Chmod FileInfo FileMode DirEntry PathError SameFile PathSeparator PathListSeparator "
     "IsPathSeparator Getpagesize ModeDir ModeAppend ModeExclusive ModeTemporary ModeSymlink ModeDevice "
     "ModeNamedPipe ModeSocket ModeSetuid ModeSetgid ModeCharDevice ModeSticky ModeIrregular ModeType ModePerm",
     "path_unix.go tempfile.go types.go types_unix.go", "types.go:File"},
    // part template: fmt's scanning functions are Go's fmt/scan.go (text/template/parse calls
    // fmt.Sscan), over the modelled os.Stdin, reflect and sync.Pool; print.go's excerpt below.
    {"fmt", "fmt", "Scan Scanf Scanln Sscan Sscanf Sscanln Fscan Fscanf Fscanln ScanState Scanner", "scan.go", ""}};

bool source_member_used(const SourceMember& m, std::string_view text, const std::string& local);

bool source_member_used(const SourceMember& m, std::string_view text, const std::string& local) {
  for (std::string_view list = m.members; !list.empty();) {
    const size_t sp = list.find(' ');
    if (selects(text, local, std::string(list.substr(0, sp)))) return true;
    if (sp == std::string_view::npos) break;
    list.remove_prefix(sp + 1);
  }
  return false;
}

// part template: declarations a source member's file needs from another file of its package,
// whose other declarations the model replaces: only the named declarations (and methods on the
// named types) of that file are kept, and only the listed imports. scan.go's token buffer and
// width parsing are print.go's `buffer` (with its methods), `parsenum` and `tooLarge`.
struct SourceExcerpt {
  const char* path;     // the modelled package
  const char* for_file; // the source member's file that needs it
  const char* file;     // the file the declarations come from
  std::vector<std::string_view> decls;
  std::vector<std::string_view> imports;
};
const SourceExcerpt kSourceExcerpts[] = {{"fmt", "scan.go", "print.go", {"buffer", "parsenum", "tooLarge"}, {"unicode/utf8"}}};

const SourceExcerpt* excerpt_of(const std::string& path, const SourceMember* only, const std::string& file) {
  if (only == nullptr) return nullptr;
  for (const SourceExcerpt& e : kSourceExcerpts) {
    if (path == e.path && listed(only->files, e.for_file) && file == e.file) return &e;
  }
  return nullptr;
}

// Keeps the excerpt's declarations of a parsed file.
void keep_excerpt(File* f, const SourceExcerpt& e) {
  auto kept_name = [](const std::vector<std::string_view>& l, const std::string& n) {
    for (std::string_view x : l) {
      if (x == n) return true;
    }
    return false;
  };
  std::vector<Decl*> kept;
  for (Decl* d : f->decls) {
    bool keep = false;
    if (d->kind == NodeKind::ImportDecl) {
      const auto* imp = static_cast<const ImportDecl*>(d);
      keep = imp->path != nullptr && !imp->path->bad && kept_name(e.imports, import_path(imp));
    } else if (d->kind == NodeKind::TypeDecl) {
      keep = kept_name(e.decls, static_cast<const TypeDecl*>(d)->name->value);
    } else if (d->kind == NodeKind::FuncDecl) {
      const auto* fd = static_cast<const FuncDecl*>(d);
      if (fd->recv == nullptr) {
        keep = kept_name(e.decls, fd->name->value);
      } else {
        const Expr* t = fd->recv->type;
        if (t != nullptr && t->kind == NodeKind::Operation) t = static_cast<const Operation*>(t)->x;
        keep = t != nullptr && t->kind == NodeKind::Name && kept_name(e.decls, static_cast<const Name*>(t)->value);
      }
    }
    if (keep) kept.push_back(d);
  }
  f->decls = std::move(kept);
}

class Loader {
 public:
  // With a cache (locked by the caller), GOROOT packages are read into the cache's world and
  // checked there once (pkgcache.h); a package already there is not read again.
  Loader(Package* pkg, ErrorList* errors, StdlibCache* cache) : pkg_(pkg), errors_(errors), cache_(cache) {}

  std::string module_path;  // go.mod's module ("" for a one-file program)
  std::string module_dir;

  // Loads what the files of package `importer` import; false once something was refused.
  bool load_imports(const std::string& importer, bool importer_std, const std::vector<File*>& files,
                    const std::vector<std::string>& names) {
    for (size_t i = 0; i < files.size(); i++) {
      for (Decl* d : files[i]->decls) {
        if (d->kind != NodeKind::ImportDecl) continue;
        auto* imp = as<ImportDecl>(d);
        if (imp->path == nullptr || imp->path->bad) continue;
        std::string path = import_path(imp);
        // part lang19: Go's vendor rule for the standard library (cmd/go's load.resolveImportPath):
        // a GOROOT package's import of a path outside it (golang.org/x/crypto/cryptobyte) is
        // GOROOT/src/vendor's copy, the package "vendor/golang.org/x/...". The import's literal
        // is rewritten to that path (once: a cached file keeps it), so the checker binds it.
        if (importer_std && !std_path(path) && !find_goroot().empty() &&
            is_dir(find_goroot() + "/src/vendor/" + path)) {
          path = "vendor/" + path;
          imp->path->value = "\"" + path + "\"";
        }
        if (path == "C") {
          error(names[i], imp->path->pos,
                "unsupported: cgo: import \"C\" in package " + importer +
                    " (gosim runs Go code only, as go build with CGO_ENABLED=0)");
          continue;
        }
        // Go's internal rule first: it holds for a modelled internal package (reflectlite) too.
        if (!internal_allowed(importer, importer_std, path)) {
          error(names[i], imp->path->pos, "use of internal package " + path + " not allowed");
          continue;
        }
        if (modelled_package(path) || path == "unsafe") {  // unsafe: the subset check refuses it
          // part json: a modelled package's member that comes from Go's source (sync.Map).
          for (const SourceMember& m : kSourceMembers) {
            if (path != m.path) continue;
            const std::string local = imp->local_name != nullptr ? imp->local_name->value : m.name;
            if (!source_member_used(m, text_of(files[i]), local)) continue;
            if (stack_.empty()) {
              root_file_ = names[i];
              root_pos_ = imp->path->pos;
              root_path_ = path;
            }
            stack_.push_back(importer);
            load_package(path, names[i], imp->path->pos, &m);
            stack_.pop_back();
          }
          continue;
        }
        if (stack_.empty()) {
          root_file_ = names[i];
          root_pos_ = imp->path->pos;
          root_path_ = path;
        }
        stack_.push_back(importer);
        load_package(path, names[i], imp->path->pos);
        stack_.pop_back();
      }
    }
    return !failed_;
  }

 private:
  void error(const std::string& file, Pos pos, std::string msg) {
    failed_ = true;
    // What a package deep in the imports cannot do is reported at the main package's import
    // that needs it (the user's line), naming the package that has the problem.
    if (stack_.size() > 1 && msg.rfind("unsupported: ", 0) == 0) {
      // part lang19: one line per import of the program (the first reason found), as a user
      // needs only to know that the import cannot load and why.
      const std::string key = root_file_ + ":" + std::to_string(root_pos_.line) + ":" + std::to_string(root_pos_.col);
      if (!refused_roots_.insert(key).second) return;
      errors_->set_file(root_file_);
      errors_->add(root_pos_, "unsupported: import \"" + root_path_ + "\" needs " + msg.substr(13));
      return;
    }
    errors_->set_file(file);
    errors_->add(pos, std::move(msg));
  }

  // The text of a file this load read or the cache holds.
  std::string_view text_of(const File* f) const {
    auto it = pkg_->file_texts.find(f);
    if (it != pkg_->file_texts.end()) return it->second.text;
    if (cache_ != nullptr) {
      auto wt = cache_->world->file_texts.find(f);
      if (wt != cache_->world->file_texts.end()) return wt->second.text;
    }
    return {};
  }

  // `only`: read just these files of the directory, into the modelled package of the same path
  // (kSourceMembers).
  void load_package(const std::string& path, const std::string& from, Pos pos, const SourceMember* only = nullptr) {
    int& st = state_[path];
    if (st == 2) return;
    if (st == 1) {
      // Go: load's import stack: "package a\n\timports b\n\timports a: import cycle not allowed".
      std::string chain;
      for (const std::string& p : stack_) chain += (chain.empty() ? "package " : " imports ") + p;
      error(from, pos, "import cycle not allowed: " + chain + " imports " + path);
      return;
    }
    std::string dir;
    bool goroot = false;
    if (!module_path.empty() && (path == module_path || path.rfind(module_path + "/", 0) == 0)) {
      dir = module_dir + path.substr(module_path.size());
    } else if (std_path(path)) {
      const std::string& root = find_goroot();
      if (root.empty()) {
        error(from, pos,
              "unsupported: import \"" + path +
                  "\": no Go 1.19 installation found to read the standard library from (set GOROOT, or install "
                  "golang-1.19-src)");
        return;
      }
      dir = root + "/src/" + path;
      goroot = true;
      if (!is_dir(dir)) {
        error(from, pos, "package " + path + " is not in GOROOT (" + dir + ")");
        return;
      }
    } else {
      error(from, pos,
            "no required module provides package " + path + " (gosim loads the standard library and the program's "
            "own module, without dependencies)");
      return;
    }
    if (!is_dir(dir)) {
      error(from, pos, "no required module provides package " + path);
      return;
    }
    st = 1;
    Unit unit;
    if (const StdlibCache::Entry* e = goroot && cache_ != nullptr ? cache_->find(path) : nullptr) {
      unit = cache_->world->units[e->unit];  // checked before: only its imports are walked
    } else if (!read_package(goroot && cache_ != nullptr ? cache_->world.get() : pkg_, dir, path, from, pos, &unit,
                             only)) {
      st = 2;
      return;
    }
    unit.goroot = goroot;
    unit.shared = goroot && cache_ != nullptr;
    load_imports(path, goroot, unit.files, unit.filenames);
    state_[path] = 2;
    if (failed_) return;
    pkg_->units.push_back(std::move(unit));
  }

  // Reads and parses the package's files (build_tags.h) into `store`'s storage, refusing what
  // gosim cannot run.
  bool read_package(Package* store, const std::string& dir, const std::string& path, const std::string& from, Pos pos,
                    Unit* unit, const SourceMember* only) {
    std::vector<std::string> names;
    std::error_code ec;
    for (const fs::directory_entry& e : fs::directory_iterator(dir, ec)) {
      if (e.is_regular_file(ec)) names.push_back(e.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    std::string pkg_name;
    std::string first_file;
    for (const std::string& n : names) {
      if (n.size() < 3 || n.compare(n.size() - 3, 3, ".go") != 0) continue;
      const SourceExcerpt* excerpt = excerpt_of(path, only, n);  // part template
      if (only != nullptr && !listed(only->files, n) && excerpt == nullptr) continue;
      const std::string full = dir + "/" + n;
      std::string text;
      if (!read_text(full, &text)) {
        error(from, pos, "unsupported: import \"" + path + "\": cannot read " + full + " (missing, unreadable, or larger than 4 MiB)");
        return false;
      }
      if (!go_file_selected(n, text, runs_generic_go(path))) continue;
      std::string& kept = store->texts.emplace_back(std::move(text));
      if (std::optional<RawError> he = go_header_error(kept)) {
        error(full, he->pos, he->msg);
        return false;
      }
      ParseResult parsed = parse_file(full, kept);
      if (cache_ != nullptr && store != pkg_) cache_->stats.files_parsed++;
      if ((parsed.file == nullptr || parsed.syntax_errors || !parsed.errors.empty()) && !stack_.empty() &&
          std_path(path) && (module_path.empty() || path.rfind(module_path, 0) != 0)) {
        // part lang19: Go parses its own library; what gosim cannot (a nesting limit in
        // GOROOT/src/vendor's golang.org/x/text tables) is one refusal at the program's import.
        const RawError e = parsed.errors.empty() ? RawError{} : parsed.errors.front();
        error(from, pos,
              "unsupported: import \"" + path + "\": gosim cannot read " + path + "/" + n + ":" +
                  std::to_string(e.pos.line) + ":" + std::to_string(e.pos.col) + " (" + e.msg + ")");
        return false;
      }
      if (parsed.file == nullptr || parsed.syntax_errors || !parsed.errors.empty()) {
        errors_->set_file(full);
        for (const RawError& e : parsed.errors) errors_->add(e.pos, e.msg);
        failed_ = true;
        return false;
      }
      if (only != nullptr) drop_decls(*parsed.file, n, only->dropped);
      File* f = store->more_files.emplace_back(std::move(parsed.file)).get();
      if (excerpt != nullptr) keep_excerpt(f, *excerpt);
      store->file_texts[f] = {full, kept};
      const std::string name = f->pkg_name != nullptr ? f->pkg_name->value : "";
      if (pkg_name.empty()) {
        pkg_name = name;
        first_file = n;
      } else if (name != pkg_name) {
        // Go: load's MultiplePackageError.
        error(from, pos, "found packages " + pkg_name + " (" + first_file + ") and " + name + " (" + n + ") in " + dir);
        return false;
      }
      if (!refuse_unrunnable(n, kept, *f, path, from, pos)) return false;
      unit->files.push_back(f);
      unit->filenames.push_back(full);
    }
    if (unit->files.empty()) {
      error(from, pos, "unsupported: import \"" + path + "\": no Go files for linux/amd64 in " + dir);
      return false;
    }
    if (only != nullptr) {  // the modelled package's own ref: its declarations are that package's
      if (store->universe == nullptr) declare_universe(store);  // GOSIM_CACHE=off: not declared yet
      unit->ref = &store->lib(path)->ref;
      return true;
    }
    PackageRef& ref = store->refs.emplace_back();
    ref.name = pkg_name;
    ref.path = path;
    unit->ref = &ref;
    return true;
  }

  // Functions without a body (their code is assembly, or the runtime's through //go:linkname)
  // and //go:linkname directives: gosim runs those intrinsics.h lists; any other is reported at
  // the import, naming the package's file and line, so the user sees which of their imports
  // gosim cannot run and why.
  bool refuse_unrunnable(const std::string& name, const std::string& text, const File& f, const std::string& path,
                         const std::string& from, Pos pos) {
    const std::string where = path + "/" + name;
    int line = 1;
    for (size_t i = 0; i < text.size();) {
      size_t eol = text.find('\n', i);
      if (eol == std::string::npos) eol = text.size();
      std::string_view l(text.data() + i, eol - i);
      if (l.rfind("//go:linkname ", 0) == 0) {
        std::istringstream words{std::string(l.substr(14))};
        std::string local, target;
        words >> local >> target;
        if (!linkname_ok(path, local, target)) {
          error(from, pos,
                "unsupported: import \"" + path + "\": " + where + ":" + std::to_string(line) +
                    " links to Go's runtime (" + std::string(l) + "), which gosim does not model");
          return false;
        }
      }
      i = eol + 1;
      line++;
    }
    for (const Decl* d : f.decls) {
      if (d->kind != NodeKind::FuncDecl) continue;
      const auto* fd = static_cast<const FuncDecl*>(d);
      if (fd->body != nullptr || intrinsic_func(path, fd->name->value) != LibFunc::None) continue;
      if (fd->recv == nullptr && fd->name->value.rfind("abigen_", 0) == 0 &&
          text.find("//go:linkname " + fd->name->value + " ") != std::string::npos) {
        continue;  // an ABI wrapper for the runtime, checked above; Go code never calls it
      }
      error(from, pos,
            "unsupported: import \"" + path + "\": function " + fd->name->value + " (" + where + ":" +
                std::to_string(fd->name->pos.line) +
                ") is written in assembly for amd64 and has no pure-Go version (gosim has no intrinsic for it)");
      return false;
    }
    return true;
  }

  Package* pkg_;
  ErrorList* errors_;
  StdlibCache* cache_;
  std::map<std::string, int> state_;  // 1 loading, 2 done
  std::vector<std::string> stack_;
  std::string root_file_;  // the main package's import being loaded
  Pos root_pos_;
  std::string root_path_;
  std::set<std::string> refused_roots_;  // part lang19: the program's imports already refused
  bool failed_ = false;
};

// Go: modload's go.mod parse, reduced to the module line.
bool read_module(const std::string& dir, std::string* module, ErrorList* errors) {
  std::string text;
  const std::string gomod = dir + "/go.mod";
  if (!read_text(gomod, &text)) {
    errors->set_file(dir);
    errors->add({}, "go.mod file not found in " + dir + " (a directory program needs one: go mod init MODULE)");
    return false;
  }
  std::istringstream in(text);
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    n++;
    line = trim(line);
    if (line.rfind("module", 0) == 0 && line.size() > 6 && (line[6] == ' ' || line[6] == '\t')) {
      std::string m = trim(line.substr(7));
      if (m.size() >= 2 && m.front() == '"' && m.back() == '"') m = m.substr(1, m.size() - 2);
      if (!m.empty()) {
        *module = m;
        return true;
      }
    }
  }
  errors->set_file(gomod);
  errors->add(Pos{n > 0 ? 1 : 0, n > 0 ? 1 : 0}, "no module declaration in go.mod (write: module example.com/NAME)");
  return false;
}

}  // namespace

// Go: cmd/go's findGOROOT: $GOROOT, else the installation the `go` command runs from (its
// executable, symlinks resolved, is GOROOT/bin/go), which is what `go env GOROOT` prints,
// found without starting a process (that costs a run ~0.5 s on a loaded machine); else
// Debian's paths.
const std::string& find_goroot() {
  static const std::string root = [] {
    if (const char* env = std::getenv("GOROOT"); env != nullptr && goroot_ok(env)) return std::string(env);
    if (const char* path = std::getenv("PATH")) {
      std::string_view rest(path);
      while (!rest.empty()) {
        size_t colon = rest.find(':');
        std::string dir(rest.substr(0, colon));
        rest = colon == std::string_view::npos ? std::string_view() : rest.substr(colon + 1);
        if (dir.empty()) continue;
        std::error_code ec;
        fs::path go = fs::canonical(fs::path(dir) / "go", ec);
        if (ec) continue;
        std::string r = go.parent_path().parent_path().string();
        if (goroot_ok(r)) return r;
        break;  // the first `go` on PATH is the one `go env` would run
      }
    }
    for (const char* d : {"/usr/lib/go-1.19", "/usr/share/go-1.19"}) {
      if (goroot_ok(d)) return std::string(d);
    }
    return std::string();
  }();
  return root;
}

bool imports_source_packages(const File& file, std::string_view source) {
  for (const Decl* d : file.decls) {
    if (d->kind != NodeKind::ImportDecl) continue;
    const auto* imp = static_cast<const ImportDecl*>(d);
    if (imp->path == nullptr || imp->path->bad) continue;
    std::string path = import_path(imp);
    // A modelled internal package still goes through the loader, which applies Go's internal rule.
    if ((!modelled_package(path) || path.rfind("internal/", 0) == 0) && path != "unsafe") return true;
    for (const SourceMember& m : kSourceMembers) {
      if (path != m.path) continue;
      if (source_member_used(m, source, imp->local_name != nullptr ? imp->local_name->value : m.name)) return true;
    }
  }
  return false;
}

CheckResult check_with_imports(std::string_view filename, std::string_view source, std::unique_ptr<File> file,
                               ErrorList* errors) {
  CheckResult result;
  StdlibCache* cache = stdlib_cache();
  std::unique_lock<std::mutex> lock;
  if (cache != nullptr) lock = std::unique_lock<std::mutex>(cache->mu);
  auto pkg = cache != nullptr ? std::make_unique<Package>(cache->world) : std::make_unique<Package>();
  pkg->filename = std::string(filename);
  pkg->file = std::move(file);
  pkg->source = std::string(source);  // generic declarations are parsed again from it
  pkg->file_texts[pkg->file.get()] = {pkg->filename, pkg->source};
  Loader loader(pkg.get(), errors, cache);
  // Go names a program given as files "command-line-arguments".
  if (loader.load_imports("command-line-arguments", false, {pkg->file.get()}, {pkg->filename})) {
    Unit& u = pkg->units.emplace_back();
    u.ref = &pkg->ref;
    u.filenames.push_back(pkg->filename);
    u.files.push_back(pkg->file.get());
    check_units_with(pkg.get(), errors, cache);
  }
  result.diags = errors->finish();
  if (errors->empty()) result.pkg = std::move(pkg);
  return result;
}

CheckResult check_dir(std::string_view dir_in) {
  std::string dir(dir_in);
  while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
  CheckResult result;
  ErrorList errors(dir);
  StdlibCache* cache = stdlib_cache();
  std::unique_lock<std::mutex> lock;
  if (cache != nullptr) lock = std::unique_lock<std::mutex>(cache->mu);
  auto pkg = cache != nullptr ? std::make_unique<Package>(cache->world) : std::make_unique<Package>();
  Loader loader(pkg.get(), &errors, cache);
  loader.module_dir = dir;
  if (!read_module(dir, &loader.module_path, &errors)) {
    result.diags = errors.finish();
    return result;
  }
  // The main package's files, read like any package's; the first one is Package::file.
  std::vector<std::string> names;
  std::error_code ec;
  for (const fs::directory_entry& e : fs::directory_iterator(dir, ec)) {
    if (e.is_regular_file(ec)) names.push_back(e.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  Unit main;
  main.ref = &pkg->ref;
  for (const std::string& n : names) {
    std::string text;
    const std::string full = dir + "/" + n;
    if (n.size() < 3 || n.compare(n.size() - 3, 3, ".go") != 0) continue;
    if (!read_text(full, &text)) {
      errors.set_file(full);
      errors.add({}, "cannot read file (missing, unreadable, or larger than 4 MiB)");
      continue;
    }
    if (!go_file_selected(n, text)) continue;
    std::string& kept = pkg->texts.emplace_back(std::move(text));
    if (std::optional<RawError> he = go_header_error(kept)) {
      errors.set_file(full);
      errors.add(he->pos, he->msg);
      continue;
    }
    ParseResult parsed = parse_file(full, kept);
    errors.set_file(full);
    for (const RawError& e : parsed.errors) errors.add(e.pos, e.msg);
    if (parsed.file == nullptr || parsed.syntax_errors) continue;
    File* f = nullptr;
    if (pkg->file == nullptr) {
      pkg->file = std::move(parsed.file);
      pkg->filename = full;
      f = pkg->file.get();
    } else {
      f = pkg->more_files.emplace_back(std::move(parsed.file)).get();
    }
    pkg->file_texts[f] = {full, kept};
    main.files.push_back(f);
    main.filenames.push_back(full);
  }
  if (errors.empty() && main.files.empty()) {
    errors.set_file(dir);
    errors.add({}, "no Go files in " + dir);
  }
  pkg->module_path = loader.module_path;
  pkg->module_dir = dir;
  if (errors.empty() && loader.load_imports(loader.module_path, false, main.files, main.filenames)) {
    pkg->units.push_back(std::move(main));
    check_units_with(pkg.get(), &errors, cache);
  }
  result.diags = errors.finish();
  if (errors.empty()) result.pkg = std::move(pkg);
  return result;
}

}  // namespace gosim::lang
