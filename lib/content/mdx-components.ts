// The MDX components editors may use. The content check rejects any other capitalised tag,
// and components/mdx/components.tsx must provide exactly these (the type enforces it). Part of the content
// model, so the content build reads it here rather than from components/.
export const mdxComponentNames = ['AlsoOn', 'Figure', 'PullQuote', 'FactBox', 'Callout', 'Embed', 'DataTable'] as const

export type MdxComponentName = (typeof mdxComponentNames)[number]
