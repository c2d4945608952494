#!/bin/sh
# `make lint`: swift-format's rules (configured in .swift-format) over every Swift file.
#
# swift-format's lint also reports where its pretty printer would lay the code out
# differently (indentation, line breaks, spacing, trailing commas, line length), and those
# findings cannot be turned off in the configuration. The code keeps its own layout, so
# they are dropped here; every other finding, trailing whitespace included, fails the lint.
set -eu
cd "$(dirname "$0")/.."
SWIFT="${SWIFT:-swift}"
layout='\[(Indentation|AddLines|RemoveLine|Spacing|TrailingComma|LineLength)\]'
findings=$("$SWIFT" format lint --recursive --parallel Package.swift Sources Tests 2>&1 | grep -Ev "$layout" || true)
if [ -n "$findings" ]; then
    printf '%s\n' "$findings" >&2
    echo "lint: $(printf '%s\n' "$findings" | wc -l | tr -d ' ') finding(s); see .swift-format for the rules" >&2
    exit 1
fi
echo "lint: no findings"
