raise RuntimeError("private/hidden entries must be skipped, not imported")
