//! The four areas behind login, login itself and the two information pages load their code when first opened.
//!
//! Each area is one split function (wasm_split's attribute, as leptos's `#[lazy]` writes it, plus `fallible`: a
//! module that cannot be fetched gives `UnavailablePage` instead of a panic), so wasm-split (docs/wasm-split.md) moves its pages, texts and helpers
//! out of the main wasm into a module of its own. The first screen (forside or login) then downloads only the
//! frame, the forside and what every area shares; opening "Mit CV" fetches the CV module once. The service
//! worker precaches every module, so the app still opens each area offline.
//!
//! One split point per area, not per route: the routes of an area share nearly all their code, and moving
//! between them then never waits for another download.

use crate::app::Protected;
use crate::domain::routes::{PageTable, match_page};
use crate::pages::not_found::{NotFoundPage, UnavailablePage};
use crate::pages::{cv, home::HomePage, info, jobgoals, logout::LogoutPage, plan, progression};
use leptos::prelude::*;
use leptos::wasm_split::{SplitLoaderError, wasm_split};
use leptos_router::hooks::use_params_map;
use leptos_router::{ChooseView, params::ParamsMap};

/// An area's page, or why its module could not be fetched.
type Loaded = Result<AnyView, SplitLoaderError>;

/// A page of "Mit CV".
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum CvView {
    /// The overview.
    Overview,
    /// One section.
    Section,
    /// The print view of the whole CV.
    Print,
    /// A new targeted CV.
    NewTargeted,
    /// A targeted CV.
    Targeted,
    /// The print view of a targeted CV.
    PrintTargeted,
}

/// A page of "Mine jobmål".
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum JobGoalsView {
    /// The list.
    List,
    /// Ready for the meeting.
    Ready,
    /// Practise.
    Practise,
    /// The talking script.
    Script,
    /// The ABC canvas.
    Canvas,
    /// The "Mig og mit jobmål" handout.
    Handout,
    /// A new jobmål.
    New,
    /// One jobmål.
    Edit,
}

/// A page of "Min plan".
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PlanView {
    /// The plan.
    Plan,
    /// One aftale.
    Aftale,
    /// One meeting.
    Meeting,
}

/// A page of "Min udvikling".
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ProgressionView {
    /// The overview.
    Overview,
    /// Sharing with the jobformidler.
    Share,
    /// One week.
    Week,
    /// One progressionsmål.
    Goal,
}

/// A public page: login and the information pages. Login is here rather than in the main module because the
/// first screen of a logged-in borger (the forside) never needs it.
#[derive(Debug, Clone, Copy)]
pub enum InfoView {
    /// Log ind.
    Login,
    /// The tilgængelighedserklæring.
    Accessibility,
    /// Privacy.
    Privacy,
}

/// Mit CV's pages by their address below `/mit-cv`.
const CV_PAGES: &PageTable<CvView> = &[
    ("", CvView::Overview),
    ("udskriv", CvView::Print),
    ("maalrettet/ny", CvView::NewTargeted),
    ("maalrettet/:id", CvView::Targeted),
    ("maalrettet/:id/udskriv", CvView::PrintTargeted),
    (":section", CvView::Section),
];

#[wasm_split(cv_area, wasm_split_path = ::leptos::wasm_split, fallible)]
fn cv_area() -> Loaded {
    let page = |page| match page {
        CvView::Overview => view! { <cv::CvPage /> }.into_any(),
        CvView::Section => view! { <cv::SectionPage /> }.into_any(),
        CvView::Print => view! { <cv::PrintCvPage /> }.into_any(),
        CvView::NewTargeted => view! { <cv::NewTargetedPage /> }.into_any(),
        CvView::Targeted => view! { <cv::TargetedPage /> }.into_any(),
        CvView::PrintTargeted => view! { <cv::PrintTargetedPage /> }.into_any(),
    };
    Ok(view! { <Protected><AreaPages table=CV_PAGES page=page /></Protected> }.into_any())
}

/// Mine jobmål's pages by their address below `/mine-jobmaal`.
const JOB_GOALS_PAGES: &PageTable<JobGoalsView> = &[
    ("", JobGoalsView::List),
    ("klar-til-moedet", JobGoalsView::Ready),
    ("oev", JobGoalsView::Practise),
    ("oev/talepapir", JobGoalsView::Script),
    ("abc", JobGoalsView::Canvas),
    ("mig-og-mit-jobmaal", JobGoalsView::Handout),
    ("nyt", JobGoalsView::New),
    (":id", JobGoalsView::Edit),
];

