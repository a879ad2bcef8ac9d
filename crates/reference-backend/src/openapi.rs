//! The OpenAPI 3.1 document: paths from the handlers' annotations, plus the house rules (auth, CSRF header,
//! If-Match, Idempotency-Key, problem+json errors) applied to every operation they concern, in one place.

use crate::routes::{admin, cv, dev, jobgoals, plan, prep, progression, rehearsals, session, targeted};
use utoipa::OpenApi;
use utoipa::openapi::path::{Operation, ParameterBuilder, ParameterIn};
use utoipa::openapi::schema::{KnownFormat, ObjectBuilder, SchemaFormat, Type};
use utoipa::openapi::security::{
    ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityRequirement, SecurityScheme,
};
use utoipa::openapi::{ContentBuilder, HeaderBuilder, Ref, Required, ResponseBuilder};

const DESCRIPTION: &str = "The REST contract between the Fleksvej SPA and a municipality's backend.

* **Auth (borger API, /api/v1):** a server-side session in the cookie `__Host-fleksvej` (Secure, HttpOnly, SameSite=Strict). No tokens in the browser. 401 `unauthenticated` when missing or expired (inactivity and absolute lifetime).
* **CSRF:** every POST/PUT/PATCH/DELETE carries `x-fleks-client: 1`; a cross-site `Origin` or `Sec-Fetch-Site` is refused with 403 `forbidden`. GET never changes state.
* **Updates:** PUT/PATCH/DELETE of a resource need `If-Match` with the resource's `ETag` (`\"v{version}\"`): 428 `precondition_required` when missing, 412 `conflict` when stale (the response carries the current ETag). Single-resource GETs and successful writes return `ETag`.
* **Creates:** POST that creates needs `Idempotency-Key` (a UUID, scoped per borger). A retry with the same key and body replays the first response; the same key with another body gives 422 `idempotency_key_reused`; a missing key 400 `idempotency_key_missing`; a request still in flight 409 `idempotency_key_in_flight`.
* **Errors:** `application/problem+json` (RFC 9457) with a machine `code`; validation errors are 422 `validation` with `errors[].field` as a dotted path (e.g. `work.0.title`). Malformed JSON is 400 `malformed_body`, bodies over 256 KiB 413, storage trouble 503 with `Retry-After`.
* **Admin API (/api/admin/v1):** stands in for the jobcenter's system; `Authorization: Bearer <token>`, cookies are not accepted. Its writes show as new (\"nyt siden sidst\") to the borger.
* All API responses carry `Cache-Control: no-store`.";

#[derive(OpenApi)]
#[openapi(
    info(title = "Fleksvej API", version = "1.0.0", license(name = "MIT")),
    paths(
        session::session_get,
        session::session_delete,
        session::device_key_get,
        dev::demo_login_list,
        dev::demo_login_create,
        cv::cv_get,
        cv::cv_put,
        targeted::targeted_list,
        targeted::targeted_create,
        targeted::targeted_get,
        targeted::targeted_put,
        targeted::targeted_delete,
        jobgoals::jobgoals_list,
        jobgoals::jobgoals_create,
        jobgoals::jobgoals_get,
        jobgoals::jobgoals_put,
        jobgoals::jobgoals_delete,
        rehearsals::rehearsals_list,
        rehearsals::rehearsals_create,
        rehearsals::rehearsals_delete,
        prep::script_get,
        prep::script_put,
        prep::canvas_get,
        prep::canvas_put,
        plan::plan_get,
        plan::aftaler_get,
        plan::aftaler_patch,
        plan::meetings_get,
        plan::meetings_prep_put,
        plan::plan_seen_put,
        progression::progression_get,
        progression::weeks_create,
        progression::weeks_put,
        progression::weeks_delete,
        progression::goals_create,
        admin::admin_aftaler_create,
        admin::admin_aftaler_put,
        admin::admin_meetings_create,
        admin::admin_meetings_put,
        admin::admin_goals_create,
        admin::admin_goals_put,
        admin::admin_fleksjobs_create,
        admin::admin_fleksjobs_put,
    ),
    components(schemas(contract::Problem, contract::FieldError, contract::ProblemCode, contract::FieldErrorCode))
)]
struct ApiDoc;

