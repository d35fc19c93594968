// The schema validator: walks a schema and a value side by side.
//
// Where the JSON Schema specification only says "invalid", the validator tries to say what
// the user meant. Two shapes in our schema need that most:
//   - oneOf over `required` sets ("source_file" or "source"): reported as a missing key or as
//     two keys that cannot both be given, not as "matches 0 (or 2) alternatives";
//   - oneOf over types (GOGC: an integer or "off"): when the value's type picks one
//     alternative, that alternative's own error is reported ("at most 100000"); otherwise
//     the alternatives are listed ("must be an integer or "off"").
#include "sim/scenario/schema.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <regex>

namespace gosim {

namespace {

// libstdc++'s std::regex matches by recursion, one frame per character; a pattern applied
// to a megabyte-long string would overflow the stack. No id or path is anywhere near this.
constexpr size_t kMaxPatternSubject = 1024;

bool is_annotation(std::string_view k) {
  return k == "$schema" || k == "$id" || k == "$comment" || k == "title" ||
         k == "description" || k == "default" || k == "examples" || k == "markdownDescription";
}

bool is_supported(std::string_view k) {
  static constexpr std::string_view kSupported[] = {
      "type",    "properties", "required", "additionalProperties", "minProperties",
      "items",   "minItems",   "minimum",  "maximum",              "pattern",
      "enum",    "const",      "oneOf",    "anyOf",                "maxLength"};
  return std::find(std::begin(kSupported), std::end(kSupported), k) != std::end(kSupported);
}

bool type_name_matches(std::string_view type, const JsonValue& v) {
  switch (v.kind) {
    case JsonKind::kNull: return type == "null";
    case JsonKind::kBool: return type == "boolean";
    case JsonKind::kNumber: return type == "number" || (type == "integer" && v.is_integer());
    case JsonKind::kString: return type == "string";
    case JsonKind::kArray: return type == "array";
    case JsonKind::kObject: return type == "object";
  }
  return false;
}

bool type_matches(const JsonValue& type, const JsonValue& v) {
  if (type.is_string()) return type_name_matches(type.string, v);
  for (const JsonValue& t : type.items) {
    if (t.is_string() && type_name_matches(t.string, v)) return true;
  }
  return false;
}

std::string type_phrase(std::string_view type) {
  if (type == "object") return "an object";
  if (type == "array") return "an array";
  if (type == "integer") return "an integer";
  if (type == "boolean") return "true or false";
  if (type == "null") return "null";
  return "a " + std::string(type);
}

// "a", "a or b", "a, b or c".
std::string join_or(const std::vector<std::string>& parts, std::string_view last_sep = " or ") {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += i + 1 == parts.size() ? std::string(last_sep) : ", ";
    out += parts[i];
  }
  return out;
}

std::string type_description(const JsonValue& type) {
  if (type.is_string()) return type_phrase(type.string);
  std::vector<std::string> parts;
  for (const JsonValue& t : type.items) parts.push_back(type_phrase(t.string));
  return join_or(parts);
}

// a < b, comparing exactly when both are whole numbers (doubles lose int64 precision).
bool number_less(const JsonValue& a, const JsonValue& b) {
  if (a.is_int64 && b.is_int64) return a.int64 < b.int64;
  return a.number < b.number;
}

std::vector<std::string> quoted_keys(const JsonValue* properties) {
  std::vector<std::string> out;
  if (properties) {
    for (const JsonMember& m : properties->members) out.push_back(json_quote(m.key));
  }
  return out;
}

// An alternative that only lists required keys, e.g. {"required": ["source"]}.
bool is_required_only(const JsonValue& alt) {
  return alt.is_object() && alt.members.size() == 1 && alt.members[0].key == "required";
}

class Validator {
 public:
  explicit Validator(std::vector<SchemaError>& out) : out_(out) {}

