#!/bin/sh
echo "native schema engine unavailable; migrations run through scripts/migrate.ts" >&2
exit 1
