//! Saving a generated file (a calendar file) on the device, without a round trip to the server.

use wasm_bindgen::JsCast;

/// Offers `content` as a file download named `name`; false when the browser would not.
pub fn save_file(name: &str, mime: &str, content: &str) -> bool {
    offer(name, mime, content).is_some()
}

fn offer(name: &str, mime: &str, content: &str) -> Option<()> {
    let doc = web_sys::window().and_then(|w| w.document())?;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let a: web_sys::HtmlAnchorElement = doc.create_element("a").ok()?.dyn_into().ok()?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Some(())
}
