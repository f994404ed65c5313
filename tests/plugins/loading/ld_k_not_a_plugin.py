"""PLUGIN is something other than a BackendPlugin."""
PLUGIN = 42
