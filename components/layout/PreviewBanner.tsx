import { deployment } from '@/lib/deployment'

/** A slim strip on every page of a preview deploy, so nobody mistakes it for the live site. */
export function PreviewBanner() {
  if (!deployment.isPreview) return null
  return (
    <div role="note" aria-label="Preview deploy" className="bg-gold px-4 py-1 text-center font-sans text-xs text-ink" data-preview-banner>
      <strong className="font-semibold">Preview</strong>
      {deployment.branch && (
        <>
          {' · branch '}
          <code data-preview-branch>{deployment.branch}</code>
        </>
      )}
      {deployment.commit && (
        <>
          {' · commit '}
          <code data-preview-commit>{deployment.commit}</code>
        </>
      )}
      {' · drafts are shown and not indexed'}
    </div>
  )
}
