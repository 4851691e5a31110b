// A requirements file as pieces of text, each ending at a line break. `pip-compile --generate-hashes` writes files
// of a few hundred KB, and a string over 128 KB lives in V8's large-object space, for which V8 maps fresh memory
// each time (3-7 ns a byte on the machines measured, against 0.15 for a young one): in pieces of about 64 KB the
// same text is read several times faster. pip reads the text as lines, and a line break never falls inside a piece's
// last line, so splitting each piece into lines gives the file's lines.
import { isAscii } from "node:buffer";
import {
	codingDeclaration,
	type DecodedRequirements,
	decodeRequirementsBytes,
	lookupCodec,
} from "./decode-requirements.js";

export type DecodedPieces =
	| { ok: true; pieces: string[] }
	| Extract<DecodedRequirements, { ok: false }>;

/** About this many bytes a piece (cut at the next `\n`); files under two pieces stay whole. */
export const PIECE_BYTES = 64 * 1024;

/** Codecs that read ASCII bytes as the same text. */
const ASCII_COMPATIBLE = new Set(["utf_8", "utf_8_sig", "ascii", "latin_1"]);

/** The file's text as decode-requirements.ts reads it, in pieces when it is large and ASCII. */
export function decodeRequirementsPieces(bytes: Uint8Array): DecodedPieces {
	if (bytes.length >= 2 * PIECE_BYTES && readsAsAscii(bytes))
		return { ok: true, pieces: asciiPieces(bytes) };
	const decoded = decodeRequirementsBytes(bytes);
	return decoded.ok ? { ok: true, pieces: [decoded.text] } : decoded;
}

/** ASCII bytes without a NUL (a binary file), read as ASCII whatever the file declares. */
function readsAsAscii(bytes: Uint8Array): boolean {
	if (!isAscii(bytes) || bytes.indexOf(0) >= 0) return false;
	const declared = codingDeclaration(bytes);
	if (declared === null) return true;
	const codec = lookupCodec(declared.name);
	return codec !== null && ASCII_COMPATIBLE.has(codec);
}

function asciiPieces(bytes: Uint8Array): string[] {
	const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
	const pieces: string[] = [];
	let start = 0;
	while (start < buffer.length) {
		const lineEnd = buffer.indexOf(0x0a, start + PIECE_BYTES);
		const end = lineEnd === -1 ? buffer.length : lineEnd + 1;
		pieces.push(buffer.toString("latin1", start, end));
		start = end;
	}
	return pieces;
}