  void check(const JsonValue& schema, const JsonValue& v) {
    if (!schema.is_object()) return;
    if (const JsonValue* type = schema.find("type")) {
      if (!type_matches(*type, v)) {
        fail(v, "must be " + type_description(*type) + " (got " + json_describe(v) + ")");
        return;
      }
      if (type->is_string() && type->string == "integer" && !v.is_int64) {
        fail(v, "must fit in a 64-bit integer (got " + json_describe(v) + ")");
        return;
      }
    }
    if (const JsonValue* c = schema.find("const"); c && !json_equal(*c, v)) {
      fail(v, "must be " + json_describe(*c) + " (got " + json_describe(v) + ")");
    }
    if (const JsonValue* e = schema.find("enum")) check_enum(*e, v);
    if (v.is_number()) check_bounds(schema, v);
    if (v.is_string()) {
      // The length first: a 15 MiB title must not reach the pattern matcher, nor be echoed.
      const JsonValue* max_len = schema.find("maxLength");
      if (max_len && max_len->is_int64 && !check_length(max_len->int64, v)) return;
      if (const JsonValue* p = schema.find("pattern")) check_pattern(p->string, v);
    }
    if (v.is_object()) check_object(schema, v);
    if (v.kind == JsonKind::kArray) check_array(schema, v);
    if (const JsonValue* alts = schema.find("oneOf")) check_alternatives(*alts, v, true);
    if (const JsonValue* alts = schema.find("anyOf")) check_alternatives(*alts, v, false);
  }

 private:
  struct Segment {
    std::string key;
    bool is_index = false;
    size_t index = 0;
  };

  std::vector<SchemaError>& out_;
  std::vector<Segment> path_;
  std::map<std::string, std::regex> regexes_;

  std::string dotted() const {
    std::string out;
    for (const Segment& s : path_) {
      if (s.is_index) {
        out += "[" + std::to_string(s.index) + "]";
      } else {
        out += (out.empty() ? "" : ".") + s.key;
      }
    }
    return out;
  }

  std::string subject() const { return path_.empty() ? "the top-level value" : dotted(); }
  std::string in_subject() const { return path_.empty() ? "" : " in " + dotted(); }

  static std::string pointer_token(std::string_view key) {
    std::string out;
    for (char c : key) {
      if (c == '~') out += "~0";
      else if (c == '/') out += "~1";
      else out += c;
    }
    return out;
  }

  std::string pointer() const {
    std::string out;
    for (const Segment& s : path_) {
      out += "/" + (s.is_index ? std::to_string(s.index) : pointer_token(s.key));
    }
    return out;
  }

  void add(Pos pos, std::string pointer, std::string message) {
    out_.push_back({pos, std::move(pointer), std::move(message)});
  }
  void fail(const JsonValue& v, const std::string& what) {
    add(v.pos, pointer(), subject() + " " + what);
  }

  void check_enum(const JsonValue& allowed, const JsonValue& v) {
    std::vector<std::string> names;
    for (const JsonValue& a : allowed.items) {
      if (json_equal(a, v)) return;
      names.push_back(json_describe(a));
    }
    fail(v, "must be one of " + join_or(names) + " (got " + json_describe(v) + ")");
  }

  void check_bounds(const JsonValue& schema, const JsonValue& v) {
    const JsonValue* min = schema.find("minimum");
    const JsonValue* max = schema.find("maximum");
    if (min && min->is_number() && number_less(v, *min)) {
      fail(v, "must be at least " + min->number_text + " (got " + v.number_text + ")");
    }
    if (max && max->is_number() && number_less(*max, v)) {
      fail(v, "must be at most " + max->number_text + " (got " + v.number_text + ")");
    }
  }

  // JSON Schema counts a string's length in characters (code points), not bytes.
  bool check_length(int64_t max, const JsonValue& v) {
    int64_t chars = 0;
    for (char c : v.string) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    if (chars <= max) return true;
    fail(v, "is too long (" + std::to_string(chars) + " characters; at most " + std::to_string(max) + ")");
    return false;
  }

  void check_pattern(const std::string& pattern, const JsonValue& v) {
    if (v.string.size() > kMaxPatternSubject) {
      fail(v, "is too long (" + std::to_string(v.string.size()) + " bytes; at most " +
                  std::to_string(kMaxPatternSubject) + ")");
      return;
    }
    auto it = regexes_.find(pattern);
    if (it == regexes_.end()) {
      try {
        it = regexes_.emplace(pattern, std::regex(pattern, std::regex::ECMAScript)).first;
      } catch (const std::regex_error&) {
        fail(v, "cannot be checked: the schema's pattern " + json_quote(pattern) + " is invalid");
        return;
      }
    }
    // JSON Schema patterns are unanchored: a match anywhere counts, so search, not match.
    if (!std::regex_search(v.string, it->second)) {
      fail(v, "must match the pattern " + pattern + " (got " + json_describe(v) + ")");
    }
  }

