"""Fixture plugin for the browser tests: fails while loading, so plugins.list shows a load error."""

raise RuntimeError("this fixture plugin fails on purpose")