#[wasm_split(jobgoals_area, wasm_split_path = ::leptos::wasm_split, fallible)]
fn jobgoals_area() -> Loaded {
    let page = |page| match page {
        JobGoalsView::List => view! { <jobgoals::JobGoalsPage /> }.into_any(),
        JobGoalsView::Ready => view! { <jobgoals::ReadyPage /> }.into_any(),
        JobGoalsView::Practise => view! { <jobgoals::PractisePage /> }.into_any(),
        JobGoalsView::Script => view! { <jobgoals::ScriptPage /> }.into_any(),
        JobGoalsView::Canvas => view! { <jobgoals::CanvasPage /> }.into_any(),
        JobGoalsView::Handout => view! { <jobgoals::HandoutPage /> }.into_any(),
        JobGoalsView::New => view! { <jobgoals::NewJobGoalPage /> }.into_any(),
        JobGoalsView::Edit => view! { <jobgoals::EditJobGoalPage /> }.into_any(),
    };
    Ok(view! { <Protected><AreaPages table=JOB_GOALS_PAGES page=page /></Protected> }.into_any())
}

/// Min plan's pages by their address below `/min-plan`.
const PLAN_PAGES: &PageTable<PlanView> =
    &[("", PlanView::Plan), ("aftale/:id", PlanView::Aftale), ("moede/:id", PlanView::Meeting)];

#[wasm_split(plan_area, wasm_split_path = ::leptos::wasm_split, fallible)]
fn plan_area() -> Loaded {
    let page = |page| match page {
        PlanView::Plan => view! { <plan::PlanPage /> }.into_any(),
        PlanView::Aftale => view! { <plan::AftalePage /> }.into_any(),
        PlanView::Meeting => view! { <plan::MeetingPage /> }.into_any(),
    };
    Ok(view! { <Protected><AreaPages table=PLAN_PAGES page=page /></Protected> }.into_any())
}

/// Min plan's list of what waits in the outbox, which the forside shows too.
#[wasm_split(plan_area, wasm_split_path = ::leptos::wasm_split, fallible)]
fn plan_waiting() -> Loaded {
    Ok(view! { <plan::outbox::Waiting /> }.into_any())
}

/// What waits to be sent, on the forside. Nearly always nothing waits, so the list's code (it reads every
/// area's documents) is Min plan's and is fetched only when something does; a module that cannot be fetched
/// leaves the list out (each editor still says what waits), and it is asked for again when the outbox changes.
#[component]
pub fn WaitingOnForside() -> impl IntoView {
    let store = crate::store::outbox::use_outbox();
    // Drawn again only when the outbox goes from empty to not (the list itself follows each change).
    let any = Memo::new(move |_| store.pending.with(|p| !p.is_empty()));
    move || any.get().then(|| Suspend::new(async move { plan_waiting().await.ok() }))
}

/// Min udvikling's pages by their address below `/min-udvikling`.
const PROGRESSION_PAGES: &PageTable<ProgressionView> = &[
    ("", ProgressionView::Overview),
    ("del", ProgressionView::Share),
    ("uge/:id", ProgressionView::Week),
    ("maal/:id", ProgressionView::Goal),
];

#[wasm_split(progression_area, wasm_split_path = ::leptos::wasm_split, fallible)]
fn progression_area() -> Loaded {
    let page = |page| match page {
        ProgressionView::Overview => view! { <progression::ProgressionPage /> }.into_any(),
        ProgressionView::Share => view! { <progression::SharePage /> }.into_any(),
        ProgressionView::Week => view! { <progression::WeekPage /> }.into_any(),
        ProgressionView::Goal => view! { <progression::GoalPage /> }.into_any(),
    };
    Ok(view! { <Protected><AreaPages table=PROGRESSION_PAGES page=page /></Protected> }.into_any())
}

#[wasm_split(info_area, wasm_split_path = ::leptos::wasm_split, fallible)]
fn info_area(page: InfoView) -> Loaded {
    Ok(match page {
        InfoView::Login => view! { <crate::pages::login::LoginPage /> }.into_any(),
        InfoView::Accessibility => view! { <info::AccessibilityPage /> }.into_any(),
        InfoView::Privacy => view! { <info::PrivacyPage /> }.into_any(),
    })
}

/// The name of the router's parameter that holds the address below an area (`/mit-cv/*rest`, src/app.rs).
pub const REST: &str = "rest";

