//! Demo data: the five fictional borgere of domain.md §5.3, with dates relative to today. No diagnoses anywhere.

mod cv;
mod plan;
mod profiles;
mod progression;

use crate::db::{Db, now_ms};
use serde::Serialize;
use sqlx::{Sqlite, Transaction};
use time::{Duration, OffsetDateTime};
use uuid::Uuid;

/// Mette Sørensen, 47: fase 1, before the rehabiliteringsmøde.
pub const METTE: Uuid = Uuid::from_u128(0x0000_0000_0000_4000_8000_0000_0000_0001);
/// Jonas Madsen, 36: fase 2, on ledighedsydelse for 3 months.
pub const JONAS: Uuid = Uuid::from_u128(0x0000_0000_0000_4000_8000_0000_0000_0002);
/// Hanne Jakobsen, 58: fase 3, in a fleksjob for 7 months.
pub const HANNE: Uuid = Uuid::from_u128(0x0000_0000_0000_4000_8000_0000_0000_0003);
/// Ali Hassan, 42: fase 3, fleksjob 1 and seeking job nummer 2.
pub const ALI: Uuid = Uuid::from_u128(0x0000_0000_0000_4000_8000_0000_0000_0004);
/// Sofie Lund, 31: fase 2, recently visiteret.
pub const SOFIE: Uuid = Uuid::from_u128(0x0000_0000_0000_4000_8000_0000_0000_0005);

/// All demo borgere, in the order the demo login lists them.
pub const ALL: [Uuid; 5] = [METTE, JONAS, HANNE, ALI, SOFIE];

/// The deterministic id of a demo borger's `n`th item (aftale, meeting, jobmål …), stable across seeds.
pub const fn item_id(borger: Uuid, n: u16) -> Uuid {
    Uuid::from_u128(borger.as_u128() + ((n as u128) << 16))
}

/// Seeds the demo borgere when the database has none.
pub async fn seed(db: &Db) -> Result<(), sqlx::Error> {
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM borgere").fetch_one(&db.writer).await?;
    if count > 0 {
        return Ok(());
    }
    let mut tx = db.writer.begin().await?;
    let now = OffsetDateTime::now_utc();
    for (profile, summary) in profiles::all() {
        sqlx::query("INSERT INTO borgere (id, profile, summary) VALUES (?1, ?2, ?3)")
            .bind(profile.id.to_string())
            .bind(to_json(&profile)?)
            .bind(summary)
            .execute(&mut *tx)
            .await?;
    }
    let mut s = Seeder { tx, now };
    cv::seed(&mut s).await?;
    plan::seed(&mut s).await?;
    progression::seed(&mut s).await?;
    s.tx.commit().await?;
    tracing::info!("seeded the five demo borgere");
    Ok(())
}

fn to_json<T: Serialize>(v: &T) -> Result<String, sqlx::Error> {
    serde_json::to_string(v).map_err(|e| sqlx::Error::Protocol(e.to_string()))
}

/// Writes seed documents inside one transaction.
struct Seeder {
    tx: Transaction<'static, Sqlite>,
    now: OffsetDateTime,
}

impl Seeder {
    /// `days` from today (negative: in the past).
    fn at(&self, days: i64) -> OffsetDateTime {
        self.now + Duration::days(days)
    }

    /// Stores a document; `by_jobcenter` items are marked seen unless `fresh` ("nyt siden sidst").
    async fn put<T: Serialize>(
        &mut self,
        borger: Uuid,
        kind: &str,
        id: Uuid,
        body: &T,
        by_jobcenter: bool,
        fresh: bool,
    ) -> Result<(), sqlx::Error> {
        let at = now_ms();
        sqlx::query(
            "INSERT INTO documents (id, borger_id, kind, version, body, updated_at, updated_by) VALUES (?1, ?2, ?3, 1, ?4, ?5, ?6)",
        )
        .bind(id.to_string())
        .bind(borger.to_string())
        .bind(kind)
        .bind(to_json(body)?)
        .bind(at)
        .bind(if by_jobcenter { "jobcenter" } else { "borger" })
        .execute(&mut *self.tx)
        .await?;
        if by_jobcenter && !fresh {
            sqlx::query("INSERT INTO read_markers (borger_id, item_id, seen_at) VALUES (?1, ?2, ?3)")
                .bind(borger.to_string())
                .bind(id.to_string())
                .bind(at)
                .execute(&mut *self.tx)
                .await?;
        }
        Ok(())
    }
}
