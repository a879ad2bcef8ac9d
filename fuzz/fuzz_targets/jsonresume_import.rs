//! The JSON Resume importer (`fleksvej::domain::jsonresume`): any file never panics it; what it reads is
//! valid by the contract, merges into an empty CV as a valid CV and into itself as nothing new, and exports
//! and re-imports exactly.
#![no_main]

use contract::Validate;
use contract::cv::CvContent;
use fleksvej::domain::jsonresume::{Contact, export, import, merge};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else { return };
    let Ok(preview) = import(text) else { return };
    let content = preview.content;
    if let Err(e) = content.clone().validate() {
        panic!("the importer produced an invalid CV: {e:?}");
    }
    let (into_empty, _) = merge(&CvContent::default(), &content);
    if let Err(e) = into_empty.clone().validate() {
        panic!("merging an imported CV into an empty one gave an invalid CV: {e:?}");
    }
    assert_eq!(merge(&content, &content).0, content, "merging a CV into itself changed it");
    let file = export(&content, &Contact::default()).to_string();
    let again = import(&file).expect("an exported CV does not import");
    assert_eq!(again.content, content, "export then import is not exact");
    assert!(again.warnings.is_empty(), "re-importing an export warned: {:?}", again.warnings);
});