  void check_object(const JsonValue& schema, const JsonValue& v) {
    const JsonValue* props = schema.find("properties");
    const JsonValue* extra = schema.find("additionalProperties");
    bool closed = extra && extra->kind == JsonKind::kBool && !extra->boolean;
    for (const JsonMember& m : v.members) {
      const JsonValue* sub = props ? props->find(m.key) : nullptr;
      if (sub) {
        path_.push_back({m.key});
        check(*sub, m.value);
        path_.pop_back();
      } else if (closed) {
        report_unknown_key(m, props);
      } else if (extra && extra->is_object()) {
        // A map with free keys whose values share one shape (a lesson's named runs).
        path_.push_back({m.key});
        check(*extra, m.value);
        path_.pop_back();
      }
    }
    if (const JsonValue* required = schema.find("required")) {
      for (const JsonValue& name : required->items) {
        if (!v.find(name.string)) {
          add(v.pos, pointer() + "/" + pointer_token(name.string),
              "missing required key " + json_quote(name.string) + in_subject());
        }
      }
    }
    const JsonValue* min = schema.find("minProperties");
    if (min && min->is_int64 && static_cast<int64_t>(v.members.size()) < min->int64) {
      std::vector<std::string> keys = quoted_keys(props);
      if (min->int64 == 1 && !keys.empty()) {
        fail(v, "is empty; give at least one of " + join_or(keys));
      } else {
        fail(v, "must have at least " + min->number_text + " keys");
      }
    }
  }

  void report_unknown_key(const JsonMember& m, const JsonValue* props) {
    std::vector<std::string> names;
    if (props) {
      for (const JsonMember& p : props->members) names.push_back(p.key);
    }
    std::string hint;
    if (std::string guess = suggest_name(m.key, names); !guess.empty()) {
      hint = " (did you mean " + json_quote(guess) + "?)";
    } else if (names.empty()) {
      hint = " (no keys are defined there yet)";
    } else {
      hint = " (known keys: " + join_or(names, ", ") + ")";
    }
    add(m.key_pos, pointer() + "/" + pointer_token(m.key),
        "unknown key " + json_quote_short(m.key) + in_subject() + hint);
  }

  void check_array(const JsonValue& schema, const JsonValue& v) {
    const JsonValue* min = schema.find("minItems");
    if (min && min->is_int64 && static_cast<int64_t>(v.items.size()) < min->int64) {
      fail(v, "must have at least " + min->number_text + " items (got " +
                  std::to_string(v.items.size()) + ")");
    }
    const JsonValue* items = schema.find("items");
    if (!items) return;
    for (size_t i = 0; i < v.items.size(); ++i) {
      path_.push_back({"", true, i});
      check(*items, v.items[i]);
      path_.pop_back();
    }
  }

  // Errors `alt` finds in `v`, without reporting them.
  std::vector<SchemaError> trial(const JsonValue& alt, const JsonValue& v) {
    std::vector<SchemaError> errors;
    Validator sub(errors);
    sub.path_ = path_;
    sub.check(alt, v);
    return errors;
  }

  void check_alternatives(const JsonValue& alts, const JsonValue& v, bool exactly_one) {
    size_t passing = 0;
    for (const JsonValue& alt : alts.items) passing += trial(alt, v).empty();
    if (exactly_one ? passing == 1 : passing >= 1) return;
    if (std::all_of(alts.items.begin(), alts.items.end(), is_required_only)) {
      report_required_alternatives(alts, v, passing);
      return;
    }
    if (passing > 1) {
      fail(v, "matches more than one of the allowed forms");
      return;
    }
    // The alternatives whose type (or constant's type) fits the value: if only one does,
    // its complaint is the precise one.
    std::vector<const JsonValue*> fitting;
    std::vector<std::string> forms;
    for (const JsonValue& alt : alts.items) {
      const JsonValue* type = alt.find("type");
      const JsonValue* c = alt.find("const");
      if ((type && type_matches(*type, v)) || (c && c->kind == v.kind)) fitting.push_back(&alt);
      if (c) forms.push_back(json_describe(*c));
      else if (type) forms.push_back(type_description(*type));
    }
    if (fitting.size() == 1 && fitting[0]->find("type")) {
      for (SchemaError& e : trial(*fitting[0], v)) out_.push_back(std::move(e));
      return;
    }
    fail(v, "must be " + join_or(forms) + " (got " + json_describe(v) + ")");
  }

