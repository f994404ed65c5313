"""The fast path for simple FastAPI routes (`horrible._host.fastpath`).

FastAPI's per-request work (a Request object, dependency solving, a thread hop per sync endpoint)
costs far more than the HTTP server. For a route whose endpoint takes only path, query and one
JSON body parameter, with no dependencies and the default response class, this module does the
same steps with FastAPI's own functions (`request_params_to_args`, `request_body_to_args`,
`serialize_response`, the same response classes), so the bytes are identical. Anything unusual —
a validation error, a body that is not JSON, a Response the endpoint built itself — returns None
*before the endpoint runs* or hands the Response back, and the request takes the full ASGI path,
which produces FastAPI's exact answer. tests/test_http_differential.py compares both paths.
"""

from __future__ import annotations

import asyncio
import contextvars
import email.message
import functools
import inspect
import json
import threading
from collections import OrderedDict
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeAlias, TypeVar, cast

import anyio.to_thread
from anyio._backends._asyncio import AsyncIOBackend, CapacityLimiter
from anyio._core._eventloop import set_current_async_library, threadlocals
from anyio.lowlevel import EventLoopToken
from fastapi import params as fastapi_params
from fastapi._compat import ModelField, Undefined
from fastapi.datastructures import DefaultPlaceholder
from fastapi.dependencies.models import Dependant
from fastapi.dependencies.utils import request_body_to_args, request_params_to_args
from fastapi.routing import APIRoute, serialize_response
from fastapi.utils import is_body_allowed_for_status_code
from starlette._exception_handler import ExceptionHandlers, StatusHandlers, _lookup_exception_handler
from starlette.concurrency import run_in_threadpool
from starlette.convertors import Convertor
from starlette.datastructures import QueryParams
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response, StreamingResponse
from starlette.types import HTTPExceptionHandler

if TYPE_CHECKING:
    from fastapi.routing import _EffectiveRouteContext

# A route as FastAPI serves it: the APIRoute itself, or its context under an included router.
EffectiveRoute: TypeAlias = "APIRoute | _EffectiveRouteContext"
# (status, raw headers, body): the whole response, as http/fastpath.rs extracts it.
Answer = tuple[int, list[tuple[bytes, bytes]], bytes | memoryview]
# FastAPI's exception handlers (by exception type, by status), as the route's scope carries them.
Handlers = tuple[ExceptionHandlers, StatusHandlers]

_T = TypeVar("_T")
_F = TypeVar("_F")
_P = ParamSpec("_P")
_MEMOIZED = "_horrible_memoized"  # set on fastapi.dependencies.utils once it is patched
_UNDEFINED = object()


def _memoize_static_field_facts() -> None:
    """FastAPI re-derives facts about each parameter (is it a sequence, its aliases, is it a
    param model) through `typing` introspection on every request. They depend only on the route's
    fields, which never change, so compute each once. Same functions, same results: this speeds
    up the full ASGI path as much as this one."""
    from fastapi.dependencies import utils

    def by_field(fn: Callable[Concatenate[_F, _P], _T]) -> Callable[Concatenate[_F, _P], _T]:
        cache: dict[int, tuple[_F, _T]] = {}

        def cached(field: _F, /, *args: _P.args, **kwargs: _P.kwargs) -> _T:
            if args or kwargs:
                return fn(field, *args, **kwargs)
            hit = cache.get(id(field))
            if hit is None or hit[0] is not field:
                hit = cache[id(field)] = (field, fn(field, *args, **kwargs))
            return hit[1]

        return cached

    def by_annotation(fn: Callable[[_F], _T]) -> Callable[[_F], _T]:
        cache: dict[_F, _T] = {}

        def cached(annotation: _F) -> _T:
            try:
                return cache[annotation]
            except KeyError:
                value = cache[annotation] = fn(annotation)
                return value
            except TypeError:  # unhashable annotation
                return fn(annotation)

        return cached

    if getattr(utils, _MEMOIZED, False):
        return
    for name in ("_get_param_aliases", "_get_param_model", "_is_json_field"):
        if hasattr(utils, name):
            setattr(utils, name, by_field(getattr(utils, name)))
    if hasattr(utils, "field_annotation_is_sequence"):
        utils.field_annotation_is_sequence = by_annotation(utils.field_annotation_is_sequence)
    setattr(utils, _MEMOIZED, True)


_memoize_static_field_facts()


@functools.lru_cache(maxsize=128)
def _is_json_content_type(content_type: str) -> bool:
    """FastAPI's test for a JSON body (application/json or application/*+json), per header value."""
    msg = email.message.Message()
    msg["content-type"] = content_type
    if msg.get_content_maintype() != "application":
        return False
    sub = msg.get_content_subtype()
    return sub == "json" or sub.endswith("+json")


