//! AES-256-GCM with WebCrypto: a fresh 96-bit IV per write, stored in front of the ciphertext.

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::CryptoKey;

const IV: usize = 12;

fn subtle() -> Option<(web_sys::Crypto, web_sys::SubtleCrypto)> {
    let crypto = web_sys::window()?.crypto().ok()?;
    let subtle = crypto.subtle();
    Some((crypto, subtle))
}

fn algorithm(iv: Option<&[u8]>) -> Object {
    let o = Object::new();
    let _ = Reflect::set(&o, &"name".into(), &"AES-GCM".into());
    if let Some(iv) = iv {
        let _ = Reflect::set(&o, &"iv".into(), &Uint8Array::from(iv).into());
    }
    o
}

/// Decodes 64 hex digits into 32 bytes.
pub fn decode_hex(hex: &str) -> Option<Vec<u8>> {
    if hex.len() != 64 {
        return None;
    }
    (0..32).map(|i| u8::from_str_radix(hex.get(i * 2..i * 2 + 2)?, 16).ok()).collect()
}

/// Imports the key as non-extractable, for encrypt and decrypt only.
pub fn import(hex: &str) -> Option<impl std::future::Future<Output = Result<CryptoKey, JsValue>> + use<>> {
    let bytes = decode_hex(hex)?;
    let (_, subtle) = subtle()?;
    let usages = Array::of2(&"encrypt".into(), &"decrypt".into());
    let promise = subtle
        .import_key_with_object("raw", &Uint8Array::from(bytes.as_slice()), &algorithm(None), false, &usages)
        .ok()?;
    Some(async move { JsFuture::from(promise).await?.dyn_into::<CryptoKey>() })
}

/// Encrypts `plain`; the result is IV followed by ciphertext and tag.
pub async fn seal(key: &CryptoKey, plain: &[u8]) -> Option<Vec<u8>> {
    let (crypto, subtle) = subtle()?;
    let mut iv = [0u8; IV];
    crypto.get_random_values_with_u8_array(&mut iv).ok()?;
    let promise = subtle.encrypt_with_object_and_u8_array(&algorithm(Some(&iv)), key, plain).ok()?;
    let cipher = JsFuture::from(promise).await.ok()?;
    let mut out = iv.to_vec();
    out.extend(Uint8Array::new(&cipher).to_vec());
    Some(out)
}

/// Decrypts what [`seal`] made; `None` if it was changed or made with another key.
pub async fn open(key: &CryptoKey, sealed: &[u8]) -> Option<Vec<u8>> {
    let (iv, cipher) = (sealed.get(..IV)?, sealed.get(IV..)?);
    let (_, subtle) = subtle()?;
    let promise = subtle.decrypt_with_object_and_u8_array(&algorithm(Some(iv)), key, cipher).ok()?;
    let plain = JsFuture::from(promise).await.ok()?;
    Some(Uint8Array::new(&plain).to_vec())
}

#[cfg(test)]
mod tests {
    use super::decode_hex;

    #[test]
    fn keys_are_exactly_64_hex_digits() {
        assert_eq!(decode_hex(&"0f".repeat(32)), Some(vec![15; 32]));
        assert_eq!(decode_hex("0f"), None);
        assert_eq!(decode_hex(&"zz".repeat(32)), None);
        assert_eq!(decode_hex(&"é".repeat(32)), None);
    }
}
