// Loading a lesson: read, parse, validate against lesson.schema.json, then check what the
// schema cannot say and fill the Lesson.
//
// As for scenarios (sim/scenario/scenario.cpp), each stage stops the load when it finds
// anything, and within a stage every finding is reported. The checks beyond the schema:
//   - the id is the lesson's folder name; exactly one of program / scenario, each a safe path
//     (sim/scenario/safe_path.h): a program in the lesson's folder or its parent (lessons/),
//     a scenario inside the folder that holds lessons/ (the repository);
//   - 8..20 steps, at least 3 questions, every text non-empty in both languages;
//   - every selector and expectation parses (the column points inside the string);
//   - runs: a step's run exists, "main" is not redefined;
//   - questions: a choice question has choices and an answer index in range, a goroutine or
//     number question has an answer_path and no choices.
// What needs the run (a selector that never matches, a false expectation, a wrong answer) is
// `gosim lesson check`'s job (sim/lesson/check.cpp).
#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "sim/lesson/expect.h"
#include "sim/lesson/lesson.h"
#include "sim/lesson/selector.h"
#include "sim/lesson/text_pos.h"
#include "sim/scenario/json_document.h"
#include "sim/scenario/safe_path.h"
#include "sim/scenario/schema.h"

namespace gosim::lesson {

namespace fs = std::filesystem;

namespace {

constexpr size_t kMinSteps = 8;
constexpr size_t kMaxSteps = 20;
constexpr size_t kMinQuestions = 3;

LessonLoad refuse(const std::string& file, Pos pos, std::string message) {
  LessonLoad load;
  load.errors.push_back({file, pos, "", std::move(message)});
  return load;
}

class LessonReader {
 public:
  LessonReader(const std::string& path, const std::string& text, const JsonValue& root)
      : path_(path), text_(text), root_(root) {}

  LessonLoad read() {
    l_.path = path_;
    l_.id = root_.find("id")->string;
    check_id();
    l_.title = read_text(*root_.find("title"), "title");
    l_.summary = read_text(*root_.find("summary"), "summary");
    l_.minutes = static_cast<int32_t>(root_.find("minutes")->int64);
    if (const JsonValue* v = root_.find("matches_go")) l_.matches_go = v->boolean;
    if (const JsonValue* v = root_.find("detail")) l_.detail = v->string;
    read_program();
    read_runs();
    read_steps();
    LessonLoad load;
    if (errors_.empty()) {
      load.lesson = std::move(l_);
    } else {
      if (errors_.size() > kMaxReportedErrors) {
        errors_.resize(kMaxReportedErrors);
        errors_.push_back({path_, {}, "", "too many errors"});
      }
      load.errors = std::move(errors_);
    }
    return load;
  }

 private:
  const std::string& path_;
  const std::string& text_;
  const JsonValue& root_;
  Lesson l_;
  Diagnostics errors_;

  void error(Pos pos, std::string message) { errors_.push_back({path_, pos, "", std::move(message)}); }

  std::string lesson_dir() const {
    const fs::path dir = fs::path(path_).parent_path();
    return dir.empty() ? "." : dir.string();
  }

  void check_id() {
    std::error_code ec;
    const fs::path canon = fs::canonical(lesson_dir(), ec);
    if (ec) return;
    const std::string folder = canon.filename().string();
    // Only for a lesson inside a folder named like one ("04-work-stealing"): a lesson file
    // elsewhere (a test fixture, a draft) may have any id.
    const bool lesson_folder = folder.size() > 3 && std::isdigit(static_cast<unsigned char>(folder[0])) &&
                               std::isdigit(static_cast<unsigned char>(folder[1])) && folder[2] == '-';
    if (lesson_folder && folder != l_.id) {
      error(root_.find("id")->pos, fmt::format("id {} must be the lesson's folder name {}", json_quote(l_.id), json_quote(folder)));
    }
  }