def _drive(coro: Coroutine[Any, Any, _T]) -> _T:
    """Runs a coroutine that never suspends (FastAPI's helpers on this path do not)."""
    try:
        coro.send(None)
    except StopIteration as stop:
        return cast(_T, stop.value)
    coro.close()
    raise RuntimeError("fast path helper suspended")


class FastRoute:
    __slots__ = (
        "body_field",
        "body_params",
        "call",
        "convertors",
        "dependant",
        "embed",
        "is_async",
        "response_field",
        "response_kw",
        "route",
        "status_code",
        "strict_ct",
    )

    def __init__(self, route: EffectiveRoute) -> None:
        d = route.dependant
        if d is None or d.call is None:
            raise TypeError("a fast route needs an endpoint")
        self.route = route
        self.dependant: Dependant = d
        self.call: Callable[..., Any] = d.call
        self.is_async = inspect.iscoroutinefunction(d.call)
        self.body_field: ModelField | None = route.body_field
        self.body_params: list[ModelField] = d.body_params
        self.embed: bool = route._embed_body_fields
        self.status_code: int | None = route.status_code
        self.response_field: ModelField | None = route.response_field
        self.response_kw: dict[str, Any] = dict(
            include=route.response_model_include,
            exclude=route.response_model_exclude,
            by_alias=route.response_model_by_alias,
            exclude_unset=route.response_model_exclude_unset,
            exclude_defaults=route.response_model_exclude_defaults,
            exclude_none=route.response_model_exclude_none,
        )
        strict = route.strict_content_type
        self.strict_ct: bool = strict.value if isinstance(strict, DefaultPlaceholder) else strict
        self.convertors: dict[str, Convertor[Any]] = route.param_convertors

    def prepare(
        self, path_values: dict[str, str], query_string: bytes, content_type: str | None, body: bytes
    ) -> dict[str, Any] | None:
        """Keyword arguments for the endpoint, or None to take the full path."""
        d = self.dependant
        path_params = {}
        for name, raw in path_values.items():
            path_params[name] = self.convertors[name].convert(raw) if name in self.convertors else raw
        values, errors = request_params_to_args(d.path_params, path_params)
        if errors:
            return None
        if d.query_params:
            q, errors = request_params_to_args(d.query_params, QueryParams(query_string))
            if errors:
                return None
            values.update(q)
        if self.body_field is not None:
            received: Any = _UNDEFINED
            if body:
                if content_type:
                    if _is_json_content_type(content_type):
                        try:
                            received = json.loads(body)
                        except ValueError:
                            return None
                elif not self.strict_ct:
                    return None
                if received is _UNDEFINED:
                    return None
            else:
                received = Undefined
            b, body_errors = _drive(request_body_to_args(self.body_params, received, self.embed))
            if body_errors:
                return None
            values.update(b)
        return values

    def respond(self, raw: Any) -> Answer | Response:
        """(status, raw headers, body) as FastAPI would send them, or the Response to run."""
        if isinstance(raw, Response):
            if isinstance(raw, (StreamingResponse, FileResponse)) or raw.background is not None:
                return raw
            return raw.status_code, raw.raw_headers, raw.body
        args: dict[str, Any] = {"background": None}
        if self.status_code:
            args["status_code"] = self.status_code
        dump_json = self.response_field is not None
        content = _drive(
            serialize_response(
                field=self.response_field,
                response_content=raw,
                is_coroutine=True,
                dump_json=dump_json,
                **self.response_kw,
            )
        )
        if dump_json:
            response = Response(content=content, media_type="application/json", **args)
        else:
            response = JSONResponse(content, **args)
        if not is_body_allowed_for_status_code(response.status_code):
            response.body = b""
        return response.status_code, response.raw_headers, response.body

    def handled(self, exc: Exception, handlers: Handlers) -> Answer | Response:
        """What FastAPI's exception handlers answer for `exc` (e.g. HTTPException), or re-raise."""
        handler = _lookup_exception_handler(handlers[0], exc)
        if handler is None:
            raise exc
        request = Request({"type": "http", "method": "GET", "path": "/", "headers": [], "query_string": b""})
        # This path serves HTTP routes only, so the handler found is an HTTP one.
        response = cast(HTTPExceptionHandler, handler)(request, exc)
        if inspect.isawaitable(response):
            response = _drive(cast(Coroutine[Any, Any, Response], response))
        return self.respond(response)

    async def run_prepared(self, kwargs: dict[str, Any], handlers: Handlers) -> Answer | Response:
        """A sync endpoint as FastAPI runs it (`run_in_threadpool`: anyio's worker threads, under
        its default limiter), then its answer. The host comes here when the limiter has no free
        token for its own pool (http/fastpath.rs), so the request waits in anyio's queue."""
        try:
            raw = await run_in_threadpool(self.call, **kwargs)
        except Exception as exc:
            return self.handled(exc, handlers)
        return self.respond(raw)

    async def run_sync(
        self,
        path_values: dict[str, str],
        query_string: bytes,
        content_type: str | None,
        body: bytes,
        handlers: Handlers,
    ) -> Answer | Response | None:
        """The whole request for a sync endpoint, the way FastAPI places it: the reference the
        host's pool path (http/fastpath.rs) must behave like. None to take the full path."""
        kwargs = self.prepare(path_values, query_string, content_type, body)
        if kwargs is None:
            return None
        return await self.run_prepared(kwargs, handlers)

    async def run_async(
        self,
        path_values: dict[str, str],
        query_string: bytes,
        content_type: str | None,
        body: bytes,
        handlers: Handlers,
    ) -> Answer | Response | None:
        """`run_sync` for an async endpoint (on the loop, as FastAPI awaits it)."""
        kwargs = self.prepare(path_values, query_string, content_type, body)
        if kwargs is None:
            return None
        try:
            raw = await self.call(**kwargs)
        except Exception as exc:
            return self.handled(exc, handlers)
        return self.respond(raw)


