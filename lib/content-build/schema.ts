// The content model (model.ts, what contentlayer.config.ts builds with), flattened into plain data that the content check
// validates against and that docs/editing.md's field reference is generated from. One source of truth:
// a field added to the config is checked and documented without further edits.
import { documentTypes } from '../content/model'

type FieldType = 'string' | 'date' | 'boolean' | 'number' | 'list' | 'nested'

export type FieldSpec = {
  name: string
  type: FieldType
  required: boolean
  default?: unknown
  description?: string
  /** For lists: the type of each item. */
  item?: FieldSpec
  /** For nested objects (and lists of them): their fields. */
  fields?: FieldSpec[]
}

export type DocumentSpec = {
  name: string
  filePathPattern: string
  contentType: 'mdx' | 'markdown' | 'data'
  fields: FieldSpec[]
}

type ConfigField = {
  type: string
  required?: boolean
  default?: unknown
  description?: string
  of?: ConfigField | { type: 'nested'; def: () => { name: string; fields: Record<string, ConfigField> } }
}

function fieldSpec(name: string, field: ConfigField): FieldSpec {
  const spec: FieldSpec = {
    name,
    type: field.type as FieldType,
    required: field.required ?? false,
    default: field.default,
    description: field.description,
  }
  const of = field.of
  const nestedFields = (def: () => { fields: Record<string, ConfigField> }) =>
    Object.entries(def().fields).map(([n, f]) => fieldSpec(n, f))
  if (field.type === 'nested' && of && 'def' in of) spec.fields = nestedFields(of.def)
  if (field.type === 'list' && of) {
    spec.item =
      'def' in of
        ? { name, type: 'nested', required: true, fields: nestedFields(of.def) }
        : fieldSpec(name, { ...(of as ConfigField), required: true })
  }
  return spec
}

export const documentSpecs: DocumentSpec[] = documentTypes.map((type) => {
  const def = type.def() as unknown as {
    name: string
    filePathPattern: string
    contentType: DocumentSpec['contentType']
    fields: Record<string, ConfigField>
  }
  return {
    name: def.name,
    filePathPattern: def.filePathPattern,
    contentType: def.contentType,
    fields: Object.entries(def.fields).map(([name, field]) => fieldSpec(name, field)),
  }
})
