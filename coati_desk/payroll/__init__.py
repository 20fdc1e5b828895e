"""The payroll domain: models, database, calculation and services (no Qt, no queue)."""
