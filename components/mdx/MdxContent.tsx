import * as runtime from 'react/jsx-runtime'
import type { ComponentType } from 'react'

type MdxComponents = Record<string, ComponentType<never>>

// The content build compiles each MDX body to a function body (@mdx-js/mdx, outputFormat
// 'function-body') that takes the JSX runtime as its argument and returns the module; this runs it on the server.
function mdxModule(code: string): ComponentType<{ components?: MdxComponents }> {
  return new Function('_jsx_runtime', code)(runtime).default
}

export function MdxContent({ code, components }: { code: string; components?: MdxComponents }) {
  const Content = mdxModule(code)
  return <Content components={components} />
}
