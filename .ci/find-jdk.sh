# Sourced by ./jnewman and .ci/run: exports JAVA_HOME pointing at a JDK >= 21.
# Order: $JAVA_HOME, then the usual install locations; says what to install when none is found.
# the JDK's release file names its version; asking `java -version` starts a JVM (about 30 ms) and is the fallback
jdk_major() {
  jdk_v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null | head -n 1)
  [ -n "$jdk_v" ] || jdk_v=$("$1/bin/java" -version 2>&1 | sed -n 's/.* version "\([0-9]*\).*/\1/p' | head -n 1)
  echo "$jdk_v"
}
jdk_ok() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] && m=$(jdk_major "$1") && [ -n "$m" ] && [ "$m" -ge 21 ]
}
if [ -n "${JAVA_HOME:-}" ] && jdk_ok "$JAVA_HOME"; then
  :
else
  found=""
  for candidate in /usr/lib/jvm/temurin-25-jdk* /usr/lib/jvm/temurin-2[1-9]-jdk* /usr/lib/jvm/java-2[1-9]-openjdk* \
      /usr/lib/jvm/jdk-2[1-9]* /opt/java/openjdk /opt/jdk-2[1-9]* /Library/Java/JavaVirtualMachines/*/Contents/Home \
      "$HOME"/.sdkman/candidates/java/current; do
    if jdk_ok "$candidate"; then found="$candidate"; break; fi
  done
  if [ -z "$found" ] && command -v javac >/dev/null 2>&1; then
    home=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    if jdk_ok "$home"; then found="$home"; fi
  fi
  if [ -z "$found" ]; then
    echo "jnewman needs a JDK 21 or newer. Install one (e.g. 'apt-get install openjdk-21-jdk' or Temurin 21/25)" >&2
    echo "and set JAVA_HOME to it." >&2
    exit 1
  fi
  JAVA_HOME="$found"
fi
export JAVA_HOME
