// Test-only, loaded into a `next start` server by e2e/scheduled.spec.ts (NODE_OPTIONS=--require):
// the server's clock runs at the real pace, shifted by the milliseconds written in FAKE_CLOCK_FILE.
// Everything that reads the time moves with it: the content store's clock (Date) and Next's ISR cache
// ages (performance.timeOrigin + performance.now()).
const fs = require('node:fs')

const file = process.env.FAKE_CLOCK_FILE
const RealDate = Date
const realNow = RealDate.now
let offset = 0
let readAt = -Infinity

function currentOffset() {
  const now = realNow()
  if (now - readAt > 100) {
    readAt = now
    try {
      offset = Number(fs.readFileSync(file, 'utf8')) || 0
    } catch {
      offset = 0
    }
  }
  return offset
}

// A plain function rather than a subclass, so that `Date()` called without `new` keeps working.
function ShiftedDate(...args) {
  if (!new.target) return new RealDate(realNow() + currentOffset()).toString()
  return args.length === 0 ? new RealDate(realNow() + currentOffset()) : new RealDate(...args)
}
ShiftedDate.prototype = RealDate.prototype
ShiftedDate.now = () => realNow() + currentOffset()
ShiftedDate.parse = RealDate.parse
ShiftedDate.UTC = RealDate.UTC

globalThis.Date = ShiftedDate

const realPerformanceNow = performance.now.bind(performance)
performance.now = () => realPerformanceNow() + currentOffset()
