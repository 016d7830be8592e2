/**
 * A check run on a Word file (a zip archive) before mammoth opens it, so a
 * zip bomb is refused instead of inflated into gigabytes: every entry is
 * inflated here with Node's zlib under a running budget of MAX_UNZIPPED_BYTES
 * (zlib's maxOutputLength stops it there, whatever sizes the archive claims),
 * and an archive of more than MAX_ENTRIES entries is refused unread. Only the
 * zip structure needed to find each entry's data is read: the end-of-central-
 * directory record and the central and local headers.
 */
import { inflateRawSync } from 'node:zlib'
import { ImportFailure } from './importFailure'

export const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024
export const MAX_ENTRIES = 5000

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50

const notWord = (): ImportFailure => new ImportFailure('it is not a Word (.docx) file, or it is damaged')

/** Throws an ImportFailure unless the archive unpacks within the budget. */
export function checkZip(bytes: Uint8Array): void {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let eocd = -1
  for (let i = view.length - 22; i >= Math.max(0, view.length - 22 - 65535); i--) {
    if (view.readUInt32LE(i) === EOCD) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw notWord()
  const entries = view.readUInt16LE(eocd + 10)
  if (entries > MAX_ENTRIES) throw new ImportFailure(`it holds ${entries} files, more than any Word document`)
  let at = view.readUInt32LE(eocd + 16)
  let budget = MAX_UNZIPPED_BYTES
  for (let n = 0; n < entries; n++) {
    if (at + 46 > view.length || view.readUInt32LE(at) !== CENTRAL) throw notWord()
    const method = view.readUInt16LE(at + 10)
    const compressed = view.readUInt32LE(at + 20)
    const local = view.readUInt32LE(at + 42)
    at += 46 + view.readUInt16LE(at + 28) + view.readUInt16LE(at + 30) + view.readUInt16LE(at + 32)
    if (local + 30 > view.length || view.readUInt32LE(local) !== LOCAL) throw notWord()
    const start = local + 30 + view.readUInt16LE(local + 26) + view.readUInt16LE(local + 28)
    const data = view.subarray(start, start + compressed)
    if (method === 0) budget -= data.length
    else if (method === 8) {
      try {
        budget -= inflateRawSync(data, { maxOutputLength: Math.max(1, budget) }).length
      } catch (err) {
        if (err instanceof RangeError || (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge()
        throw notWord()
      }
    } else throw notWord()
    if (budget < 0) throw tooLarge()
  }
}

const tooLarge = (): ImportFailure => new ImportFailure(`it unpacks to more than ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB, far more than any Word document (it may be a zip bomb)`)
