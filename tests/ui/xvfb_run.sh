#!/bin/sh
# xvfb_run.sh ARGS... — xvfb-run with an X authority file of our own (-f), for the UI tests.
# Without -f, xvfb-run makes a temporary directory for the file and removes it on exit; while other
# Xvfb tests ran alongside, that removal sometimes failed and xvfb-run replaced the program's exit
# status with its own 5 ("problem while cleaning up temporary directory"), failing tests that
# check the status (seen in record's ulimit case, ui_i18n's missing-font case, ui_viz's /dev/full case).
# Here xvfb-run only adds and removes its cookie in our file, and the program's status comes back.
auth=$(mktemp "${TMPDIR:-/tmp}/gosim-xauth.XXXXXX") || exit 1
xvfb-run -f "$auth" "$@"
rc=$?
rm -f "$auth" "$auth-c" "$auth-l" "$auth-n"
exit $rc
