'use client'

import { useRouter } from 'next/navigation'
import type { AnchorHTMLAttributes, MouseEvent } from 'react'

/** The App Router, or none when a component is rendered on its own (component tests): then a plain link. */
function useAppRouter() {
  try {
    return useRouter() // it only reads context (no hook state), so catching its error is safe
  } catch {
    return undefined
  }
}

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }

/**
 * The site's internal link. A plain click navigates inside the app, as next/link does (the App Router
 * fetches the next page's payload and keeps the layout), and the page is prefetched when the reader
 * shows intent: the pointer over the link, focus on it, or a touch starting on it. next/link also
 * prefetches every link as it scrolls into view, and its code on every page is many times this one's
 * (docs/performance.md, "Article JavaScript"). Clicks with a modifier key or another button, and links
 * that open elsewhere, are left to the browser.
 */
export default function Link({ href, ...props }: Props) {
  const router = useAppRouter()
  if (!router) return <a href={href} {...props} />
  const prefetch = () => router.prefetch(href)
  const navigate = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    if (props.target && props.target !== '_self') return
    event.preventDefault()
    router.push(href)
  }
  return <a href={href} {...props} onClick={navigate} onMouseEnter={prefetch} onFocus={prefetch} onTouchStart={prefetch} />
}
