// Expectations: claims about the state at a stop, `PATH OP VALUE`, evaluated on the
// `gosim state --json` object (docs/state.md is the vocabulary).
//
//   PATH   dotted keys, [N] index, [key=value] the first element whose key equals value
//          (a number, true/false/null, a bare word or a "quoted string"):
//          goroutines[goid=1].frames[0].vars[name=b].heap_addr
//   len(PATH)    the size of an array, string or object
//   color(PATH)  PATH is an address: the colour of the heap slot holding it,
//                "white" | "grey" | "black" | "free" (from heap.spans[].slots)
//   span(PATH)   the heap.spans[] element containing the address, then .elemsize, .sizeclass…
//   OP     == != < <= > >= contains (a substring of a string, an element of an array)
//   VALUE  a JSON literal: 7, "runnable", true, null, [5,6]
//
// The same PATH grammar (without OP VALUE) is a question's answer_path. Errors carry the byte
// offset in the expression where the problem is, so the loader can point at the column.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace gosim::lesson {

struct PathSeg {
  enum class Kind : uint8_t { kKey, kIndex, kFilter };
  Kind kind = Kind::kKey;
  std::string key;                 // kKey: the key; kFilter: the element's key
  uint64_t index = 0;              // kIndex
  nlohmann::ordered_json literal;  // kFilter: the value (a bare word is a string)
  std::string text;                // the path up to and including this segment, for messages
};

struct Operand {
  enum class Func : uint8_t { kNone, kLen, kColor, kSpan };
  Func func = Func::kNone;
  std::vector<PathSeg> path;  // the argument (or the whole path without a function)
  std::vector<PathSeg> rest;  // span(PATH).rest
  std::string text;
};

enum class Op : uint8_t { kEq, kNe, kLt, kLe, kGt, kGe, kContains };

struct Expr {
  Operand lhs;
  Op op = Op::kEq;
  nlohmann::ordered_json value;
  std::string text;
};

struct ExprError {
  size_t offset = 0;
  std::string message;
};

std::optional<Expr> parse_expectation(std::string_view text, ExprError* error);
// A PATH alone (answer_path); functions allowed.
std::optional<Operand> parse_operand_only(std::string_view text, ExprError* error);

// The operand's value in `state`, or nullopt with *error a sentence ("no element with id=9 in
// ps (ids 0..3)").
std::optional<nlohmann::ordered_json> evaluate_operand(const Operand& op, const nlohmann::ordered_json& state,
                                                      std::string* error);

struct ExprResult {
  std::string error;              // non-empty: the expression could not be evaluated here
  bool holds = false;             // the claim is true
  nlohmann::ordered_json actual;  // the left side's value (for "… is false: X is 5")
};

ExprResult evaluate(const Expr& e, const nlohmann::ordered_json& state);

// "==", "contains"…
std::string_view op_text(Op op);

// A value as it reads in a message: JSON, cut after 80 bytes.
std::string short_json(const nlohmann::ordered_json& v);

}  // namespace gosim::lesson
