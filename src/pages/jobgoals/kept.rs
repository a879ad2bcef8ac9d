//! The recordings of practice answers: blobs in this tab's memory only (never sent, never written to disk),
//! kept across pages until the borger deletes one or logs out. Each view makes its own object URLs from
//! them and revokes those when it goes.

use std::cell::RefCell;
use web_sys::{Blob, Url};

/// One recording.
struct Kept {
    id: u32,
    question: usize,
    blob: Blob,
}

thread_local! {
    static KEPT: RefCell<Vec<Kept>> = const { RefCell::new(Vec::new()) };
    static NEXT: RefCell<u32> = const { RefCell::new(0) };
}

/// A recording on screen: its id, the question number and this view's object URL.
#[derive(Clone, PartialEq)]
pub struct Shown {
    /// Id.
    pub id: u32,
    /// The question number it answers.
    pub question: usize,
    /// This view's object URL.
    pub url: String,
}

fn show(k: &Kept) -> Option<Shown> {
    Url::create_object_url_with_blob(&k.blob).ok().map(|url| Shown { id: k.id, question: k.question, url })
}

/// Every recording with a fresh URL for the view that shows them.
pub fn all() -> Vec<Shown> {
    KEPT.with(|k| k.borrow().iter().filter_map(show).collect())
}

/// Keeps a new recording; its URL for the view that made it.
pub fn keep(question: usize, blob: Blob) -> Option<Shown> {
    let id = NEXT.with(|n| {
        *n.borrow_mut() += 1;
        *n.borrow()
    });
    let kept = Kept { id, question, blob };
    let shown = show(&kept);
    KEPT.with(|k| k.borrow_mut().push(kept));
    shown
}

/// Forgets one recording.
pub fn forget(id: u32) {
    KEPT.with(|k| k.borrow_mut().retain(|r| r.id != id));
}

/// Forgets every recording (at logout).
pub fn forget_recordings() {
    KEPT.with(|k| k.borrow_mut().clear());
}