  Text read_text(const JsonValue& v, const std::string& where) {
    Text t;
    t.pos = v.pos;
    t.en = v.find("en")->string;
    t.zh_cn = v.find("zh-CN")->string;
    for (const char* lang : {"en", "zh-CN"}) {
      const JsonValue& s = *v.find(lang);
      if (s.string.find_first_not_of(" \t\r\n") == std::string::npos) {
        error(s.pos, fmt::format("{}.{} is empty: every text needs both English and Simplified Chinese", where, lang));
      }
    }
    return t;
  }

  void read_program() {
    const JsonValue* program = root_.find("program");
    const JsonValue* scenario = root_.find("scenario");
    if ((program == nullptr) == (scenario == nullptr)) {
      error(program && scenario ? scenario->pos : root_.pos,
            program ? "give either program or scenario, not both" : "missing \"program\" (a .go file beside lesson.json) or \"scenario\"");
      return;
    }
    const JsonValue& file = program ? *program : *scenario;
    const std::string key = program ? "program" : "scenario";
    if (std::string why = path_text_problem(file.string); !why.empty()) {
      error(file.pos, fmt::format("{} {} {}", key, json_quote(file.string), why));
      return;
    }
    // A program lives beside the lesson or in lessons/ (shared); a scenario anywhere in the
    // folder that holds lessons/, where scenarios/ is.
    std::string root = scenario_root(path_);
    if (scenario) root = fs::path(root).parent_path().string();
    const ContainedPath p = resolve_contained(lesson_dir(), file.string, root);
    if (p.outside) {
      error(file.pos, fmt::format("{} {} {}: a lesson's {} must lie in {}", key, json_quote(file.string), p.error,
                                  program ? "program" : "scenario",
                                  program ? "its own folder or its parent folder" : "the folder that holds lessons/"));
      return;
    }
    if (!p.error.empty()) {
      error(file.pos, fmt::format("cannot read {} {}: {}", key, json_quote(p.shown), p.error));
      return;
    }
    if (program) {
      std::string why;
      if (!read_regular_file(p.resolved, l_.scenario.source, why)) {
        error(file.pos, fmt::format("cannot read program {}: {}", json_quote(p.shown), why));
        return;
      }
      l_.scenario.path = path_;
      l_.scenario.id = l_.id;
      l_.scenario.title = l_.title.en;
      l_.scenario.source_name = p.shown;
      l_.scenario.program_name = fs::path(file.string).lexically_normal().string();
      l_.program_file = p.resolved;
    } else {
      ScenarioLoad s = load_scenario(p.shown);
      if (!s.scenario) {
        error(file.pos, fmt::format("scenario {} is refused:", json_quote(p.shown)));
        for (Diagnostic& d : s.errors) errors_.push_back(std::move(d));
        return;
      }
      l_.scenario = std::move(*s.scenario);
      // The real-Go check builds the scenario's .go file; inline source has none.
      const std::string& name = l_.scenario.source_name;
      const bool inline_source = name.size() >= 7 && name.compare(name.size() - 7, 7, "#source") == 0;
      l_.program_file = inline_source ? "" : name;
    }
    if (const JsonValue* c = root_.find("config")) l_.scenario.config = overlay_config_json(*c, l_.scenario.config);
  }

  void read_runs() {
    Run main_run;
    main_run.name = "main";
    main_run.config = l_.scenario.config;
    main_run.pos = root_.pos;
    l_.runs.push_back(main_run);
    const JsonValue* runs = root_.find("runs");
    if (runs == nullptr) return;
    for (const JsonMember& m : runs->members) {
      if (m.key == "main") {
        error(m.key_pos, "runs.main: \"main\" is the lesson's own config; give the variant another name");
        continue;
      }
      Run r;
      r.name = m.key;
      r.pos = m.key_pos;
      r.config = overlay_config_json(*m.value.find("config"), l_.scenario.config);
      l_.runs.push_back(std::move(r));
    }
  }

  // line:col of byte `offset` of the decoded string value `s` (the file holds it with escapes).
  Pos inside(const JsonValue& s, size_t offset) const { return string_char_pos(text_, s.pos, offset); }

