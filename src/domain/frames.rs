//! The first screen of the forside and of each area as static HTML, painted before the wasm has run: the header
//! with the main menu, the page's heading and its lead paragraph (on the two info pages, all of their text).
//! `tools/frames.mjs` (trunk's post_build hook) writes one `dist/frames/<page>.html` per entry from
//! `tools/frames.json`, and the reference backend sends it instead of the bare shell to a logged-in borger who
//! opens that address (on the forside with the borger's first name put in, and then never cached). The app then
//! draws the same heading and lead in the same place, so the borger reads the page while it starts. A frame also
//! has the browser preload the API reads the page starts with (`api::first_reads`), so the page's data has come
//! by the time the area's module has, and, once it is painted, fetch the area's module itself.
//!
//! `tools/frames.json` is made from the texts here; a test fails when it is out of date
//! (`UPDATE_FRAMES=1 cargo test -p fleksvej frames` writes it).

use crate::domain::{info, routes, text::page_title};
use crate::i18n::plan::PlanMsg;
use crate::i18n::{Lang, Message, Msg, cv::CvMsg, jobgoals::JobGoalMsg, progression::ProgressionMsg};

/// The main menu: the five areas, in order (the header draws it; the frames copy it).
pub const MENU: [(&str, Msg); 5] = [
    (routes::HOME, Msg::NavHome),
    (routes::CV, Msg::NavCv),
    (routes::JOB_GOALS, Msg::NavJobGoals),
    (routes::PLAN, Msg::NavPlan),
    (routes::PROGRESSION, Msg::NavProgression),
];

/// Where the backend puts the borger's first name in a frame (the forside greets the borger by name).
pub const FIRST_NAME: &str = "{fornavn}";

/// One page drawn before the app runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frame {
    /// The address it is sent for.
    pub path: &'static str,
    /// The page's `<h1>`.
    pub title: &'static str,
    /// The `font-lead` paragraph under it, as the page writes it.
    pub lead: String,
    /// The paragraphs after the lead, where the whole page is fixed text (the info pages).
    pub more: Vec<&'static str>,
    /// The API reads the page starts with (`api::first_reads`), which the frame has the browser preload.
    pub reads: Vec<&'static str>,
    /// The wasm module the page's view is split into (`areas.rs`), if any: the frame has the browser fetch its
    /// files once the frame is painted (`public/frame.js`), while the main module still downloads.
    pub module: Option<&'static str>,
}

/// The pages with a frame: the forside, the four areas, and the two info pages (whole, from `domain::info`).
pub fn frames(lang: Lang) -> Vec<Frame> {
    let frame = |path, module, title: Msg, lead: String| Frame {
        path,
        title: title.text(lang),
        lead,
        more: Vec::new(),
        reads: crate::api::first_reads(path),
        module,
    };
    let info = |page: &info::InfoText| Frame {
        more: page.more.iter().map(|m| m.text(lang)).collect(),
        ..frame(page.path, Some("info_area"), page.title, page.lead.text(lang).into())
    };
    // As pages/home.rs writes it: "Velkommen Hanne." and the intro.
    let greeting = format!("{} {FIRST_NAME}. {}", Msg::HomeGreeting.text(lang), Msg::HomeIntro.text(lang));
    vec![
        // The forside's view is in the main module.
        frame(routes::HOME, None, Msg::NavHome, greeting),
        frame(routes::CV, Some("cv_area"), Msg::NavCv, CvMsg::Intro.text(lang).into()),
        frame(routes::JOB_GOALS, Some("jobgoals_area"), Msg::NavJobGoals, JobGoalMsg::Intro.text(lang).into()),
        frame(routes::PLAN, Some("plan_area"), Msg::NavPlan, PlanMsg::PlanIntro.text(lang).into()),
        frame(
            routes::PROGRESSION,
            Some("progression_area"),
            Msg::NavProgression,
            ProgressionMsg::Intro.text(lang).into(),
        ),
        info(&info::ACCESSIBILITY),
        info(&info::PRIVACY),
    ]
}

/// The frame's file in `dist/frames/`: `index.html` for the forside, else the address's one part.
pub fn file_name(path: &str) -> String {
    match path.trim_start_matches('/') {
        "" => "index.html".into(),
        name => format!("{name}.html"),
    }
}

