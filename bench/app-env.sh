# Sourced by bench/generate.sh and bench/run-app.sh: the settings the platform refuses to start without outside the
# demo and test profiles (issues #10, #11), with bench-only values — never use them for real data.
BENCH_APP_DIR=${BENCH_APP_DIR:-/tmp/bench-app}
mkdir -p "$BENCH_APP_DIR"
export PLATFORM_SECOND_FACTOR_ROLES="${PLATFORM_SECOND_FACTOR_ROLES-}"
export PLATFORM_INTEGRITY_KEY_FILE="${PLATFORM_INTEGRITY_KEY_FILE:-$BENCH_APP_DIR/integrity.key}"
export PLATFORM_DB_ALLOW_SINGLE_USER="${PLATFORM_DB_ALLOW_SINGLE_USER:-true}"
export PLATFORM_SECOND_FACTOR_KEY="${PLATFORM_SECOND_FACTOR_KEY:-YmVuY2gtc2Vjb25kLWZhY3Rvci1rZXktMzJieXRlcyE=}"
export PLATFORM_PERSONAL_DATA_KEY="${PLATFORM_PERSONAL_DATA_KEY:-YmVuY2gtcGVyc29uYWwtaw==}"
# the arguments every bench start passes: nightly jobs off (none may run during a measurement), generated keys
BENCH_APP_ARGS=(--platform.evaluation.deadline-cron=- --platform.revocation.no-progress-cron=-
    --platform.funding.reconciliation-cron=- --platform.reminders.cron=- --platform.audit.anchor-cron=-
    --platform.integrity.generate-key-file=true --platform.signing.keystore="$BENCH_APP_DIR/signing.p12"
    --platform.signing.password=bench --platform.signing.generate-self-signed=true)
