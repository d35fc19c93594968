// gosim lesson LESSON [--lang en|zh-CN] [--non-interactive] — the terminal player: each step's
// picture and narration; a question waits for the learner's answer, then the reveal.
// gosim lesson check LESSON|DIR... — prove every claim of the lessons (sim/lesson/check.h).
// gosim lesson list DIR — id, title, minutes, steps and questions of each lesson.
#include <cstdio>
#include <future>
#include <semaphore>
#include <iostream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "cli/cli.h"
#include "cli/lesson_go.h"
#include "sim/lesson/check.h"
#include "sim/lesson/lesson.h"
#include "sim/lesson/picture.h"
#include "sim/lesson/run.h"

namespace gosim::cli {

namespace {

using lesson::Lesson;
using lesson::PreparedLesson;
using lesson::Question;

// The player's own words in both languages.
struct Words {
  const char* step;
  const char* question;
  const char* your_answer_choice;
  const char* your_answer_goroutine;
  const char* your_answer_number;
  const char* right;
  const char* wrong;
  const char* answer_is;
  const char* keys;
  const char* first_step;
  const char* not_understood;
  const char* reveal_at;
  const char* done;
  const char* colon;  // ": " / "："
};

const Words& words(Lang l) {
  static const Words kEn{"Step",
                         "Question",
                         "Your answer (the choice's number): ",
                         "Your answer (a goroutine id, e.g. 7): ",
                         "Your answer (a number): ",
                         "Right.",
                         "Not quite.",
                         "The answer",
                         "[Enter] next   [b] back   [q] quit: ",
                         "(this is the first step)",
                         "Please type",
                         "The run goes on",
                         "End of the lesson.",
                         ": "};
  static const Words kZh{"第",
                         "问题",
                         "你的答案（选项编号）：",
                         "你的答案（goroutine 编号，例如 7）：",
                         "你的答案（一个数）：",
                         "答对了。",
                         "不太对。",
                         "答案",
                         "[回车] 下一步   [b] 上一步   [q] 退出：",
                         "（这已经是第一步）",
                         "请输入",
                         "程序继续运行",
                         "本课结束。",
                         "："};
  return l == Lang::kZhCN ? kZh : kEn;
}

std::string step_title(const Words& w, Lang lang, size_t i, size_t n) {
  return lang == Lang::kZhCN ? fmt::format("{} {}/{} 步", w.step, i + 1, n) : fmt::format("{} {}/{}", w.step, i + 1, n);
}

bool read_line(std::string* line) {
  std::fflush(stdout);
  return static_cast<bool>(std::getline(std::cin, *line));
}

std::string trim(std::string s) {
  const size_t a = s.find_first_not_of(" \t\r");
  if (a == std::string::npos) return "";
  return s.substr(a, s.find_last_not_of(" \t\r") - a + 1);
}

std::string answer_text(const Question& q, Lang lang) {
  if (q.kind == Question::Kind::kChoice) {
    return fmt::format("{}) {}", q.answer + 1, q.choices[static_cast<size_t>(q.answer)].text.shown(lang));
  }
  return q.kind == Question::Kind::kGoroutine ? fmt::format("G{}", q.answer) : std::to_string(q.answer);
}

// Asks until the learner types something of the right shape; nullopt at end of input.
std::optional<int64_t> ask(const Question& q, const Words& w) {
  const char* prompt = q.kind == Question::Kind::kChoice    ? w.your_answer_choice
                       : q.kind == Question::Kind::kGoroutine ? w.your_answer_goroutine
                                                              : w.your_answer_number;
  while (true) {
    std::printf("%s", prompt);
    std::string line;
    if (!read_line(&line)) return std::nullopt;
    line = trim(line);
    if (q.kind == Question::Kind::kGoroutine && !line.empty() && (line[0] == 'G' || line[0] == 'g')) line = line.substr(1);
    char* end = nullptr;
    const long long v = std::strtoll(line.c_str(), &end, 10);
    if (!line.empty() && end != nullptr && *end == '\0') {
      if (q.kind != Question::Kind::kChoice) return v;
      if (v >= 1 && v <= static_cast<long long>(q.choices.size())) return v - 1;
    }
    if (q.kind == Question::Kind::kChoice) std::printf("%s 1..%zu\n", w.not_understood, q.choices.size());
  }
}

class Player {
 public:
  Player(const Lesson& l, const PreparedLesson& p, Lang lang, bool interactive)
      : l_(l), p_(p), lang_(lang), w_(words(lang)), interactive_(interactive) {}

