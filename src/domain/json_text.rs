//! A small JSON reader for what the app reads at every start: the session, an error answer (problem+json) and the
//! forside's glance of Min plan (`domain::json_object`). It keeps serde_json's deserializer and serde's visitors
//! out of the first download (they come with the areas, which read whole documents with serde). It reads RFC 8259
//! JSON as serde_json does: the same numbers and escapes, and the same refusals (a lone surrogate escape in a string
//! it reads, a control character in a string, trailing text); the tests compare the two on many documents. One
//! difference: it refuses arrays and objects nested more than 128 deep anywhere, where serde_json passes over them
//! in a field it does not read (the contract's answers are a few levels deep).

use uuid::Uuid;

/// Arrays and objects nested deeper than this are refused (as serde_json refuses them in what it reads), so a
/// hostile answer cannot use up the stack.
const MAX_DEPTH: usize = 128;

/// A position in a JSON text.
struct Cursor<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Cursor<'a> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn eat(&mut self, byte: u8) -> Option<()> {
        (self.peek() == Some(byte)).then(|| self.at += 1)
    }

    fn space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.at += 1;
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while let Some(b'0'..=b'9') = self.peek() {
            self.at += 1;
        }
        self.at - start
    }

    fn word(&mut self, word: &str) -> Option<()> {
        self.text[self.at..].starts_with(word).then(|| self.at += word.len())
    }

    /// Passes over one value, or `None` when it is not valid JSON.
    fn value(&mut self, depth: usize) -> Option<()> {
        match self.peek()? {
            b'"' => self.string(false).map(drop),
            b'{' => self.items(depth, b'}', |c, depth| {
                c.string(false)?;
                c.space();
                c.eat(b':')?;
                c.space();
                c.value(depth)
            }),
            b'[' => self.items(depth, b']', Cursor::value),
            b't' => self.word("true"),
            b'f' => self.word("false"),
            b'n' => self.word("null"),
            _ => self.number(),
        }
    }

    /// The items of an array or object (the cursor is on its opening bracket), each read by `item`.
    fn items(&mut self, depth: usize, close: u8, mut item: impl FnMut(&mut Self, usize) -> Option<()>) -> Option<()> {
        let depth = depth.checked_sub(1)?;
        self.at += 1;
        self.space();
        if self.eat(close).is_some() {
            return Some(());
        }
        loop {
            item(self, depth)?;
            self.space();
            if self.eat(b',').is_none() {
                return self.eat(close);
            }
            self.space();
        }
    }

    /// A number: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
    fn number(&mut self) -> Option<()> {
        let _ = self.eat(b'-');
        match self.peek()? {
            b'0' => self.at += 1,
            b'1'..=b'9' => {
                self.digits();
            }
            _ => return None,
        }
        if self.eat(b'.').is_some() && self.digits() == 0 {
            return None;
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.at += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.at += 1;
            }
            if self.digits() == 0 {
                return None;
            }
        }
        Some(())
    }

    /// A string with its escapes decoded. Only a `strict` read refuses a lone surrogate escape (`\\ud800`): serde_json
    /// refuses it in a string it reads, not in one it passes over.
    fn string(&mut self, strict: bool) -> Option<String> {
        self.eat(b'"')?;
        let mut out = String::new();
        loop {
            let start = self.at;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.at += 1;
            }
            // Stopped at an ASCII byte or the end, so this is a whole number of characters.
            out.push_str(&self.text[start..self.at]);
            match self.peek()? {
                b'"' => {
                    self.at += 1;
                    return Some(out);
                }
                b'\\' => {
                    self.at += 1;
                    let escaped = self.peek()?;
                    self.at += 1;
                    out.push(match escaped {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.code_point(strict)?,
                        _ => return None,
                    });
                }
                // A control character must be escaped.
                _ => return None,
            }
        }
    }

    /// The character of a `\u` escape (the cursor is after the `u`), joining a surrogate pair. A lone surrogate is
    /// U+FFFD when not `strict`.
    fn code_point(&mut self, strict: bool) -> Option<char> {
        let first = self.hex4()?;
        if (0xD800..0xDC00).contains(&first) {
            let after = self.at;
            if self.word("\\u").is_some()
                && let Some(low) = self.hex4().filter(|low| (0xDC00..0xE000).contains(low))
            {
                return char::from_u32(0x10000 + ((first - 0xD800) << 10) + (low - 0xDC00));
            }
            self.at = after;
        }
        char::from_u32(first).or((!strict).then_some('\u{FFFD}'))
    }

    fn hex4(&mut self) -> Option<u32> {
        let hex = self.text.get(self.at..self.at + 4)?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        self.at += 4;
        u32::from_str_radix(hex, 16).ok()
    }
}

