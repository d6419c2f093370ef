import type { CodegenConfig } from "@graphql-codegen/cli";

/** Typed documents: `graphql(...)` from src/gql returns a TypedDocumentNode that Apollo's hooks infer from. */
const config: CodegenConfig = {
  schema: "../api/schema.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**"],
  ignoreNoDocuments: true,
  generates: {
    "./src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false },
        defaultScalarType: "unknown",
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        scalars: { DateTimeISO: "string", JSON: "unknown", ID: "string" },
      },
    },
  },
};

export default config;
