/**
 * The edits that ask before they act, or that the menu and the text's keys
 * share: deleting an article (how many tags go with it), importing into the
 * sample project (or into a new one), joining two tags with different
 * speakers (which one stays), and the tag extent actions (resize by a word,
 * split at the caret, join). Each asks through the one QuestionDialog and
 * changes the project through the desk store.
 */
import type { QuotemarkApi } from '../../../core/api'
import { SAMPLE_PROJECT_ID } from '../../../core/sample'
import { keyHint } from '../components/keyHint'
import { questions } from '../components/QuestionDialog'
import type { DeskStore } from '../deskStore'

/** The text's extent actions, by their keymap ids (and menu commands). */
export const extentActions = ['growEnd', 'shrinkEnd', 'growStart', 'shrinkStart', 'splitTag', 'joinTag'] as const
export type ExtentAction = (typeof extentActions)[number]

const resizes: Partial<Record<ExtentAction, ['start' | 'end', 1 | -1]>> = {
  growEnd: ['end', 1],
  shrinkEnd: ['end', -1],
  growStart: ['start', -1],
  shrinkStart: ['start', 1]
}

/**
 * Run an extent action on the selected tag; `caret` is the caret's text
 * offset (where a split goes). False when there is no selected tag, so a
 * resize key is left to the text.
 */
export function runExtentAction(store: DeskStore, action: ExtentAction, caret: number | null): boolean {
  if (!store.getState().selectedAnnotationId) {
    if (action === 'splitTag' || action === 'joinTag') store.notify('info', 'Select a tag first: click it, or step to it with J and K.')
    return action === 'splitTag' || action === 'joinTag'
  }
  const resize = resizes[action]
  if (resize) return store.resizeSelected(...resize)
  if (action === 'splitTag') store.splitSelected(caret)
  else void joinAsking(store)
  return true
}

/** Join the selected tag with the next; when the two have different speakers, ask which one stays. */
async function joinAsking(store: DeskStore): Promise<void> {
  const edit = store.joinSelected()
  if (!edit || edit.ok || !('speakers' in edit)) return
  const people = store.getState().project?.people ?? []
  const name = (id: string) => people.find((p) => p.id === id)?.name ?? 'someone no longer in People'
  const [first, second] = edit.speakers
  const chosen = await questions.ask({
    title: 'Join two tags with different speakers',
    text: `The first is said by ${name(first)}, the next by ${name(second)}. The joined tag keeps one speaker.`,
    answers: [
      { value: first, label: `Keep ${name(first)}` },
      { value: second, label: `Keep ${name(second)}` }
    ]
  })
  if (chosen) store.joinSelected(chosen)
}

/** Ask before deleting an article, saying how many tags go with it; resolves whether it was deleted. */
export async function deleteArticleAsking(store: DeskStore, articleId: string | null): Promise<boolean> {
  const project = store.getState().project
  const article = project?.articles.find((a) => a.id === articleId)
  if (!project || !article) {
    store.notify('info', 'Choose an article in the list first, then delete it.')
    return false
  }
  const tags = project.annotations.filter((a) => a.articleId === article.id).length
  const what = tags ? `the article and its ${tags} ${tags === 1 ? 'tag' : 'tags'}` : 'the article'
  const answer = await questions.ask({
    title: `Delete “${article.title}”?`,
    text: `${tags ? `Its ${tags} ${tags === 1 ? 'tag goes' : 'tags go'} with it, with their links and notes.` : 'It has no tags.'} People stay. Undo (${keyHint('undo')}) brings it all back.`,
    answers: [{ value: 'delete', label: `Delete ${what}`, danger: true }]
  })
  if (answer !== 'delete') return false
  store.removeArticle(article.id)
  return true
}

/** Kept once the reporter has chosen to add articles to the sample: they are not asked again. */
const SAMPLE_CHOSEN = 'quotemark.importIntoSample'

/**
 * Import articles (chosen in a dialog, or `files` dropped), but while the
 * bundled sample project is open, first ask whether they belong in a new
 * project of the reporter's own or in the sample.
 */
export async function importAsking(store: DeskStore, api: QuotemarkApi, files?: { name: string; content: string }[]): Promise<void> {
  if (store.getState().project?.id === SAMPLE_PROJECT_ID && localStorage.getItem(SAMPLE_CHOSEN) !== 'yes') {
    const answer = await questions.ask({
      title: 'The sample project is open',
      text: 'Articles you import now would go into the sample project. Start a project of your own for them, or add them to the sample?',
      answers: [
        { value: 'new', label: 'Start a new project for your articles' },
        { value: 'sample', label: 'Add to the sample project' }
      ]
    })
    if (!answer) return
    if (answer === 'sample') localStorage.setItem(SAMPLE_CHOSEN, 'yes')
    else {
      await store.openWith(api.newProject)
      if (store.getState().project?.id === SAMPLE_PROJECT_ID) return
    }
  }
  await store.importArticles(files)
}
