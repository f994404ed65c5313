# Optional Path parameters are not supported
