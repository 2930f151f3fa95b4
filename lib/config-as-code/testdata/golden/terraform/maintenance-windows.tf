resource "dynatrace_maintenance" "weekly_database_patching" {
  enabled = true

  general_properties {
    name              = "team-checkout: weekly database patching"
    description       = "Patch window for the checkout database"
    suppression       = "DETECT_PROBLEMS_DONT_ALERT"
    type              = "PLANNED"
    disable_synthetic = false
  }

  schedule {
    type = "WEEKLY"

    weekly_recurrence {
      day_of_week = "SUNDAY"

      recurrence_range {
        start_date = "2025-01-05"
        end_date   = "2025-12-28"
      }

      time_window {
        start_time = "02:00:00"
        end_time   = "04:00:00"
        time_zone  = "Europe/Vienna"
      }
    }
  }

  filters {
    filter {
      entity_type      = "HOST"
      entity_tags      = ["db:checkout"]
      management_zones = [var.zone_team_checkout]
    }
  }
}
