//! `horrible_discovery::parse_entry_points` on arbitrary `entry_points.txt` text.
#![no_main]

use horrible_discovery::{parse_entry_points, Candidate};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let eps = parse_entry_points(text, "dist-1.0");
    // At most one entry point per line, and none without a `[horrible.plugins]` header.
    assert!(eps.len() <= text.lines().count());
    if !text.contains("[horrible.plugins]") {
        assert!(eps.is_empty());
    }
    for c in &eps {
        let Candidate::EntryPoint { name, module, attr, dist } = c else { panic!("not an entry point: {c:?}") };
        assert_eq!(dist, "dist-1.0");
        assert!(!module.is_empty());
        for field in [name.as_str(), module.as_str(), attr.as_deref().unwrap_or("")] {
            assert_eq!(field.trim(), field, "untrimmed field in {c:?}");
            assert!(!field.contains('\n'), "{c:?}");
        }
        // Extras (`[...]`) are cut from the value; the name is what stands before the first `=`.
        assert!(!module.contains('[') && !attr.as_deref().unwrap_or("").contains('['), "{c:?}");
        assert!(!name.contains('='), "{c:?}");
        assert!(!module.contains(':'), "{c:?}");
        assert_eq!(c.source(), format!("entry_point:{name}"));
    }
});
