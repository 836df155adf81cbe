#!/bin/bash
# Runs inside LocalStack when it is ready: the scan queue with its dead-letter queue (maxReceiveCount 5, as in
# the CDK ScanQueue construct and ScanQueueProvisioner) and a JWT secret read through JWT_SECRET_SECRET_ARN.
set -euo pipefail
awslocal sqs create-queue --queue-name debt-os-scans-dlq --attributes MessageRetentionPeriod=1209600
DLQ_ARN=$(awslocal sqs get-queue-attributes --queue-url http://localhost:4566/000000000000/debt-os-scans-dlq \
  --attribute-names QueueArn --query Attributes.QueueArn --output text)
awslocal sqs create-queue --queue-name debt-os-scans --attributes \
  "VisibilityTimeout=900,RedrivePolicy={\"deadLetterTargetArn\":\"$DLQ_ARN\",\"maxReceiveCount\":\"5\"}"
awslocal secretsmanager create-secret --name debt-os/jwt \
  --secret-string "$(head -c 48 /dev/urandom | base64 | tr -d '\n')" >/dev/null
echo "debt-os: queues and secrets ready"
