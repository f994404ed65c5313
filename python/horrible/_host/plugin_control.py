"""`dash.plugins`: plugin control from the REPL (`horrible._host.plugin_control`).

The same answers as `POST /api/plugins/{id}/reload|enable|disable`, `/rescan` and `GET /api/plugins`,
through the binary's `plugins_control` (no HTTP round trip); a refusal or failure raises
`PluginControlError` carrying the endpoint's status and JSON.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, ClassVar

# (action, plugin id, cascade) -> (HTTP status, JSON body), as `plugins_control` answers.
PluginsControl = Callable[[str, str | None, bool], tuple[int, str]]


def native_plugins_control(action: str, plugin_id: str | None, cascade: bool) -> tuple[int, str]:
    """The binary's `plugins_control`, looked up when first called: `horrible._host.sdk` is
    loaded by the binary at boot, after this module (and kernel does not import it at load)."""
    from horrible._host import sdk

    status, body = sdk._need_native("plugins_control")(action, plugin_id, cascade)
    return int(status), str(body)


class PluginControlError(Exception):
    """A plugin control call the host refused or that failed. `status` is the HTTP status the
    endpoint answers (403 locked, 404 unknown id, 409 failed or has dependents) and `body` its
    JSON as a dict (`error`, `stage`, `traceback`, `file`, `line`, or `dependents`, or `detail`)."""

    def __init__(self, action: str, plugin_id: str | None, status: int, body: dict[str, Any]) -> None:
        self.status, self.body = status, body
        super().__init__(_control_failure(action, plugin_id, status, body))


def _control_failure(action: str, plugin_id: str | None, status: int, body: dict[str, Any]) -> str:
    """The message of a PluginControlError: what failed and where, then the plugin's traceback."""
    plugin_id = str(body.get("plugin") or plugin_id or "") or None  # a dependent may be the one that failed
    what = f"{action} of {plugin_id!r}" if plugin_id else action
    if body.get("stage"):
        place = f" ({body['file']}:{body['line']})" if body.get("file") and body.get("line") else ""
        keeps = "; the old version keeps serving" if action == "reload" else ""
        head = f"{what} failed at {body['stage']}: {body.get('error')}{place}{keeps}"
        tb = str(body.get("traceback") or "").rstrip()
        return f"{head}\n{tb}" if tb else head
    if body.get("dependents"):
        names = ", ".join(map(str, body["dependents"]))
        return f"{plugin_id!r} was not disabled: {names} depend on it (pass cascade=True to disable them too)"
    return f"{what}: {status} {body.get('detail') or body.get('error') or body}"


class _Plugins:
    """List, reload, enable and disable backend plugins (as the Plugins pane and
    `horrible plugins ...` do). Backend-local: no browser round-trip."""

    _name: ClassVar[str] = "plugins"

    def __init__(self, control: PluginsControl) -> None:
        self._control = control

    def __repr__(self) -> str:
        return f"<dash.{self._name} — run dash.help()>"

    def _call(self, action: str, plugin_id: str | None = None, cascade: bool = False) -> dict[str, Any]:
        status, text = self._control(action, plugin_id, cascade)
        try:
            body = json.loads(text) if text else {}
        except ValueError:
            body = {"detail": text}
        if not isinstance(body, dict):
            body = {"detail": body}
        if status != 200 or body.get("ok") is False:
            raise PluginControlError(action, plugin_id, status, body)
        return body

    def list(self) -> dict[str, Any]:
        """What `GET /api/plugins` answers: loaded plugins (state, requires, last_error),
        disabled, blocked, errors."""
        return self._call("list")

    def reload(self, plugin_id: str) -> dict[str, Any]:
        """Reload a plugin in place (its dependents after it); the old version keeps serving
        if the new one fails, and PluginControlError says why."""
        return self._call("reload", plugin_id)

    def enable(self, plugin_id: str) -> dict[str, Any]:
        """Enable a disabled plugin and load it (and the dependents it unblocks)."""
        return self._call("enable", plugin_id)

    def disable(self, plugin_id: str, cascade: bool = False) -> dict[str, Any]:
        """Disable and unload a plugin; with dependents loaded it refuses unless `cascade=True`."""
        return self._call("disable", plugin_id, cascade)

    def rescan(self) -> dict[str, Any]:
        """Load plugins installed since the host started and unload uninstalled ones."""
        return self._call("rescan")
