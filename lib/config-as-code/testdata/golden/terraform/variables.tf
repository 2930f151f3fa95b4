variable "zone_team_checkout" {
  type        = string
  description = "numeric id of the management zone `team-checkout`"
  default     = "-189204438944455158"
}

variable "checkout_ansible_password" {
  type        = string
  description = "secret `ansibleTowerNotification/password` of `team-checkout: ansible` (set TF_VAR_checkout_ansible_password)"
  sensitive   = true
}

variable "checkout_incident_webhook_headers_1_secretvalue" {
  type        = string
  description = "secret `webHookNotification/headers/1/secretValue` of `team-checkout: incident webhook` (set TF_VAR_checkout_incident_webhook_headers_1_secretvalue)"
  sensitive   = true
}

variable "checkout_jira_apitoken" {
  type        = string
  description = "secret `jiraNotification/apiToken` of `team-checkout: jira` (set TF_VAR_checkout_jira_apitoken)"
  sensitive   = true
}

variable "checkout_oauth_webhook_oauth2credentials_clientsecret" {
  type        = string
  description = "secret `webHookNotification/oAuth2Credentials/clientSecret` of `team-checkout: oauth webhook` (set TF_VAR_checkout_oauth_webhook_oauth2credentials_clientsecret)"
  sensitive   = true
}

variable "checkout_opsgenie_apikey" {
  type        = string
  description = "secret `opsGenieNotification/apiKey` of `team-checkout: opsgenie` (set TF_VAR_checkout_opsgenie_apikey)"
  sensitive   = true
}

variable "checkout_pagerduty_serviceapikey" {
  type        = string
  description = "secret `pagerDutyNotification/serviceApiKey` of `team-checkout: pagerduty` (set TF_VAR_checkout_pagerduty_serviceapikey)"
  sensitive   = true
}

variable "checkout_servicenow_password" {
  type        = string
  description = "secret `serviceNowNotification/password` of `team-checkout: servicenow` (set TF_VAR_checkout_servicenow_password)"
  sensitive   = true
}

variable "checkout_slack_url" {
  type        = string
  description = "secret `slackNotification/url` of `team-checkout: slack` (set TF_VAR_checkout_slack_url)"
  sensitive   = true
}

variable "checkout_trello_authorizationtoken" {
  type        = string
  description = "secret `trelloNotification/authorizationToken` of `team-checkout: trello` (set TF_VAR_checkout_trello_authorizationtoken)"
  sensitive   = true
}

variable "checkout_victorops_apikey" {
  type        = string
  description = "secret `victorOpsNotification/apiKey` of `team-checkout: victorops` (set TF_VAR_checkout_victorops_apikey)"
  sensitive   = true
}

variable "checkout_xmatters_headers_0_secretvalue" {
  type        = string
  description = "secret `xMattersNotification/headers/0/secretValue` of `team-checkout: xmatters` (set TF_VAR_checkout_xmatters_headers_0_secretvalue)"
  sensitive   = true
}
