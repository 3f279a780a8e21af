# Sourced by ../mvnw, ../bin/cellbook and ../.ci/run (POSIX sh): when JAVA_HOME is unset or
# names a JDK older than 21 and the `java` on the PATH is older too, point JAVA_HOME at the
# newest JDK >= 21 found under /usr/lib/jvm or /opt/java, so the build and the tools run on
# a machine whose default java is older.
cellbook_java_major() {
  "$1" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == 1 ? v[2] : v[1]); exit }'
}

cellbook_select_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/java" ] \
    && [ "$(cellbook_java_major "$JAVA_HOME/bin/java")" -ge 21 ] 2>/dev/null; then
    return 0
  fi
  if [ -z "${JAVA_HOME-}" ] && command -v java >/dev/null 2>&1 \
    && [ "$(cellbook_java_major java)" -ge 21 ] 2>/dev/null; then
    return 0
  fi
  cellbook_best=""
  cellbook_best_major=0
  cellbook_noglob=""
  case $- in *f*) cellbook_noglob=1 ;; esac
  set +f # mvnw runs with globbing off
  for cellbook_jdk in /usr/lib/jvm/* /opt/java/*; do
    if [ -x "$cellbook_jdk/bin/java" ] && [ -x "$cellbook_jdk/bin/javac" ]; then
      cellbook_major="$(cellbook_java_major "$cellbook_jdk/bin/java")"
      if [ "${cellbook_major:-0}" -ge 21 ] 2>/dev/null && [ "$cellbook_major" -gt "$cellbook_best_major" ]; then
        cellbook_best="$cellbook_jdk"
        cellbook_best_major="$cellbook_major"
      fi
    fi
  done
  if [ -n "$cellbook_noglob" ]; then
    set -f
  fi
  if [ -n "$cellbook_best" ]; then
    JAVA_HOME="$cellbook_best"
    export JAVA_HOME
    PATH="$JAVA_HOME/bin:$PATH"
    export PATH
  fi
}

cellbook_select_jdk
