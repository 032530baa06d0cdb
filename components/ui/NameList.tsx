import { Fragment, type ReactNode } from 'react'

/**
 * People named in a run of English prose: "A", "A and B", "A, B and C", each drawn by `children` (a link,
 * a name with a role, a bare name). Every byline and credit on the site joins its names here.
 */
export function NameList<Person extends { slug: string }>({ people, children }: { people: Person[]; children: (person: Person) => ReactNode }) {
  return people.map((person, i) => (
    <Fragment key={person.slug}>
      {i > 0 && (i === people.length - 1 ? ' and ' : ', ')}
      {children(person)}
    </Fragment>
  ))
}
