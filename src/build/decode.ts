// Decoding seed files at the edge: UTF-8 with or without BOM, UTF-16 with BOM, and legacy
// Windows-1252 text. Invalid bytes become U+FFFD; decoding never throws.

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const UTF8_LOSSY = new TextDecoder('utf-8');
// Windows-1252 differs from Latin-1 only in 0x80–0x9F (curly quotes, dashes, €…). Node's
// TextDecoder reads those bytes as C1 controls, so the table is spelled out here.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** Windows-1252 text (what the web means by "latin1", "iso-8859-1" and "ascii" too). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) {
    text +=
      byte >= 0x80 && byte <= 0x9f ? (CP1252_HIGH[byte - 0x80] ?? '') : String.fromCharCode(byte);
  }
  return text;
}

/** Share of invalid UTF-8 sequences above which the file is read as Windows-1252 instead. */
const MAX_INVALID_UTF8_RATIO = 0.001;

/** The bytes of a seed file as text. */
export function decodeSeed(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return UTF8.decode(body);
  } catch {
    const lossy = UTF8_LOSSY.decode(body);
    const invalid = lossy.match(/\uFFFD/g)?.length ?? 0;
    // A text with many invalid sequences and no NUL bytes is most likely a legacy 8-bit file.
    if (invalid / Math.max(1, body.length) > MAX_INVALID_UTF8_RATIO && !body.includes(0)) {
      return decodeWindows1252(body);
    }
    return lossy;
  }
}
