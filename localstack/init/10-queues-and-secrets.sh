#!/bin/bash
# Runs inside LocalStack when it is ready (ready.d): the resources the CDK app creates for the queue and the secrets,
# with the same names and settings (infra-cdk: ScanQueueProps, ApplicationSecrets), for environment DEBT_OS_ENV
# (default dev):
#   debt-os-<env>-scans      visibility 5400 s (6 x the worker's 900 s timeout), 4 days retention, SSE,
#                            redrive to the DLQ after 5 receives
#   debt-os-<env>-scans-dlq  14 days retention, SSE
#   debt-os-<env>/jwt-secret, debt-os-<env>/data-encryption-key   64 letters and digits each
# Idempotent: a queue or secret that exists is left as it is. The AWS CLI command is $AWS_CLI (default awslocal, as
# LocalStack runs it); SQS_ENDPOINT_URL and AWS_ENDPOINT_URL_SECRETS_MANAGER, the variables DEBT-OS itself reads,
# point it elsewhere (passed as --endpoint-url: not every AWS CLI reads them). The test suite runs it with the plain
# AWS CLI against the embedded queue.
set -euo pipefail
read -r -a CLI <<< "${AWS_CLI:-awslocal}"
SQS=("${CLI[@]}" ${SQS_ENDPOINT_URL:+--endpoint-url "$SQS_ENDPOINT_URL"} sqs)
SECRETS=("${CLI[@]}" ${AWS_ENDPOINT_URL_SECRETS_MANAGER:+--endpoint-url "$AWS_ENDPOINT_URL_SECRETS_MANAGER"} secretsmanager)
PREFIX="debt-os-${DEBT_OS_ENV:-dev}"

queue_url() { "${SQS[@]}" get-queue-url --queue-name "$1" --query QueueUrl --output text; }

"${SQS[@]}" create-queue --queue-name "$PREFIX-scans-dlq" \
  --attributes '{"MessageRetentionPeriod":"1209600","SqsManagedSseEnabled":"true"}' >/dev/null
DLQ_ARN=$("${SQS[@]}" get-queue-attributes --queue-url "$(queue_url "$PREFIX-scans-dlq")" \
  --attribute-names QueueArn --query Attributes.QueueArn --output text)
# RedrivePolicy is itself a JSON string inside the attribute map: the map is given as JSON, not shorthand.
"${SQS[@]}" create-queue --queue-name "$PREFIX-scans" --attributes "{\"VisibilityTimeout\":\"5400\",\
\"MessageRetentionPeriod\":\"345600\",\"SqsManagedSseEnabled\":\"true\",\
\"RedrivePolicy\":\"{\\\"deadLetterTargetArn\\\":\\\"$DLQ_ARN\\\",\\\"maxReceiveCount\\\":5}\"}" >/dev/null

secret() {
  if "${SECRETS[@]}" describe-secret --secret-id "$1" >/dev/null 2>&1; then
    return 0
  fi
  "${SECRETS[@]}" create-secret --name "$1" --description "$2" \
    --secret-string "$(LC_ALL=C tr -dc 'A-Za-z0-9' </dev/urandom | head -c 64)" >/dev/null
}
secret "$PREFIX/jwt-secret" "HS256 key that signs DEBT-OS bearer tokens"
secret "$PREFIX/data-encryption-key" "AES-256-GCM key material for webhook secrets and OAuth tokens at rest"
echo "debt-os: $PREFIX-scans, $PREFIX-scans-dlq, $PREFIX/jwt-secret and $PREFIX/data-encryption-key ready"
