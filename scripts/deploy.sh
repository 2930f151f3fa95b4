#!/usr/bin/env bash
# `npm run deploy`: build and deploy Team Alerting to a real Dynatrace environment.
# The tenant URL comes from DT_ENVIRONMENT_URL (never committed); dt-app signs you in through the
# browser, or uses DT_APP_OAUTH_CLIENT_ID / DT_APP_OAUTH_CLIENT_SECRET / DT_APP_PLATFORM_TOKEN in CI.
set -euo pipefail
if [ -z "${DT_ENVIRONMENT_URL:-}" ]; then
  echo "set DT_ENVIRONMENT_URL, e.g. DT_ENVIRONMENT_URL=https://abc12345.apps.dynatrace.com npm run deploy" >&2
  exit 2
fi
exec npx dt-app deploy --optimize --enable-code-splitting --environment-url "$DT_ENVIRONMENT_URL" "$@"
