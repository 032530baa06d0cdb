'use client'

import { ErrorNotice, type ErrorProps } from '@/components/layout/ErrorNotice'

// A page that fails to render (a damaged body file, a bug) keeps the site around it: the masthead, the
// sections and the footer come from the root layout, so the reader can move on.
export default function PageError(props: ErrorProps) {
  return <ErrorNotice {...props} />
}
