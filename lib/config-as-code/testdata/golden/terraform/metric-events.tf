resource "dynatrace_metric_events" "checkout_error_rate_high" {
  enabled                    = true
  summary                    = "team-checkout: checkout error rate high"
  event_entity_dimension_key = "dt.entity.service"

  event_template {
    title       = "Checkout error rate above 5%"
    description = "The {metricname} value was {alert_condition} normal behavior."
    event_type  = "ERROR"
    davis_merge = true

    metadata {
      metadata_key   = "team"
      metadata_value = "checkout"
    }
  }

  model_properties {
    alert_condition    = "ABOVE"
    alert_on_no_data   = false
    dealerting_samples = 5
    samples            = 5
    threshold          = 5
    type               = "STATIC_THRESHOLD"
    violating_samples  = 3
  }

  query_definition {
    aggregation     = "AVG"
    management_zone = var.zone_team_checkout
    metric_key      = "builtin:service.errors.total.rate"
    type            = "METRIC_KEY"

    entity_filter {
      dimension_key = "dt.entity.service"

      conditions {
        condition {
          operator = "EQUALS"
          type     = "MANAGEMENT_ZONE"
          value    = var.zone_team_checkout
        }
      }
    }
  }
}
