// The site's name and tagline, apart from lib/site.ts so that client components can show them without
// carrying the server's settings into every page's JavaScript.
export const brand = { name: 'Meridian', tagline: 'Business news from Asia and the world' } as const
