"""One HTTP/1.1 request over a plain socket, so any ``Host``/``Origin``/upgrade header can be
sent verbatim (httpx and websockets normalise them)."""
from __future__ import annotations

import socket


def raw_request(port: int, method: str, path: str, headers: dict[str, str] | None = None,
                body: bytes = b"", timeout: float = 10.0) -> tuple[int, dict[str, str], bytes]:
    """Sends one request verbatim (``Host`` defaults to 127.0.0.1:port) and reads the answer head
    (and the body when Content-Length is given). Returns ``(status, headers, body)``; header names
    in the result are lower-cased."""
    hdrs = {"Host": f"127.0.0.1:{port}", "Connection": "close"}
    hdrs.update(headers or {})
    if body:
        hdrs["Content-Length"] = str(len(body))
    head = f"{method} {path} HTTP/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in hdrs.items()) + "\r\n"
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(head.encode() + body)
        buf = b""
        while b"\r\n\r\n" not in buf:
            chunk = s.recv(65536)
            if not chunk:
                break
            buf += chunk
        head_b, _, rest = buf.partition(b"\r\n\r\n")
        lines = head_b.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        out: dict[str, str] = {}
        for ln in lines[1:]:
            k, _, v = ln.partition(":")
            out[k.strip().lower()] = v.strip()
        n = int(out.get("content-length", "0") or 0)
        if status != 101:
            while len(rest) < n:
                chunk = s.recv(65536)
                if not chunk:
                    break
                rest += chunk
        return status, out, rest


def ws_upgrade_headers(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The headers of a WebSocket upgrade request (for ``raw_request(port, "GET", "/ws", ...)``)."""
    h = {"Upgrade": "websocket", "Connection": "Upgrade", "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
         "Sec-WebSocket-Version": "13"}
    h.update(extra or {})
    return h