  std::optional<Expectation> read_expect(const JsonValue& v, const std::string& where) {
    ExprError err;
    if (!parse_expectation(v.string, &err)) {
      error(inside(v, err.offset), fmt::format("{}: expect {}: {}", where, json_quote(v.string), err.message));
      return std::nullopt;
    }
    return Expectation{v.string, v.pos};
  }

  void check_selector(const JsonValue& v, const std::string& where, const char* key) {
    SelectorError err;
    if (!parse_selector(v.string, &err)) {
      error(inside(v, err.offset), fmt::format("{}: {} {}: {}", where, key, json_quote(v.string), err.message));
    }
  }

  void read_steps() {
    const JsonValue& steps = *root_.find("steps");
    if (steps.items.size() < kMinSteps || steps.items.size() > kMaxSteps) {
      error(steps.pos, fmt::format("a lesson has {} to {} steps; this one has {}", kMinSteps, kMaxSteps, steps.items.size()));
    }
    size_t questions = 0;
    for (size_t i = 0; i < steps.items.size(); ++i) {
      l_.steps.push_back(read_step(steps.items[i], fmt::format("step {}", i + 1)));
      questions += l_.steps.back().question ? 1 : 0;
    }
    if (questions < kMinQuestions) {
      error(steps.pos, fmt::format("a lesson asks at least {} questions (predict, then reveal); this one asks {}", kMinQuestions,
                                   questions));
    }
  }

  Step read_step(const JsonValue& v, const std::string& where) {
    Step s;
    s.pos = v.pos;
    const JsonValue& at = *v.find("at");
    s.at = at.string;
    s.at_pos = at.pos;
    check_selector(at, where, "at");
    if (const JsonValue* run = v.find("run")) {
      s.run = run->string;
      s.run_pos = run->pos;
      if (l_.find_run(s.run) == nullptr) {
        std::vector<std::string> names;
        for (const Run& r : l_.runs) names.push_back(r.name);
        std::string known;
        for (const std::string& n : names) known += (known.empty() ? "" : ", ") + n;
        const std::string guess = suggest_name(s.run, names);
        error(run->pos, fmt::format("{}: unknown run {}{} (runs: {})", where, json_quote(s.run),
                                    guess.empty() ? "" : " (did you mean " + json_quote(guess) + "?)", known));
      }
    }
    s.view = read_view(*v.find("view"));
    s.text = read_text(*v.find("text"), where + ".text");
    if (const JsonValue* d = v.find("duration_ms")) s.duration_ms = static_cast<int32_t>(d->int64);
    if (const JsonValue* ex = v.find("expect")) {
      for (const JsonValue& e : ex->items) {
        if (auto x = read_expect(e, where)) s.expect.push_back(std::move(*x));
      }
    }
    if (const JsonValue* q = v.find("question")) s.question = read_question(*q, where);
    return s;
  }

  static View read_view(const JsonValue& v) {
    View view;
    for (const JsonValue& p : v.find("panels")->items) view.panels.push_back(p.string);
    if (const JsonValue* d = v.find("detail")) view.detail = d->string;
    if (const JsonValue* s = v.find("select")) {
      view.select = s->string;
      view.select_pos = s->pos;
    }
    if (const JsonValue* h = v.find("highlight")) {
      for (const JsonValue& x : h->items) {
        view.highlight.push_back(x.string);
        view.highlight_pos.push_back(x.pos);
      }
    }
    if (const JsonValue* z = v.find("zoom")) view.zoom = z->number;
    return view;
  }

