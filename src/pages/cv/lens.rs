//! How an editor reaches one item of one section in the shared draft, by id, without cloning the CV.

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
    /// Reads something from item `id`, reactively.
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

    /// The item's place in the list, reactively (problems are reported by place).
    pub fn index(self, store: CvStore, id: Uuid) -> Option<usize> {
        store.draft.with(|d| d.as_ref().and_then(|cv| (self.get)(cv).iter().position(|x| x.id() == id)))
    }

    /// The ids in order, reactively.
    pub fn ids(self, store: CvStore) -> Vec<Uuid> {
        store.draft.with(|d| d.as_ref().map(|cv| (self.get)(cv).iter().map(Entry::id).collect()).unwrap_or_default())
    }

    /// The problem path of `field` in item `id`, e.g. "work.2.title".
    pub fn path(self, store: CvStore, id: Uuid, field: &str) -> Option<String> {
        self.index(store, id).map(|i| format!("{}.{i}.{field}", self.section.slug()))
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
