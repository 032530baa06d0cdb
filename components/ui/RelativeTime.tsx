'use client'

import { useEffect, useState } from 'react'
import { formatRelativeTime } from '@/lib/time'

// Pages are cached, so "9 hours ago" cannot be written on the server. The server sends the exact
// time (also the text without JavaScript); the browser swaps in the relative form and keeps it current.
export function RelativeTime({ dateTime, exact }: { dateTime: string; exact: string }) {
  const [text, setText] = useState(exact)

  useEffect(() => {
    const update = () => setText(formatRelativeTime(new Date(dateTime), new Date()))
    update()
    const timer = setInterval(update, 60_000)
    return () => clearInterval(timer)
  }, [dateTime])

  return (
    <time dateTime={dateTime} title={exact} data-relative-time>
      {text}
    </time>
  )
}
