//! The records cursor: any text a client sends back as `cursor` is a position this server gave
//! or is refused, and every position survives its round trip.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nango_server::platform::{decode_cursor, encode_cursor};

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data)
        && let Some(position) = decode_cursor(text)
    {
        assert_eq!(decode_cursor(&encode_cursor(position)), Some(position));
    }
    if let Ok(bytes) = <[u8; 8]>::try_from(data) {
        let position = i64::from_le_bytes(bytes);
        assert_eq!(decode_cursor(&encode_cursor(position)), Some(position));
    }
});
