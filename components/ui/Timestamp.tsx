import { site } from '@/lib/site'
import { formatDateTime } from '@/lib/time'
import { RelativeTime } from './RelativeTime'

/** A moment in time: exact on the server, relative in the browser when `relative` is set. */
export function Timestamp({ dateTime, relative = false }: { dateTime: string; relative?: boolean }) {
  const exact = formatDateTime(new Date(dateTime), site.timeZone)
  if (relative) return <RelativeTime dateTime={dateTime} exact={exact} />
  return (
    <time dateTime={dateTime} title={exact}>
      {exact}
    </time>
  )
}