# anyio's worker threads, imitated by the host's pool for sync endpoints (http/fastpath.rs).
ANYIO_WORKER_NAME = "AnyIO worker thread"


def claim_worker_thread(loop: asyncio.AbstractEventLoop) -> object:
    """Makes the calling thread (one of the host's sync-endpoint pool threads, for its whole life)
    what an anyio worker thread is to the code it runs: the same thread name, and the event loop
    token that `anyio.from_thread.run`/`run_sync` look up (`claim_worker_thread` in anyio). No
    request's cancel scope (the host never cancels a running sync endpoint), so
    `from_thread.check_cancelled()` never raises. Returns the thread, the borrower its limiter
    tokens are taken for."""
    thread = threading.current_thread()
    thread.name = ANYIO_WORKER_NAME
    threadlocals.current_token = EventLoopToken(AsyncIOBackend, loop)
    threadlocals.current_cancel_scope = None
    return thread


async def limiter_state() -> tuple[CapacityLimiter, contextvars.Context] | None:
    """anyio's default thread limiter for the host's loop, and the context a request task has
    (with no async library current, as anyio gives a worker thread): the host's pool copies it
    per request. None when the limiter is not the asyncio backend's `CapacityLimiter` whose
    internals (`_borrowers`, `_wait_queue`, `_notify_next_waiter`) http/fastpath.rs operates on;
    sync endpoints then always go through `run_in_threadpool`."""
    limiter = anyio.to_thread.current_default_thread_limiter()
    if (
        type(limiter) is not CapacityLimiter
        or not isinstance(getattr(limiter, "_borrowers", None), set)
        or not isinstance(getattr(limiter, "_wait_queue", None), OrderedDict)
        or not callable(getattr(limiter, "_notify_next_waiter", None))
    ):
        return None
    context = contextvars.copy_context()
    context.run(set_current_async_library, None)
    return limiter, context


def build(route: EffectiveRoute) -> FastRoute | None:
    """A FastRoute when the route qualifies, else None."""
    d = getattr(route, "dependant", None)
    if d is None or d.call is None:
        return None
    # A custom route class may override how requests are handled (`get_route_handler`): only
    # FastAPI's own APIRoute is known to do what this module does.
    if type(getattr(route, "original_route", route)) is not APIRoute:
        return None
    if d.dependencies or d.header_params or d.cookie_params:
        return None
    if (
        d.request_param_name
        or d.websocket_param_name
        or d.http_connection_param_name
        or d.response_param_name
        or d.background_tasks_param_name
        or d.security_scopes_param_name
    ):
        return None
    if not isinstance(route.response_class, DefaultPlaceholder):
        return None
    if (
        getattr(route, "stream_item_field", None) is not None
        or getattr(route, "is_json_stream", False)
        or getattr(route, "is_sse_stream", False)
    ):
        return None
    call = d.call
    if inspect.isgeneratorfunction(call) or inspect.isasyncgenfunction(call):
        return None
    if not (inspect.isfunction(call) or inspect.ismethod(call)):
        return None
    if route.body_field is not None:
        if isinstance(route.body_field.field_info, (fastapi_params.Form, fastapi_params.File)):
            return None
        if len(d.body_params) != 1 or route._embed_body_fields:
            return None
    return FastRoute(route)