  void play() {
    std::printf("%s\n%s\n", l_.title.shown(lang_).c_str(), l_.summary.shown(lang_).c_str());
    size_t i = 0;
    while (i < l_.steps.size()) {
      show_step(i);
      if (!interactive_) {
        ++i;
        continue;
      }
      std::printf("%s", w_.keys);
      std::string line;
      if (!read_line(&line)) return;
      line = trim(line);
      if (line == "q" || line == "Q") return;
      if (line == "b" || line == "B") {
        if (i == 0) std::printf("%s\n", w_.first_step);
        else --i;
        continue;
      }
      ++i;
    }
    std::printf("\n%s\n", w_.done);
  }

 private:
  const Lesson& l_;
  const PreparedLesson& p_;
  Lang lang_;
  const Words& w_;
  bool interactive_;

  std::string detail(const lesson::Step& s) const { return s.view.detail.empty() ? l_.detail : s.view.detail; }

  void show_step(size_t i) {
    const lesson::Step& s = l_.steps[i];
    std::printf("\n── %s ──────────────────────────────\n", step_title(w_, lang_, i, l_.steps.size()).c_str());
    const std::string pic = lesson::step_picture(p_.state_at_step(l_, i), s.view, detail(s), l_.scenario.source, lang_);
    std::fwrite(pic.data(), 1, pic.size(), stdout);
    std::printf("\n%s\n", s.text.shown(lang_).c_str());
    if (!s.question) return;
    const Question& q = *s.question;
    std::printf("\n%s%s%s\n", w_.question, w_.colon, q.prompt.shown(lang_).c_str());
    for (size_t c = 0; c < q.choices.size(); ++c) std::printf("  %zu) %s\n", c + 1, q.choices[c].text.shown(lang_).c_str());
    if (interactive_) {
      const std::optional<int64_t> a = ask(q, w_);
      if (!a) return;
      std::printf("%s ", *a == q.answer ? w_.right : w_.wrong);
    }
    std::printf("%s%s%s\n", w_.answer_is, w_.colon, answer_text(q, lang_).c_str());
    const lesson::StepStop& stop = p_.stops.steps[i];
    if (stop.reveal_seq != stop.seq || stop.reveal_end != stop.end) {
      // The picture's first line is the event's sentence: the selector syntax means nothing to a learner.
      std::printf("%s%s\n", w_.reveal_at, w_.colon);
      const std::string rpic = lesson::step_picture(p_.state_at_reveal(l_, i), s.view, detail(s), l_.scenario.source, lang_);
      std::fwrite(rpic.data(), 1, rpic.size(), stdout);
    }
    std::printf("%s\n", q.reveal.shown(lang_).c_str());
  }
};

std::optional<Lesson> load_or_print(const std::string& path) {
  lesson::LessonLoad load = lesson::load_lesson(path);
  if (!load.lesson) {
    print_diagnostics(stderr, load.errors);
    return std::nullopt;
  }
  return std::move(load.lesson);
}

struct PlayFlags {
  std::string path;
  std::string lang;
  bool non_interactive = false;
};

int play(const PlayFlags& f) {
  Lang lang = lang_from_env();
  if (!f.lang.empty()) {
    const auto l = parse_lang(f.lang);
    if (!l) {
      std::fprintf(stderr, "gosim lesson: --lang wants en or zh-CN, not %s\n", f.lang.c_str());
      return kExitRefused;
    }
    lang = *l;
  }
  const std::vector<std::string> files = lesson::find_lessons(f.path);
  if (files.size() != 1) {
    std::fprintf(stderr, "gosim lesson: %s holds %zu lessons; name one (gosim lesson list %s)\n", f.path.c_str(), files.size(),
                 f.path.c_str());
    return kExitRefused;
  }
  const std::optional<Lesson> l = load_or_print(files[0]);
  if (!l) return kExitRefused;
  const PreparedLesson p = lesson::prepare_lesson(*l, lang);
  if (!p.errors.empty()) {
    print_diagnostics(stderr, p.errors);
    return kExitRefused;
  }
  Player(*l, p, lang, !f.non_interactive).play();
  return 0;
}

// At most this many real-Go builds at once: the go tool mostly waits on other processes and
// the disk, so a few in parallel hide that wait behind gosim's own checking. (Only builds:
// programs run one at a time, see check_one.)
constexpr std::ptrdiff_t kRealGoJobs = 4;
// Runs of real Go before a differing output counts (see check_one).
constexpr int kRealGoRuns = 3;

struct Checked {
  std::string file;
  lesson::LessonLoad load;
  std::future<RealGoBuild> go_build;  // valid when real Go builds the program
};

// One lesson's verdict; true when it passes.
bool check_one(Checked& c, bool go) {
  if (!c.load.lesson) {
    print_diagnostics(stderr, c.load.errors);
    std::printf("%s: FAIL (refused)\n", c.file.c_str());
    return false;
  }
  const Lesson& l = *c.load.lesson;
  const PreparedLesson p = lesson::prepare_lesson(l);
  lesson::CheckReport r = lesson::check_lesson(l, p);
  std::string go_note;
  if (l.matches_go && !go) go_note = ", matches_go not checked: go is not on PATH";
  if (l.matches_go && go && l.program_file.empty()) {
    r.failures.push_back({c.file, {}, "", "matches_go needs a program file (the scenario has inline source)"});
  }
  if (c.go_build.valid()) {
    const RealGoBuild built = c.go_build.get();
    if (!built.build_error.empty()) {
      r.failures.push_back({c.file, {}, "", "matches_go: real Go 1.19 does not build the program: " + built.build_error});
    } else if (p.build.errors.empty()) {
      const auto main_run = p.stops.runs.find("main");
      const lesson::RunRecord rec = main_run != p.stops.runs.end()
                                        ? main_run->second
                                        : lesson::record_run(*p.build.program, p.build.main_entry, l.scenario.config, false);
      // Real Go runs one program at a time, after the builds' load has passed this lesson:
      // a program whose output depends on timing (timers, sleeps) is printed the way it is on
      // a quiet machine. An overloaded host can still stall real Go past a timer, so a
      // differing run is repeated; the claim holds when one of kRealGoRuns runs agrees.
      std::string diff;
      int runs = 0;
      for (bool same = false; !same && runs < kRealGoRuns;) {
        ++runs;
        const std::string d = compare_with_real_go(run_real_go(built, l.scenario.config.gomaxprocs), rec,
                                                   l.scenario.config.gomaxprocs);
        same = d.empty();
        if (runs == 1) diff = d;
        if (same) diff.clear();
      }
      if (!diff.empty()) r.failures.push_back({c.file, {}, "", diff + fmt::format(" (in each of {} runs)", runs)});
      else go_note = runs == 1 ? ", output matches real Go" : fmt::format(", output matches real Go (on run {} of {})", runs, kRealGoRuns);
    }
    remove_real_go_build(built);
  }
  if (!r.failures.empty()) {
    print_diagnostics(stderr, r.failures);
    std::printf("%s: FAIL (%zu problem%s)\n", c.file.c_str(), r.failures.size(), r.failures.size() == 1 ? "" : "s");
    return false;
  }
  std::printf("%s: ok (%zu steps, %zu questions, %zu claims proved%s)\n", c.file.c_str(), l.steps.size(), r.questions,
              r.expectations, go_note.c_str());
  return true;
}

int check(const std::vector<std::string>& paths) {
  std::vector<Checked> lessons;
  for (const std::string& p : paths) {
    for (std::string& f : lesson::find_lessons(p)) lessons.push_back({std::move(f), {}, {}});
  }
  if (lessons.empty()) {
    std::printf("no lessons in %s\n", paths.empty() ? "" : paths[0].c_str());
    return 0;
  }
  const bool go = go_available();
  // Load every lesson first and start real Go's build of each program that claims to match it;
  // gosim then checks the lessons in order while those builds run.
  std::counting_semaphore<kRealGoJobs> jobs(kRealGoJobs);
  for (Checked& c : lessons) {
    c.load = lesson::load_lesson(c.file);
    if (!c.load.lesson || !c.load.lesson->matches_go || !go || c.load.lesson->program_file.empty()) continue;
    c.go_build = std::async(std::launch::async, [&jobs, file = c.load.lesson->program_file] {
      jobs.acquire();
      RealGoBuild b = build_real_go(file);
      jobs.release();
      return b;
    });
  }
  size_t failed = 0;
  for (Checked& c : lessons) failed += check_one(c, go) ? 0 : 1;
  if (lessons.size() > 1) std::printf("%zu of %zu lessons pass\n", lessons.size() - failed, lessons.size());
  return failed == 0 ? 0 : kExitRefused;
}

// `s` padded to `width` terminal columns: a CJK character takes two, so printf's byte-counting
// %-44s would misalign Chinese titles.
std::string pad_columns(const std::string& s, size_t width) {
  size_t cols = 0;
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    cols += len >= 3 ? 2 : 1;
    i += len;
  }
  return cols >= width ? s : s + std::string(width - cols, ' ');
}

int list(const std::string& dir) {
  const std::vector<std::string> files = lesson::find_lessons(dir);
  int status = 0;
  for (const std::string& file : files) {
    const std::optional<Lesson> l = load_or_print(file);
    if (!l) {
      status = kExitRefused;
      continue;
    }
    size_t questions = 0;
    for (const lesson::Step& s : l->steps) questions += s.question ? 1 : 0;
    const Lang lang = lang_from_env();
    std::printf("%-28s %s %2d min  %2zu steps  %zu questions\n", l->id.c_str(), pad_columns(l->title.shown(lang), 44).c_str(),
                l->minutes, l->steps.size(), questions);
  }
  return status;
}

}  // namespace

