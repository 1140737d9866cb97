/**
 * Text ⇄ URL-safe compressed form: UTF-8, a FNV-1a checksum (so a tampered link is told apart
 * from a link that merely decodes to other text), raw DEFLATE (fflate) and base64url.
 * Decoding never throws: every failure is a `CodecError` value.
 */
import { deflateSync, inflateSync } from "fflate";

/** Why a payload could not be decoded. */
export type CodecFailure = "alphabet" | "compression" | "encoding" | "checksum" | "too-large";

/** A payload that failed to decode, with the reason. */
export interface CodecError {
  ok: false;
  failure: CodecFailure;
}

/** Longest encoded payload we try to decode (a URL this long is already unusual). */
export const MAX_ENCODED = 200_000;
/** Largest decoded text (a deflate bomb stops here). */
export const MAX_DECODED = 1_000_000;

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** FNV-1a over the UTF-16 code units of `text`, as 8 hex digits. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

/** Compress `text` into a URL-safe string. */
export function encodeText(text: string): string {
  const body = new TextEncoder().encode(fnv1a(text) + text);
  return toBase64Url(deflateSync(body, { level: 9 }));
}

/** The text `encodeText` was given, or why it cannot be recovered. */
export function decodeText(encoded: string): { ok: true; text: string } | CodecError {
  if (encoded.length > MAX_ENCODED) return { ok: false, failure: "too-large" };
  const bytes = fromBase64Url(encoded);
  if (!bytes || bytes.length === 0) return { ok: false, failure: "alphabet" };
  let raw: Uint8Array;
  try {
    raw = inflateSync(bytes);
  } catch {
    return { ok: false, failure: "compression" };
  }
  if (raw.length > MAX_DECODED * 3) return { ok: false, failure: "too-large" };
  let body: string;
  try {
    body = new TextDecoder("utf-8", { fatal: true }).decode(raw);
  } catch {
    return { ok: false, failure: "encoding" };
  }
  const sum = body.slice(0, 8);
  const text = body.slice(8);
  if (body.length < 8 || fnv1a(text) !== sum) return { ok: false, failure: "checksum" };
  return { ok: true, text };
}
