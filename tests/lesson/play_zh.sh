#!/usr/bin/env bash
# `gosim lesson --non-interactive --lang zh-CN` prints the fixture's Chinese narration, question,
# answer and reveal (and not the English ones); LANG=zh_CN.UTF-8 picks Chinese without --lang.
set -euo pipefail
gosim=$1
lesson=$(dirname "$0")/01-runnext-mini
fail() { echo "FAIL: $*"; exit 1; }
out=$("$gosim" lesson "$lesson" --non-interactive --lang zh-CN)
for want in "runnext：八步看懂" "第 2/8 步" "main 执行第一条 go 语句：runtime.newproc 创建了 G6。" \
            "问题：新建的 G6 在哪里等待？" "答案：1) 在 P0 的 runnext 槽位" "答案：G15" "程序继续运行：" "源码：G1 第 16 行：" "等待中 (semacquire)" \
            "▶ G6   可运行" "本课结束。"; do
  grep -qF -- "$want" <<<"$out" || fail "zh-CN output lacks: $want"
done
grep -qF "main runs its first go statement" <<<"$out" && fail "zh-CN output holds the English narration"
grep -qF "created G6" <<<"$out" && fail "zh-CN output holds an English event sentence"
out_env=$(LC_ALL= LC_MESSAGES= LANG=zh_CN.UTF-8 "$gosim" lesson "$lesson" --non-interactive)
grep -qF "main 执行第一条 go 语句" <<<"$out_env" || fail "LANG=zh_CN.UTF-8 did not pick Chinese"
out_en=$(LC_ALL=C "$gosim" lesson "$lesson" --non-interactive)
grep -qF "main runs its first go statement: runtime.newproc creates G6." <<<"$out_en" || fail "LC_ALL=C did not pick English"
# Interactive: a wrong answer, a right one, back, then quit.
out_i=$(printf '\n2\nb\n\n1\n\n\n\nG15\nq\n' | "$gosim" lesson "$lesson" --lang en)
grep -qF "Not quite. The answer: 1) In P0's runnext slot" <<<"$out_i" || fail "interactive: the wrong choice was not called wrong"
grep -qF "Right. The answer: G15" <<<"$out_i" || fail "interactive: G15 was not accepted"
grep -qF "Right. The answer: 1)" <<<"$out_i" || fail "interactive: after going back, the right choice was not accepted"
grep -qF "End of the lesson." <<<"$out_i" && fail "interactive: q did not quit"
# Lesson texts mark code the Markdown way (`pollDesc`); the terminal player drops the marks as the
# window's lesson pane does (lesson::Text::shown), in both languages.
les08=$(dirname "$0")/../../lessons/08-netpoller
for lang in en zh-CN; do
  out_c=$("$gosim" lesson "$les08" --non-interactive --lang "$lang")
  grep -qF "runtime.netpollblock" <<<"$out_c" || fail "lesson 08 ($lang): runtime.netpollblock is missing"
  if grep -nF '`' <<<"$out_c"; then fail "lesson 08 ($lang) prints Markdown backticks"; fi
done
echo "ok"
