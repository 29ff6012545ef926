// Bytes of a fiche → text, refusing anything that is not UTF-8 with the line where it breaks.

export type Decoded = { ok: true; text: string } | { ok: false; line: number; message: string };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeFiche(bytes: Uint8Array): Decoded {
  try {
    // ignoreBOM: false makes the decoder drop a leading BOM.
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    let line = 1;
    // Lines end as the parser splits them: \n, \r\n or a lone \r.
    for (let i = 0; i < offset; i++) {
      if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
    }
    return {
      ok: false,
      line,
      message: `octets invalides en UTF-8 (octet ${offset + 1} : 0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')}) ; enregistrez la fiche en UTF-8`,
    };
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let extra: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      extra = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      extra = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      extra = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> extra);
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += extra + 1;
  }
  return bytes.length;
}
