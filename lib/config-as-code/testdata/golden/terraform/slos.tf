resource "dynatrace_slo_v2" "checkout_availability" {
  enabled            = true
  name               = "team-checkout: checkout availability"
  custom_description = "Share of successful checkout requests"
  metric_name        = "team_checkout_availability"
  metric_expression  = "(100)*(builtin:service.errors.server.successCount:splitBy())/(builtin:service.requestCount.server:splitBy())"
  evaluation_type    = "AGGREGATE"
  filter             = "type(\"SERVICE\"),mzName(\"team-checkout\")"
  evaluation_window  = "-1w"
  target_success     = 99.5
  target_warning     = 99.8

  error_budget_burn_rate {
    burn_rate_visualization_enabled = true
    fast_burn_threshold             = 10
  }
}