/// The whole document, as written to `crates/contract/openapi.yaml`.
pub fn openapi() -> utoipa::openapi::OpenApi {
    let mut doc = ApiDoc::openapi();
    doc.info.description = Some(DESCRIPTION.into());
    let components = doc.components.get_or_insert_with(Default::default);
    let cookie = ApiKeyValue::with_description(contract::SESSION_COOKIE, "Session id set by the login");
    components.add_security_scheme("session", SecurityScheme::ApiKey(ApiKey::Cookie(cookie)));
    let bearer = HttpBuilder::new().scheme(HttpAuthScheme::Bearer).description(Some("Admin token")).build();
    components.add_security_scheme("admin", SecurityScheme::Http(bearer));
    for (path, item) in doc.paths.paths.iter_mut() {
        let ops = [
            ("get", &mut item.get),
            ("post", &mut item.post),
            ("put", &mut item.put),
            ("patch", &mut item.patch),
            ("delete", &mut item.delete),
        ];
        for (method, op) in ops {
            if let Some(op) = op.as_mut() {
                apply_rules(path, method, op);
            }
        }
    }
    doc
}

fn string_schema(format: Option<KnownFormat>, only: Option<&str>) -> ObjectBuilder {
    let mut s = ObjectBuilder::new().schema_type(Type::String);
    if let Some(f) = format {
        s = s.format(Some(SchemaFormat::KnownFormat(f)));
    }
    if let Some(v) = only {
        s = s.enum_values(Some([v]));
    }
    s
}

fn header_param(op: &mut Operation, name: &str, description: &str, schema: ObjectBuilder) {
    let p = ParameterBuilder::new()
        .name(name)
        .parameter_in(ParameterIn::Header)
        .required(Required::True)
        .description(Some(description))
        .schema(Some(schema))
        .build();
    op.parameters.get_or_insert_with(Vec::new).push(p.into());
}

fn problem(op: &mut Operation, status: &str, description: &str) {
    let content = ContentBuilder::new().schema(Some(Ref::from_schema_name("Problem"))).build();
    let res = ResponseBuilder::new().description(description).content("application/problem+json", content).build();
    op.responses.responses.entry(status.to_owned()).or_insert(res.into());
}

fn header(description: &str) -> utoipa::openapi::header::Header {
    HeaderBuilder::new().schema(Some(string_schema(None, None))).description(Some(description)).build()
}

fn apply_rules(path: &str, method: &str, op: &mut Operation) {
    let admin = path.starts_with("/api/admin/");
    let api = path.starts_with("/api/v1/");
    let write = method != "get";
    let has_id = path.contains('{');
    let create = method == "post" && path != "/dev/login";
    let update =
        matches!(method, "put" | "patch" | "delete") && path != "/api/v1/session" && path != "/api/v1/plan/seen";
    let scheme = if admin { "admin" } else { "session" };
    if admin || api {
        op.security = Some(vec![SecurityRequirement::new(scheme, Vec::<String>::new())]);
        problem(op, "401", "Not logged in, session expired, or wrong admin token");
    }
    if write && !admin {
        let client = string_schema(None, Some(contract::CLIENT_HEADER_VALUE));
        header_param(op, contract::CLIENT_HEADER, "CSRF defence: must be \"1\" on every write", client);
        problem(op, "403", "CSRF check failed (missing x-fleks-client, cross-site Origin) or not allowed");
    }
    if update {
        header_param(op, "If-Match", "The resource's current ETag, e.g. \"v3\"", string_schema(None, None));
        problem(op, "412", "If-Match does not match the current ETag (code conflict); ETag carries the current one");
        problem(op, "428", "If-Match is missing (code precondition_required)");
    }
    if create {
        let uuid = string_schema(Some(KnownFormat::Uuid), None);
        header_param(op, "Idempotency-Key", "A fresh UUID per create; reuse it when retrying", uuid);
        problem(op, "409", "A request with this Idempotency-Key is still in flight");
    }
    if op.request_body.is_some() {
        problem(op, "400", "Malformed JSON, or a missing/invalid Idempotency-Key");
        problem(op, "413", "Body larger than 256 KiB");
        problem(op, "422", "Validation failed (errors[]), or Idempotency-Key reused with another body");
    }
    if has_id || admin || path == "/dev/login" && write {
        problem(op, "404", "Nothing by that id for this borger");
    }
    if api || admin || write {
        problem(op, "503", "Storage unavailable; retry after Retry-After seconds");
    }
    let tagged = write || has_id || path == "/api/v1/cv";
    for (status, res) in op.responses.responses.iter_mut() {
        let utoipa::openapi::RefOr::T(res) = res else { continue };
        if tagged && (status == "200" || status == "201") {
            res.headers.insert("ETag".into(), header("\"v{version}\"").into());
        }
        if status == "201" {
            res.headers.insert("Location".into(), header("URL of the new resource").into());
        }
        if status == "503" {
            res.headers.insert("Retry-After".into(), header("Seconds to wait").into());
        }
    }
}

/// The document as YAML.
pub fn openapi_yaml() -> Result<String, String> {
    openapi().to_yaml().map_err(|e| e.to_string())
}
