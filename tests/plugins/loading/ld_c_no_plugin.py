"""A module without PLUGIN."""
VALUE = 1
