#!/bin/sh
# Runs every test of the project: the Maven build with all unit and integration tests (loopback servers only).
set -e
cd "$(dirname "$0")"
. ./.ci/find-jdk.sh
echo "using JAVA_HOME=$JAVA_HOME"
# The html report's browser test drives Debian's chromium through its chromedriver; install both when missing
# (root with apt-get). When that is impossible the test skips itself and says why.
if ! [ -x /usr/bin/chromium ] || ! [ -x /usr/bin/chromedriver ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing chromium and chromium-driver for the html report's browser test"
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; }; then
      echo "could not install chromium: the html report's browser test will be skipped"
    fi
  else
    echo "chromium/chromedriver missing and not installable here (needs root and apt-get): the html report's browser test will be skipped"
  fi
fi
./mvnw -B -ntp verify
# offline checks of terraform/ (HCL parse and format, references, event patterns, IAM, wiring)
tools/terraform-check/run.sh
# the launcher's start-up cache: training, naming its checkout, removing the caches of checkouts that are gone
tools/launcher-check/run.sh
