#!/bin/sh
# Runs every test of the project: the Maven build with all unit and integration tests (loopback servers only).
set -e
cd "$(dirname "$0")"
. ./.ci/find-jdk.sh
echo "using JAVA_HOME=$JAVA_HOME"
./mvnw -B -ntp verify
# offline checks of terraform/ (HCL parse and format, references, event patterns, IAM, wiring)
tools/terraform-check/run.sh
