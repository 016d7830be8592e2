/**
 * The server's memory after a big send. A project's whole state goes to
 * every desk that joins (about 17 MB for 20,000 tags, copied a few times on
 * its way into the socket) and is encoded again when the state is stored;
 * those buffers live outside the JavaScript heap, so the heap's own pace of
 * collection lets them pile up when several desks join at once (that was
 * half of the server's memory). A full collection a moment after a desk has
 * connected, after a store and after a project is unloaded, gives them back;
 * it takes tens of milliseconds for a 20,000-tag project, and is run at most
 * once per quiet second.
 */
import type { Extension } from '@hocuspocus/server'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

let collect: (() => void) | null | undefined

/** V8's full collection, reached without starting Node with --expose-gc (null where that is not possible). */
function collector(): (() => void) | null {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc')
      collect = runInNewContext('gc') as () => void
    } catch {
      collect = null
    }
  }
  return collect
}

export function memoryExtension(delayMs = 1000): Extension {
  let timer: NodeJS.Timeout | null = null
  const soon = async (): Promise<void> => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => {
      timer = null
      collector()?.()
    }, delayMs)
    timer.unref()
  }
  return { extensionName: 'quotemark-memory', connected: soon, afterStoreDocument: soon, afterUnloadDocument: soon }
}
