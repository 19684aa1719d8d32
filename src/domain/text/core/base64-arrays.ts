// Compact, endian-independent packing of typed arrays into base64 for JSON model files.

export function packUint32(values: ArrayLike<number>): string {
  const buf = Buffer.alloc(values.length * 4);
  for (let i = 0; i < values.length; i++) buf.writeUInt32LE((values[i] as number) >>> 0, i * 4);
  return buf.toString('base64');
}

export function unpackUint32(b64: string): Uint32Array {
  const buf = Buffer.from(b64, 'base64');
  const out = new Uint32Array(buf.length >>> 2);
  for (let i = 0; i < out.length; i++) out[i] = buf.readUInt32LE(i * 4);
  return out;
}

/** Weights quantised to int16 with one scale: |w| ≤ 32767 * scale. Error ≤ scale / 2. */
export function packInt16(values: ArrayLike<number>, scale: number): string {
  const buf = Buffer.alloc(values.length * 2);
  for (let i = 0; i < values.length; i++) {
    const q = Math.max(-32767, Math.min(32767, Math.round((values[i] as number) / scale)));
    buf.writeInt16LE(q, i * 2);
  }
  return buf.toString('base64');
}

export function unpackInt16(b64: string, scale: number): Float32Array {
  const buf = Buffer.from(b64, 'base64');
  const out = new Float32Array(buf.length >>> 1);
  for (let i = 0; i < out.length; i++) out[i] = buf.readInt16LE(i * 2) * scale;
  return out;
}
