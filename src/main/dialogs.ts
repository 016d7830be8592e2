/**
 * The questions main asks the user through native dialogs. Handlers receive
 * an implementation of this interface, so tests answer with paths instead of
 * clicking; the Electron implementation lives in electronDialogs.ts.
 */
export interface Dialogs {
  /** Where to create a new project file (the dialog has already confirmed any overwrite); null when cancelled. */
  chooseNewProjectPath(): Promise<string | null>
  /** A project file to open; null when cancelled. */
  chooseProjectToOpen(): Promise<string | null>
  /** Where to save a copy of the open project and continue in it; null when cancelled. */
  chooseSaveAsPath(): Promise<string | null>
  /** Article files to import; an empty list when cancelled. */
  chooseArticles(): Promise<string[]>
  /** Open an http(s) address in the user's browser. Handlers only pass http(s) URLs. */
  openExternal(url: string): Promise<void>
  /** Where to write an export (the dialog confirms any overwrite); null when cancelled. */
  chooseExportPath(suggestedName: string, folder: string | null): Promise<string | null>
  /** A colleague's project file to merge into the open one; null when cancelled. */
  chooseProjectToMerge(): Promise<string | null>
  /** Put text on the system clipboard. */
  writeClipboard(text: string): Promise<void>
}
