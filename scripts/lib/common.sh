# Shared by every script in scripts/: locate the repo and the Java 25 JDK, print steps, fail in one line.
# shellcheck shell=bash
DEBT_OS_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export DEBT_OS_HOME

say()  { printf '[debt-os] %s\n' "$*" >&2; }
die()  { printf 'debt-os: %s\n' "$*" >&2; exit 1; }

# Temurin 25 is the one JDK every module targets; the machine's default java is 17.
use_java25() {
  local candidate
  for candidate in "${DEBT_OS_JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25-jdk-arm64 /usr/lib/jvm/temurin-25-jdk; do
    if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ]; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  die "Java 25 (Temurin) not found under /usr/lib/jvm; install temurin-25-jdk or set DEBT_OS_JAVA_HOME"
}

# Maven, quiet and non-interactive; the repository's .mvn/ settings apply.
mvn_batch() { mvn -B -ntp "$@"; }
