resource "dynatrace_alerting" "production_problems" {
  name            = "team-checkout: production problems"
  management_zone = var.zone_team_checkout

  rules {
    rule {
      severity_level   = "AVAILABILITY"
      delay_in_minutes = 0
      include_mode     = "NONE"
    }

    rule {
      severity_level   = "ERRORS"
      delay_in_minutes = 5
      include_mode     = "INCLUDE_ANY"
      tags             = ["env:prod", "team:checkout"]
    }

    rule {
      severity_level   = "PERFORMANCE"
      delay_in_minutes = 30
      include_mode     = "NONE"
    }
  }

  filters {
    filter {
      predefined {
        type   = "OSI_HIGH_CPU"
        negate = true
      }
    }

    filter {
      custom {
        title {
          operator       = "CONTAINS"
          value          = "checkout"
          negate         = false
          enabled        = true
          case_sensitive = false
        }
      }
    }
  }
}
