import type { Dialogs } from '../../src/main/dialogs'

/** Answers the app's dialogs the way a user would, from a queue a test fills. */
export class ScriptedDialogs implements Dialogs {
  newProjectPaths: (string | null)[] = []
  openPaths: (string | null)[] = []
  saveAsPaths: (string | null)[] = []
  articlePaths: string[][] = []
  opened: string[] = []
  async chooseNewProjectPath() {
    return this.newProjectPaths.shift() ?? null
  }
  async chooseProjectToOpen() {
    return this.openPaths.shift() ?? null
  }
  async chooseSaveAsPath() {
    return this.saveAsPaths.shift() ?? null
  }
  async chooseArticles() {
    return this.articlePaths.shift() ?? []
  }
  async openExternal(url: string) {
    this.opened.push(url)
  }
  exportPaths: (string | null)[] = []
  exportRequests: { suggestedName: string; folder: string | null }[] = []
  async chooseExportPath(suggestedName: string, folder: string | null) {
    this.exportRequests.push({ suggestedName, folder })
    return this.exportPaths.shift() ?? null
  }
  mergePaths: (string | null)[] = []
  async chooseProjectToMerge() {
    return this.mergePaths.shift() ?? null
  }
  clipboard: string[] = []
  async writeClipboard(text: string) {
    this.clipboard.push(text)
  }
}
