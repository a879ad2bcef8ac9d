//! How an editor reaches one item of one section in the shared draft, by id, without cloning the CV.
//!
//! Views watch an item through [`Watched`]: memos of the item and of its place that change only when that
//! item (or the order) changes, so a keystroke in one field updates that field's views and not every view
//! of every item in the CV.

use crate::store::cv::CvStore;
use contract::cv::*;
use leptos::prelude::*;
use uuid::Uuid;

/// An item in a CV section.
pub trait Entry: Clone + PartialEq + Send + Sync + 'static {
    /// The item's id.
    fn id(&self) -> Uuid;
}

macro_rules! entries {
    ($($t:ty),*) => { $(impl Entry for $t { fn id(&self) -> Uuid { self.id } })* };
}
entries!(
    TextItem,
    WorkItem,
    GapItem,
    EducationItem,
    CourseItem,
    InternshipItem,
    NoteItem,
    LanguageItem,
    LicenceItem,
    CompetenceItem
);

/// One section's list in the CV.
pub struct Lens<T: 'static> {
    /// The section.
    pub section: CvSection,
    /// Reads the list.
    pub get: fn(&CvContent) -> &Vec<T>,
    /// Changes the list.
    pub get_mut: fn(&mut CvContent) -> &mut Vec<T>,
}

impl<T> Clone for Lens<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Lens<T> {}

impl<T: Entry> Lens<T> {
    /// Reads something from item `id`, reactively (re-run on every change to the draft: use it for a first
    /// value or in event handlers, and [`Lens::watch`] in views).
    pub fn read<R>(self, store: CvStore, id: Uuid, f: impl FnOnce(&T) -> R) -> Option<R> {
        store.draft.with(|d| d.as_ref().and_then(|cv| (self.get)(cv).iter().find(|x| x.id() == id)).map(f))
    }

    /// Changes item `id` and schedules a save.
    pub fn write(self, store: CvStore, id: Uuid, f: impl FnOnce(&mut T)) {
        store.edit(|cv| {
            if let Some(item) = (self.get_mut)(cv).iter_mut().find(|x| x.id() == id) {
                f(item);
            }
        });
    }

    /// The ids in order, as a memo: it changes when items are added, moved or removed, not when one is typed
    /// in (then it only compares the ids).
    pub fn ids(self, store: CvStore) -> Memo<Vec<Uuid>> {
        Memo::new_owning(move |old: Option<Vec<Uuid>>| {
            store.draft.with(|d| {
                let list = d.as_ref().map(|cv| (self.get)(cv).as_slice()).unwrap_or_default();
                match old {
                    Some(old) if old.len() == list.len() && old.iter().zip(list).all(|(a, b)| *a == b.id()) => {
                        (old, false)
                    }
                    _ => (list.iter().map(Entry::id).collect(), true),
                }
            })
        })
    }

    /// Item `id` and its place in `ids`, as memos that change only when they do.
    pub fn watch(self, store: CvStore, ids: Memo<Vec<Uuid>>, id: Uuid) -> Watched<T> {
        // Compared in place: an edit to another item clones nothing.
        let item = Memo::new_owning(move |old: Option<Option<T>>| {
            store.draft.with(|d| {
                let now = d.as_ref().and_then(|cv| (self.get)(cv).iter().find(|x| x.id() == id));
                match old {
                    Some(old) if old.as_ref() == now => (old, false),
                    _ => (now.cloned(), true),
                }
            })
        });
        let index = Memo::new(move |_| ids.with(|ids| ids.iter().position(|x| *x == id)));
        Watched { lens: self, id, item, index }
    }
}

/// One item as its views see it.
pub struct Watched<T: Entry> {
    /// The section's list.
    pub lens: Lens<T>,
    /// The item's id.
    pub id: Uuid,
    /// The item (`None` once deleted).
    pub item: Memo<Option<T>>,
    /// The item's place in the list (problems are reported by place).
    pub index: Memo<Option<usize>>,
}

impl<T: Entry> Clone for Watched<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Entry> Copy for Watched<T> {}

impl<T: Entry> Watched<T> {
    /// Something read from the item, as a memo: it changes only when that part of the item does.
    pub fn select<R: Clone + PartialEq + Send + Sync + 'static>(self, f: fn(&T) -> R) -> Memo<Option<R>> {
        let item = self.item;
        Memo::new(move |_| item.with(|t| t.as_ref().map(f)))
    }

    /// Changes the item and schedules a save.
    pub fn write(self, store: CvStore, f: impl FnOnce(&mut T)) {
        self.lens.write(store, self.id, f);
    }

    /// The problem path of `field`, e.g. "work.2.title", as a memo (it changes when the item moves).
    pub fn path(self, field: &'static str) -> Memo<Option<String>> {
        let (index, slug) = (self.index, self.lens.section.slug());
        Memo::new(move |_| index.get().map(|i| format!("{slug}.{i}.{field}")))
    }

    /// The start of the item's element ids, e.g. "cv-work-<id>".
    pub fn dom(self, field: &str) -> String {
        format!("cv-{}-{}-{field}", self.lens.section.slug(), self.id)
    }
}

/// The lens for `$field` in section `$section`.
#[macro_export]
macro_rules! lens {
    ($section:ident, $field:ident) => {
        $crate::pages::cv::lens::Lens {
            section: contract::cv::CvSection::$section,
            get: |cv| &cv.$field,
            get_mut: |cv| &mut cv.$field,
        }
    };
}
