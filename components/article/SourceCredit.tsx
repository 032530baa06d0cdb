import Link from '@/components/ui/Link'
import { NameList } from '@/components/ui/NameList'
import type { AuthorRef } from '@/lib/content'

/** The wire credit: "Reuters with additional editing by Owen Gallagher". */
export function SourceCredit({ source, editors }: { source: string; editors: AuthorRef[] }) {
  return (
    <p className="mt-8 border-l-2 border-accent pl-3 font-sans text-sm text-ink-muted" data-source-credit>
      <bdi>{source}</bdi>
      {editors.length > 0 && ' with additional editing by '}
      <NameList people={editors}>
        {(editor) => (
          <Link href={editor.url} dir="auto" className="font-semibold text-ink hover:underline">
            {editor.name}
          </Link>
        )}
      </NameList>
    </p>
  )
}
