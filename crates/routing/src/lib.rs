//! `horrible-routing`: `FastAPI` route matching done in Rust, with Starlette's exact semantics.
//!
//! The host routes every plugin HTTP request before any Python runs, so its answer must be
//! the one `FastAPI` would give: templates compile to the regexes `starlette.routing.compile_path`
//! builds ([`compile_path`]), and a [`RouteTable`] tries routes in declaration order, the
//! first whose path and method match winning, a path-only match giving 405 with the first
//! such route's methods, and nothing giving 404. A `matchit`-style radix tree cannot say
//! this (it reorders routes by specificity and wants `{p:path}` last), hence regexes; one
//! `RegexSet` over all routes keeps a lookup to a single pass over the path.
//!
//! Input paths are already percent-decoded (Starlette matches the decoded `scope["path"]`);
//! converting parameter strings to values is left to the caller.

mod compile;
mod table;

pub use compile::{builtin_convertor, compile_path, CompiledPath, Param, RouteError};
pub use table::{Match, RouteTable};
