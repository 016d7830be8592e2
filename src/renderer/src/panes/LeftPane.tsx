import type { RefObject } from 'react'
import type { ProjectIndex } from '../../../core/annotations'
import { emptyFilter, type AnnotationFilter } from '../../../core/filter'
import type { Project } from '../../../core/schema'
import { keyHint } from '../components/keyHint'
import { ArticleList } from '../components/ArticleList'
import { FindPanel } from '../components/FindPanel'
import { PeoplePanel } from '../components/PeoplePanel'
import { SourceList } from '../components/SourceList'
import { TeamHere, useHereByArticle } from '../components/TeamHere'
import type { DeskStore } from '../deskStore'

export type LeftTab = 'articles' | 'find' | 'people'

const leftTabs: { id: LeftTab; label: string; hint: string }[] = [
  { id: 'articles', label: 'Articles', hint: 'The articles in this project' },
  { id: 'find', label: 'Find', hint: `Every tag in the project, by kind, speaker, status and words (${keyHint('find')})` },
  { id: 'people', label: 'People', hint: 'Speakers and sources' }
]

type Props = {
  project: Project
  index: ProjectIndex
  counts: ReadonlyMap<string, number>
  store: DeskStore
  selectedArticleId: string | null
  selectedAnnotationId: string | null
  tab: LeftTab
  onTab: (tab: LeftTab) => void
  filter: AnnotationFilter
  onFilter: (filter: AnnotationFilter) => void
  searchRef: RefObject<HTMLInputElement | null>
  onSelectArticle: (id: string) => void
  onDeleteArticle: (id: string) => Promise<boolean>
  onOpenAnnotation: (id: string | null) => void
}

/** The left pane: the project's articles, Find over every tag, and the people, as three tabs (arrow keys move between them). */
export function LeftPane(props: Props) {
  const { project, tab, onTab } = props
  const here = useHereByArticle()
  return (
    <nav className="qm-pane qm-pane-articles" aria-label="Project">
      <div className="qm-tabs" role="tablist" aria-label="Project views">
        {leftTabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => onTab(t.id)}
            onKeyDown={(e) => {
              const at = leftTabs.findIndex((x) => x.id === tab)
              const next = e.key === 'ArrowRight' ? at + 1 : e.key === 'ArrowLeft' ? at - 1 : null
              if (next === null) return
              const target = leftTabs[(next + leftTabs.length) % leftTabs.length]!
              onTab(target.id)
              document.getElementById(`tab-${target.id}`)?.focus()
            }}
            title={t.hint}
          >
            {t.label}
          </button>
        ))}
      </div>
      <TeamHere articles={project.articles} selectedArticleId={props.selectedArticleId} />
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'articles' ? (
          <>
            <ArticleList articles={project.articles} counts={props.counts} here={here} selectedId={props.selectedArticleId} onSelect={props.onSelectArticle} onDelete={props.onDeleteArticle} />
            <SourceList sources={project.sources} store={props.store} />
          </>
        ) : tab === 'find' ? (
          <FindPanel
            project={project}
            index={props.index}
            filter={props.filter}
            onFilter={props.onFilter}
            selectedId={props.selectedAnnotationId}
            onOpen={props.onOpenAnnotation}
            searchRef={props.searchRef}
          />
        ) : (
          <PeoplePanel
            project={project}
            index={props.index}
            store={props.store}
            onShowTags={(personId) => {
              props.onFilter({ ...emptyFilter, speakerIds: [personId] })
              onTab('find')
            }}
          />
        )}
      </div>
    </nav>
  )
}