/// An area's page for the address below it (the router's `rest`), or "Siden findes ikke". The page's own
/// parameters (`:id`) are what `use_params_map` gives inside it, as if the router had matched the whole
/// address. Moving to another page of the area draws it a turn after the click; moving between two addresses of
/// one page (another aftale) only changes its parameters, as the router does.
#[component]
fn AreaPages<V>(table: &'static PageTable<V>, page: fn(V) -> AnyView) -> impl IntoView
where
    V: Copy + PartialEq + Send + Sync + 'static,
{
    let router = use_params_map();
    let found = Memo::new(move |_| router.with(|p| match_page(table, p.get_str(REST).unwrap_or(""))));
    let which = Memo::new(move |_| found.with(|f| f.as_ref().map(|(v, _)| *v)));
    // The page on screen. The first at once; another a turn after the click that asked for it, so the browser
    // answers the click (paints) before the new page is drawn, and a cheap phone does not feel the tap hang.
    let on_screen = RwSignal::new(which.get_untracked());
    Effect::new(move |_| {
        if which.get() != on_screen.get_untracked() {
            // The latest address then, if the borger clicked again meanwhile; nothing if the area is gone.
            set_timeout(
                move || {
                    if let Some(next) = which.try_get_untracked() {
                        let _ = on_screen.try_set(next);
                    }
                },
                std::time::Duration::ZERO,
            );
        }
    });
    move || {
        let Some(shown) = on_screen.get() else {
            return view! { <NotFoundPage /> }.into_any();
        };
        // The page's parameters follow the address only while it is this page: on the way to another page they
        // keep their last value, so nothing of the page that is going reads them (or a value gone with it)
        // before it is gone.
        let params = ArcMemo::new(move |last: Option<&ParamsMap>| {
            found.with(|f| match f {
                Some((v, ps)) if *v == shown => ps.iter().map(|(k, v)| (*k, v.clone())).collect(),
                _ => last.cloned().unwrap_or_default(),
            })
        });
        // For the page made next (it replaces the last page's, which goes with that page).
        provide_context(params);
        page(shown)
    }
}

/// What the route table shows: a page of the main module, or of one of the split points.
/// One route view type for every route: the router's code for a route view is then in the main module once.
#[derive(Debug, Clone, Copy)]
pub enum Page {
    /// The forside.
    Home,
    /// Logget af.
    Logout,
    /// "Mit CV".
    Cv,
    /// "Mine jobmål".
    JobGoals,
    /// "Min plan".
    Plan,
    /// "Min udvikling".
    Progression,
    /// Login or an information page.
    Info(InfoView),
}

/// Switches on an area's own stylesheet. index.html links each with `media="not all"` and a `data-area-style`
/// attribute holding the area's name (tools/frames.mjs), so the first screen does not wait for it; it applies
/// from the moment the area is opened, while its module is fetched. Once on, it stays on.
fn show_area_style(selector: &str) {
    if let Ok(Some(link)) = document().query_selector(selector) {
        let _ = link.remove_attribute("media");
    }
}

impl ChooseView for Page {
    async fn choose(self) -> AnyView {
        let loaded = match self {
            Page::Home => return view! { <Protected><HomePage /></Protected> }.into_any(),
            Page::Logout => return view! { <LogoutPage /> }.into_any(),
            Page::Cv => {
                show_area_style("link[data-area-style=cv]");
                cv_area().await
            }
            Page::JobGoals => {
                show_area_style("link[data-area-style=jobgoals]");
                jobgoals_area().await
            }
            Page::Plan => plan_area().await,
            Page::Progression => {
                show_area_style("link[data-area-style=progression]");
                progression_area().await
            }
            Page::Info(page) => info_area(page).await,
        };
        // The module has arrived (and was made ready in this task): its page is drawn in a task of its own, so
        // that on a cheap phone neither makes one long task that holds back the first tap.
        crate::components::later::next_turn().await;
        // A module that cannot be fetched is a page saying so, not a stopped app (the next try starts afresh:
        // failures are not cached).
        loaded.unwrap_or_else(|_| view! { <UnavailablePage /> }.into_any())
    }

    async fn preload(&self) {}
}

/// The outbox's sends of the areas' writes (`store::sends`), behind the same split points as the areas' pages:
/// what an aftale change, a jobmål, a week or a targeted CV needs to be sent is fetched with its area, the first time either is
/// needed. A module that cannot be fetched gives `None`, and the outbox tries again later.
pub mod sends {
    use crate::domain::outbox::Pending;
    use crate::store::outbox::{AreaSends, Sending};
    use leptos::wasm_split::{SplitLoaderError, wasm_split};
    use std::future::Future;
    use std::pin::Pin;

    #[wasm_split(plan_area, wasm_split_path = ::leptos::wasm_split, fallible)]
    fn plan(p: Pending) -> Result<Sending, SplitLoaderError> {
        Ok(crate::store::sends::plan(p))
    }

    #[wasm_split(jobgoals_area, wasm_split_path = ::leptos::wasm_split, fallible)]
    fn jobgoals(p: Pending) -> Result<Sending, SplitLoaderError> {
        Ok(crate::store::sends::jobgoals(p))
    }

    #[wasm_split(progression_area, wasm_split_path = ::leptos::wasm_split, fallible)]
    fn progression(p: Pending) -> Result<Sending, SplitLoaderError> {
        Ok(crate::store::sends::progression(p))
    }

    #[wasm_split(cv_area, wasm_split_path = ::leptos::wasm_split, fallible)]
    fn cv(p: Pending) -> Result<Sending, SplitLoaderError> {
        Ok(crate::store::sends::cv(p))
    }

    type Loading = Pin<Box<dyn Future<Output = Option<Sending>>>>;

    /// Hands the outbox these sends; `App` calls it once.
    pub fn register() {
        crate::store::outbox::set_area_sends(AreaSends {
            plan: |p| -> Loading { Box::pin(async move { plan(p).await.ok() }) },
            jobgoals: |p| -> Loading { Box::pin(async move { jobgoals(p).await.ok() }) },
            progression: |p| -> Loading { Box::pin(async move { progression(p).await.ok() }) },
            cv: |p| -> Loading { Box::pin(async move { cv(p).await.ok() }) },
        });
    }
}

/// The outbox's work after start (`store::outbox`): reading what waits on the device, sending it and keeping what
/// is left. Not needed to draw the first page, so a module of its own, `outbox`, fetched once the session is known
/// and the first page is drawn (src/store/idle.rs; the areas' editors share its code). A module that cannot be fetched leaves what waits on the device; the
/// next tick, `online` event or start tries again.
pub mod outbox {
    use crate::store::outbox::{Outbox, Task, Work, set_work};
    use leptos::wasm_split::{SplitLoaderError, wasm_split};
    use uuid::Uuid;

    #[wasm_split(outbox, wasm_split_path = ::leptos::wasm_split, fallible)]
    fn resume(store: Outbox, id: Uuid, offline: bool) -> Result<Task, SplitLoaderError> {
        Ok(Box::pin(store.resume(id, offline)))
    }

    #[wasm_split(outbox, wasm_split_path = ::leptos::wasm_split, fallible)]
    fn flush(store: Outbox) -> Result<Task, SplitLoaderError> {
        Ok(Box::pin(store.flush()))
    }

    /// Hands the outbox this work; `App` calls it once.
    pub fn register() {
        set_work(Work {
            resume: |store, id, offline| -> Task {
                Box::pin(async move {
                    // Not urgent to the millisecond (a save before it reads the device itself): fetched once the
                    // first page is drawn and the browser is idle, so it does not lengthen the start.
                    crate::store::idle::settled().await;
                    if let Ok(task) = resume(store, id, offline).await {
                        task.await;
                    }
                })
            },
            flush: |store| -> Task {
                Box::pin(async move {
                    if let Ok(task) = flush(store).await {
                        task.await;
                    }
                })
            },
        });
    }
}

/// Mit CV's file export and import (`pages::cv::transfer`): rare, so a module of their own, `cv_transfer`,
/// fetched the first time the borger uses either. A module that cannot be fetched gives `None`.
pub mod transfer {
    use crate::domain::jsonresume::{self, Contact, ImportError, ImportPreview};
    use crate::pages::cv::transfer::{FileCode, resume_text, set_file_code};
    use contract::cv::CvContent;
    use leptos::wasm_split::{SplitLoaderError, wasm_split};

    #[wasm_split(cv_transfer, wasm_split_path = ::leptos::wasm_split, fallible)]
    fn write(cv: CvContent, contact: Contact) -> Result<String, SplitLoaderError> {
        Ok(resume_text(&cv, &contact))
    }

    #[wasm_split(cv_transfer, wasm_split_path = ::leptos::wasm_split, fallible)]
    fn read(text: String) -> Result<Result<ImportPreview, ImportError>, SplitLoaderError> {
        Ok(jsonresume::import(&text))
    }

    /// Hands Mit CV this code; `App` calls it once.
    pub fn register() {
        set_file_code(FileCode {
            write: |cv, contact| Box::pin(async move { write(cv, contact).await.ok() }),
            read: |text| Box::pin(async move { read(text).await.ok() }),
        });
    }
}