  Question read_question(const JsonValue& v, const std::string& step) {
    Question q;
    q.pos = v.pos;
    const std::string where = step + ".question";
    const std::string& kind = v.find("kind")->string;
    q.kind = kind == "choice" ? Question::Kind::kChoice : kind == "goroutine" ? Question::Kind::kGoroutine : Question::Kind::kNumber;
    q.prompt = read_text(*v.find("prompt"), where + ".prompt");
    q.reveal = read_text(*v.find("reveal"), where + ".reveal");
    const JsonValue& answer = *v.find("answer");
    q.answer = answer.int64;
    q.answer_pos = answer.pos;
    if (const JsonValue* r = v.find("reveal_at")) {
      q.reveal_at = r->string;
      q.reveal_at_pos = r->pos;
      check_selector(*r, where, "reveal_at");
    }
    const JsonValue* choices = v.find("choices");
    const JsonValue* path = v.find("answer_path");
    if (q.kind == Question::Kind::kChoice) {
      if (choices == nullptr) {
        error(v.pos, where + ": a \"choice\" question needs \"choices\" (2 to 6)");
        return q;
      }
      if (path != nullptr) error(path->pos, where + ": answer_path is for \"goroutine\" and \"number\" questions; a choice's expect says what is true");
      if (choices->items.size() > 6) error(choices->pos, fmt::format("{}: at most 6 choices (got {})", where, choices->items.size()));
      for (size_t i = 0; i < choices->items.size(); ++i) {
        const JsonValue& c = choices->items[i];
        Choice ch;
        ch.text = read_text(*c.find("text"), fmt::format("{}.choices[{}].text", where, i));
        if (const JsonValue* e = c.find("expect")) ch.expect = read_expect(*e, fmt::format("{}.choices[{}]", where, i));
        q.choices.push_back(std::move(ch));
      }
      if (q.answer >= static_cast<int64_t>(q.choices.size())) {
        error(answer.pos, fmt::format("{}: answer {} is out of range: the choices are numbered 0 to {}", where, q.answer,
                                      q.choices.size() - 1));
      } else if (!q.choices[static_cast<size_t>(q.answer)].expect) {
        error(choices->items[static_cast<size_t>(q.answer)].pos,
              fmt::format("{}.choices[{}]: the answer needs an \"expect\" (lesson check proves it at the reveal)", where, q.answer));
      }
    } else {
      if (choices != nullptr) error(choices->pos, fmt::format("{}: a \"{}\" question has no choices (the learner types the answer)", where, kind));
      if (path == nullptr) {
        error(v.pos, fmt::format("{}: a \"{}\" question needs \"answer_path\": the state path whose value at the reveal is the answer", where, kind));
      } else {
        ExprError err;
        if (!parse_operand_only(path->string, &err)) {
          error(inside(*path, err.offset), fmt::format("{}: answer_path {}: {}", where, json_quote(path->string), err.message));
        } else {
          q.answer_path = Expectation{path->string, path->pos};
        }
      }
      if (q.kind == Question::Kind::kGoroutine && q.answer < 1) {
        error(answer.pos, fmt::format("{}: a goroutine's id is at least 1 (got {})", where, q.answer));
      }
    }
    return q;
  }
};

}  // namespace

const Run* Lesson::find_run(const std::string& name) const {
  for (const Run& r : runs) {
    if (r.name == name) return &r;
  }
  return nullptr;
}

LessonLoad load_lesson(const std::string& path) {
  std::string text, why;
  if (!read_regular_file(path, text, why)) return refuse(path, {}, "cannot read file: " + why);
  return parse_lesson(path, text);
}

LessonLoad parse_lesson(const std::string& path, const std::string& text) {
  std::string schema_error;
  const JsonValue* schema = lesson_schema(&schema_error);
  if (schema == nullptr) return refuse(path, {}, "internal error: the built-in " + schema_error);
  LessonLoad load;
  const std::optional<JsonValue> doc = read_json_document(path, text, "lesson", *schema, load.errors);
  if (!doc) return load;
  return LessonReader(path, text, *doc).read();
}

std::vector<std::string> find_lessons(const std::string& path) {
  std::error_code ec;
  if (!fs::is_directory(path, ec)) return {path};
  const fs::path dir(path);
  if (fs::is_regular_file(dir / "lesson.json", ec)) return {(dir / "lesson.json").string()};
  std::vector<std::string> out;
  for (const fs::directory_entry& e : fs::directory_iterator(dir, ec)) {
    if (e.is_directory(ec) && fs::is_regular_file(e.path() / "lesson.json", ec)) out.push_back((e.path() / "lesson.json").string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace gosim::lesson
