"""The horrible host's own Python (embedded in the binary; see ``horrible._host``)."""