  void report_required_alternatives(const JsonValue& alts, const JsonValue& v, size_t passing) {
    std::vector<std::string> names;
    std::vector<const JsonMember*> present;
    for (const JsonValue& alt : alts.items) {
      for (const JsonValue& name : alt.find("required")->items) {
        names.push_back(json_quote(name.string));
        if (const JsonMember* m = v.find_member(name.string)) present.push_back(m);
      }
    }
    if (passing == 0) {
      add(v.pos, pointer(), "missing required key " + join_or(names) + in_subject());
      return;
    }
    // Point at the key that came second in the file: that is the one to delete.
    std::stable_sort(present.begin(), present.end(), [](const JsonMember* a, const JsonMember* b) {
      return std::pair(a->key_pos.line, a->key_pos.col) < std::pair(b->key_pos.line, b->key_pos.col);
    });
    const JsonMember* second = present.size() > 1 ? present[1] : present[0];
    add(second->key_pos, pointer() + "/" + pointer_token(second->key),
        join_or(names, " and ") + " cannot both be given" + in_subject());
  }
};

void collect_unsupported(const JsonValue& schema, const std::string& at,
                         std::vector<std::string>& out) {
  if (!schema.is_object()) return;
  for (const JsonMember& m : schema.members) {
    std::string here = at + "/" + m.key;
    if (is_annotation(m.key)) continue;
    if (!is_supported(m.key)) {
      out.push_back(here);
    } else if (m.key == "properties") {
      for (const JsonMember& p : m.value.members) collect_unsupported(p.value, here + "/" + p.key, out);
    } else if (m.key == "items") {
      collect_unsupported(m.value, here, out);
    } else if (m.key == "oneOf" || m.key == "anyOf") {
      for (size_t i = 0; i < m.value.items.size(); ++i) {
        collect_unsupported(m.value.items[i], here + "/" + std::to_string(i), out);
      }
    } else if (m.key == "additionalProperties" && m.value.kind == JsonKind::kObject) {
      collect_unsupported(m.value, here, out);
    } else if (m.key == "additionalProperties" && m.value.kind != JsonKind::kBool) {
      out.push_back(here + " (only true, false or a schema is supported)");
    }
  }
}

// Optimal string alignment distance: Levenshtein plus adjacent transpositions ("titel").
size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::vector<size_t>> d(a.size() + 1, std::vector<size_t>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  auto lower = [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); };
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) && lower(a[i - 2]) == lower(b[j - 1])) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.size()][b.size()];
}

}  // namespace

std::vector<SchemaError> validate_against_schema(const JsonValue& schema, const JsonValue& value) {
  std::vector<SchemaError> errors;
  Validator(errors).check(schema, value);
  std::stable_sort(errors.begin(), errors.end(), [](const SchemaError& a, const SchemaError& b) {
    return std::pair(a.pos.line, a.pos.col) < std::pair(b.pos.line, b.pos.col);
  });
  return errors;
}

std::vector<std::string> unsupported_schema_keywords(const JsonValue& schema) {
  std::vector<std::string> out;
  collect_unsupported(schema, "", out);
  return out;
}

namespace {

const char kScenarioSchemaText[] =
#include "scenario_schema.inc"
    ;

const JsonParse& parsed_schema() {
  static const JsonParse parse = parse_json(kScenarioSchemaText);
  return parse;
}

}  // namespace

const JsonValue* scenario_schema() {
  const JsonParse& p = parsed_schema();
  return p.value ? &*p.value : nullptr;
}

const JsonError& scenario_schema_error() { return parsed_schema().error; }

std::string suggest_name(std::string_view name, const std::vector<std::string>& candidates) {
  // A third of the length: "titel" -> "title" (1 edit), but "seed" never -> "GOGC" (4).
  size_t budget = std::max<size_t>(1, name.size() / 3);
  // Very long names are not typos of short keys; skip the quadratic distance table.
  if (name.size() > 256) return "";
  std::string best;
  size_t best_distance = budget + 1;
  for (const std::string& c : candidates) {
    size_t d = edit_distance(name, c);
    if (d < best_distance) {
      best = c;
      best_distance = d;
    }
  }
  return best;
}

}  // namespace gosim
