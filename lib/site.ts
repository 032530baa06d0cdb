// Site-wide settings, read in one place.

export const site = {
  name: 'Meridian',
  tagline: 'Business news from Asia and the world',
  description:
    'Meridian reports on markets, economies, trade, companies, technology and energy across Asia and the global economy.',
  /** Time zone for dates printed on the server (the browser shows relative times in the reader's own clock). */
  timeZone: 'Asia/Hong_Kong',
  locale: 'en-GB',
  /** How many of the newest articles are rendered at build time; older ones render on first request and are cached. */
  prerenderArticles: Number(process.env.PRERENDER_ARTICLES ?? 100),
  /** Cards on a page of a section, topic, author or the archive. */
  listingPageSize: Number(process.env.LISTING_PAGE_SIZE ?? 12),
  /** Seconds a cached page is served before it is regenerated: bounds how late a scheduled article appears. */
  revalidateSeconds: 300,
} as const
