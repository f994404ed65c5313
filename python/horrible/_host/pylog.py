"""Python `logging` into the host's log (`horrible._host.pylog`).

Records reach Rust `tracing` through `sink(levelno, logger_name, message)`; records of
`plugin.<id>` loggers carry the plugin id there.
"""

import logging
from collections.abc import Callable

Sink = Callable[[int, str, str], None]


class TracingHandler(logging.Handler):
    def __init__(self, sink: Sink) -> None:
        super().__init__()
        self._sink = sink

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self._sink(record.levelno, record.name, self.format(record))
        except Exception:
            self.handleError(record)


def install(sink: Sink) -> None:
    root = logging.getLogger()
    root.addHandler(TracingHandler(sink))
    if root.level == logging.WARNING:
        root.setLevel(logging.INFO)
    logging.getLogger("plugin").setLevel(logging.DEBUG)
