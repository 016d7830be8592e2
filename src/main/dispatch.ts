/**
 * One call from the window to its handler: the channel's arguments checked
 * against the contract (src/core/apiArgs.ts), then the handler run. Main's
 * ipcMain registration and the end-to-end harness both call this, so the
 * browser tests go through exactly what the app does.
 */
import type { Handlers, InvokeApi } from '../core/api'
import { checkInvokeArgs } from '../core/apiArgs'

export function dispatch(handlers: Handlers, key: keyof InvokeApi, args: unknown[]): Promise<unknown> {
  const checked = checkInvokeArgs(key, args)
  if (!checked.ok) return Promise.reject(new Error(checked.error))
  const handler = handlers[key] as (...a: unknown[]) => Promise<unknown>
  return handler(...checked.args)
}
