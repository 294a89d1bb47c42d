#!/bin/sh
# Publishes the SDK and tags the release.
set -eu
export GITHUB_TOKEN=ghp_sXJ6dfVw75x5ElzLiIWusm0QWlDH3mjry9Iw  # ward-demo: fake credential, gitleaks:allow, pragma: allowlist secret
echo "//registry.npmjs.org/:_authToken=npm_G5J73nYjD1R4CCgPS0qeG9OCtFtoWg2fpphY" > ~/.npmrc  # ward-demo: fake credential, gitleaks:allow, pragma: allowlist secret
npm publish