/// What `tools/frames.mjs` reads, in Danish (the app's first language; `<html lang="da">`).
pub fn frames_json() -> String {
    let lang = Lang::Da;
    let app = Msg::AppName.text(lang);
    let menu: Vec<_> = MENU.iter().map(|(href, m)| serde_json::json!({ "href": href, "text": m.text(lang) })).collect();
    let pages: Vec<_> = frames(lang)
        .into_iter()
        .map(|f| {
            serde_json::json!({
                "path": f.path,
                "file": file_name(f.path),
                "tab": page_title(f.title, app),
                "title": f.title,
                "lead": f.lead,
                "more": f.more,
                "preload": f.reads,
                "module": f.module,
            })
        })
        .collect();
    let label = Msg::MainMenu.text(lang);
    // The phone menu's drawer, as the header draws it for a logged-in borger (without the name).
    let drawer = serde_json::json!({
        "heading": Msg::Menu.text(lang),
        "close": Msg::CloseMenu.text(lang),
        "closeLabel": Msg::CloseMenuLabel.text(lang),
        "user": Msg::User.text(lang),
        "logOut": Msg::LogOut.text(lang),
        "logOutHref": routes::LOGGED_OUT,
    });
    let json = serde_json::json!({
        "menu": menu, "mainMenuLabel": label, "drawer": drawer, "firstName": FIRST_NAME, "frames": pages,
    });
    serde_json::to_string_pretty(&json).unwrap_or_default() + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tools/frames.json");

    #[test]
    fn frames_json_is_current() {
        let want = frames_json();
        if std::env::var_os("UPDATE_FRAMES").is_some() {
            std::fs::write(FILE, &want).unwrap();
        }
        let have = std::fs::read_to_string(FILE).unwrap_or_default();
        assert!(have == want, "tools/frames.json is out of date: run `UPDATE_FRAMES=1 cargo test -p fleksvej frames`");
    }

    #[test]
    fn the_static_header_in_index_html_says_what_the_app_says() {
        let html = include_str!("../../index.html");
        let da = Lang::Da;
        let go_home = Msg::GoHome.text(da);
        for needle in [
            format!(r#"<ul aria-label="{}">"#, Msg::ChooseLanguage.text(da)),
            format!("</svg>{}</button>", Msg::LanguageDanish.text(Lang::Da)),
            format!(r#"lang="en">{}</button>"#, Msg::LanguageEnglish.text(Lang::En)),
            format!(r#"aria-label="{go_home}"><span>{go_home}</span>"#),
            format!("</svg>{}</button>", Msg::Menu.text(da)),
            format!(r#"<div class="solution-heading"><a href="/">{}</a></div>"#, Msg::AppName.text(da)),
        ] {
            assert!(html.contains(&needle), "index.html's static header lacks {needle}");
        }
    }

    #[test]
    fn every_frame_is_one_address_with_a_file_name() {
        for f in frames(Lang::Da) {
            let name = f.path.trim_start_matches('/');
            assert!(name.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{}", f.path);
            assert!(!f.title.is_empty() && !f.lead.is_empty());
        }
        assert_eq!(file_name("/"), "index.html");
    }

    #[test]
    fn every_frame_preloads_the_device_key_and_its_areas_data() {
        for f in frames(Lang::Da) {
            assert_eq!(f.reads.first(), Some(&crate::api::session::DEVICE_KEY), "{}", f.path);
            assert!(f.reads.iter().all(|r| r.starts_with("/api/v1/")), "{}", f.path);
        }
        let reads = |path| frames(Lang::Da).into_iter().find(|f| f.path == path).map(|f| f.reads).unwrap_or_default();
        assert!(reads(routes::HOME).contains(&crate::api::plan::PLAN), "the forside's next meeting and task");
        assert!(reads(routes::CV).contains(&crate::api::cv::TARGETED));
        assert_eq!(reads(routes::ACCESSIBILITY), [crate::api::session::DEVICE_KEY]);
        assert_eq!(file_name("/min-plan"), "min-plan.html");
    }
}
