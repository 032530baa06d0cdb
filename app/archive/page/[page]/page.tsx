export { default, generateMetadata } from '../../page'

export const revalidate = 300
// Rendered on first request, then cached like the first page.
export const generateStaticParams = () => []
