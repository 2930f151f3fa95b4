# Written by Team Alerting. Provider credentials come from the environment
# (DYNATRACE_ENV_URL with DYNATRACE_API_TOKEN or DYNATRACE_PLATFORM_TOKEN), never from these files.
terraform {
  required_providers {
    dynatrace = {
      source  = "dynatrace-oss/dynatrace"
      version = "~> 1.0"
    }
  }
}

provider "dynatrace" {}
