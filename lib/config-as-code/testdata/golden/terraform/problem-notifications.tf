resource "dynatrace_ansible_tower_notification" "ansible" {
  name             = "team-checkout: ansible"
  active           = true
  profile          = dynatrace_alerting.production_problems.id
  job_template_url = "https://ansible.example.com/#/templates/job_template/7"
  insecure         = false
  username         = "awx"
  password         = var.checkout_ansible_password
  custom_message   = "restart"
}

resource "dynatrace_webhook_notification" "incident_webhook" {
  name                   = "team-checkout: incident webhook"
  active                 = true
  profile                = dynatrace_alerting.production_problems.id
  url                    = "https://hooks.example.com/dynatrace/checkout"
  payload                = "{\"State\":\"{State}\",\"ProblemID\":\"{ProblemID}\"}"
  notify_closed_problems = true
  insecure               = false
  notify_event_merges    = false

  headers {
    header {
      name  = "X-Team"
      value = "checkout"
    }

    header {
      name         = "Authorization"
      secret_value = var.checkout_incident_webhook_headers_1_secretvalue
    }
  }
}

resource "dynatrace_jira_notification" "jira" {
  name        = "team-checkout: jira"
  active      = true
  profile     = dynatrace_alerting.production_problems.id
  url         = "https://jira.example.com"
  username    = "bot"
  api_token   = var.checkout_jira_apitoken
  project_key = "CHK"
  issue_type  = "Bug"
  summary     = "Problem {ProblemID}"
  description = "{ProblemDetailsText}"
}

resource "dynatrace_webhook_notification" "oauth_webhook" {
  name                   = "team-checkout: oauth webhook"
  active                 = true
  profile                = dynatrace_alerting.production_problems.id
  url                    = "https://hooks.example.com/oauth"
  payload                = "{\n  \"state\": \"{State}\",\n  \"literal\": \"{{not a template}} $${not.hcl} %%{nor this}\"\n}"
  notify_closed_problems = false
  insecure               = false
  notify_event_merges    = true
  use_oauth_2            = true

  oauth_2_credentials {
    access_token_url = "https://auth.example.com/token"
    client_id        = "client"
    client_secret    = var.checkout_oauth_webhook_oauth2credentials_clientsecret
    scope            = "alerts"
  }
}

resource "dynatrace_email_notification" "on_call_email" {
  name                   = "team-checkout: on-call email"
  active                 = true
  profile                = dynatrace_alerting.production_problems.id
  to                     = ["checkout-oncall@example.com"]
  cc                     = ["checkout-lead@example.com"]
  bcc                    = []
  subject                = "{State} Problem {ProblemID}: {ImpactedEntity}"
  body                   = "{ProblemDetailsHTML}"
  notify_closed_problems = true
}

resource "dynatrace_ops_genie_notification" "opsgenie" {
  name    = "team-checkout: opsgenie"
  active  = true
  profile = dynatrace_alerting.production_problems.id
  api_key = var.checkout_opsgenie_apikey
  domain  = "api.eu.opsgenie.com"
  message = "{ProblemTitle}"
}

resource "dynatrace_pager_duty_notification" "pagerduty" {
  name    = "team-checkout: pagerduty"
  active  = true
  profile = dynatrace_alerting.production_problems.id
  account = "checkout"
  service = "checkout-api"
  api_key = var.checkout_pagerduty_serviceapikey
}

resource "dynatrace_service_now_notification" "servicenow" {
  name      = "team-checkout: servicenow"
  active    = true
  profile   = dynatrace_alerting.production_problems.id
  instance  = "checkout"
  incidents = true
  events    = false
  username  = "sn"
  password  = var.checkout_servicenow_password
  message   = "{ProblemTitle}"
}

resource "dynatrace_slack_notification" "slack" {
  name    = "team-checkout: slack"
  active  = true
  profile = dynatrace_alerting.production_problems.id
  url     = var.checkout_slack_url
  channel = "#checkout"
  message = "{State} {ProblemTitle}"
}

resource "dynatrace_trello_notification" "trello" {
  name                = "team-checkout: trello"
  active              = true
  profile             = dynatrace_alerting.production_problems.id
  application_key     = "app-key"
  authorization_token = var.checkout_trello_authorizationtoken
  board_id            = "b1"
  list_id             = "l1"
  resolved_list_id    = "l2"
  text                = "{ProblemTitle}"
  description         = "{ProblemDetailsMarkdown}"
}

resource "dynatrace_victor_ops_notification" "victorops" {
  name        = "team-checkout: victorops"
  active      = true
  profile     = dynatrace_alerting.production_problems.id
  api_key     = var.checkout_victorops_apikey
  routing_key = "checkout"
  message     = "{ProblemTitle}"
}

resource "dynatrace_xmatters_notification" "xmatters" {
  name     = "team-checkout: xmatters"
  active   = true
  profile  = dynatrace_alerting.production_problems.id
  url      = "https://xm.example.com/hook"
  insecure = false
  payload  = "{\"id\":\"{ProblemID}\"}"

  headers {
    header {
      name         = "X-Key"
      secret_value = var.checkout_xmatters_headers_0_secretvalue
    }
  }
}
