//! Optional recording of an answer with MediaRecorder, played back on the device. The microphone is asked for
//! only when the borger presses "Optag". Recordings are blobs in this tab's memory only: never sent, never
//! written to disk; each view makes its own object URLs and revokes them when a recording is deleted or the
//! view goes. Logging out forgets them all ([`super::kept::forget_recordings`]).

use super::kept;
use crate::i18n::rehearsal::RehearsalMsg as R;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{Blob, BlobEvent, BlobPropertyBag, MediaRecorder, MediaStream, MediaStreamConstraints, Url};

#[derive(Clone, Copy, PartialEq)]
enum State {
    Idle,
    Asking,
    Recording,
    Denied,
    NoMic,
    Unsupported,
    Failed,
}

fn supported() -> bool {
    let Some(w) = web_sys::window() else { return false };
    let has = |o: &JsValue, k: &str| js_sys::Reflect::has(o, &k.into()).unwrap_or(false);
    has(&w, "MediaRecorder") && has(&w.navigator(), "mediaDevices")
}

fn stop_tracks(stream: &MediaStream) {
    for t in stream.get_tracks().iter() {
        t.unchecked_into::<web_sys::MediaStreamTrack>().stop();
    }
}

/// What to do when getUserMedia fails, by the error's name.
fn refusal(e: &JsValue) -> State {
    let name = js_sys::Reflect::get(e, &"name".into()).ok().and_then(|n| n.as_string()).unwrap_or_default();
    match name.as_str() {
        "NotAllowedError" | "SecurityError" => State::Denied,
        "NotFoundError" | "OverconstrainedError" | "NotReadableError" => State::NoMic,
        _ => State::Failed,
    }
}

type Live = (MediaRecorder, MediaStream, Vec<Closure<dyn FnMut(JsValue)>>);

/// The record button, the privacy note, and the recordings kept on this device.
#[component]
pub fn Recorder(question: Signal<usize>) -> impl IntoView {
    let i18n = use_i18n();
    let state = RwSignal::new(if supported() { State::Idle } else { State::Unsupported });
    let shown = RwSignal::new(kept::all());
    let live = StoredValue::new_local(None::<Live>);
    on_cleanup(move || {
        if let Some((rec, stream, _)) = live.try_update_value(|l| l.take()).flatten() {
            rec.set_onstop(None);
            let _ = rec.stop();
            stop_tracks(&stream);
        }
        for s in shown.try_get_untracked().unwrap_or_default() {
            let _ = Url::revoke_object_url(&s.url);
        }
    });
    let begin = move |stream: MediaStream| -> Result<(), JsValue> {
        let rec = MediaRecorder::new_with_media_stream(&stream)?;
        let chunks = Rc::new(RefCell::new(Vec::<Blob>::new()));
        let sink = chunks.clone();
        let on_data = Closure::<dyn FnMut(JsValue)>::new(move |e: JsValue| {
            if let Some(b) = e.unchecked_into::<BlobEvent>().data() {
                sink.borrow_mut().push(b);
            }
        });
        let q = question.get_untracked();
        let (rec2, stream2) = (rec.clone(), stream.clone());
        let on_stop = Closure::<dyn FnMut(JsValue)>::new(move |_| {
            stop_tracks(&stream2);
            let parts = js_sys::Array::new();
            chunks.borrow().iter().for_each(|b| {
                parts.push(b);
            });
            let bag = BlobPropertyBag::new();
            bag.set_type(&rec2.mime_type());
            if let Ok(blob) = Blob::new_with_blob_sequence_and_options(&parts, &bag)
                && let Some(s) = kept::keep(q, blob)
            {
                shown.update(|v| v.push(s));
            }
            state.set(State::Idle);
        });
        rec.set_ondataavailable(Some(on_data.as_ref().unchecked_ref()));
        rec.set_onstop(Some(on_stop.as_ref().unchecked_ref()));
        rec.start()?;
        live.set_value(Some((rec, stream, vec![on_data, on_stop])));
        Ok(())
    };
    let record = move |_| {
        state.set(State::Asking);
        leptos::task::spawn_local(async move {
            let asked = async {
                let devices = web_sys::window().ok_or(JsValue::NULL)?.navigator().media_devices()?;
                let c = MediaStreamConstraints::new();
                c.set_audio(&JsValue::TRUE);
                wasm_bindgen_futures::JsFuture::from(devices.get_user_media_with_constraints(&c)?).await
            };
            match asked.await {
                Ok(s) => {
                    let stream: MediaStream = s.unchecked_into();
                    match begin(stream.clone()) {
                        Ok(()) => state.set(State::Recording),
                        Err(_) => {
                            stop_tracks(&stream);
                            state.set(State::Failed);
                        }
                    }
                }
                Err(e) => state.set(refusal(&e)),
            }
        });
    };
    let stop = move |_| {
        live.with_value(|l| {
            if let Some((rec, _, _)) = l {
                let _ = rec.stop();
            }
        });
    };
    let delete = move |id: u32| {
        shown.update(|v| {
            if let Some(s) = v.iter().find(|s| s.id == id) {
                let _ = Url::revoke_object_url(&s.url);
            }
            v.retain(|s| s.id != id);
        });
        kept::forget(id);
    };
    let problem = move || match state.get() {
        State::Denied => Some(R::MicDenied),
        State::NoMic => Some(R::NoMic),
        State::Unsupported => Some(R::RecordUnsupported),
        State::Failed => Some(R::RecordFailed),
        _ => None,
    };
    view! {
        <section class="app-recorder" aria-labelledby="record-heading">
            <h2 class="h4" id="record-heading">{i18n.t(R::RecordHeading)}</h2>
            <p class="app-muted">{i18n.t(R::RecordPrivacy)}</p>
            <Show when=move || state.get() != State::Unsupported>
                <p class="app-button-row">
                    <Show when=move || state.get() == State::Recording fallback=move || view! {
                        <button type="button" class="button button-secondary" on:click=record
                            disabled=move || state.get() == State::Asking>{i18n.t(R::Record)}</button>
                    }>
                        <button type="button" class="button button-primary" on:click=stop>{i18n.t(R::StopRecording)}</button>
                    </Show>
                </p>
            </Show>
            <p role="status" class="app-record-status">{move || match state.get() {
                State::Recording => i18n.now(R::Recording),
                State::Asking => i18n.now(R::Asking),
                _ => "",
            }}</p>
            {move || problem().map(|m| view! {
                <div class="alert alert-warning" role="alert"><div class="alert-body"><p class="alert-text">{i18n.t(m)}</p></div></div>
            })}
            <Show when=move || !shown.with(Vec::is_empty)>
                <h3 class="h5">{i18n.t(R::Recordings)}</h3>
                <ul class="nobullet-list app-recordings">
                    <For each=move || shown.get() key=|s| s.id let:s>
                        {
                            let label = move || i18n.now(R::RecordingOf).replace("{n}", &s.question.to_string());
                            let id = s.id;
                            view! {
                                <li class="app-recording">
                                    <p class="app-recording-label" id=format!("rec-{id}")>{label}</p>
                                    <audio controls src=s.url.clone() aria-labelledby=format!("rec-{id}")></audio>
                                    <p><button type="button" class="button button-tertiary" on:click=move |_| delete(id)>
                                        {i18n.t(R::DeleteRecording)} <span class="sr-only">" – " {label}</span>
                                    </button></p>
                                </li>
                            }
                        }
                    </For>
                </ul>
            </Show>
        </section>
    }
}
