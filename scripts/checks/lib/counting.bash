# Sourced by the checks in scripts/checks/: counts PASS and FAIL lines and ends a check with
# the line "N passed, N failed" (exit status non-zero on any failure).
passed=0
failed=0
pass() { echo "PASS $*"; passed=$((passed + 1)); }
fail() { echo "FAIL $*"; failed=$((failed + 1)); }
finish() {
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
  exit $?
}
