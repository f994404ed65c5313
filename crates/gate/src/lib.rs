//! `horrible-gate` owns the permission gate for agent tools (protocol.md section 6).
//!
//! Everything here is a pure function over plain data: the host reads the policy from
//! settings ([`Policy::from_settings`]), renders the call's specifier
//! ([`render_specifier`]), and asks [`decide`] for a [`Decision`]. Rule matching lives in
//! [`rules`], specifier rendering in [`specifier`], and the decision order in [`policy`].

pub mod policy;
pub mod rules;
pub mod specifier;

pub use policy::{always_rule, decide, is_edit_safe_tool, Call, Decision, Mode, Policy, EDIT_SAFE_TOOLS};
pub use rules::{glob_match, rule_matches};
pub use specifier::render_specifier;

/// The error text a denied tool call returns: `{"error": DENIED}`.
pub const DENIED: &str = "denied by permission policy";
