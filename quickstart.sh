#!/bin/sh
# Quickstart: builds jnewman if needed and runs the bundled quickstart collection against a mock server that jnewman
# starts itself from the collection's saved examples, so it works offline.
set -e
cd "$(dirname "$0")"
exec ./jnewman run collections/quickstart/quickstart.postman_collection.json --mock "$@"
