"""Route order and route leniency (issue 11 points 1-2, issue 10): the host matches plugin routes
exactly as one FastAPI app with the same routers does (declaration order, the first route whose
path *and* method match, 405 only when none matches both, with the first partial match's Allow),
and a route another plugin or the host already serves is a warning, never a refused plugin.

Differential: each request goes to the host and to ``support.reference``'s FastAPI app built from
the same plugin folder (TestClient); status, content-type, body bytes and allow/location must match.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from support import reference
from support.host import PLUGINS, Host, plugins_list_json, require_bin, start_host

ROUTING = PLUGINS / "routing"
O = "/api/plugins/rt_a_order"
S = "/api/shared"
E = "/api/plugins/rt_e_fidelity"

CASES: list[tuple[str, str, str, int]] = [
    # (id, method, path, expected status)
    ("param-declared-before-static", "GET", f"{O}/users/me", 200),
    ("param-route-other-value", "GET", f"{O}/users/42", 200),
    ("get-param-beside-post-static", "GET", f"{O}/items/special", 200),
    ("post-static-beside-get-param", "POST", f"{O}/items/special", 200),
    ("neither-method-405", "DELETE", f"{O}/items/special", 405),
    ("int-convertor-first", "GET", f"{O}/n/7", 200),
    ("str-after-int", "GET", f"{O}/n/seven", 200),
    ("two-params-one-segment", "GET", f"{O}/f/archive.tar.gz", 200),
    ("two-params-one-segment-no-dot", "GET", f"{O}/f/archive", 404),
    ("path-param-in-the-middle", "GET", f"{O}/a/x/y/z/b", 200),
    ("path-param-in-the-middle-empty", "GET", f"{O}/a//b", 200),
    ("path-param-in-the-middle-no-tail", "GET", f"{O}/a/x/y", 404),
    ("same-method-and-path-twice", "GET", f"{O}/dup", 200),
    ("allow-from-first-partial-int", "GET", f"{O}/allow/1", 405),
    ("allow-from-first-partial-str", "GET", f"{O}/allow/a", 405),
    ("later-full-match-beats-partial", "POST", f"{O}/allow/1", 200),
    ("redirect-add-slash", "GET", f"{O}/slash", 307),
    ("redirect-drop-slash", "GET", f"{O}/noslash/", 307),
    ("shared-prefix-first-wins", "GET", f"{S}/x", 200),
    ("shared-prefix-other-method-served", "POST", f"{S}/x", 200),
    ("shared-prefix-catch-all-first", "GET", f"{S}/zzz", 200),
    ("shared-prefix-later-route", "GET", f"{S}/y/3", 200),
    ("custom-route-class", "GET", f"{E}/tagged/3", 200),
    ("custom-route-class-422", "GET", f"{E}/tagged/x", 422),
]


@pytest.fixture(scope="module")
def ref_client() -> TestClient:
    return TestClient(reference.build_app([ROUTING]), raise_server_exceptions=False, follow_redirects=False)


@pytest.fixture(scope="module")
def host(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Host]:
    require_bin()
    h = start_host([ROUTING], tmp_path_factory.mktemp("routing") / "data", extra_args=["--no-entry-points"])
    yield h
    h.stop()


def _methods(r: httpx.Response) -> list[str]:
    return sorted(m.strip() for v in r.headers.get_list("allow") for m in v.split(","))


def _diffs(ref: httpx.Response, got: httpx.Response) -> list[str]:
    out = []
    for what, a, b in [
        ("status", ref.status_code, got.status_code),
        ("content-type", ref.headers.get("content-type"), got.headers.get("content-type")),
        ("body", ref.content, got.content),
        # FastAPI keeps a route's methods in a set: its Allow order varies from run to run.
        ("allow", _methods(ref), _methods(got)),
        ("x-route-class", ref.headers.get("x-route-class"), got.headers.get("x-route-class")),
        ("location path", httpx.URL(ref.headers.get("location", "")).path,
         httpx.URL(got.headers.get("location", "")).path),
    ]:
        if a != b:
            out.append(f"{what}: reference {a!r}, host {b!r}")
    return out


@pytest.mark.parametrize(("method", "path", "status"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_route_order_matches_fastapi(ref_client: TestClient, host: Host, method: str, path: str,
                                     status: int) -> None:
    ref = ref_client.request(method, path)
    assert ref.status_code == status, f"reference fixture: {ref.status_code} {ref.content!r}"
    got = host.client.request(method, path)
    assert not _diffs(ref, got), _diffs(ref, got)


def test_order_answers_are_the_declared_ones(host: Host) -> None:
    """The differential cases could agree on a wrong fixture: pin the answers themselves."""
    assert host.client.get(f"{O}/users/me").json() == {"route": "by-id", "user_id": "me"}
    assert host.client.get(f"{O}/items/special").json() == {"route": "item", "item_id": "special"}
    assert host.client.get(f"{O}/n/7").json() == {"route": "int", "x": 7}
    assert host.client.get(f"{O}/dup").json() == {"route": "first"}
    assert host.client.get(f"{O}/allow/1").headers["allow"] == "PATCH, PUT"
    assert host.client.get(f"{S}/x").json() == {"from": "rt_b_shared"}


def test_host_route_wins_and_the_plugin_still_loads(host: Host) -> None:
    assert host.client.get("/api/health").json()["status"] == "ok"
    assert host.client.get("/api/plugins/rt_d_host_clash/mine").json() == {"ok": "rt_d_host_clash"}


def _by_id(listing: dict[str, Any]) -> dict[str, Any]:
    return {p["id"]: p for p in listing["plugins"]}


def test_collisions_are_warnings(host: Host) -> None:
    listing = host.client.get("/api/plugins").json()
    assert listing["errors"] == []
    plugins = _by_id(listing)
    assert sorted(plugins) == ["rt_a_order", "rt_b_shared", "rt_c_shared", "rt_d_host_clash", "rt_e_fidelity",
                               "rt_f_names"]
    assert plugins["rt_a_order"]["warnings"] == [
        'route GET /api/plugins/rt_a_order/dup is shadowed by GET /api/plugins/rt_a_order/dup of plugin '
        '"rt_a_order", declared first',
    ]
    assert plugins["rt_b_shared"]["warnings"] == []
    assert plugins["rt_c_shared"]["warnings"] == [
        'route GET /api/shared/x is shadowed by GET /api/shared/x of plugin "rt_b_shared", declared first',
    ]
    assert plugins["rt_d_host_clash"]["warnings"] == [
        "route GET /api/health is not served: the host serves that path",
    ]
    assert [r["path"] for r in plugins["rt_d_host_clash"]["routes"]] == ["/api/plugins/rt_d_host_clash/mine"]


def test_cli_lists_warnings(tmp_path: Any) -> None:
    listing = plugins_list_json([ROUTING], tmp_path, extra_args=["--no-entry-points"])
    assert _by_id(listing)["rt_c_shared"]["warnings"], listing


def test_custom_route_class_is_honoured(host: Host) -> None:
    r = host.client.get(f"{E}/tagged/3")
    assert (r.json(), r.headers["x-route-class"]) == ({"n": 3}, "tagged")
    listing = _by_id(host.client.get("/api/plugins").json())
    assert [r["fast"] for r in listing["rt_e_fidelity"]["routes"] if "tagged" in r["path"]] == [False]


def test_sync_endpoints_run_under_anyios_limiter(host: Host) -> None:
    """As under FastAPI: `anyio.from_thread.run` works in a sync endpoint, and a plugin that sets
    the default thread limiter to 2 tokens gets 2 at a time."""
    import concurrent.futures

    assert host.client.get(f"{E}/limit", params={"tokens": 2}).json() == {"tokens": 2}
    try:
        with concurrent.futures.ThreadPoolExecutor(6) as pool:
            answers = list(pool.map(lambda _: host.client.get(f"{E}/slow-sync").json(), range(6)))
        assert answers == [{"said": "from the loop"}] * 6
        assert host.client.get(f"{E}/running").json()["max"] == 2
    finally:
        host.client.get(f"{E}/limit", params={"tokens": 40})


N = "/api/plugins/rt_f_names"


@pytest.mark.parametrize(("name", "params", "path"), [
    ("user_by_id", {"user_id": "x"}, f"{O}/users/x"),  # a route of a plugin loaded before
    ("x", {}, f"{S}/x"),  # two plugins name a route "x": the first one's, as in one app
    ("post_x", {}, f"{S}/x"),
    ("url_for", {"name": "n"}, f"{N}/url-for/n"),
])
def test_url_for_resolves_across_plugins(ref_client: TestClient, host: Host, name: str,
                                         params: dict[str, str], path: str) -> None:
    ref = ref_client.get(f"{N}/url-for/{name}", params=params).json()
    got = host.client.get(f"{N}/url-for/{name}", params=params).json()
    assert got["path"] == ref["path"] == path
    assert got["url"] == f"{host.base_url}{path}" and ref["url"] == f"http://testserver{path}"


def test_request_app_has_title_and_shared_state(host: Host) -> None:
    assert host.client.post(f"{N}/state/v1").json() == {"set": "v1"}
    assert host.client.get(f"{N}/app").json() == {"title": "horrible-dashboard", "state": "v1"}


def test_sync_endpoint_sees_an_anyio_worker_as_under_fastapi(ref_client: TestClient, host: Host) -> None:
    """Differential: the thread name, `from_thread.run`/`run_sync` and `check_cancelled`, no running
    loop in the thread, the limiter's borrowed tokens seen from inside, and a fresh context per
    request (a contextvar the previous request set is not seen)."""
    for _ in range(3):
        ref = ref_client.get(f"{E}/worker")
        got = host.client.get(f"{E}/worker")
        assert (got.status_code, got.headers["content-type"], got.content) == (
            ref.status_code, ref.headers["content-type"], ref.content)
    assert got.json() == {"thread": "AnyIO worker thread", "contextvar": "unset", "running_loop": False,
                          "from_thread_run": "from the loop", "from_thread_run_sync": True, "borrowed": 1}


def test_sync_endpoints_take_the_host_pool_when_tokens_are_free(host: Host) -> None:
    """The speed half of the point: with tokens free, a sync endpoint runs on the host's own pool
    (python-http-N), not through a loop round trip into anyio's threads."""
    names = {host.client.get(f"{E}/os-thread").json() for _ in range(5)}
    assert all(n.startswith("python-http") for n in names), names


def test_exhausted_limiter_queues_in_anyio(host: Host) -> None:
    """One token, six at once: one at a time, all answered (those that find the token taken
    wait in anyio's queue, as under FastAPI)."""
    import concurrent.futures

    assert host.client.get(f"{E}/limit", params={"tokens": 1}).json() == {"tokens": 1}
    try:
        with concurrent.futures.ThreadPoolExecutor(6) as pool:
            answers = list(pool.map(lambda _: host.client.get(f"{E}/slow-sync").json(), range(6)))
        assert answers == [{"said": "from the loop"}] * 6
        assert host.client.get(f"{E}/running").json()["max"] == 1
        assert host.client.get(f"{E}/worker").json()["borrowed"] == 1
    finally:
        host.client.get(f"{E}/limit", params={"tokens": 40})
