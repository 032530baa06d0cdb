export { default, generateMetadata } from '../../page'

export const revalidate = 300