/// What `read` makes of the whole of `text` (space around it allowed), or `None` if anything else is there.
fn whole<'a, T>(text: &'a str, read: impl FnOnce(&mut Cursor<'a>) -> Option<T>) -> Option<T> {
    let mut c = Cursor { text, at: 0 };
    c.space();
    let value = read(&mut c)?;
    c.space();
    (c.at == text.len()).then_some(value)
}

/// The JSON text of the value `c` is on, checked, nested at most `depth` deep.
fn raw<'a>(c: &mut Cursor<'a>, depth: usize) -> Option<&'a str> {
    let start = c.at;
    c.value(depth)?;
    Some(&c.text[start..c.at])
}

/// The fields of the object that is `text`, each as its key and its value's JSON text, in order.
pub fn object(text: &str) -> Option<Vec<(String, &str)>> {
    whole(text, |c| {
        let mut fields = Vec::new();
        c.peek().filter(|b| *b == b'{')?;
        c.items(MAX_DEPTH, b'}', |c, depth| {
            let key = c.string(true)?;
            c.space();
            c.eat(b':')?;
            c.space();
            fields.push((key, raw(c, depth)?));
            Some(())
        })?;
        Some(fields)
    })
}

/// The elements of the array that is `text`, each as its JSON text.
pub fn array(text: &str) -> Option<Vec<&str>> {
    whole(text, |c| {
        let mut items = Vec::new();
        c.peek().filter(|b| *b == b'[')?;
        c.items(MAX_DEPTH, b']', |c, depth| {
            items.push(raw(c, depth)?);
            Some(())
        })?;
        Some(items)
    })
}

/// A value read from its JSON text, refusing what serde's `Deserialize` for the type refuses from serde_json.
pub trait FromJson: Sized {
    /// The value, or `None` when `text` is not one.
    fn from_json(text: &str) -> Option<Self>;
}

impl FromJson for String {
    fn from_json(text: &str) -> Option<Self> {
        whole(text, |c| c.string(true))
    }
}

impl FromJson for bool {
    fn from_json(text: &str) -> Option<Self> {
        whole(text, |c| match c.peek()? {
            b't' => c.word("true").map(|()| true),
            _ => c.word("false").map(|()| false),
        })
    }
}

/// An integer's text: no fraction or exponent (serde_json reads those as floats, which an integer refuses), and no
/// `-0` (a float to serde_json too).
fn integer(text: &str) -> Option<&str> {
    let digits = whole(text, |c| {
        let start = c.at;
        c.number()?;
        Some(&c.text[start..c.at])
    })?;
    let plain = !digits.contains(['.', 'e', 'E']) && !digits.starts_with("-0");
    plain.then_some(digits)
}

macro_rules! integers {
    ($($t:ty),*) => {$(
        impl FromJson for $t {
            fn from_json(text: &str) -> Option<Self> {
                integer(text)?.parse().ok()
            }
        }
    )*};
}
integers!(u16, u32, u64, i32, i64);

impl FromJson for Uuid {
    fn from_json(text: &str) -> Option<Self> {
        Uuid::parse_str(&String::from_json(text)?).ok()
    }
}

/// `null` is `Some(None)`.
impl<T: FromJson> FromJson for Option<T> {
    fn from_json(text: &str) -> Option<Self> {
        match whole(text, |c| c.word("null")) {
            Some(()) => Some(None),
            None => T::from_json(text).map(Some),
        }
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(text: &str) -> Option<Self> {
        array(text)?.into_iter().map(T::from_json).collect()
    }
}

/// The value the JSON string `text` names in `table` (an enum's names, as serde's `rename_all` writes them).
pub fn named<T: Copy>(table: &[(&str, T)], text: &str) -> Option<T> {
    let name = String::from_json(text)?;
    table.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
}

#[cfg(test)]
mod tests;