void add_lesson(CLI::App& app) {
  auto* cmd = app.add_subcommand("lesson", "Follow a lesson in the terminal; `lesson check` proves a lesson's claims, `lesson list` lists lessons");
  auto f = std::make_shared<PlayFlags>();
  cmd->add_option("lesson", f->path, "A lesson.json, or the lesson's folder");
  cmd->add_option("--lang", f->lang, "en or zh-CN (default: from LC_ALL / LC_MESSAGES / LANG)");
  cmd->add_flag("--non-interactive", f->non_interactive, "Print every step, question, answer and reveal without waiting");
  cmd->require_subcommand(0, 1);

  auto* chk = cmd->add_subcommand("check", "Check lessons: schema, stops, expectations, answers, both languages, and real Go's output (matches_go); exit 0 or 1");
  auto paths = std::make_shared<std::vector<std::string>>();
  chk->add_option("lessons", *paths, "lesson.json files or folders (a folder of lesson folders, e.g. lessons/)")->required();
  chk->callback([paths]() { exit_status = check(*paths); });

  auto* lst = cmd->add_subcommand("list", "List the lessons in a folder: id, title, minutes, steps, questions");
  auto dir = std::make_shared<std::string>();
  lst->add_option("dir", *dir, "A folder of lesson folders (lessons/)")->required();
  lst->callback([dir]() { exit_status = list(*dir); });

  cmd->callback([cmd, f]() {
    if (!cmd->get_subcommands().empty()) return;
    if (f->path.empty()) {
      std::fprintf(stderr, "gosim lesson: name a lesson (gosim lesson lessons/01-…/lesson.json), or use check / list\n");
      exit_status = kExitRefused;
      return;
    }
    exit_status = play(*f);
  });
}

}  // namespace gosim::cli
