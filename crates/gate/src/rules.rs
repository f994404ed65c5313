//! Rule strings (`Tool` or `Tool(glob)`) and the glob matcher they use.

use crate::policy::Call;

/// Matches `text` against `pattern` as a whole.
///
/// `*` matches any run of characters (including the empty run) and is the only wildcard, as
/// upstream's: every other character (`?` and `[` included) matches itself literally. Matching works on
/// Unicode scalar values, not bytes, and runs in `O(pattern * text)` worst case (no
/// exponential backtracking).
pub fn glob_match(pattern: &str, text: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let t: Vec<char> = text.chars().collect();
    let (mut pi, mut ti) = (0usize, 0usize);
    // Position of the last `*` seen and the text position it is currently anchored at.
    let mut star: Option<(usize, usize)> = None;
    while ti < t.len() {
        if pi < p.len() && p[pi] != '*' && p[pi] == t[ti] {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some((pi, ti));
            pi += 1;
        } else if let Some((sp, st)) = star {
            // Let the last star swallow one more character and retry.
            pi = sp + 1;
            ti = st + 1;
            star = Some((sp, st + 1));
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|&c| c == '*')
}

/// Splits a rule into its tool pattern and optional specifier glob.
///
/// `"files.write(/tmp/*)"` → `("files.write", Some("/tmp/*"))`; `"shell"` → `("shell", None)`.
/// A rule only counts as scoped when it ends with `)` and has a `(`; otherwise the whole
/// string is the tool pattern.
pub fn parse_rule(rule: &str) -> (&str, Option<&str>) {
    let rule = rule.trim();
    if let (Some(open), true) = (rule.find('('), rule.ends_with(')')) {
        (rule[..open].trim(), Some(&rule[open + 1..rule.len() - 1]))
    } else {
        (rule, None)
    }
}

/// Whether `rule` covers `call`.
///
/// A bare `Tool` (which may be a glob such as `files.*`) covers every call of a matching
/// tool. `Tool(glob)` matches only when the call has a specifier and the glob matches it
/// whole; a scoped rule never matches a call with no specifier.
pub fn rule_matches(rule: &str, call: &Call) -> bool {
    let (tool, scope) = parse_rule(rule);
    if tool.is_empty() || !glob_match(tool, call.tool) {
        return false;
    }
    match (scope, call.specifier) {
        (None, _) => true,
        (Some(_), None) => false,
        (Some(glob), Some(spec)) => glob_match(glob, spec),
    }
}

/// Whether any rule in `rules` covers `call`.
pub(crate) fn any_matches(rules: &[String], call: &Call) -> bool {
    rules.iter().any(|r| rule_matches(r, call))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call<'a>(tool: &'a str, spec: Option<&'a str>) -> Call<'a> {
        Call { tool, side_effect: true, specifier: spec, editing: false }
    }

    #[test]
    fn glob_literal_and_wildcards() {
        assert!(glob_match("abc", "abc"));
        assert!(!glob_match("abc", "abcd"));
        assert!(!glob_match("abc", "ab"));
        assert!(glob_match("*", ""));
        assert!(glob_match("*", "anything at all"));
        assert!(glob_match("a*", "a"));
        assert!(glob_match("a*c", "abbbc"));
        assert!(!glob_match("a*c", "abbbd"));
        assert!(glob_match("*.rs", "src/main.rs"));
        assert!(!glob_match("a?c", "abc"), "? is literal");
        assert!(glob_match("a?c", "a?c"));
        assert!(glob_match("*a*b*", "xxaxxbxx"));
        assert!(!glob_match("*a*b*", "xxbxxaxx"));
        assert!(glob_match("é*", "éü"));
        assert!(glob_match("", ""));
        assert!(!glob_match("", "a"));
    }

    #[test]
    fn glob_special_chars_are_literal() {
        assert!(glob_match("[ab]", "[ab]"));
        assert!(!glob_match("[ab]", "a"));
        assert!(glob_match("a.b", "a.b"));
        assert!(!glob_match("a.b", "axb"));
        assert!(glob_match("rm -rf /*", "rm -rf /home"));
    }

    #[test]
    fn glob_no_exponential_blowup() {
        let text = "a".repeat(200);
        let pat = format!("{}b", "*a".repeat(30));
        assert!(!glob_match(&pat, &text));
    }

    #[test]
    fn parse_rule_forms() {
        assert_eq!(parse_rule("shell"), ("shell", None));
        assert_eq!(parse_rule("shell(ls *)"), ("shell", Some("ls *")));
        assert_eq!(parse_rule("shell()"), ("shell", Some("")));
        assert_eq!(parse_rule(" shell(x) "), ("shell", Some("x")));
        assert_eq!(parse_rule("shell(x"), ("shell(x", None));
        assert_eq!(parse_rule("f(a(b))"), ("f", Some("a(b)")));
    }

    #[test]
    fn bare_rule_covers_every_call() {
        assert!(rule_matches("shell", &call("shell", None)));
        assert!(rule_matches("shell", &call("shell", Some("rm -rf /"))));
        assert!(!rule_matches("shell", &call("shell2", None)));
    }

    #[test]
    fn glob_tool_names() {
        assert!(rule_matches("files.*", &call("files.write", None)));
        assert!(rule_matches("files.*", &call("files.read", Some("/etc"))));
        assert!(!rule_matches("files.*", &call("shell", None)));
        assert!(!rule_matches("files.*", &call("myfiles.write", None)));
        assert!(rule_matches("files.*(/tmp/*)", &call("files.write", Some("/tmp/x"))));
    }

    #[test]
    fn scoped_rule_needs_specifier() {
        assert!(!rule_matches("shell(*)", &call("shell", None)));
        assert!(rule_matches("shell(*)", &call("shell", Some(""))));
        assert!(rule_matches("shell(git *)", &call("shell", Some("git status"))));
        assert!(!rule_matches("shell(git *)", &call("shell", Some("sudo git status"))));
        assert!(!rule_matches("shell(git)", &call("shell", Some("git status"))));
    }

    #[test]
    fn empty_rule_matches_nothing() {
        assert!(!rule_matches("", &call("", None)));
        assert!(!rule_matches("(x)", &call("", Some("x"))));
    }
}
